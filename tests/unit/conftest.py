"""Unit-test fixtures: lessons opened in plain Python, no server, no browser."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from safety_lessons.content.library import Library
from safety_lessons.content.words import Words
from safety_lessons.kernel_env import ROOT_ENV
from safety_lessons.lesson import OpenLesson, open_lesson
from safety_lessons.views.sharing import walk


@pytest.fixture
def opened(lessons_root: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], OpenLesson]:
    """``opened("ages-7-11/passwords")``: a shipped lesson, as its notebook opens it."""
    monkeypatch.setenv(ROOT_ENV, str(lessons_root))

    def load(ref: str) -> OpenLesson:
        lesson = open_lesson(ref)
        assert isinstance(lesson, OpenLesson)
        return lesson

    return load


@pytest.fixture(scope="session")
def words(library: Library) -> Callable[[str | None], Words]:
    """``words("ages-4-7").say("right")``: the words a band's pages show, from lessons/words/en.yaml
    (tests read them there rather than pin the English)."""
    return library.words


def find(widget: Any, kind: type, css: str | None = None) -> list[Any]:
    """Widgets of one type (and CSS class) inside a view, in page order."""
    return [w for w in walk(widget) if isinstance(w, kind) and (css is None or css in w._dom_classes)]
