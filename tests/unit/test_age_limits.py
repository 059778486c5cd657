"""Age limits: the facts, the pure logic of the three activity kinds, and content checks."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from safety_lessons.activities.age_limits import (
    ANY_AGE,
    MAX_AGE,
    MIN_AGE,
    AgePicker,
    AgeSort,
    GroupWords,
    LimitWords,
    WhyLimits,
    group_of,
    pupil_age,
    suits,
)
from safety_lessons.activities.choose import Quiz
from safety_lessons.activities.laws import TheLaw
from safety_lessons.authoring.check import Report, check
from safety_lessons.content.activity import Context
from safety_lessons.content.facts import STALE_AFTER, AgeRule, App, Law
from safety_lessons.content.library import Library
from safety_lessons.content.model import School
from safety_lessons.content.schema import Problem, Slots, fill

BANDS = ("ages-4-7", "ages-7-11", "ages-11-14", "ages-14-18")
PUPIL_AGES = range(MIN_AGE, MAX_AGE + 1)
# An app with no minimum age (`limit: none`). No shipped app has one since Roblox was taken out
# (its terms were read only in a third-party copy), so the tests of that kind bring their own.
NO_SET_AGE = App(name="A game with no set age", what="Play games with other players.", limit="none",
                 also="You may need an age check before you can chat.", source="https://www.example.org/terms",
                 source_kind="primary", checked=dt.date(2026, 1, 1))
NO_SET_AGE_YAML = ("\nno-set-age:\n  name: A game with no set age\n  what: Play games with other players.\n"
                   "  limit: none\n  also: You may need an age check before you can chat.\n"
                   "  source: https://www.example.org/terms\n  source-kind: primary\n  checked: 2026-01-01\n")


@pytest.fixture(scope="module")
def apps(library: Library) -> dict[str, App]:
    return library.facts(App)


@pytest.fixture(scope="module")
def raw_apps(lessons_root: Path) -> dict[str, dict[str, object]]:
    """apps.yaml read independently of the library: the oracle the logic is compared with."""
    return yaml.safe_load((lessons_root / "facts" / "apps.yaml").read_text(encoding="utf-8"))


def activities(library: Library, kind: type) -> list[tuple[str, str, object]]:
    return [(band, name, a) for band in BANDS
            for name, a in library.lesson(band, "age-limits").activities.items() if isinstance(a, kind)]


def errors(root: Path) -> list[Problem]:
    return check(root).errors


# -- the facts ------------------------------------------------------------------------------
def test_every_app_has_a_source_date_and_a_sane_age(apps: dict[str, App],
                                                    raw_apps: dict[str, dict[str, object]]) -> None:
    assert set(apps) == set(raw_apps)
    for key, app in apps.items():
        assert app.source.startswith("https://") and app.checked <= dt.date.today()
        assert app.age == raw_apps[key].get("age")
        assert (app.age is None) == (app.limit == "none")


def test_the_digital_age_of_consent_is_a_fact(library: Library) -> None:
    rule = library.facts(AgeRule)["digital-consent"]
    assert rule.source.startswith("https://www.legislation.gov.uk/")
    assert MIN_AGE < rule.age <= MAX_AGE


@pytest.mark.parametrize(("limit", "age", "also", "problem"), [
    ("pegi", 13, None, "is not a PEGI rating"),
    ("terms", None, None, "needs a whole number"),
    ("law", None, None, "needs a whole number"),
    ("terms", 40, None, "not a likely minimum age"),
    ("none", 13, "chat", "has no age"),
    ("none", None, None, "say in `also`"),
])
def test_app_check_rejects_inconsistent_facts(limit: str, age: int | None, also: str | None,
                                              problem: str) -> None:
    app = App(name="A", what="B", limit=limit, age=age, also=also,  # type: ignore[arg-type]
              source="https://example.org", source_kind="primary", checked=dt.date(2026, 1, 1))
    assert any(problem in message for _, message in app.check())


def test_a_good_app_passes_its_check() -> None:
    app = App(name="A", what="B", limit="pegi", age=12, source="https://example.org",
              source_kind="primary", checked=dt.date(2026, 1, 1))
    assert list(app.check()) == []


# -- pure helpers ---------------------------------------------------------------------------
@pytest.mark.parametrize("value", [None, True, False, 2, 19, -1, 10**100, 12.0, "12", [12], {"a": 12}])
def test_pupil_age_refuses_anything_but_a_pupil_age(value: object) -> None:
    assert pupil_age(value) is None


def test_pupil_age_accepts_every_age_from_3_to_18() -> None:
    assert [pupil_age(a) for a in PUPIL_AGES] == list(PUPIL_AGES)


def test_fill_and_placeholders() -> None:
    assert fill("{name} is {age}+ {other}", name="X", age=7) == "X is 7+ {other}"
    assert fill("from {digital-consent}", {"digital-consent": 13}) == "from 13"
    assert fill("{n}", n="{n}{n}") == "{n}{n}"  # one pass: what is filled in is never filled again
    assert list(Slots(may=("name", "age")).problems("{name} {oops} {age}")) == [
        "{oops} is not a placeholder here; expected {name} or {age}"]
    assert list(Slots(needs=("age",), says="where the age goes").problems("and over")) == [
        "must contain {age} where the age goes"]


def test_group_labels() -> None:
    words = GroupWords(any_age="Any", from_age="{age}+", too_young="y", too_old="o")  # type: ignore[arg-type]
    assert words.label(ANY_AGE) == "Any" and words.label(1) == "Any" and words.label(13) == "13+"


# -- sorting apps by age: every app in every age group ----------------------------------------
def all_apps_sort(apps: dict[str, App]) -> AgeSort:
    return AgeSort(kind="age-sort", question="Q", apps=[k for k, a in apps.items() if a.age is not None],  # type: ignore[arg-type]
                   groups=GroupWords(any_age="Any age", from_age="{age} and over",  # type: ignore[arg-type]
                                     too_young="older than that: {name}", too_old="younger too: {name}"),
                   limits=LimitWords(terms="rules {name} {age}", pegi="PEGI {name} {age}",  # type: ignore[arg-type]
                                     law="law {name} {age}"),  # type: ignore[arg-type]
                   try_instead="instead: {younger}")  # type: ignore[arg-type]


def test_every_app_in_every_age_group(apps: dict[str, App], raw_apps: dict[str, dict[str, object]]) -> None:
    sort = all_apps_sort(apps)
    groups = sort.group_ages(apps)
    expected_groups = sorted({max(int(r["age"]), ANY_AGE) for r in raw_apps.values() if "age" in r})  # type: ignore[call-overload]
    assert groups == expected_groups
    for app_id in sort.apps:
        right = max(int(raw_apps[app_id]["age"]), ANY_AGE)  # type: ignore[call-overload]
        for group in groups:
            feedback = sort.judge(app_id, group, apps)
            assert feedback.correct == (group == right)
            name = apps[app_id].name
            if group == right:
                limit = {"terms": "rules", "pegi": "PEGI", "law": "law"}[str(raw_apps[app_id]["limit"])]
                assert feedback.text.startswith(f"{limit} {name} {raw_apps[app_id]['age']}")
                assert ("instead:" in feedback.text) == bool(apps[app_id].younger)
            elif group < right:
                assert feedback.text == f"older than that: {name}"
            else:
                assert feedback.text == f"younger too: {name}"


def test_an_app_without_an_age_cannot_be_judged(apps: dict[str, App]) -> None:
    sort = all_apps_sort(apps)
    with pytest.raises(ValueError):
        sort.judge("no-set-age", ANY_AGE, {**apps, "no-set-age": NO_SET_AGE})


def test_every_shipped_sort_can_be_completed(library: Library, apps: dict[str, App]) -> None:
    sorts = activities(library, AgeSort)
    assert {band for band, _, _ in sorts} == {"ages-4-7", "ages-7-11", "ages-14-18"}
    for _, _, sort in sorts:
        assert isinstance(sort, AgeSort)
        groups = sort.group_ages(apps)
        assert len(groups) >= 2
        for app_id in sort.apps:
            right = [g for g in groups if sort.judge(app_id, g, apps).correct]
            assert right == [group_of(apps[app_id])]
            assert "{" not in sort.judge(app_id, right[0], apps).text


# -- is this right for me? every pupil age 3-18 --------------------------------------------
def test_every_pupil_age_gets_the_right_lists(apps: dict[str, App],
                                              raw_apps: dict[str, dict[str, object]]) -> None:
    apps = {**apps, "no-set-age": NO_SET_AGE}
    raw_apps = {**raw_apps, "no-set-age": {"limit": "none"}}
    picker = AgePicker(kind="age-picker", label="Age", choose="Pick", apps=list(apps),  # type: ignore[arg-type]
                       for_you="for {age}", not_yet="not yet", ask="ask", none_here="none",  # type: ignore[arg-type]
                       try_instead="{younger}", limits=LimitWords(terms="t", pegi="p", none="n"))  # type: ignore[arg-type]
    for age in PUPIL_AGES:
        verdicts = picker.verdicts(age, apps)
        assert verdicts is not None and verdicts.age == age
        assert list(verdicts.for_you) == [k for k, r in raw_apps.items() if "age" in r and int(r["age"]) <= age]  # type: ignore[call-overload]
        assert list(verdicts.not_yet) == [k for k, r in raw_apps.items() if "age" in r and int(r["age"]) > age]  # type: ignore[call-overload]
        assert list(verdicts.ask) == [k for k, r in raw_apps.items() if "age" not in r] != []
    for bad in (None, 2, 19, "9", 9.0, True):
        assert picker.verdicts(bad, apps) is None


def test_terms_apps_change_at_their_minimum_age(apps: dict[str, App]) -> None:
    for app in [*apps.values(), NO_SET_AGE]:
        if app.age is not None and MIN_AGE < app.age <= MAX_AGE:
            assert suits(app, app.age - 1) == "not-yet"
            assert suits(app, app.age) == "yes"
        if app.age is None:
            assert all(suits(app, a) == "ask" for a in PUPIL_AGES)


def test_every_shipped_picker_partitions_its_apps(library: Library, apps: dict[str, App]) -> None:
    pickers = activities(library, AgePicker)
    assert {band for band, _, _ in pickers} == set(BANDS)
    for _, _, picker in pickers:
        assert isinstance(picker, AgePicker)
        for age in PUPIL_AGES:
            v = picker.verdicts(age, apps)
            assert v is not None
            assert sorted((*v.for_you, *v.not_yet, *v.ask)) == sorted(picker.apps)


# -- why limits exist -------------------------------------------------------------------------
def test_every_case_with_every_reason(library: Library) -> None:
    rules = library.facts(AgeRule)
    found = activities(library, WhyLimits)
    assert {band for band, _, _ in found} == {"ages-7-11", "ages-11-14", "ages-14-18"}
    for _, _, why in found:
        assert isinstance(why, WhyLimits)
        assert len({c.reason for c in why.cases}) >= 2  # pupils have to think, not repeat one answer
        for i, case in enumerate(why.cases):
            for reason in why.reasons:
                feedback = why.judge(i, reason.id, rules)
                assert feedback.correct == (reason.id == case.reason)
                assert "{" not in feedback.text
        texts = " ".join(why.say(r.explain, rules) for r in why.reasons)
        assert "{" not in texts
        if "{digital-consent}" in " ".join(r.explain for r in why.reasons):
            assert str(rules["digital-consent"].age) in texts


# -- content checks: file, line and field -----------------------------------------------------
def line_of_text(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def test_an_unknown_app_id_is_named_with_file_line_and_field(edit: Callable[..., Path], lessons_copy: Path) -> None:
    path = edit("ages-7-11/age-limits.yaml", "minecraft-dungeons, it-takes-two, youtube, tiktok, snapchat, whatsapp]",
                "minecraft-dungeons, it-takes-too, youtube, tiktok, snapchat, whatsapp]")
    problems = [p for p in errors(lessons_copy) if p.file.endswith("ages-7-11/age-limits.yaml")]
    assert [(p.line, p.field) for p in problems] == [
        (line_of_text(path, "it-takes-too"), "activities.sort-apps.apps[3]")]
    assert "'it-takes-too' is not an app in facts/apps.yaml" in problems[0].message
    assert "did you mean 'it-takes-two'?" in problems[0].message


def test_an_app_without_an_age_cannot_be_sorted(edit: Callable[..., Path], lessons_copy: Path) -> None:
    apps_yaml = lessons_copy / "facts" / "apps.yaml"
    apps_yaml.write_text(apps_yaml.read_text(encoding="utf-8") + NO_SET_AGE_YAML, encoding="utf-8")
    edit("ages-14-18/age-limits.yaml", "apps: [space-invaders-forever, minecraft-dungeons, it-takes-two, instagram,",
         "apps: [no-set-age, minecraft-dungeons, it-takes-two, instagram,")
    problems = errors(lessons_copy)
    assert any(p.field == "activities.sort-apps.apps[1]" and "no minimum age" in p.message for p in problems)


def test_an_unknown_age_rule_placeholder_is_named(edit: Callable[..., Path], lessons_copy: Path) -> None:
    path = edit("ages-11-14/age-limits.yaml", "from {digital-consent} you can", "from {consent-age} you can")
    problems = errors(lessons_copy)
    assert [(p.file.split("/")[-1], p.line, p.field) for p in problems] == [
        ("age-limits.yaml", line_of_text(path, "explain: "), "activities.why-limits.reasons[1].explain")]
    assert "{consent-age} is not an age rule" in problems[0].message


def test_a_rule_that_is_not_a_fact_is_named(edit: Callable[..., Path], lessons_copy: Path) -> None:
    edit("ages-7-11/age-limits.yaml", "rule: digital-consent", "rule: digital-age")
    assert any(p.field == "activities.why-limits.rule" for p in errors(lessons_copy))


def test_a_bad_group_label_and_placeholder_are_named(edit: Callable[..., Path], lessons_copy: Path) -> None:
    path = edit("ages-7-11/age-limits.yaml", 'from-age: "{age} and over"', 'from-age: "and over"')
    edit("ages-7-11/age-limits.yaml", "terms: Its own rules say {age} or over.", "terms: Its own rules say {years}.")
    problems = {(p.line, p.field): p.message for p in errors(lessons_copy)}
    assert problems[(line_of_text(path, "from-age:"), "activities.sort-apps.groups.from-age")] == \
        "must contain {age} where the age goes"
    assert any(f == "activities.right-for-me.limits.terms" and "{years}" in m for (_, f), m in problems.items())


def test_bad_apps_yaml_names_file_line_and_field(edit: Callable[..., Path], lessons_copy: Path) -> None:
    path = edit("facts/apps.yaml", "  what: Watch and make short videos.\n",
                "  what: Watch and make short videos.\n  colour: pink\n")
    edit("facts/apps.yaml", "  limit: pegi\n  age: 7\n", "  limit: pegi\n  age: seven\n")
    problems = [p for p in errors(lessons_copy) if p.file == "lessons/facts/apps.yaml"]
    assert {(p.line, p.field) for p in problems} == {
        (line_of_text(path, "colour: pink"), "tiktok.colour"),
        (line_of_text(path, "age: seven"), "minecraft-dungeons.age"),
    }
    assert problems[0].message.startswith("unknown field; expected one of: ")
    assert str(problems[0]).startswith(f"lessons/facts/apps.yaml:{problems[0].line}: tiktok.colour: ")
    assert any("'seven' is not a whole number" in str(p) for p in problems)
    # the problems are said once, with apps.yaml: no knock-on line in each lesson that uses apps (issue 14)
    assert [p.file for p in errors(lessons_copy)] == ["lessons/facts/apps.yaml"] * 2


def test_a_pegi_age_that_is_not_a_rating_is_named(edit: Callable[..., Path], lessons_copy: Path) -> None:
    path = edit("facts/apps.yaml", "  limit: pegi\n  age: 12\n", "  limit: pegi\n  age: 13\n")
    problems = [p for p in errors(lessons_copy) if p.file == "lessons/facts/apps.yaml"]
    assert [(p.line, p.field) for p in problems] == [(line_of_text(path, "name: It Takes Two") + 3, "it-takes-two.age")]
    assert "13 is not a PEGI rating" in problems[0].message


def stale_warnings(report: Report) -> list[Problem]:
    return [p for p in report.problems if p.warning and p.field.endswith(".checked")]


def redate_first_app(lessons_copy: Path, date: dt.date) -> Path:
    """Give the first app in apps.yaml (whatever it is) another `checked:` date."""
    path = lessons_copy / "facts" / "apps.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^  checked: .*$", f"  checked: {date}", text, count=1), encoding="utf-8")
    return path


def test_an_old_app_fact_is_a_warning_naming_its_line(lessons_copy: Path) -> None:
    old = dt.date.today() - STALE_AFTER - dt.timedelta(days=1)
    path = redate_first_app(lessons_copy, old)
    report = check(lessons_copy)
    assert report.errors == []
    first = next(iter(yaml.safe_load(path.read_text(encoding="utf-8"))))
    warnings = stale_warnings(report)
    assert [(p.file, p.line, p.field) for p in warnings] == [
        ("lessons/facts/apps.yaml", line_of_text(path, f"checked: {old}"), f"{first}.checked")]
    assert "over a year ago" in warnings[0].message


def test_a_fact_checked_exactly_a_year_ago_is_not_yet_stale(lessons_copy: Path) -> None:
    redate_first_app(lessons_copy, dt.date.today() - STALE_AFTER)
    assert stale_warnings(check(lessons_copy)) == []


def test_an_old_age_rule_is_a_warning_too(lessons_copy: Path) -> None:
    path = lessons_copy / "facts" / "age-rules.yaml"
    path.write_text(re.sub(r"checked: .*", "checked: 2020-01-01", path.read_text(encoding="utf-8")), encoding="utf-8")
    assert [p.field for p in stale_warnings(check(lessons_copy))] == [
        f"{key}.checked" for key in yaml.safe_load(path.read_text(encoding="utf-8"))]


def test_a_secondary_source_no_lesson_shows_is_a_warning_naming_its_line(lessons_copy: Path) -> None:
    path = lessons_copy / "facts" / "laws.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "\nunused:\n  name: A law\n  says: It says this.\n  applies-in: the UK\n"
                    "  source: https://www.example.org/law\n  source-kind: secondary\n  checked: 2026-11-30\n",
                    encoding="utf-8")
    line = len(text.splitlines()) + 7
    report = check(lessons_copy)
    found = [p for p in report.problems if p.field == "unused.source-kind"]
    assert [(p.line, p.warning) for p in found] == [(line, True)]
    assert "secondary" in found[0].message and "primary source" in found[0].message
    assert report.errors == []

def test_a_fact_without_its_source_kind_cannot_be_shown(lessons_copy: Path) -> None:
    path = lessons_copy / "facts" / "helplines.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  source-kind: primary\n", "", 1), encoding="utf-8")
    errors = check(lessons_copy).errors
    assert any(p.file.endswith("helplines.yaml") and "source-kind: is missing" in str(p) for p in errors), errors


# -- facts are never written into the lessons ------------------------------------------------
def pupil_text(band: str, root: Path) -> str:
    content = (root / band / "age-limits.yaml").read_text(encoding="utf-8")
    content = "\n".join(line.split("#")[0] for line in content.splitlines())
    nb = json.loads((root / band / "age-limits.ipynb").read_text(encoding="utf-8"))
    prose = [("".join(c["source"])) for c in nb["cells"]
             if c["cell_type"] == "markdown" and "teacher" not in c["metadata"].get("tags", [])]
    return content + "\n".join(prose)


@pytest.mark.parametrize("band", BANDS)
def test_no_age_is_written_into_the_lesson(band: str, lessons_root: Path) -> None:
    assert re.findall(r"\d+", pupil_text(band, lessons_root)) == []


# -- ages set by law (e.g. gambling) ---------------------------------------------------------
def a_law_app() -> App:
    return App(name="Betting", what="Bet money.", limit="law", age=18, source="https://example.org",  # type: ignore[arg-type]
               source_kind="primary", checked=dt.date(2026, 1, 1))


def test_an_age_set_by_law_is_said_in_its_own_words() -> None:
    words = LimitWords(terms="t", pegi="p", none="n", law="The law sets {age} for {name}.")  # type: ignore[arg-type]
    assert words.say(a_law_app()) == "The law sets 18 for Betting."


@pytest.mark.parametrize("kind", [AgeSort, AgePicker])
def test_an_app_limited_by_law_needs_law_words(kind: type) -> None:
    apps = {"betting": a_law_app()}
    words = LimitWords(terms="t", pegi="p", none="n")  # type: ignore[arg-type]
    if kind is AgeSort:
        activity: AgeSort | AgePicker = AgeSort(
            kind="age-sort", question="Q", apps=["betting"], limits=words,  # type: ignore[arg-type]
            groups=GroupWords(any_age="Any", from_age="{age}+", too_young="y", too_old="o"))  # type: ignore[arg-type]
    else:
        activity = AgePicker(kind="age-picker", label="Age", choose="Pick", apps=["betting"],  # type: ignore[arg-type]
                             for_you="f", not_yet="n", none_here="x", try_instead="{younger}",  # type: ignore[arg-type]
                             limits=words)
    problems = dict(activity.check_with(Context("ages-11-14", lambda _: apps, lambda: School("x", "y"))))  # type: ignore[arg-type]
    assert "have an age set by law" in problems["limits.law"]


def test_a_missing_law_sentence_is_named_with_file_line_and_field(edit: Callable[..., Path],
                                                                  lessons_copy: Path) -> None:
    edit("ages-14-18/age-limits.yaml", '      law: "{name}: the law sets the age at {age}, not the company."\n', "")
    problems = [p for p in errors(lessons_copy) if p.file.endswith("ages-14-18/age-limits.yaml")]
    assert [p.field for p in problems] == ["activities.sort-apps.limits.law"]


# -- what pupils are told (issue 12: points 3, 8, 11 and 14) ------------------------------------
WEAK_WORDS = ("source", "blog", "weak source", "news report", "news site", "help site", "parenting site")


@pytest.mark.parametrize("band", BANDS)
def test_pupils_are_not_told_about_sources(band: str, lessons_root: Path) -> None:
    text = pupil_text(band, lessons_root).lower()
    assert not [w for w in WEAK_WORDS if w in text]


def test_what_pupils_read_in_the_facts_names_no_source(library: Library) -> None:
    pupil_words = [t for a in library.facts(App).values() for t in (a.name, a.what, a.also, a.younger) if t]
    pupil_words += [r.meaning for r in library.facts(AgeRule).values()]
    pupil_words += [t for law in library.facts(Law).values() for t in (law.name, law.says, law.applies_in)]
    assert [t for t in pupil_words if any(w in t.lower() for w in WEAK_WORDS)] == []


def test_the_digital_age_of_consent_is_not_stated_as_an_age_limit_for_every_app(library: Library) -> None:
    rule = library.facts(AgeRule)["digital-consent"]
    assert "consent" in rule.meaning and "not the minimum age for every app" in rule.meaning
    for band, _, why in activities(library, WhyLimits):
        assert isinstance(why, WhyLimits)
        assert all("cannot consent" not in r.explain for r in why.reasons), band


def test_the_oldest_band_has_real_sixteen_and_eighteen_plus_services_and_the_law(library: Library) -> None:
    apps = library.facts(App)
    lesson = library.lesson("ages-14-18", "age-limits")
    shown = {a for act in lesson.activities.values() if isinstance(act, (AgeSort, AgePicker)) for a in act.apps}
    ages = {apps[a].age for a in shown}
    assert 16 in ages and 18 in ages
    assert any(apps[a].limit == "law" for a in shown)
    law_ids = {law for act in lesson.activities.values() if isinstance(act, TheLaw) for law in act.laws}
    assert {"pegi-shops", "pegi-online", "pegi-chat"} <= law_ids
    decisions = [q for act in lesson.activities.values() if isinstance(act, Quiz) for q in act.questions]
    assert len(decisions) >= 8


def test_no_lesson_calls_every_pegi_rating_advice(lessons_root: Path) -> None:
    for band in BANDS:
        text = pupil_text(band, lessons_root).lower()
        assert "advice about its content" not in text and "advice about a game" not in text
