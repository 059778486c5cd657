"""The static site's page that keeps its Python: before another lesson runs in the kernel, the
lesson shown is closed but for the models every lesson shares, and the kernel moves to the next
lesson's folder (lesson-swap.js calls `next_lesson`; tests/browser/test_static_site.py swaps in Chromium)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import ipywidgets as w
import pytest
from safety_lessons.compat import live_widgets
from safety_lessons.lesson import OpenLesson, current_mode
from safety_lessons.swap import next_lesson


def test_the_lesson_shown_is_closed_and_the_shared_models_kept(
        opened: Callable[[str], OpenLesson], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    first = opened("ages-7-11/personal-details")
    shown = [first.show(activity_id) for activity_id in first.content.activities]
    shared = [x for x in live_widgets() if getattr(x, "_sl_shared", False)]
    assert shared and all(x.comm is not None for x in shown)
    closed = next_lesson(str(tmp_path))
    assert closed >= len(shown) and all(x.comm is None for x in shown)
    assert all(x.comm is not None for x in shared)
    assert [x for x in live_widgets() if not getattr(x, "_sl_shared", False)] == []
    second = opened("ages-11-14/group-chat-admin")  # the next lesson, with the same shared models
    again = second.show(next(iter(second.content.activities)))
    assert again.comm is not None and again.layout.comm is not None


def test_the_kernel_moves_to_the_next_lessons_folder_so_its_mode_follows(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.platform", "emscripten")  # the browser's Python: the mode is the folder's
    (tmp_path / "lessons" / "teacher" / "ages-7-11").mkdir(parents=True)
    (tmp_path / "lessons" / "ages-7-11").mkdir(parents=True)
    next_lesson(str(tmp_path / "lessons" / "teacher" / "ages-7-11"))
    assert Path.cwd() == tmp_path / "lessons" / "teacher" / "ages-7-11" and current_mode() == "teacher"
    next_lesson(str(tmp_path / "lessons" / "ages-7-11"))
    assert current_mode() == "pupil"
    button = w.Button()
    next_lesson(str(tmp_path))
    assert button.comm is None
