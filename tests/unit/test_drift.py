"""Content that is not shown, or drifts (issue 14, point 5): an activity no cell shows is a warning;
`lesson.show("typo")` stops the cell for authors (and nbval), not only `check`. (Counts in the words
that disagree with the data: test_counts.py.)"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from safety_lessons.authoring.check import check
from safety_lessons.cli import main
from safety_lessons.content.notebooks import read_cells
from safety_lessons.content.schema import ContentError
from safety_lessons.kernel_env import ROOT_ENV, SERVED_ENV
from safety_lessons.lesson import OpenLesson, needs_fixing_html, open_lesson

from tests.conftest import REPO

Edit = Callable[[str, str, str], Path]

SPARE = """  spare:
    kind: quiz
    title: A spare quiz
    questions:
      - question: Is this shown?
        answers:
          - answer: "No"
            correct: true
            feedback: Right.
          - answer: "Yes"
            correct: false
            feedback: Not yet.

  talk-to:
"""


def line_with(path: Path, text: str) -> int:
    """The line number of the first line of `path` that holds `text`."""
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def cell_showing(notebook: Path, activity_id: str) -> tuple[int, int]:
    """(line, cell number) of the cell that shows `activity_id`."""
    cell = next(c for c in read_cells(notebook) if c.source.strip() == f'lesson.show("{activity_id}")')
    return cell.line, cell.index


def found(root: Path, word: str) -> list[str]:
    return [str(p) for p in check(root).problems if word in str(p)]


# -- an activity no cell shows -------------------------------------------------------------------
def test_an_activity_no_cell_shows_is_a_warning(lessons_copy: Path, edit: Edit) -> None:
    path = edit("ages-7-11/passwords.yaml", "  talk-to:\n", SPARE)
    report = check(lessons_copy)
    assert report.errors == []
    line = line_with(path, "  spare:") + 1  # the activity's first field, like every activity problem
    assert [str(p) for p in report.problems] == [
        f"lessons/ages-7-11/passwords.yaml:{line}: activities.spare: warning: no cell of passwords.ipynb shows this "
        'activity, so pupils never see it; add a code cell `lesson.show("spare")` where it belongs, or remove the '
        "activity"]


def test_a_help_card_no_cell_shows_is_said_once(lessons_copy: Path, edit: Edit) -> None:
    """An unshown help card is already a problem ("never shows who to talk to"): not a warning too."""
    edit("ages-7-11/passwords.ipynb", 'lesson.show(\\"talk-to\\")', 'lesson.show(\\"keep-it-secret\\")')
    assert found(lessons_copy, "talk") == [
        'lessons/ages-7-11/passwords.ipynb:1: cells: never shows who to talk to; add a code cell '
        '`lesson.show("talk-to")` at the end']


# -- lesson.show("typo") --------------------------------------------------------------------------
TYPO = ('shows "strong-or-week", which is not an activity in ages-7-11/passwords.yaml; expected one of: '
        "three-words, strong-or-weak, keep-it-secret, talk-to, quick-check (did you mean 'strong-or-weak'?)")


@pytest.fixture
def typo(lessons_copy: Path, edit: Edit, monkeypatch: pytest.MonkeyPatch) -> str:
    """The 7-11 passwords notebook shows "strong-or-week"; returns the problem as `check` prints it."""
    edit("ages-7-11/passwords.ipynb", 'lesson.show(\\"strong-or-weak\\")', 'lesson.show(\\"strong-or-week\\")')
    monkeypatch.setenv(ROOT_ENV, str(lessons_copy))
    line, index = cell_showing(lessons_copy / "ages-7-11" / "passwords.ipynb", "strong-or-week")
    return f"lessons/ages-7-11/passwords.ipynb:{line}: cell {index} (under ## Strong or weak?): {TYPO}"


def test_check_names_the_unknown_activity_once(lessons_copy: Path, typo: str) -> None:
    assert found(lessons_copy, "strong-or-week") == [typo]


def test_an_unknown_activity_stops_the_cell_for_authors(typo: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SERVED_ENV, raising=False)
    lesson = open_lesson("ages-7-11/passwords")
    with pytest.raises(ContentError) as raised:
        lesson.show("strong-or-week")
    assert [str(p) for p in raised.value.problems] == [typo]  # the same words as `check`
    assert raised.value._render_traceback_() == ["This lesson's content needs fixing:", f"  {typo}"]


def test_pupils_see_the_calm_note_instead(typo: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SERVED_ENV, "1")
    lesson = open_lesson("ages-7-11/passwords")
    assert isinstance(lesson, OpenLesson)
    assert lesson.show("strong-or-week").value == needs_fixing_html(lesson.words)


@pytest.mark.slow
def test_nbval_fails_on_an_unknown_activity(lessons_copy: Path, typo: str, tmp_path: Path) -> None:
    """…and passes a shipped lesson and a new one from `safety-lessons new`."""
    notebook = lessons_copy / "ages-7-11" / "passwords.ipynb"
    good = lessons_copy / "ages-4-7" / "passwords.ipynb"
    assert main(["new", "ages-7-11/fake-news", "--kind", "quiz", "--kind", "story", "--lessons",
                 str(lessons_copy)]) == 0
    new = lessons_copy / "ages-7-11" / "fake-news.ipynb"
    env = {**os.environ, "PYTHONPATH": str(REPO / "widgets"), ROOT_ENV: str(lessons_copy)}
    env.pop(SERVED_ENV, None)
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
                          "--nbval-lax", "--rootdir", str(tmp_path), str(notebook), str(good), str(new)],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    out = run.stdout + run.stderr
    assert run.returncode == 1, out
    assert re.search(r"\b1 failed, \d+ passed", out), out
    assert "fake-news.ipynb" not in out.split("short test summary")[-1], out
    assert out.count(TYPO) >= 1, out
