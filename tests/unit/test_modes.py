"""Teacher and pupil views: served, the mode is the copy the server chose (a kernel runs in its
copy's folder); elsewhere it comes from the page's query string. In the teacher view feedback
stays hidden until the teacher reveals it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import ipywidgets as w
import pytest
from safety_lessons.content.words import Words
from safety_lessons.kernel_env import STAGE_ENV, TEACHER_DIR
from safety_lessons.lesson import OpenLesson, current_mode
from safety_lessons.server.app import view_asked

from .conftest import find


@pytest.mark.parametrize(("query", "mode"), [
    ("", "pupil"), ("mode=teacher", "teacher"), ("mode=pupil", "pupil"), ("x=1&mode=teacher", "teacher"),
    ("mode=Teacher", "pupil"), ("mode=teacher&mode=teacher", "pupil"), ("mode=%00", "pupil"),
])
def test_mode_from_the_query_string(query: str, mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUERY_STRING", query)
    assert current_mode() == mode


@pytest.mark.parametrize(("copy", "query", "mode"), [
    (f"{TEACHER_DIR}/ages-7-11", "", "teacher"), ("ages-7-11", "mode=teacher", "pupil"),
    ("ages-7-11", "mode=teacher&mode=", "pupil"), (f"{TEACHER_DIR}/ages-7-11", "mode=pupil", "teacher"),
    ("elsewhere/teacher/ages-7-11", "mode=teacher", "pupil"),  # a folder named teacher outside the stage
])
def test_served_mode_is_the_copy_the_server_chose(copy: str, query: str, mode: str, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    stage = tmp_path / "teacher" / "stage"  # even a stage inside a folder named teacher
    (stage / copy).mkdir(parents=True)
    monkeypatch.setenv(STAGE_ENV, str(stage))
    monkeypatch.setenv("QUERY_STRING", query)
    monkeypatch.chdir(stage / copy)
    assert current_mode() == mode


def test_a_served_kernel_outside_the_stage_is_a_pupils(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "stage").mkdir()
    (tmp_path / TEACHER_DIR).mkdir()
    monkeypatch.setenv(STAGE_ENV, str(tmp_path / "stage"))
    monkeypatch.setenv("QUERY_STRING", "mode=teacher")
    monkeypatch.chdir(tmp_path / TEACHER_DIR)
    assert current_mode() == "pupil"


@pytest.mark.parametrize(("query", "view"), [
    ("", "pupil"), ("x=1", "pupil"), ("mode=teacher", "teacher"), ("x=1&mode=teacher", "teacher"),
    ("mode=teacher&mode=", None), ("mode=&mode=teacher", None), ("mode=teacher&mode=teacher", None),
    ("mode=", None), ("mode=pupil", None), ("mode=Teacher", None), ("mode=teacher%00", None),
])
def test_the_server_refuses_any_mode_but_one_teacher(query: str, view: str | None) -> None:
    from tornado.escape import parse_qs_bytes

    handler = SimpleNamespace(request=SimpleNamespace(query_arguments=parse_qs_bytes(query, keep_blank_values=True)))
    assert view_asked(handler) == view


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
