"""Broken copies of the privacy lessons: `safety-lessons check` names the file, line and field."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from safety_lessons.authoring.check import Report, check


def line_of(path: Path, text: str, after: str = "") -> int:
    """1-based line of the first `text` after the first `after` in a file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, ln in enumerate(lines) if after in ln) if after else 0
    return next(i for i, ln in enumerate(lines[start:], start) if text in ln) + 1


def test_shipped_lessons_have_no_problems(shipped_report: Report) -> None:
    report = shipped_report
    mine = [p for p in report.problems if "privacy-and-friends" in p.file]
    assert mine == []


CASES = [
    # (file, old, new, field, words in the message, text on the reported line)
    ("ages-4-7/privacy-and-friends.yaml",
     "        who: known\n        best: [accept, ask]\n        feedback:\n          accept: Yes! Kit knows Gran.",
     "        who: known\n        best: [decline, ask]\n        feedback:\n          accept: Yes! Kit knows Gran.",
     "activities.kit-requests.requests[1].best", "`accept` must be right", "best: [decline, ask]"),
    ("ages-7-11/privacy-and-friends.yaml",
     "        who: mutual-friends\n        mutual-friends: 10\n        best: [decline, ask]",
     "        who: mutual-friends\n        mutual-friends: 10\n        best: [accept, decline, ask]",
     "activities.milo-requests.requests[3].best", "accepting must not be right", "best: [accept, decline, ask]"),
    ("ages-11-14/privacy-and-friends.yaml",
     "        shows: At Elm Road skate park, right now\n        start: everyone",
     "        shows: At Elm Road skate park, right now\n        start: friends-of-friends",
     "activities.jess-settings.settings[5].start", "'friends-of-friends' is not one of",
     "start: friends-of-friends"),
    ("ages-11-14/privacy-and-friends.yaml",
     "            label: Only me (location off)",
     ("            label: Only me (location off)\n"
      "          - audience: nobody\n            label: Nobody"),
     "activities.jess-settings.settings[5].options[4].audience", "'nobody' is not allowed", "audience: nobody"),
    ("ages-14-18/privacy-and-friends.yaml",
     "          ask: Right. Ask Dan in person or by phone.", "          asks: Right. Ask Dan in person or by phone.",
     "activities.fake-accounts.requests[2].feedback", "has no feedback for: ask", "feedback:"),
    ("ages-14-18/privacy-and-friends.yaml",
     "    counts: \"{viewer} can see or do {n} of {total} things.\"",
     "    counts: \"{viewer} can see or do {n} things.\"",
     "activities.audit.counts", "must contain {total}", "counts:"),
]


@pytest.mark.parametrize(("file", "old", "new", "field", "words", "on_line"), CASES,
                         ids=[c[3] for c in CASES])
def test_a_broken_copy_names_file_line_and_field(edit: Callable[[str, str, str], Path], lessons_copy: Path,
                                                 file: str, old: str, new: str, field: str, words: str,
                                                 on_line: str) -> None:
    path = edit(file, old, new)
    report = check(lessons_copy)
    found = [p for p in report.errors if p.field == field]
    assert found, [str(p) for p in report.errors]
    problem = found[0]
    assert problem.file == f"lessons/{file}"
    assert words in problem.message
    assert on_line in path.read_text(encoding="utf-8").splitlines()[problem.line - 1], str(problem)
