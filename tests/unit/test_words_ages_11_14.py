"""Words a safeguarding lead would sign, in the ages 11-14 lessons (issue 12 points 1 and 2).

School staff never promise secrecy, and a school promises only what it can honour ("helped, not
blamed, for telling"; "it is not your fault"), never "you will not be in trouble". Help cards
(`kind: help`) are written from facts/helplines.yaml and checked there; age limits and the
reporting-concerns route-finder are checked with their own lessons.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from safety_lessons import registry
from safety_lessons.content.notebooks import activity_text, read_cells

BAND = "ages-11-14"
TOPICS = ["personal-details", "privacy-and-friends", "meeting-online-friends", "passwords",
          "block-and-report", "group-chat-admin"]
PROMISES = re.compile(r"\b(not|never) (be )?in trouble|won't be in trouble|you're not in trouble"
                      r"|even if you made a mistake", re.IGNORECASE)
SECRECY = re.compile(r"\bconfidential(ly)?\b", re.IGNORECASE)


def texts(lessons_root: Path, topic: str) -> list[str]:
    """What pupils and teachers read in one lesson, help cards left out."""
    lesson = registry.library(lessons_root).lesson(BAND, topic)
    found = [t for a in lesson.activities.values() if a.kind != "help" for t in activity_text(a)]
    found += [c.source for c in read_cells(lessons_root / BAND / f"{topic}.ipynb") if c.kind == "markdown"]
    return found


@pytest.mark.parametrize("topic", TOPICS)
def test_no_promise_a_school_cannot_keep(lessons_root: Path, topic: str) -> None:
    for text in texts(lessons_root, topic):
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if PROMISES.search(sentence):
                # a groomer's lie, quoted so pupils learn to spot it, is fine; a promise is not
                assert re.search(r"you'll (be|get) in trouble|trouble if", sentence, re.IGNORECASE), sentence


@pytest.mark.parametrize("topic", TOPICS)
def test_only_childline_is_called_confidential(lessons_root: Path, topic: str) -> None:
    for text in texts(lessons_root, topic):
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if SECRECY.search(sentence):
                assert "Childline" in sentence or "promise" in sentence, sentence  # "do not promise confidentiality"


@pytest.mark.parametrize("topic", [*TOPICS, "reporting-concerns"])  # its teacher cell is written here too
def test_teacher_notes_in_the_standard_shape(lessons_root: Path, topic: str) -> None:
    cells = read_cells(lessons_root / BAND / f"{topic}.ipynb")
    notes = [c.source for c in cells if c.kind == "markdown" and "teacher" in c.tags]
    assert len(notes) == 1 and sum("## Teacher notes" in c.source for c in cells) == 1
    paragraphs = notes[0].split("\n\n")
    assert paragraphs[0] == "## Teacher notes"
    labels = ["**Objectives:**", "**Timing:**", "**Talk about:**", "**Ground rules:**", "**If a pupil discloses:**"]
    assert [f"**{p.split('**')[1]}**" for p in paragraphs[1:6]] == labels
    rules = paragraphs[4]
    for words in ("made-up characters", "personal stories", "someone I know", "pass", "anonymous question box",
                  "I have to pass it on"):
        assert words in rules, (topic, words)
    disclose = paragraphs[5]
    for words in ("stay calm", "Do not promise to keep what they say to yourself", "leading questions",
                  "Never view, copy, screenshot or forward", "Record their words", "designated safeguarding lead"):
        assert words in disclose, (topic, words)
