"""Telling someone and reporting (policy 5.5(7)): the route-finder logic, its content rules,
the helplines facts it reads, and its view driven as a browser would drive it."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import ipywidgets as w
import pytest
import traitlets
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safety_lessons.activities.reporting import (
    MAX_CHOICES,
    Choice,
    FinderWords,
    RouteFinder,
    Scenario,
    next_story,
    remit_problems,
    resolve_routes,
)
from safety_lessons.authoring.check import Report, check
from safety_lessons.content.activity import band_ages
from safety_lessons.content.facts import Helpline
from safety_lessons.content.library import Library
from safety_lessons.lesson import OpenLesson
from safety_lessons.views.markup import text_of
from safety_lessons.views.reporting import RouteFinderView

from .conftest import find

TOPIC = "reporting-concerns"
BANDS = ["ages-4-7", "ages-7-11", "ages-11-14", "ages-14-18"]
FINDERS = {"ages-4-7": "what-should-kit-do", "ages-7-11": "who-can-help",
           "ages-11-14": "which-route", "ages-14-18": "which-route"}


_LOADED: dict[tuple[int, str], RouteFinder] = {}


def finder(library: Library, band: str) -> RouteFinder:
    """A band's route-finder, read once per library (hypothesis calls this many times)."""
    key = (id(library), band)
    if key not in _LOADED:
        activity = library.lesson(band, TOPIC).activities[FINDERS[band]]
        assert isinstance(activity, RouteFinder)
        _LOADED[key] = activity
    return _LOADED[key]


def cases() -> list[tuple[str, int]]:
    counts = {"ages-4-7": 4, "ages-7-11": 7, "ages-11-14": 7, "ages-14-18": 10}
    return [(band, i) for band in BANDS for i in range(counts[band])]


# -- the logic, exhaustively --------------------------------------------------------------

def test_scenario_counts_match_the_content(library: Library) -> None:
    assert [(b, i) for b in BANDS for i in range(len(finder(library, b).scenarios))] == cases()


def choice_sets(ids: list[str], relevant: set[str]) -> Iterator[tuple[str, ...]]:
    """Every kind of set of choices a pupil can tick, for a story whose fitting choices are
    `relevant`: every subset of those, alone, with each other choice, and with all the others (a
    verdict depends only on which relevant ones are ticked and which others are; every subset of
    all the choices would be 2^n: 32,768 for 15 choices)."""
    mine = [i for i in ids if i in relevant]
    others = [i for i in ids if i not in relevant]
    extras = [(), *((o,) for o in others), tuple(others)]
    for size in range(len(mine) + 1):
        for chosen in itertools.combinations(mine, size):
            for extra in dict.fromkeys(extras):
                yield tuple(i for i in ids if i in chosen or i in extra)


@pytest.mark.parametrize(("band", "index"), cases())
def test_every_set_of_choices_gets_the_right_verdict(library: Library, band: str, index: int) -> None:
    """Every kind of set of the offered choices (`choice_sets`), for every story, against an
    independent oracle."""
    activity = finder(library, band)
    routes = resolve_routes(library.school, library.helplines, library.words().people())
    story = activity.scenarios[index]
    fits, any_of, also = set(story.fits or ()), set(story.any_of or ()), set(story.also_fine or ())
    ids = activity.choice_ids
    right = 0
    for chosen in choice_sets(list(ids), fits | any_of | also):
        verdict = activity.judge(index, list(chosen), routes)
        picked = set(chosen)
        expected = (bool(picked) and picked <= fits | any_of | also and fits <= picked
                    and (not any_of or bool(picked & any_of)))
        assert verdict.correct is expected, (chosen, verdict)
        assert set(verdict.wrong) == picked - (fits | any_of | also)
        assert {line.choice for line in verdict.lines} == picked
        assert all(line.text for line in verdict.lines), f"a choice without an explanation: {chosen}"
        assert all(line.fits == (line.choice in fits | any_of | also) for line in verdict.lines)
        if not picked:
            assert verdict.summary == activity.words.choose_first
        elif verdict.correct:
            assert verdict.summary == story.why
            assert set(verdict.also) == (fits | any_of | also) - picked
        elif not verdict.wrong:
            assert verdict.summary == activity.words.missing and verdict.missing
        right += expected
    assert right >= 1, "no set of choices solves this story"


@pytest.mark.parametrize("band", BANDS)
def test_other_choices_are_never_right(library: Library, band: str) -> None:
    activity = finder(library, band)
    routes = resolve_routes(library.school, library.helplines, library.words().people())
    for index, story in enumerate(activity.scenarios):
        for other in activity.other_choices or ():
            minimal = [*(story.fits or ()), *(story.any_of or ())[:1], other.id]
            verdict = activity.judge(index, minimal, routes)
            assert not verdict.correct and verdict.wrong == (other.id,)
            assert any(not line.fits and line.text for line in verdict.lines)


@pytest.mark.parametrize("band", BANDS[1:])
def test_several_routes_can_be_right_at_once(library: Library, band: str) -> None:
    activity = finder(library, band)
    routes = resolve_routes(library.school, library.helplines, library.words().people())
    grooming = next(i for i, s in enumerate(activity.scenarios) if s.about == "grooming")
    assert activity.judge(grooming, ["trusted-adult", "ceop"], routes).correct
    only_ceop = activity.judge(grooming, ["ceop"], routes)
    assert not only_ceop.correct and not only_ceop.wrong and "trusted-adult" in only_ceop.missing


def test_ceop_is_never_right_for_bullying_or_hacked_accounts(library: Library) -> None:
    routes = resolve_routes(library.school, library.helplines, library.words().people())
    seen = 0
    for band in BANDS[1:]:
        activity = finder(library, band)
        for i, s in enumerate(activity.scenarios):
            if s.about in ("bullying", "hacked-account"):
                verdict = activity.judge(i, ["trusted-adult", "ceop"], routes)
                assert "ceop" in verdict.wrong
                seen += 1
    assert seen >= 4


def test_feedback_falls_back_to_the_facts_file(library: Library) -> None:
    """A wrong route with no note in the story is explained by its `not-for` fact."""
    activity = finder(library, "ages-14-18")
    routes = resolve_routes(library.school, library.helplines, library.words().people())
    danger = next(i for i, s in enumerate(activity.scenarios) if s.about == "danger-now")
    assert activity.explain(danger, "report-remove", routes) == library.helplines["report-remove"].not_for
    assert activity.explain(danger, "trusted-adult", routes) == library.school.words("trusted-adult")


@given(st.one_of(
    st.none(), st.integers(), st.text(), st.binary(), st.floats(allow_nan=True),
    st.dictionaries(st.text(), st.text()),
    st.lists(st.one_of(st.text(), st.integers(), st.none(), st.binary(), st.lists(st.text())), max_size=200),
))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_judge_accepts_anything(library: Library, chosen: object) -> None:
    activity = finder(library, "ages-14-18")
    routes = resolve_routes(library.school, library.helplines, library.words().people())
    verdict = activity.judge(0, chosen, routes)
    assert set(verdict.chosen) <= set(activity.choice_ids)
    assert len(verdict.lines) == len(verdict.chosen)


def test_clean_caps_huge_and_odd_input(library: Library) -> None:
    activity = finder(library, "ages-14-18")
    assert activity.clean(["x" * 10_000, "ceop"]) == ("ceop",)
    assert activity.clean("ceop") == ()  # a bare string is not a list of choices
    flood = ["nothing"] * MAX_CHOICES + ["ceop"]
    assert activity.clean(flood) == ()
    assert activity.clean(iter(["police", "police", "ceop"])) == ("ceop", "police")


def test_next_story_wraps_and_skips_solved() -> None:
    assert next_story(0, set(), 3) == 1
    assert next_story(2, set(), 3) == 0
    assert next_story(0, {1}, 3) == 2
    assert next_story(1, {0, 2}, 3) == 1
    assert next_story(2, {0, 1, 2}, 3) == 2
    for n in range(1, 6):
        for cur in range(n):
            for solved in itertools.chain.from_iterable(itertools.combinations(range(n), k) for k in range(n + 1)):
                nxt = next_story(cur, solved, n)
                assert 0 <= nxt < n
                assert nxt == cur or nxt not in solved


def test_band_ages() -> None:
    assert band_ages("ages-11-14") == (11, 14)
    assert band_ages("year-7") is None


# -- content rules: check() rejects bad content with a clear message ----------------------

WORDS = FinderWords("Check", "Next", "Pick one.", "More?", "Yes:", "No:", "Done.")


def make(*scenarios: Scenario, routes: tuple[str, ...] = ("trusted-adult", "ceop", "report-remove", "police"),
         others: tuple[Choice, ...] = (), reassurance: tuple[str, ...] = ("Never too late.",),
         labels: dict[str, str] | None = None) -> list[tuple[str, str]]:
    activity = RouteFinder(kind="route-finder", routes=list(routes), scenarios=list(scenarios),
                           reassurance=list(reassurance), words=WORDS, other_choices=list(others),
                           labels=labels)
    return list(activity.check())


def story(about: str = "worried", **kw: object) -> Scenario:
    base: dict[str, object] = {"story": "A story.", "about": about, "why": "Because.",
                               "any_of": ["trusted-adult"]}
    base.update(kw)
    return Scenario(**base)  # type: ignore[arg-type]


def test_good_content_passes() -> None:
    assert make(story()) == []
    assert make(story("grooming", fits=["ceop"])) == []


@pytest.mark.parametrize(("bad", "field", "words"), [
    (lambda: make(story(fits=["nobody"])), "scenarios[1].fits", "'nobody' is not one of this activity's routes"),
    (lambda: make(story(any_of=["ceop"])), "scenarios[1].fits", "must include trusted-adult"),
    (lambda: make(story(any_of=None)), "scenarios[1].fits", "needs at least one route"),
    (lambda: make(story(fits=["ceop"], also_fine=["ceop"])), "scenarios[1].also-fine", "is in fits too"),
    (lambda: make(story(any_of=["trusted-adult", "trusted-adult"])), "scenarios[1].any-of", "twice"),
    (lambda: make(story(notes={"elsewhere": "x"})), "scenarios[1].notes.elsewhere", "is not a choice here"),
    (lambda: make(story("nude-image-of-someone", why="Take a screenshot to show a teacher.")),
     "scenarios[1].why", "never advise screenshotting or forwarding"),
    (lambda: make(story("grooming", fits=["ceop"], notes={"ceop": "Forward the photos to CEOP."})),
     "scenarios[1].notes.ceop", "never advise screenshotting"),
    (lambda: make(story("nude-image-of-me", fits=["report-remove"]),
                  others=(Choice("warn", "Warn people", "Send it to friends so they know."),)),
     "other-choices[1].feedback", "never advise screenshotting"),
    (lambda: make(story(), routes=("ceop", "police")), "routes", "must include trusted-adult"),
    (lambda: make(story(), routes=("trusted-adult", "trusted-adult")), "routes", "names a route twice"),
    (lambda: make(story(), others=(Choice("ceop", "x", "y"),)), "other-choices", "is also a route"),
    (lambda: make(story(), reassurance=()), "reassurance", "needs at least one line"),
    (lambda: make(story(), labels={"childline": "x"}), "labels.childline", "is not in routes"),
    (lambda: make(), "scenarios", "needs at least one story"),
])
def test_check_rejects_bad_content(bad: Callable[[], list[tuple[str, str]]], field: str, words: str) -> None:
    problems = bad()
    assert any(f == field and words in m for f, m in problems), problems


# -- the services' remits (facts/helplines.yaml) hold every story to them ----------------------

def remit(library: Library, *scenarios: Scenario, band: tuple[int, int] | None = (11, 14),
          routes: tuple[str, ...] = ("trusted-adult", "ceop", "report-remove", "police", "revenge-porn-helpline"),
          ) -> list[tuple[str, str]]:
    activity = RouteFinder(kind="route-finder", routes=list(routes), scenarios=list(scenarios),
                           reassurance=["Never too late."], words=WORDS)
    return list(remit_problems(activity, library.helplines, band))


@pytest.mark.parametrize(("scenario", "band", "words"), [
    (story("bullying", also_fine=["ceop"]), (11, 14), "CEOP Safety Centre does not help with bullying"),
    (story("hacked-account", fits=["ceop"]), (11, 14), "does not help with hacked-account"),
    (story("nude-image-of-someone", also_fine=["report-remove"]), (11, 14),
     "Report Remove (Childline and IWF) does not help with nude-image-of-someone"),
    (story("grooming"), (11, 14), "a grooming story must have ceop in fits"),
    (story("blackmail"), (11, 14), "a blackmail story must have ceop in fits"),
    (story("nude-image-of-me"), (11, 14), "a nude-image-of-me story must have report-remove in fits"),
    (story("danger-now"), (11, 14), "a danger-now story must have police in fits"),
    (story("grooming", fits=["ceop"], age=18), (14, 18), "is for under-18s, not for a 18-year-old"),
    (story("nude-image-of-me", fits=["report-remove", "revenge-porn-helpline"]), (11, 14),
     "is for adults (18 and over) in the UK, not for pupils aged 11 to 14"),
    (story("nude-image-of-me", fits=["report-remove"], age=18), (14, 18), "must have revenge-porn-helpline in fits"),
])
def test_a_story_outside_a_services_remit_or_ages_is_refused(library: Library, scenario: Scenario,
                                                             band: tuple[int, int], words: str) -> None:
    problems = remit(library, scenario, band=band)
    assert any(f == "scenarios[1].fits" and words in m for f, m in problems), problems


@pytest.mark.parametrize("scenario", [
    story("grooming", fits=["ceop"], also_fine=["police"]),
    story("nude-image-of-me", fits=["report-remove"], also_fine=["ceop"]),
    story("nude-image-of-me", fits=["revenge-porn-helpline"], also_fine=["police"], age=18),
    story("grooming", fits=["police"], age=18),  # CEOP is not needed where it cannot help
    story("worried", any_of=["trusted-adult"]),
])
def test_a_story_within_the_remits_passes(library: Library, scenario: Scenario) -> None:
    assert remit(library, scenario, band=(14, 18)) == []


def test_negated_advice_passes_the_image_rule() -> None:
    assert make(story("nude-image-of-someone", why="Do not forward it or screenshot it. Tell an adult.")) == []


# -- content files: problems name file, line and field ---------------------------------------

def problems_of(root: Path) -> list[str]:
    return [str(p) for p in check(root).problems]


def test_shipped_content_has_no_problems(shipped_report: Report) -> None:
    found = [str(p) for p in shipped_report.problems]
    assert [p for p in found if TOPIC in p or "helplines" in p or "school" in p] == []


def test_unknown_route_id_is_named_with_file_and_line(edit: Callable[..., Path]) -> None:
    path = edit(f"ages-7-11/{TOPIC}.yaml", "childline, ceop, police]", "childline, ceop, polise]")
    found = [p for p in problems_of(path.parents[1]) if "routes[7]" in p]
    line = line_of(path, "routes: [")
    assert found and found[0].startswith(f"lessons/ages-7-11/{TOPIC}.yaml:{line}: activities.who-can-help.routes[7]: "
                                         "'polise' is not someone in school.yaml or a service"), found


def test_a_service_outside_the_band_ages_is_refused(edit: Callable[..., Path]) -> None:
    path = edit(f"ages-7-11/{TOPIC}.yaml", "childline, ceop, police]",
                "childline, ceop, police, report-harmful-content]")
    found = [p for p in problems_of(path.parents[1]) if "routes[8]" in p]
    assert found and "does not suit pupils aged 7 to 11" in found[0], found


def test_a_person_the_school_has_not_set_is_unknown(edit: Callable[..., Path]) -> None:
    path = edit("school.yaml", "form-tutor: Your form tutor", "# form-tutor: Your form tutor")
    found = problems_of(path.parent)
    assert any(f"ages-11-14/{TOPIC}.yaml" in p and "'form-tutor' is not someone in" in p for p in found), found
    assert any(f"ages-11-14/{TOPIC}.yaml" in p and "people[2].who" in p for p in found), found


def helplines_problem(root: Path, field: str) -> str:
    found = [p for p in problems_of(root) if p.startswith("lessons/facts/helplines.yaml:") and f": {field}: " in p]
    assert found, problems_of(root)
    return found[0]


def line_of(path: Path, text: str, after: str = "") -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, ln in enumerate(lines) if after in ln) if after else 0
    return next(i for i, ln in enumerate(lines) if i >= start and text in ln) + 1


def test_a_stale_helpline_is_a_warning_with_file_line_field(edit: Callable[..., Path]) -> None:
    path = edit("facts/helplines.yaml", "  checked: 2026-11-30\n\ntake-it-down:",
                "  checked: 2024-01-31\n\ntake-it-down:")
    problem = helplines_problem(path.parents[1], "report-remove.checked")
    assert problem.startswith(f"lessons/facts/helplines.yaml:{line_of(path, 'checked: 2024-01-31')}: ")
    assert "warning: last checked 2024-01-31, over a year ago" in problem
    assert check(path.parents[1]).errors == []  # stale is a warning: lessons still open


@pytest.mark.parametrize(("old", "new", "field", "words"), [
    ("min-age: 13", "min-age: thirteen", "report-harmful-content.min-age", "'thirteen' is not a whole number"),
    ("  max-age: 17\n  # Public", "  max-age: 200\n  # Public", "report-remove.max-age", "200 is not an age"),
    ("min-age: 13", "min-age: 13\n  max-age: 12", "report-harmful-content.max-age", "below min-age 13"),
    ("  when: If someone is in danger right now", "  wen: If someone is in danger right now", "police.wen",
     "unknown field; expected one of"),
    ("  name: Police\n", "", "police.name", "is missing"),
    ("source: https://www.iwf.org.uk", "source: www.iwf.org.uk", "report-remove.source",
     "is not a web address starting with https://"),
])
def test_a_bad_helpline_is_named_with_file_line_field(edit: Callable[..., Path], old: str, new: str,
                                                      field: str, words: str) -> None:
    path = edit("facts/helplines.yaml", old, new)
    problem = helplines_problem(path.parents[1], field)
    assert re.match(r"lessons/facts/helplines\.yaml:\d+: ", problem)
    assert words in problem, problem
    line = int(problem.split(":")[1])
    key = field.split(".")[0]
    assert line >= line_of(path, f"{key}:"), problem  # inside the right entry


def test_lesson_yaml_holds_no_phone_numbers(lessons_root: Path) -> None:
    """Numbers live in facts/helplines.yaml, with a source; never in a lesson."""
    for band in BANDS:
        text = (lessons_root / band / f"{TOPIC}.yaml").read_text(encoding="utf-8")
        assert not re.search(r"\b(999|101|0800|1111|0808)\b", text), band


def test_helplines_the_other_lessons_use_still_load(library: Library) -> None:
    for key in ("childline", "ceop"):
        fact = library.helplines[key]
        assert isinstance(fact, Helpline) and fact.name and fact.contact and fact.for_whom
    assert library.helplines["report-harmful-content"].suits(11, 14)
    assert not library.helplines["report-harmful-content"].suits(7, 11)
    assert library.helplines["report-remove"].suits(14, 18)
    assert library.helplines["police"].suits(4, 7)


# -- the view, driven as a browser would drive it ------------------------------------------

def view_of(opened: Callable[[str], OpenLesson], band: str) -> RouteFinderView:
    lesson = opened(f"{band}/{TOPIC}")
    activity = lesson.content.activities[FINDERS[band]]
    assert isinstance(activity, RouteFinder)
    return RouteFinderView(activity, lesson)


def solve(view: RouteFinderView) -> None:
    """Tick the smallest right answer for the story on screen and press Check."""
    s = view.activity.scenarios[view.current]
    for cid, box in zip(view.ids, view.boxes, strict=True):
        box.value = cid in {*(s.fits or ()), *(s.any_of or ())[:1]}
    view.check_button.click()


@pytest.mark.parametrize("band", BANDS)
def test_every_story_can_be_completed_and_started_again(opened: Callable[[str], OpenLesson], band: str) -> None:
    view = view_of(opened, band)
    say = view.page.words.say  # lessons/words/en.yaml
    n = len(view.activity.scenarios)
    assert say("done-count", n=0, total=n) in view.progress.value
    for step in range(n):
        assert say("story-number", n=step + 1, total=n) in view.story.value
        solve(view)
        assert view.activity.words.fits in view.feedback.value
        assert say("done-count", n=step + 1, total=n) in view.progress.value
        view.next_button.click()
    assert view.activity.words.done in view.progress.value
    view.restart_button.click()
    assert say("done-count", n=0, total=n) in view.progress.value
    assert say("story-number", n=1, total=n) in view.story.value
    assert not any(box.value for box in view.boxes) and view.feedback.value == ""


def test_wrong_then_right_in_one_story(opened: Callable[[str], OpenLesson]) -> None:
    view = view_of(opened, "ages-11-14")
    view.check_button.click()
    assert "Tick at least one route first." in view.feedback.value
    by_id = dict(zip(view.ids, view.boxes, strict=True))
    by_id["ceop"].value = True
    view.check_button.click()
    assert text_of(view.page.words.say("try-again")) in view.feedback.value
    assert "CEOP cannot help with bullying" in view.feedback.value
    by_id["ceop"].value = False
    by_id["trusted-adult"].value = True
    view.check_button.click()
    assert "something important is missing" in view.feedback.value
    by_id["report-harmful-content"].value = True
    view.check_button.click()
    assert text_of(view.page.words.say("right")) in view.feedback.value
    assert view.page.words.say("done-count", n=1, total=7) in view.progress.value
    assert "These fit too:" in view.feedback.value and "Childline" in view.feedback.value


def test_guide_shows_checked_facts_from_the_facts_file(opened: Callable[[str], OpenLesson]) -> None:
    view = view_of(opened, "ages-14-18")
    guide = find(view.widget, w.HTML)
    text = " ".join(h.value for h in guide)
    assert "0800 1111" in text and "999" in text and "sl-source" not in text  # pupils see no sources
    labels = [box.description for box in view.boxes]
    assert "Report Remove (Childline and IWF)" in labels and view.page.words.say("person-form-tutor") in labels
    assert all(box.description and box.tooltip for box in view.boxes)


def test_the_teacher_view_of_the_guide_shows_where_each_fact_comes_from(
        opened: Callable[[str], OpenLesson], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUERY_STRING", "mode=teacher")
    view = view_of(opened, "ages-14-18")
    text = " ".join(h.value for h in find(view.widget, w.HTML))
    assert "checked November 2026" in text
    assert 'href="https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove"' in text


def test_help_lists_the_form_tutor_from_school_yaml(opened: Callable[[str], OpenLesson]) -> None:
    widget = opened(f"ages-11-14/{TOPIC}").show("talk-to")
    html = " ".join(h.value for h in find(widget, w.HTML))
    assert "Your form tutor or class teacher" in html and "Report Remove" in html


def test_pupil_text_is_escaped(opened: Callable[[str], OpenLesson]) -> None:
    view = view_of(opened, "ages-4-7")
    story = dataclasses.replace(view.activity.scenarios[0], story="<script>alert(1)</script>")
    view.activity = dataclasses.replace(view.activity, scenarios=[story, *view.activity.scenarios[1:]])
    view.render()
    assert "<script>" not in view.story.value and "&lt;script&gt;" in view.story.value


def test_a_failing_check_shows_a_kind_message(opened: Callable[[str], OpenLesson],
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    view = view_of(opened, "ages-7-11")

    def broken(*_: object) -> None:
        raise RuntimeError("secret-marker")

    monkeypatch.setattr(RouteFinder, "judge", broken)
    view.check_button.click()
    assert text_of(view.page.words.say("something-went-wrong")) in view.feedback.value
    err = capsys.readouterr().err
    assert "RuntimeError" in err and "secret-marker" not in err


ANY = st.one_of(st.booleans(), st.none(), st.integers(), st.text(max_size=5000), st.binary(max_size=100),
                st.floats(allow_nan=True), st.lists(st.text(), max_size=5), st.dictionaries(st.text(), st.integers()))
ACTIONS = st.lists(st.one_of(
    st.tuples(st.just("tick"), st.integers(0, 20), ANY),
    st.tuples(st.just("check")), st.tuples(st.just("next")), st.tuples(st.just("restart")),
    st.tuples(st.just("handler"), st.sampled_from(["check", "next", "start_again"]), ANY),
), max_size=60)


@pytest.mark.parametrize("band", ["ages-4-7", "ages-14-18"])
@given(actions=ACTIONS)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_fuzzed_handlers_keep_state_valid(opened: Callable[[str], OpenLesson], band: str,
                                          actions: list[tuple[object, ...]]) -> None:
    view = view_of(opened, band)
    n = len(view.activity.scenarios)
    for action in actions:
        if action[0] == "tick":
            box = view.boxes[int(action[1]) % len(view.boxes)]  # type: ignore[call-overload]
            try:
                box.value = action[2]  # as if sent straight over the widget comm
            except traitlets.TraitError:
                pass  # the trait refuses it before any handler runs
        elif action[0] == "check":
            view.check_button.click()
        elif action[0] == "next":
            view.next_button.click()
        elif action[0] == "restart":
            view.restart_button.click()
        else:  # a handler called with any value at all
            getattr(view, str(action[1]))(action[2])
        assert "sl-oops" not in view.feedback.value
        assert 0 <= view.current < n and view.solved <= set(range(n))
        assert view.page.words.say("done-count", n=len(view.solved), total=n) in view.progress.value
        assert all(isinstance(box.value, bool) for box in view.boxes)


def test_rapid_repeats(opened: Callable[[str], OpenLesson]) -> None:
    view = view_of(opened, "ages-7-11")
    for _ in range(300):
        view.check_button.click()
        view.next_button.click()
    solve(view)
    for _ in range(50):
        view.check_button.click()
    assert view.page.words.say("done-count", n=1, total=7) in view.progress.value


def test_a_suicide_prevention_line_is_offered_for_thoughts_of_suicide_not_for_feeling_low(
        edit: Callable[..., Path]) -> None:
    """PAPYRUS's remit is thoughts of suicide: a story about feeling low cannot offer it."""
    path = edit("ages-14-18/feeling-ok-online.yaml", "does not want to wake anyone.\n        about: suicidal-thoughts",
                "does not want to wake anyone.\n        about: feeling-low")
    found = [p for p in problems_of(path.parents[1]) if "feeling-ok-online" in p and "papyrus" in p]
    said = "PAPYRUS HOPELINE247 does not help with feeling-low (it helps with suicidal-thoughts)"
    assert found and said in found[0], found
