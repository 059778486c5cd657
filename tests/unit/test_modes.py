"""Teacher and pupil views: the mode comes from the page's query string; in the teacher view
feedback stays hidden until the teacher reveals it."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as w
import pytest
from safety_lessons.content.words import Words
from safety_lessons.lesson import OpenLesson, current_mode

from .conftest import find


@pytest.mark.parametrize(("query", "mode"), [
    ("", "pupil"), ("mode=teacher", "teacher"), ("mode=pupil", "pupil"), ("x=1&mode=teacher", "teacher"),
    ("mode=Teacher", "pupil"), ("mode=teacher&mode=teacher", "pupil"), ("mode=%00", "pupil"),
])
def test_mode_from_the_query_string(query: str, mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUERY_STRING", query)
    assert current_mode() == mode


def test_pupil_view_has_no_reveal_button(opened: Callable[[str], OpenLesson],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QUERY_STRING", raising=False)
    view = opened("ages-7-11/passwords").show("keep-it-secret")
    assert find(view, w.ToggleButton) == []
    assert "sl-answers-hidden" not in view._dom_classes


def test_teacher_reveals_answers(opened: Callable[[str], OpenLesson], words: Callable[[str], Words],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUERY_STRING", "mode=teacher")
    say = words("ages-7-11").say  # lessons/words/en.yaml
    view = opened("ages-7-11/passwords").show("keep-it-secret")
    (reveal,) = find(view, w.ToggleButton)
    assert "sl-answers-hidden" in view._dom_classes and reveal.description == say("show-answers")
    find(view, w.RadioButtons)[0].value = 1
    assert "Yes." in find(view, w.HTML, "sl-live")[0].value  # judged, but hidden by the class
    reveal.value = True
    assert "sl-answers-hidden" not in view._dom_classes and reveal.description == say("hide-answers")
    reveal.value = False
    assert "sl-answers-hidden" in view._dom_classes


def test_help_has_no_answers_to_reveal(opened: Callable[[str], OpenLesson],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUERY_STRING", "mode=teacher")
    assert find(opened("ages-7-11/passwords").show("talk-to"), w.ToggleButton) == []
