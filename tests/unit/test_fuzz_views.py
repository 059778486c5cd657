"""Fuzzing the views no other test fuzzes: the password views (meter, word builder, which is
stronger), the quiz, the sorter and "who can help". Every value reaches a control the way a
forged widget message does (``set_state``, as ipywidgets applies a comm ``update``) or as a
click; ipywidgets may refuse a value (``TraitError``: in a served kernel the page gets only
the error's type), but nothing else may raise, no handler may fail, and the view's state must
stay valid after every step.
"""

from __future__ import annotations

import re
from functools import cache
from html import unescape
from typing import Any

import ipywidgets as w
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safety_lessons import registry
from safety_lessons.activities.choose import Quiz
from safety_lessons.activities.help import Help, Helper
from safety_lessons.activities.passwords import MAX_LENGTH, StrengthMeter, WhichIsStronger, WordBuilder, estimate
from safety_lessons.activities.sorter import Sorter
from safety_lessons.compat import quiet_tracebacks
from safety_lessons.kernel_env import ROOT_ENV
from safety_lessons.lesson import OpenLesson
from safety_lessons.views.choose import QuizView, SorterView
from safety_lessons.views.help import HelpView
from safety_lessons.views.passwords import StrengthMeterView, WhichIsStrongerView, WordBuilderView, meter_html
from traitlets import TraitError

from tests.conftest import LESSONS

from .conftest import find

FUZZ = settings(max_examples=80, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])
MB = 1_000_000
WEIRD = ["", " ", "\u202e\u200f שלום مرحبا", "\x00\x07\x1b[31m\r\n", "🙂" * 50, "<script>alert(1)</script>",
         "é" * 80, "\U0010ffff", "Ⅻ", "password", "lantern walrus pickle comet"]
# Anything a forged widget message could carry (JSON types), and a few Python ones a bug could pass.
ANYTHING = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(-3, 12), st.floats(allow_nan=True), st.text(),
    st.sampled_from(WEIRD), st.text(min_size=1000, max_size=5000), st.binary(max_size=20),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)
# An index or value for a choice control: mostly in range (so real answers get judged), else anything.
CHOICE = st.one_of(st.sampled_from([0, 1, 1, 0, 2, -1]), ANYTHING)
KEY = st.sampled_from(["index", "index", "index", "value"])  # ipywidgets syncs `index`; `value` is not synced


@cache
def lesson(ref: str) -> OpenLesson:
    """A shipped lesson as `open_lesson` opens it (without touching the environment: this runs
    at collection, before any fixture)."""
    library = registry.library(LESSONS)
    band, _, topic = ref.partition("/")
    return OpenLesson(library, band, library.catalogue.bands[band], library.lesson(band, topic), library.words(band))


def activities(kind: type) -> list[tuple[str, str]]:
    """(lesson ref, activity id) of every shipped activity of one kind."""
    found = []
    for band, topic, _ in registry.library(LESSONS).lessons():
        ref = f"{band}/{topic}"
        found += [(ref, i) for i, a in lesson(ref).content.activities.items() if isinstance(a, kind)]
    assert found, f"no {kind.__name__} in the shipped lessons"
    return found


def view_of(view: type, ref: str, activity_id: str) -> Any:
    opened = lesson(ref)
    return view(opened.content.activities[activity_id], opened)


def forge(widget: w.Widget, state: dict[str, Any]) -> bool:
    """Apply a state as a comm `update` would; False when ipywidgets refuses it."""
    try:
        widget.set_state(state)
    except TraitError:
        return False
    return True


def no_oops(view: Any) -> None:
    assert all("sl-oops" not in h.value for h in find(view.widget, w.HTML)), "a handler failed"


@pytest.fixture(autouse=True)
def lessons_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ROOT_ENV, str(LESSONS))


# --- the password meter ---------------------------------------------------------------------------

METERS = activities(StrengthMeter)


@FUZZ
@given(where=st.sampled_from(METERS), values=st.lists(st.one_of(ANYTHING, st.just("x" * MB)), min_size=1, max_size=8))
def test_meter_survives_any_value(where: tuple[str, str], values: list[Any]) -> None:
    view = view_of(StrengthMeterView, *where)
    for value in values:
        accepted = forge(view.box, {"value": value})
        forge(view.box, {"value": value})  # the same message twice, as a rapid repeat
        assert isinstance(view.box.value, str) and len(view.box.value) <= MAX_LENGTH
        if accepted and isinstance(value, str):
            assert view.box.value == value[:MAX_LENGTH]
        shown = view.box.value
        assert view.meter.value == meter_html(estimate(shown) if shown else None, view.activity.strength, view.words)
        no_oops(view)


@settings(FUZZ, max_examples=20)  # each example estimates three 64-character texts: zxcvbn's slowest case
@given(where=st.sampled_from(METERS), prefix=st.text(min_size=MAX_LENGTH, max_size=MAX_LENGTH + 10),
       filler=st.sampled_from(["x", "é", "🙂", "\u202e", "ab1!"]))
def test_meter_answers_a_huge_paste_as_its_capped_prefix(where: tuple[str, str], prefix: str, filler: str) -> None:
    pasted = prefix + filler * (MB // len(filler))
    huge, typed = view_of(StrengthMeterView, *where), view_of(StrengthMeterView, *where)
    huge.box.value = pasted
    typed.box.value = pasted[:MAX_LENGTH]
    assert huge.box.value == typed.box.value == pasted[:MAX_LENGTH]
    assert huge.meter.value == typed.meter.value
    assert estimate(pasted) == estimate(pasted[:MAX_LENGTH])


# --- the word builder -------------------------------------------------------------------------------

BUILDERS = activities(WordBuilder)
CLICKS = st.lists(st.one_of(
    st.sampled_from(["add", "restart", "add-forged", "enable-add", "junk-message"]),
    st.tuples(st.just("disabled"), ANYTHING),
), max_size=40)


@FUZZ
@given(where=st.sampled_from(BUILDERS), steps=CLICKS)
def test_word_builder_survives_any_clicks(where: tuple[str, str], steps: list[Any]) -> None:
    view = view_of(WordBuilderView, *where)
    a = view.activity
    for step in steps:
        if step == "add":
            view.add.click()
        elif step == "restart":
            view.restart.click()
        elif step == "add-forged":  # a click message sent to a disabled button
            view.add._handle_custom_msg({"event": "click"}, [])
        elif step == "enable-add":
            forge(view.add, {"disabled": False})
            view.add.click()
        elif step == "junk-message":
            view.add._handle_custom_msg({"event": "explode", "x": "🙂"}, [])
        else:
            forge(view.add, {"disabled": step[1]})
        n = len(view.chosen)
        assert n <= len(a.steps) and len(set(view.chosen)) == n and set(view.chosen) <= set(a.words)
        assert view.shown.value.count("<span>") == n
        no_oops(view)
    view.restart.click()
    assert view.chosen == () and not view.add.disabled


# --- which is stronger --------------------------------------------------------------------------------

PAIRS = activities(WhichIsStronger)


@FUZZ
@given(where=st.sampled_from(PAIRS), clicks=st.lists(st.tuples(st.integers(0, 20), st.sampled_from([0, 1]),
                                                                ANYTHING), max_size=25))
def test_which_is_stronger_survives_any_clicks(where: tuple[str, str], clicks: list[tuple[int, int, Any]]) -> None:
    view = view_of(WhichIsStrongerView, *where)
    buttons = find(view.widget, w.Button, "sl-password-choice")
    feedback = find(view.widget, w.HTML, "sl-live")
    for pair, side, junk in clicks:
        button = buttons[(2 * pair + side) % len(buttons)]
        button._handle_custom_msg({"event": "click"}, [])
        button._handle_custom_msg({"event": junk}, [])  # not a click: ignored
        forge(button, {"description": junk})  # a page can relabel its own button; the answer stays the kernel's
        area = feedback[((2 * pair + side) % len(buttons)) // 2]
        assert "sl-compare" in area.value and ("sl-right" in area.value or "sl-try-again" in area.value)
        no_oops(view)


# --- the quiz -----------------------------------------------------------------------------------------------

QUIZZES = activities(Quiz)


@FUZZ
@given(where=st.sampled_from(QUIZZES),
       steps=st.lists(st.tuples(st.integers(0, 1) | st.integers(0, 10), KEY, CHOICE), min_size=2, max_size=30))
def test_quiz_survives_any_answer(where: tuple[str, str], steps: list[tuple[int, str, Any]]) -> None:
    view = view_of(QuizView, *where)
    radios = find(view.widget, w.RadioButtons)
    feedback = find(view.widget, w.HTML, "sl-live")
    questions = view.activity.questions
    for q, key, value in steps:
        q %= len(radios)
        forge(radios[q], {key: value})
        forge(radios[q], {key: value})  # rapid repeat
        chosen = radios[q].value
        assert chosen is None or (isinstance(chosen, int) and 0 <= chosen < len(questions[q].answers))
        if chosen is not None:
            expected = questions[q].answers[chosen].feedback
            assert unescape(re.sub(r"<[^>]+>", "", feedback[q].value)).endswith(expected)
        no_oops(view)


# --- the sorter ------------------------------------------------------------------------------------------------

SORTERS = activities(Sorter)


@FUZZ
@given(where=st.sampled_from(SORTERS),
       steps=st.lists(st.tuples(st.integers(0, 1) | st.integers(0, 20), KEY, CHOICE), min_size=2, max_size=30))
def test_sorter_survives_any_choice(where: tuple[str, str], steps: list[tuple[int, str, Any]]) -> None:
    view = view_of(SorterView, *where)
    rows = find(view.widget, w.ToggleButtons, "sl-choice")
    cards = view.activity.cards
    groups = {g.id for g in view.activity.groups}
    for card, key, value in steps:
        card %= len(rows)
        forge(rows[card], {key: value})
        forge(rows[card], {key: value})
        for i, row in enumerate(rows):
            assert row.value is None or row.value in groups
            if row.value is not None:
                assert (i in view.done) == (row.value == cards[i].group)
        assert view.done <= set(range(len(cards)))
        if view.score.value:
            assert view.page.words.say("sorted-count", n=len(view.done), total=len(cards)) in view.score.value
        no_oops(view)


# --- who can help ---------------------------------------------------------------------------------------------------

HELPS = activities(Help)


@FUZZ
@given(where=st.sampled_from(HELPS),
       says=st.lists(st.one_of(st.text(), st.sampled_from(WEIRD)), min_size=1, max_size=4))
def test_help_escapes_whatever_content_says(where: tuple[str, str], says: list[str]) -> None:
    """Help has no controls: what reaches the page is the content, so any text in it is escaped."""
    opened = lesson(where[0])
    activity = opened.content.activities[where[1]]
    assert isinstance(activity, Help)
    people = [Helper(who=p.who, say=None if p.say is None else say)  # services speak from the facts
              for p, say in zip(activity.people, says * len(activity.people), strict=False)]
    forged = Help(kind="help", title=says[0], intro=says[-1], about=activity.about, people=people)
    html = " ".join(h.value for h in find(HelpView(forged, opened).widget, w.HTML))
    assert "<script" not in html
    school = opened.context.school  # a person school.yaml gives words shows them instead of `say` (issue 31)
    for say in {says[0], says[-1], *(p.say for p in people if p.say is not None and p.who not in school.roles)}:
        assert say in unescape(html)


# --- the kernel's side of a refused message ----------------------------------------------------------

class FakeShell:
    def __init__(self) -> None:
        self.sent: list[tuple[Any, ...]] = []

    def _showtraceback(self, etype: Any, evalue: Any, stb: Any) -> None:
        self.sent.append((etype, evalue, stb))


def test_a_refused_widget_message_reaches_the_page_as_its_error_type_only() -> None:
    shell = FakeShell()
    tell = lesson("ages-4-7/passwords").words.say("tell-your-teacher")  # from lessons/words/en.yaml
    quiet_tracebacks(tell, shell)
    quiet_tracebacks(tell, shell)  # idempotent: wrapping twice would not change what is sent
    secret = "/srv/venv/lib/python3.11/site-packages/ipywidgets/widget.py"
    shell._showtraceback(TraitError, TraitError(f"x 🙂 {secret}"), ["Traceback (most recent call last):", secret])
    assert shell.sent == [(TraitError, "", [f"TraitError: {tell}"])]


def test_tracebacks_stay_quiet_in_served_kernels_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from safety_lessons.kernel_env import SERVED_ENV

    calls: list[bool] = []
    monkeypatch.setattr("safety_lessons.compat.quiet_tracebacks", lambda tell: calls.append(bool(tell)))
    lesson("ages-11-14/passwords").show("meter")
    assert calls == []  # authors in JupyterLab and nbval keep full tracebacks
    monkeypatch.setenv(SERVED_ENV, "1")
    lesson("ages-11-14/passwords").show("meter")
    assert calls == [True]


def test_every_fuzzed_kind_is_in_the_lessons() -> None:
    counts = {k.__name__: len(activities(k)) for k in (StrengthMeter, WordBuilder, WhichIsStronger, Quiz, Sorter, Help)}
    print(counts)
    assert all(counts.values())
