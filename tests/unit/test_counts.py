"""Counts in the words that must agree with the data (content/counts.py): "five messages" above an
inbox of four is a problem, in the activity's own words and in the cells that lead to it; what the
count rule reads, and what it leaves alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from safety_lessons import registry
from safety_lessons.authoring.check import check
from safety_lessons.content.counts import counts_in
from safety_lessons.content.notebooks import read_cells

from tests.conftest import REPO

Edit = Callable[[str, str, str], Path]


def line_with(path: Path, text: str) -> int:
    """The line number of the first line of `path` that holds `text`."""
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def cell_with(notebook: Path, text: str) -> tuple[int, int]:
    cell = next(c for c in read_cells(notebook) if text in c.source)
    return cell.line, cell.index


def found(root: Path, word: str) -> list[str]:
    return [str(p) for p in check(root).problems if word in str(p)]


def test_a_count_in_an_activity_that_disagrees_is_a_problem(lessons_copy: Path, edit: Edit) -> None:
    path = edit("ages-7-11/block-and-report.yaml", "intro: Messages arrive on Pebble",
                "intro: Four messages arrive on Pebble")
    line = line_with(path, "Four messages arrive")
    assert found(lessons_copy, "Four messages") == [
        f'lessons/ages-7-11/block-and-report.yaml:{line}: activities.inbox.intro: says "Four messages", but this '
        'activity has 5 messages; leave the number out (e.g. "These messages"), so the words stay right when '
        "messages are added or taken away"]
    assert check(lessons_copy).errors  # pupils would read something untrue: a problem, not a warning


def test_a_count_in_the_cell_before_an_activity_that_disagrees_is_a_problem(lessons_copy: Path, edit: Edit) -> None:
    path = edit("ages-14-18/block-and-report.ipynb", "Messages arrive on a pretend app.",
                "Four messages arrive on a pretend app.")
    line, index = cell_with(path, "Four messages arrive")
    assert found(lessons_copy, "Four messages") == [
        f'lessons/ages-14-18/block-and-report.ipynb:{line}: cell {index}: says "Four messages", but the activity '
        '"inbox" below it has 5 messages; leave the number out (e.g. "These messages"), so the words stay right '
        "when messages are added or taken away"]


def test_a_count_that_agrees_and_words_without_one_pass(lessons_copy: Path, edit: Edit) -> None:
    edit("ages-7-11/block-and-report.yaml", "intro: Messages arrive on Pebble", "intro: Five messages arrive on Pebble")
    edit("ages-7-11/privacy-and-friends.yaml", "Milo has some friend requests.", "Milo has 5 friend requests.")
    assert check(lessons_copy).errors == []


def test_a_count_in_friend_requests_with_a_word_between(lessons_copy: Path, edit: Edit) -> None:
    path = edit("ages-11-14/privacy-and-friends.yaml", "Jess has some new friend requests.",
                "Jess has seven friend requests.")
    line = line_with(path, "seven friend requests")
    assert found(lessons_copy, "seven") == [
        f'lessons/ages-11-14/privacy-and-friends.yaml:{line}: activities.requests.question: says "seven friend '
        'requests", but this activity has 6 requests; leave the number out (e.g. "These requests"), so the words '
        "stay right when requests are added or taken away"]


def test_the_shipped_lessons_have_no_counts_of_items() -> None:
    """The shipped words leave counts of items out, so adding an item never needs a prose edit."""
    from safety_lessons.content.notebooks import lead_ins

    lib = registry.library(REPO / "lessons")
    counts = []
    for band, topic, notebook in lib.lessons():
        lesson = lib.lesson(band, topic)
        texts = [(a, str(v)) for a in lesson.activities.values() for v in vars(a).values() if isinstance(v, str)]
        texts += [(lesson.activities[name], text) for _, text, name in lead_ins(read_cells(notebook))]
        counts += [(band, topic, c) for a, text in texts if (n := a.counted()) for c in counts_in(text, n[0])]
    assert counts == []


@pytest.mark.parametrize(("text", "counted"), [
    ("Five messages arrive.", [("Five messages", "messages", 5)]),
    ("Read these 3 stories.", [("3 stories", "stories", 3)]),
    ("Jess has six friend requests.", [("six friend requests", "requests", 6)]),
    ("Deleting one message does not help.", []),  # "one": a single one, not all of them
    ("Both messages are kind.", []),
    ("Make it from three random words.", []),  # not the items' name
    ("Twenty-two messages.", []),  # only two to twenty, as one word
    ("Five of the messages.", []),  # more than one word between
    ("Message 3 of 5.", []),
])
def test_what_the_count_rule_reads(text: str, counted: list[tuple[str, str, int]]) -> None:
    assert list(counts_in(text, ("messages", "stories", "requests"))) == counted
