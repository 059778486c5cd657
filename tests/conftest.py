"""Fixtures every test may use: the shipped lessons tree and throw-away copies of it; and the order
in which pytest-xdist hands the suite's parts to its workers."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from safety_lessons import registry
from safety_lessons.authoring.check import Report, check
from safety_lessons.content.library import Library

REPO = Path(__file__).resolve().parents[1]
LESSONS = REPO / "lessons"
PICTURES = REPO / "assets" / "characters"  # where lessons/characters.yaml finds its pictures


# The longest parts of the suite (xdist's `loadscope` hands out a module or a test class whole), longest
# first, as measured with `--durations=0`: handed out first, they do not end the run alone on one
# worker while the others wait. Only the order changes; a part not named keeps its place after these.
LONGEST_FIRST = ("browser/test_static_site.py", "browser/test_every_lesson.py::TestEveryKindPupilView",
                 "browser/test_guard.py", "browser/test_every_lesson.py::TestEveryKindTeacherView",
                 "browser/test_security.py", "browser/test_limits.py",
                 "browser/test_every_lesson.py::TestOlderBandsOpen", "browser/test_block_and_report.py",
                 "browser/test_every_lesson.py::TestYoungerBandsOpen", "browser/test_pulse.py",
                 "browser/test_group_chat_admin.py", "browser/test_read_aloud.py", "browser/test_warm.py",
                 "browser/test_age_limits.py", "browser/test_personal_details.py",
                 "browser/test_privacy_and_friends.py", "browser/test_meeting_online_friends.py",
                 "unit/test_fuzz_views.py", "browser/test_serving.py", "browser/test_reporting_concerns.py",
                 "browser/test_soak.py")


def _rank(item: pytest.Item) -> int:
    node = item.nodeid.removeprefix("tests/")
    return next((n for n, part in enumerate(LONGEST_FIRST) if node.startswith(part + "::")), len(LONGEST_FIRST))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=_rank)  # (stable: each part's own tests keep their order)


@pytest.fixture(scope="session")
def lessons_root() -> Path:
    return LESSONS


@pytest.fixture(scope="session")
def library(lessons_root: Path) -> Library:
    """The shipped lessons tree, read as the package reads it (`registry.library`); a test that
    breaks a copy on purpose opens that with `registry.library(lessons_copy)`."""
    return registry.library(lessons_root)


@pytest.fixture(scope="session")
def shipped_report(lessons_root: Path) -> Report:
    """`check` of the shipped lessons, once per worker: each topic's module asserts its part is clean."""
    return check(lessons_root)


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
