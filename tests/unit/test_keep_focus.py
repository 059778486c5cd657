"""Keyboard focus is never dropped: when the control a pupil used is disabled or hidden by what it
did (Done, Next, an admin action already taken, the last word added, a task finished), the view
moves focus to a control that is still there (WCAG 2.4.3). Driven in plain Python: every press of
every button in every shipped lesson's views, checking where focus would go."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import ipywidgets as w
import pytest
from safety_lessons import registry
from safety_lessons.activities.block_report import Inbox, Walkthrough
from safety_lessons.activities.group_chat import GroupChat
from safety_lessons.activities.passwords import WordBuilder
from safety_lessons.activities.story import Story
from safety_lessons.lesson import OpenLesson
from safety_lessons.views.block_report import InboxView, WalkthroughView
from safety_lessons.views.common import keep_focus, set_shown, usable
from safety_lessons.views.group_chat import GroupChatView
from safety_lessons.views.passwords import WordBuilderView
from safety_lessons.views.story import StoryView

from tests.conftest import LESSONS

from .conftest import find

VIEWS: list[tuple[type, Callable[..., Any]]] = [
    (Inbox, InboxView), (Walkthrough, WalkthroughView), (GroupChat, GroupChatView),
    (WordBuilder, WordBuilderView), (Story, StoryView),
]
CASES = [pytest.param(f"{band}/{topic}", kind, make, id=f"{make.__name__}-{band}/{topic}")
         for band, topic, _ in registry.library(LESSONS).lessons() for kind, make in VIEWS
         if any(isinstance(a, kind) for a in registry.library(LESSONS).lesson(band, topic).activities.values())]
PRESSES = 80


@pytest.fixture
def focused(monkeypatch: pytest.MonkeyPatch) -> list[w.DOMWidget]:
    """Every widget the view asks the browser to focus, in order."""
    calls: list[w.DOMWidget] = []
    monkeypatch.setattr(w.DOMWidget, "focus", lambda self: calls.append(self))
    return calls


def test_a_control_that_stays_usable_keeps_the_focus(focused: list[w.DOMWidget]) -> None:
    pressed, other = w.Button(), w.Button()
    keep_focus(pressed, other)
    assert focused == []


def test_focus_moves_to_the_first_usable_control(focused: list[w.DOMWidget]) -> None:
    pressed, disabled, hidden, target, later = w.Button(disabled=True), w.Button(disabled=True), w.Button(), \
        w.Button(), w.Button()
    set_shown(hidden, False)
    keep_focus(pressed, disabled, hidden, target, later)
    assert focused == [target]
    focused.clear()
    pressed.disabled = False
    set_shown(pressed, False)
    keep_focus(pressed, later)
    assert focused == [later]
    assert not usable(pressed) and usable(later)


def test_nowhere_to_go_focuses_nothing(focused: list[w.DOMWidget]) -> None:
    keep_focus(w.Button(disabled=True), w.Button(disabled=True))
    assert focused == []


def controls(view: Any) -> list[w.DOMWidget]:
    return [c for c in find(view.widget, w.Button) + find(view.widget, w.Checkbox)
            if usable(c) and "sl-reveal" not in c._dom_classes]


def first_usable(view: Any) -> Iterator[w.DOMWidget]:
    """A pupil who always presses the first control there is (adds every word, for one)."""
    for _ in range(PRESSES):
        now = controls(view)
        if not now:
            return
        yield now[0]


def least_used(view: Any) -> Iterator[w.DOMWidget]:
    """A pupil who tries everything: the control (by its words now) pressed least, first on the page."""
    used: dict[tuple[int, str], int] = {}
    for _ in range(PRESSES):
        now = controls(view)
        if not now:
            return
        pick = min(now, key=lambda c: used.get((id(c), c.description), 0))
        used[(id(pick), pick.description)] = used.get((id(pick), pick.description), 0) + 1
        yield pick


def test_every_view_that_takes_controls_away_is_covered() -> None:
    assert {make for _, make in VIEWS} == {case.values[2] for case in CASES}


@pytest.mark.parametrize(("ref", "kind", "make"), CASES)
def test_focus_is_never_dropped(opened: Callable[[str], OpenLesson], focused: list[w.DOMWidget],
                                ref: str, kind: type, make: Callable[..., Any]) -> None:
    lesson = opened(ref)
    activities = [a for a in lesson.content.activities.values() if isinstance(a, kind)]
    moved = 0
    for activity, walk in ((a, walk) for a in activities for walk in (first_usable, least_used)):
        view = make(activity, lesson)
        for control in walk(view):
            focused.clear()
            if isinstance(control, w.Checkbox):
                control.value = not control.value
            else:
                control.click()
            if usable(control):
                continue
            moved += 1
            assert focused, f"{control.description!r} went away and focus went nowhere"
            assert usable(focused[-1]) and focused[-1] in controls(view), \
                f"{control.description!r} sent focus to {getattr(focused[-1], 'description', focused[-1])!r}"
    assert moved, "no press took a control away: the walk no longer tests anything"
