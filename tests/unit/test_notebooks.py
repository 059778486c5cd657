"""A lesson's notebook (content/notebooks.py): its cells read with their lines, the one-line-call
rule for code cells, the teacher notes' shape, and which cells a pupil reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from safety_lessons.content.library import Library
from safety_lessons.content.notebooks import (
    IMPORT,
    NOTES_HEADING,
    NOTES_LABELS,
    TEACHER,
    Cell,
    NotebookError,
    code_problems,
    lead_ins,
    opening,
    pupil_prose,
    read_cells,
    shown,
    teacher_note_problems,
)

REF = "ages-7-11/passwords"
NOTES = f"{NOTES_HEADING}\n" + "\n".join(f"{label}:** yes" for label in NOTES_LABELS)


def cells(*parts: tuple[str, str] | tuple[str, str, tuple[str, ...]]) -> list[Cell]:
    return [Cell(i, i * 10, part[0], part[1], part[2] if len(part) == 3 else (), False)  # type: ignore[misc]
            for i, part in enumerate(parts, 1)]


def test_cells_are_read_with_their_lines_tags_and_outputs(tmp_path: Path) -> None:
    notebook = {"cells": [
        {"cell_type": "markdown", "metadata": {"tags": [TEACHER]}, "source": ["## Teacher notes\n", "Hi"]},
        {"cell_type": "code", "metadata": {}, "source": IMPORT, "outputs": [{"x": 1}]}]}
    path = tmp_path / "n.ipynb"
    path.write_text(json.dumps(notebook, indent=1), encoding="utf-8")
    first, second = read_cells(path)
    assert (first.index, first.kind, first.source, first.tags, first.has_outputs) == (
        1, "markdown", "## Teacher notes\nHi", (TEACHER,), False)
    assert second.has_outputs and second.line > first.line


def test_a_damaged_or_not_utf8_notebook_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "n.ipynb"
    path.write_text('{"cells": [\n  {"cell_type": "code",\n  oops\n]}', encoding="utf-8")
    with pytest.raises(NotebookError, match="is damaged on this line or the one before") as err:
        read_cells(path)
    assert err.value.line == 3
    path.write_bytes(b'{"cells": []}\n\xff')
    with pytest.raises(NotebookError, match="not UTF-8") as err:
        read_cells(path)
    assert err.value.line == 2


def test_code_cells_hold_only_the_one_line_calls(library: Library) -> None:
    lesson = library.lesson("ages-7-11", "passwords")
    help_id = next(name for name, a in lesson.activities.items() if a.kind == "help")
    found = list(code_problems(cells(
        ("markdown", NOTES, (TEACHER,)), ("code", IMPORT), ("code", 'lesson = open_lesson("ages-4-7/passwords")'),
        ("code", 'lesson.show("three-wrds")'), ("code", "print(1)"), ("code", "x = ("), ("code", "  "),
        ("code", f'lesson.show("{help_id}")')), REF, lesson))
    messages = [message for _, _, message in found]
    assert messages[0] == 'opens "ages-4-7/passwords" but this notebook is "ages-7-11/passwords"; use ' \
                          'open_lesson("ages-7-11/passwords")'
    assert messages[1].startswith('shows "three-wrds", which is not an activity in ages-7-11/passwords.yaml') \
        and "(did you mean 'three-words'?)" in messages[1]
    assert messages[2].startswith("holds code a lesson may not have") and messages[3].startswith("is not valid Python")
    assert messages[4] == "is an empty code cell; delete it" and len(messages) == 5


def test_a_notebook_that_never_opens_or_helps_says_so(library: Library) -> None:
    lesson = library.lesson("ages-7-11", "passwords")
    messages = [message for _, _, message in code_problems(cells(("markdown", NOTES, (TEACHER,))), REF, lesson)]
    assert messages[0] == (f'no cell opens the lesson; add a code cell holding `{IMPORT}` and, on a line below it, '
                           f'`lesson = open_lesson("{REF}")`')
    assert messages[1].startswith("never shows who to talk to; add a code cell `lesson.show(")


def test_the_lesson_opens_in_one_cell_or_in_the_older_two(library: Library) -> None:
    lesson = library.lesson("ages-7-11", "passwords")
    help_id = next(name for name, a in lesson.activities.items() if a.kind == "help")
    notes, talk = ("markdown", NOTES, (TEACHER,)), ("code", f'lesson.show("{help_id}")')

    def problems(*opening: tuple[str, str]) -> list[str]:
        return [message for _, _, message in code_problems(cells(notes, *opening, talk), REF, lesson)]

    assert opening(REF) == f'{IMPORT}\n\nlesson = open_lesson("{REF}")'
    assert problems(("code", opening(REF))) == []
    assert problems(("code", f"\n{IMPORT}  \n\nlesson = open_lesson(\"{REF}\")\n")) == []  # blank lines, spaces
    assert problems(("code", IMPORT), ("code", f'lesson = open_lesson("{REF}")')) == []  # the older form runs the same
    [wrong] = problems(("code", opening("ages-4-7/passwords")))
    assert wrong.startswith('opens "ages-4-7/passwords" but this notebook is "ages-7-11/passwords"')
    swapped = problems(("code", f'lesson = open_lesson("{REF}")\n{IMPORT}'))  # the import must come first
    assert swapped[0].startswith(f"holds code a lesson may not have; a code cell holds only `{IMPORT}` with "
                                 '`lesson = open_lesson("band/topic")` on a line below it')
    assert swapped[1].startswith("no cell opens the lesson") and len(swapped) == 2
    shown_too = problems(("code", opening(REF) + f'\nlesson.show("{help_id}")'))  # one cell opens; shows go below
    assert shown_too[0].startswith("holds code a lesson may not have")


def test_what_follows_a_one_cell_opening_leads_to_the_next_activity() -> None:
    notebook = cells(("code", opening("a/b")), ("markdown", "Try it"), ("code", 'lesson.show("meter")'))
    assert [(cell.index, activity) for cell, _, activity in lead_ins(notebook)] == [(2, "meter")]


def test_every_shipped_lesson_opens_in_one_cell(library: Library) -> None:
    for band, topic, notebook in library.lessons():
        code = [c.source for c in read_cells(notebook) if c.kind == "code"]
        assert code[0] == opening(f"{band}/{topic}") and IMPORT not in code[1:], notebook


def test_teacher_notes_are_one_tagged_cell_with_every_label() -> None:
    assert list(teacher_note_problems(cells(("markdown", NOTES, (TEACHER,))))) == []
    [(_, _, missing)] = teacher_note_problems(cells(("markdown", "# Hello")))
    assert missing.startswith(f"has no teacher notes; add a Markdown cell tagged `{TEACHER}`")
    found = list(teacher_note_problems(cells(("markdown", NOTES_HEADING, (TEACHER,)), ("markdown", NOTES))))
    assert "has a second 'Teacher notes' heading (is not tagged `teacher`)" in found[0][2]
    assert [message.split("**;")[0] for _, _, message in found[1:]] == [
        f"the teacher notes have no {label}" for label in NOTES_LABELS]


def test_what_a_pupil_reads_leads_to_the_activity_after_it() -> None:
    notebook = cells(("markdown", "Before."), ("code", 'lesson = open_lesson("a/b")'),
                     ("markdown", "Try **this** with `Pa55word`"), ("markdown", "Notes", (TEACHER,)),
                     ("code", 'lesson.show("meter")'), ("markdown", "After"))
    assert shown(notebook) == ["meter"]
    assert [(cell.index, text, activity) for cell, text, activity in lead_ins(notebook)] == [
        (3, "Try **this** with it", "meter")]
    assert pupil_prose(notebook) == "Before. Try this with it. After."
