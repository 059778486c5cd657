"""Every lesson, every control, every kind of forged widget message, in plain Python: each value
reaches its control as a comm `update` does (``set_state``) and every button is pressed again and
again, enabled or not. ipywidgets may refuse a value (``TraitError``: a served kernel sends the page
only the error's type); nothing else may raise, no handler may fail ("Something went wrong"), and
the lesson still answers a real choice afterwards.

tests/browser/test_security.py sends the same forgeries over a real kernel websocket for two
lessons, proving the path from a page to its kernel; this covers every lesson in seconds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ipywidgets as w
import pytest
from safety_lessons import registry
from safety_lessons.kernel_env import ROOT_ENV
from safety_lessons.lesson import OpenLesson, open_lesson
from safety_lessons.views.sharing import walk
from traitlets import TraitError

from tests.conftest import LESSONS
from tests.forged import BUTTON_PRESSES, CHOICES, EVERY_CONTROL, forgeries

REFS = [f"{band}/{topic}" for band, topic, _ in registry.library(LESSONS).lessons()]


def page_of(lesson: OpenLesson) -> list[w.Widget]:
    """Every widget of every activity, as the lesson's page shows them."""
    return [widget for name in lesson.content.activities for widget in walk(lesson.show(name))]


def shown(widgets: list[w.Widget]) -> list[str]:
    return [x.value for x in widgets if isinstance(x, w.HTML)]


def forge(widget: w.Widget, state: dict[str, Any]) -> None:
    try:
        widget.set_state(state)
    except TraitError:
        pass  # refused by ipywidgets: the page gets the error's type, nothing more


@pytest.mark.parametrize("ref", REFS)
def test_forged_messages_to_every_control_break_nothing(ref: str, monkeypatch: pytest.MonkeyPatch,
                                                        lessons_root: Path) -> None:
    monkeypatch.setenv(ROOT_ENV, str(lessons_root))
    lesson = open_lesson(ref)
    assert isinstance(lesson, OpenLesson)
    widgets = page_of(lesson)
    controls = [x for x in widgets if x._model_name in EVERY_CONTROL]
    assert controls, "a lesson page has controls"
    for control in controls:
        for state in forgeries(control._model_name):
            forge(control, state)
            forge(control, state)  # a rapid repeat
        if isinstance(control, w.Button):
            for _ in range(BUTTON_PRESSES):
                control.click()
    assert not [h for h in shown(widgets) if "sl-oops" in h], "a handler failed on a forged value"
    assert still_answers(widgets, controls), "the lesson stopped answering after forged messages"


def still_answers(widgets: list[w.Widget], controls: list[w.Widget]) -> bool:
    """A real action changes what the page shows: a choice between two answers, or a button (the
    quick questions' first round shows no feedback, so the first control may not be the one)."""
    for control in controls:
        before = shown(widgets)
        if control._model_name in CHOICES and len(control.options) > 1:
            control.index = len(control.options) - 1 if control.index == 0 else 0
        elif isinstance(control, w.Button) and not control.disabled:
            control.click()
        if shown(widgets) != before:
            return True
    return False
