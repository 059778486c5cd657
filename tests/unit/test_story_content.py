"""Broken copies of the shipped story content: `safety-lessons check` names file, line and field."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from safety_lessons import registry
from safety_lessons.activities.story import Story
from safety_lessons.authoring.check import Report, check

FILE = "lessons/ages-7-11/meeting-online-friends.yaml"
Edit = Callable[[str, str, str], Path]


def line(root: Path, text: str, band: str = "ages-7-11") -> int:
    """The line of the shipped file where `text` first appears (so content edits don't break tests)."""
    lines = (root / band / "meeting-online-friends.yaml").read_text(encoding="utf-8").splitlines()
    return next(i for i, ln in enumerate(lines, 1) if text in ln)


def errors(root: Path) -> list[str]:
    return [str(p) for p in check(root).errors]


def test_the_shipped_lessons_have_no_problems(shipped_report: Report) -> None:
    report = shipped_report
    assert [str(p) for p in report.problems if "meeting-online-friends" in p.file] == []


def test_a_misspelt_goto_is_named_with_its_line(edit: Edit, lessons_copy: Path) -> None:
    edit("ages-7-11/meeting-online-friends.yaml", "goto: pressure", "goto: presure")
    found = errors(lessons_copy)
    assert len(found) == 1, found
    goto = line(lessons_copy, "goto: presure")
    assert found[0].startswith(f"{FILE}:{goto}: activities.aishas-story.nodes.secret-chat.choices[2].goto: "
                               f"'presure' (line {goto}) is not a node; expected one of: gems, secret-chat, pressure")


def test_a_node_left_without_choices_or_ending_is_named(edit: Edit, lessons_copy: Path) -> None:
    edit("ages-7-11/meeting-online-friends.yaml", "      reported:\n        ending: safe\n", "      reported:\n")
    found = errors(lessons_copy)
    assert (f"{FILE}:{line(lessons_copy, 'reported:') + 1}: activities.aishas-story.nodes.reported.choices: "
            "this node is not an ending, so it needs choices; add `choices:` or `ending: safe`") in found


def test_a_story_without_a_safe_ending_is_refused(edit: Edit, lessons_copy: Path) -> None:
    edit("ages-7-11/meeting-online-friends.yaml", "      reported:\n        ending: safe\n",
         "      reported:\n        ending: unsafe\n")
    assert (f"{FILE}:{line(lessons_copy, '    nodes:')}: activities.aishas-story.nodes: "
            "has no safe ending the pupil can reach; add a node with `ending: safe`") in errors(lessons_copy)


def test_an_unknown_field_and_an_unknown_ending_are_named(edit: Edit, lessons_copy: Path) -> None:
    edit("ages-7-11/meeting-online-friends.yaml", "        ending: safe\n", "        ending: happy\n")
    edit("ages-7-11/meeting-online-friends.yaml", "    unsafe-lead:", "    unsafe-led:")
    found = errors(lessons_copy)
    ending = line(lessons_copy, "ending: happy")
    assert any(e.startswith(f"{FILE}:{ending}: activities.aishas-story.nodes.reported.ending: 'happy' is not "
                            "allowed; expected one of: safe, unsafe") for e in found), found
    assert any("activities.aishas-story.unsafe-led: unknown field" in e and "did you mean 'unsafe-lead'" in e
               for e in found), found


def test_an_unsafe_choice_without_feedback_is_named(edit: Edit, lessons_copy: Path) -> None:
    edit("ages-4-7/meeting-online-friends.yaml",
         "            feedback: People online may not be who they say. Star may not be 6.\n", "")
    found = errors(lessons_copy)
    assert any("lessons/ages-4-7/meeting-online-friends.yaml:" in e
               and "nodes.hello.choices[2].feedback: an unsafe choice needs feedback" in e for e in found), found


def test_every_notebook_has_teacher_notes_and_shows_every_activity(lessons_root: Path) -> None:
    import re

    import yaml
    from safety_lessons.content.notebooks import read_cells

    for band in ("ages-4-7", "ages-7-11", "ages-11-14", "ages-14-18"):
        cells = read_cells(lessons_root / band / "meeting-online-friends.ipynb")
        notes = [c for c in cells if c.kind == "markdown" and "teacher" in c.tags]
        assert len(notes) == 1, band
        assert "Objective" in notes[0].source and "Timing" in notes[0].source
        assert "safeguarding lead" in notes[0].source  # what to do if a pupil discloses
        shown = [m[1] for c in cells if c.kind == "code" for m in [re.match(r'lesson\.show\("(.+)"\)', c.source)] if m]
        content = yaml.safe_load((lessons_root / band / "meeting-online-friends.yaml").read_text(encoding="utf-8"))
        assert sorted(set(shown)) == sorted(content["activities"]), band
        assert shown[-1] == "talk-to", band


YOUNGER = ("ages-4-7", "ages-7-11")


def younger_stories(lessons_root: Path) -> list[tuple[str, Story]]:
    """(where, story) for every story in the 4-7 and 7-11 lessons."""
    library = registry.library(lessons_root)
    found = []
    for band in YOUNGER:
        for topic in sorted(p.stem for p in (lessons_root / band).glob("*.yaml")):
            for name, activity in library.lesson(band, topic).activities.items():
                if isinstance(activity, Story):
                    found.append((f"{band}/{topic}: {name}", activity))
    return found


def test_younger_stories_say_what_now_if_it_has_already_happened(lessons_root: Path) -> None:
    """Issue 27: a pupil it has already happened to reaches 'it is not your fault, tell now'
    without first choosing an unsafe option, and an unsafe ending says more than 'choose again'."""
    stories = younger_stories(lessons_root)
    assert stories  # the meeting-online-friends stories at least
    for where, story in stories:
        texts = {n: story.nodes[n].text for n in story.reachable(safe_only=True) if story.nodes[n].ending is None}
        what_now = [n for n, text in texts.items() if "not" in text and "fault" in text
                    and "never too late" in text.lower()]
        assert what_now, f"{where}: no 'it is not your fault, it is never too late' step without an unsafe choice"
        for node_id, node in story.nodes.items():
            if node.ending == "unsafe":
                said = node.text.lower()
                assert "not your fault" in said and "tell a grown-up" in said, f"{where}: {node_id} is a dead end"
