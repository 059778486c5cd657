"""Fixtures every test may use: the shipped lessons tree and throw-away copies of it."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
LESSONS = REPO / "lessons"
PICTURES = REPO / "assets" / "characters"  # where lessons/characters.yaml finds its pictures


@pytest.fixture(scope="session")
def lessons_root() -> Path:
    return LESSONS


@pytest.fixture
def lessons_copy(tmp_path: Path) -> Path:
    """A copy of the shipped lessons (and their character pictures, in the same place
    beside them) a test may break on purpose."""
    copy = tmp_path / "lessons"
    shutil.copytree(LESSONS, copy, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    shutil.copytree(PICTURES, tmp_path / "assets" / "characters")
    return copy


@pytest.fixture
def edit(lessons_copy: Path) -> Callable[[str, str, str], Path]:
    """Replace text in one file of the copy: ``edit("ages-7-11/passwords.yaml", old, new)``."""

    def replace(relative: str, old: str, new: str) -> Path:
        path = lessons_copy / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {relative}: the test no longer matches the content"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        return path

    return replace
