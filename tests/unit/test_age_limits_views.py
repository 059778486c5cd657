"""The age-limit views driven as a browser would drive them, in plain Python, and fuzzed."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape
from pathlib import Path
from typing import Any

import ipywidgets as w
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safety_lessons import open_lesson
from safety_lessons.activities import Feedback
from safety_lessons.activities.age_limits import MAX_AGE, MIN_AGE, AgePicker, AgeSort, WhyLimits, group_of
from safety_lessons.content.facts import AgeRule, App, Law
from safety_lessons.kernel_env import ROOT_ENV
from safety_lessons.lesson import OpenLesson
from safety_lessons.views.age_limits import NO_AGE, AgePickerView, AgeSortView, WhyLimitsView
from safety_lessons.views.markup import text_of
from traitlets import TraitError

from .conftest import find
from .test_age_limits import NO_SET_AGE_YAML

Opened = Callable[[str], OpenLesson]

# Anything a forged widget message (or a bug) could hand a handler.
ANYTHING = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(),
    st.text(min_size=5000, max_size=20000), st.binary(),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.sampled_from([MIN_AGE - 1, MIN_AGE, 12, 13, MAX_AGE, MAX_AGE + 1, "13", "data", "content"]),
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def sort_view(lesson: OpenLesson, name: str = "sort-apps") -> AgeSortView:
    activity = lesson.content.activities[name]
    assert isinstance(activity, AgeSort)
    return AgeSortView(activity, lesson)


def picker_view(lesson: OpenLesson, name: str) -> AgePickerView:
    activity = lesson.content.activities[name]
    assert isinstance(activity, AgePicker)
    return AgePickerView(activity, lesson)


def why_view(lesson: OpenLesson) -> WhyLimitsView:
    activity = lesson.content.activities["why-limits"]
    assert isinstance(activity, WhyLimits)
    return WhyLimitsView(activity, lesson)


def text(html: str) -> str:
    """What a pupil reads: tags removed, entities decoded."""
    return unescape(re.sub(r"<[^>]+>", "", html))


def sections(html: str) -> dict[str, str]:
    return dict(re.findall(r'<section class="sl-verdict (sl-[a-z-]+)">(.*?)</section>', html))


# -- sorting -------------------------------------------------------------------------------
def test_sorting_every_app_right_completes_the_activity(opened: Opened) -> None:
    lesson = opened("ages-7-11/age-limits")
    view = sort_view(lesson)
    apps = lesson.library.facts(App)
    labels = [lab for lab, _ in view.choices[0].options]
    assert labels == [view.activity.groups.label(a) for a in view.ages]
    for i, app_id in enumerate(view.activity.apps):
        view.choices[i].value = group_of(apps[app_id])
        assert lesson.words.say("right") in text(view.feedback[i].value)  # from lessons/words/en.yaml
        assert "sl-source" not in view.feedback[i].value  # pupils never see where a fact comes from
        assert lesson.words.say("sorted-count", n=i + 1, total=len(view.activity.apps)) in text(view.score.value)
    assert view.done == set(range(len(view.activity.apps)))


def test_a_wrong_group_says_try_again_and_start_again_clears(opened: Opened) -> None:
    lesson = opened("ages-4-7/age-limits")
    view = sort_view(lesson, "who-is-it-for")
    youtube = view.activity.apps.index("youtube")
    view.choices[youtube].value = view.ages[0]  # "for everyone": too young
    assert lesson.words.say("try-again") in text(view.feedback[youtube].value)
    assert "is for big children and grown-ups" in text(view.feedback[youtube].value)
    view.choices[youtube].value = view.ages[-1]
    assert lesson.words.say("right") in text(view.feedback[youtube].value)
    assert "YouTube Kids" in view.feedback[youtube].value  # the kinder choice, from apps.yaml
    view.restart.click()
    assert all(c.value is None for c in view.choices)
    assert all(f.value == "" for f in view.feedback) and view.done == set()
    assert text(view.score.value) == lesson.words.say("sorted-count", n=0, total=len(view.activity.apps))


def test_every_control_has_a_name(opened: Opened) -> None:
    for ref, name in (("ages-7-11/age-limits", "sort-apps"), ("ages-11-14/age-limits", "right-for-me"),
                      ("ages-14-18/age-limits", "why-limits")):
        view = opened(ref).show(name)
        for toggle in find(view, w.ToggleButtons):
            assert len(toggle.tooltips) == len(toggle.options) and all(toggle.tooltips)
        for control in find(view, w.Dropdown) + find(view, w.Button):
            assert control.description and control.tooltip


# -- is this right for me? ------------------------------------------------------------------
@pytest.mark.parametrize("ref", ["ages-4-7/age-limits", "ages-7-11/age-limits",
                                 "ages-11-14/age-limits", "ages-14-18/age-limits"])
def test_every_age_shows_the_right_apps(opened: Opened, ref: str) -> None:
    lesson = opened(ref)
    name = next(k for k, a in lesson.content.activities.items() if isinstance(a, AgePicker))
    view = picker_view(lesson, name)
    apps = lesson.library.facts(App)
    assert [v for _, v in view.age.options] == [NO_AGE, *range(MIN_AGE, MAX_AGE + 1)]
    for age in range(MIN_AGE, MAX_AGE + 1):
        view.age.value = age
        shown = sections(view.result.value)
        for app_id in view.activity.apps:
            app = apps[app_id]
            where = "sl-ask" if app.age is None else "sl-for-you" if age >= app.age else "sl-not-yet"
            assert f'<span class="sl-app-name">{app.name}</span>' in shown[where], (age, app_id)
            others = [html for css, html in shown.items() if css != where]
            assert all(f">{app.name}<" not in html for html in others)
            if where == "sl-not-yet" and app.younger:
                assert app.younger in text(shown[where])
        if not any(apps[a].age is not None and age >= apps[a].age for a in view.activity.apps):  # type: ignore[operator]
            assert view.activity.none_here in text(shown["sl-for-you"])
    view.restart.click()
    assert view.age.value == NO_AGE and view.result.value == ""


def test_an_app_with_no_set_age_is_listed_under_its_own_heading(
        lessons_copy: Path, edit: Callable[[str, str, str], Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """No shipped picker has an app with `limit: none` since Roblox was taken out (its terms were
    read only in a third-party copy); in a copy that has one, it is under the `ask` heading at
    every age, with what its limit says and its `also`."""
    apps_yaml = lessons_copy / "facts" / "apps.yaml"
    apps_yaml.write_text(apps_yaml.read_text(encoding="utf-8") + NO_SET_AGE_YAML, encoding="utf-8")
    lesson_yaml = "ages-11-14/age-limits.yaml"
    edit(lesson_yaml, "apps: [minecraft-dungeons, it-takes-two, youtube,",
         "apps: [minecraft-dungeons, it-takes-two, no-set-age, youtube,")
    edit(lesson_yaml, "    none-here: None of these.\n",
         "    ask: No minimum age, but check the settings\n    none-here: None of these.\n")
    edit(lesson_yaml, "      pegi: PEGI {age}. Its content is rated for {age} and over.\n",
         "      pegi: PEGI {age}. Its content is rated for {age} and over.\n"
         "      none: It has no minimum age, but parts of it, like chat, may need an age check.\n")
    monkeypatch.setenv(ROOT_ENV, str(lessons_copy))
    lesson = open_lesson("ages-11-14/age-limits")
    assert isinstance(lesson, OpenLesson)
    view = picker_view(lesson, "right-for-me")
    for age in range(MIN_AGE, MAX_AGE + 1):
        view.age.value = age
        shown = sections(view.result.value)
        ask = text(shown["sl-ask"])
        assert ask.startswith("? No minimum age, but check the settings"), ask
        assert "A game with no set age" in ask and "like chat, may need an age check" in ask
        assert "You may need an age check before you can chat." in ask  # its `also`
        assert all(">A game with no set age<" not in html for css, html in shown.items() if css != "sl-ask")


def test_picking_an_age_keeps_and_prints_nothing(opened: Opened, capsys: pytest.CaptureFixture[str]) -> None:
    view = picker_view(opened("ages-11-14/age-limits"), "right-for-me")
    view.age.value = 12
    out = capsys.readouterr()
    assert out.out == "" and out.err == ""
    assert not any(isinstance(v, int) and not isinstance(v, bool) and v == 12 for v in vars(view).values())


def test_a_forged_age_is_refused_by_the_dropdown(opened: Opened) -> None:
    view = picker_view(opened("ages-7-11/age-limits"), "right-for-me")
    for forged in (99, "13", -1, 2.5):
        with pytest.raises(TraitError):  # ipywidgets' own validation: not one of the options
            view.age.value = forged
    assert view.age.value == NO_AGE and view.result.value == ""


# -- why limits exist ----------------------------------------------------------------------------
def test_the_law_box_shows_the_age_from_the_facts(opened: Opened) -> None:
    lesson = opened("ages-14-18/age-limits")
    view = why_view(lesson)
    rule = lesson.library.facts(AgeRule)["digital-consent"]
    box = find(view.widget, w.HTML)[1].value  # the heading (title and intro), then the fact box
    assert 'class="sl-fact"' in box and f"{rule.name}: {rule.age}" in box and "sl-source" not in box
    reasons = find(view.widget, w.HTML, None)[2].value  # after the heading and the fact box
    assert f"from {rule.age}" in text(reasons) and "not the minimum age for every app" in text(reasons)
    assert "cannot consent" not in text(reasons)  # UK GDPR Art 8 is about consent, where consent is relied on


def test_matching_every_case_completes_and_start_again_clears(opened: Opened) -> None:
    view = why_view(opened("ages-7-11/age-limits"))
    say = view.page.words.say
    cases = view.activity.cases
    wrong = next(r.id for r in view.activity.reasons if r.id != cases[0].reason)
    view.choices[0].value = wrong
    assert say("try-again") in text(view.feedback[0].value) and view.activity.hint in text(view.feedback[0].value)
    for i, case in enumerate(cases):
        view.choices[i].value = case.reason
        assert say("right") in text(view.feedback[i].value)
    assert say("done-count", n=len(cases), total=len(cases)) in text(view.score.value)
    view.restart.click()
    assert all(c.value is None for c in view.choices) and view.done == set()


def test_a_failing_handler_shows_a_kind_message(opened: Opened, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    view = sort_view(opened("ages-7-11/age-limits"))

    def broken(*_: object) -> Feedback:
        raise RuntimeError("secret-marker")

    monkeypatch.setattr(AgeSort, "judge", broken)
    view.choices[0].value = view.ages[0]
    assert text_of(view.page.words.say("something-went-wrong")) in view.feedback[0].value
    err = capsys.readouterr().err
    assert "RuntimeError" in err and "secret-marker" not in err


# -- fuzzing: any value into every handler ------------------------------------------------
@pytest.fixture
def views(opened: Opened) -> dict[str, Any]:
    l711, l1418 = opened("ages-7-11/age-limits"), opened("ages-14-18/age-limits")
    return {"sort": sort_view(l711), "picker": picker_view(l1418, "sibling"), "why": why_view(l711)}


def _valid(views: dict[str, Any]) -> None:
    sort, picker, why = views["sort"], views["picker"], views["why"]
    assert sort.done <= set(range(len(sort.activity.apps)))
    assert why.done <= set(range(len(why.activity.cases)))
    assert picker.age.value == NO_AGE or MIN_AGE <= picker.age.value <= MAX_AGE
    assert picker.result.value == "" or picker.result.value.startswith('<section class="sl-verdict')
    for html in (picker.result.value, sort.score.value, why.score.value):
        assert "sl-oops" not in html and "Traceback" not in html


@FUZZ
@given(steps=st.lists(st.tuples(st.sampled_from(["pick", "sort", "why", "restart"]), st.integers(-1, 20)),
                      max_size=40))
def test_rapid_repeats_keep_state_valid(views: dict[str, Any], steps: list[tuple[str, int]]) -> None:
    sort, picker, why = views["sort"], views["picker"], views["why"]
    for action, n in steps:
        if action == "pick":
            picker.age.index = n if 0 <= n < len(picker.age.options) else None
            picker.age.index = n if 0 <= n < len(picker.age.options) else None  # the same, at once
        elif action == "sort":
            if 0 <= n < len(sort.choices):
                sort.choices[n].value = sort.ages[(n + len(steps)) % len(sort.ages)]
        elif action == "why":
            if 0 <= n < len(why.choices):
                why.choices[n].value = why.activity.reasons[n % len(why.activity.reasons)].id
        else:
            for v in views.values():
                v.restart.click()
        _valid(views)
    # what the pupil sees always matches what they chose
    for i, choice in enumerate(sort.choices):
        assert (i in sort.done) == (choice.value == group_of(sort.apps[sort.activity.apps[i]]))
    for i, choice in enumerate(why.choices):
        assert (i in why.done) == (choice.value == why.activity.cases[i].reason)


@FUZZ
@given(index=ANYTHING, label=ANYTHING)
def test_a_forged_comm_message_to_the_age_control(views: dict[str, Any], index: object, label: object) -> None:
    """What a browser can send over the widget comm: any `index`/`label` for the dropdown
    (and any `index` for the sorting buttons)."""
    picker, sort, why = views["picker"], views["sort"], views["why"]
    for toggle in (sort.choices[0], why.choices[0]):
        try:
            toggle.set_state({"index": index})
        except (TraitError, ValueError, TypeError, KeyError, IndexError):
            pass
    assert (0 in sort.done) == (sort.choices[0].value == group_of(sort.apps[sort.activity.apps[0]]))
    assert (0 in why.done) == (why.choices[0].value == why.activity.cases[0].reason)
    for state in ({"index": index}, {"label": label}, {"index": index, "label": label}):
        try:
            picker.age.set_state(state)
        except (TraitError, ValueError, TypeError, KeyError, IndexError):
            pass  # ipywidgets refuses it before any handler runs (the comm logs and drops it)
        _valid(views)
        shown = sections(picker.result.value)
        if picker.age.value == NO_AGE:
            assert shown == {}
        else:
            assert f"Meant for age {picker.age.value}" in text(shown["sl-for-you"])


def test_the_teacher_view_shows_where_each_fact_comes_from(opened: Opened, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUERY_STRING", "mode=teacher")
    lesson = opened("ages-7-11/age-limits")
    view = sort_view(lesson)
    apps = lesson.library.facts(App)
    first = view.activity.apps[0]
    view.choices[0].value = group_of(apps[first])
    feedback = view.feedback[0].value
    # the link is HTML, so a source with "&" in its address is escaped there
    assert f"checked {apps[first].checked:%B %Y}" in feedback and apps[first].source in unescape(feedback)
    assert f"{apps[first].source_kind} source" in feedback
    rule = lesson.library.facts(AgeRule)["digital-consent"]
    assert rule.source in find(why_view(lesson).widget, w.HTML)[1].value


# -- the 14-18 lesson: ages set by law, and what the law says about PEGI ratings --------------
def test_an_age_set_by_law_is_sorted_and_said_as_law(opened: Opened) -> None:
    lesson = opened("ages-14-18/age-limits")
    view = sort_view(lesson)
    apps = lesson.library.facts(App)
    law_apps = [i for i, a in enumerate(view.activity.apps) if apps[a].limit == "law"]
    assert law_apps
    for i in law_apps:
        app = apps[view.activity.apps[i]]
        view.choices[i].value = group_of(app)
        assert f"the law sets the age at {app.age}" in text(view.feedback[i].value)
        assert app.also is not None and app.also in text(view.feedback[i].value)


@pytest.mark.parametrize(("query", "shows_source"), [("", False), ("mode=teacher", True)])
def test_the_pegi_law_is_shown_from_the_facts(opened: Opened, monkeypatch: pytest.MonkeyPatch,
                                              query: str, shows_source: bool) -> None:
    monkeypatch.setenv("QUERY_STRING", query)
    lesson = opened("ages-14-18/age-limits")
    html = " ".join(h.value for h in find(lesson.show("pegi-law"), w.HTML))
    laws = lesson.library.facts(Law)
    for key in ("pegi-shops", "pegi-online", "pegi-chat"):
        assert laws[key].says in text(html) and laws[key].applies_in in text(html)
        assert (laws[key].source in html) is shows_source
    assert ("sl-source" in html) is shows_source
