"""Issue 31, point 8: a new lesson opened right after `safety-lessons new` showed "needs fixing" for
every activity once. Reproduced: `new` rewrote catalogue.yaml in place, and a kernel opening a lesson
in between read it empty. `new` now writes every file whole (a new file, then renamed), and a served
kernel that catches a content file being written by an editor waits for it and reads it again."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest
from safety_lessons.authoring.new import new_lesson
from safety_lessons.kernel_env import ROOT_ENV, SERVED_ENV
from safety_lessons.lesson import BrokenLesson, OpenLesson, open_lesson


def test_new_never_writes_a_file_a_reader_may_be_reading(lessons_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    in_place: list[Path] = []
    real = Path.write_text

    def spy(self: Path, *args: Any, **kwargs: Any) -> int:
        if self.exists() or not self.name.startswith("."):
            in_place.append(self)  # a reader could see this file half-written
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", spy)
    made = new_lesson(lessons_copy, "ages-7-11/fake-news", ["quiz"])
    assert in_place == []
    assert made.notebook.is_file() and made.content.is_file()
    assert not [p for p in lessons_copy.rglob(".*.new")]  # nothing left behind


@pytest.fixture
def served(lessons_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(ROOT_ENV, str(lessons_copy))
    monkeypatch.setenv(SERVED_ENV, "1")
    return lessons_copy


def test_a_kernel_that_reads_a_file_mid_write_reads_it_again(served: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    catalogue = served / "catalogue.yaml"
    whole = catalogue.read_bytes()
    catalogue.write_bytes(b"")  # an editor saving in place: the file is empty for a moment …
    waits: list[float] = []

    def writer_finishes(seconds: float) -> None:  # … and whole again while the kernel waits
        waits.append(seconds)
        catalogue.write_bytes(whole)

    monkeypatch.setattr(time, "sleep", writer_finishes)
    assert isinstance(open_lesson("ages-7-11/passwords"), OpenLesson)
    assert waits


def test_a_problem_in_a_file_not_just_changed_shows_at_once(served: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    catalogue = served / "catalogue.yaml"
    catalogue.write_bytes(b"")
    os.utime(catalogue, (time.time() - 60, time.time() - 60))
    monkeypatch.setattr(time, "sleep", lambda seconds: pytest.fail("waited for a file that is not being written"))
    assert isinstance(open_lesson("ages-7-11/passwords"), BrokenLesson)
