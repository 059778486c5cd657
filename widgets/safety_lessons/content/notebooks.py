"""Checks of a lesson notebook: cells hold prose or the library's calls (one cell opening the lesson,
then one `lesson.show` a cell), no outputs, every activity it shows exists, and its prose suits the
band's reading level."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .lesson_file import Lesson
from .schema import not_utf8, short, suggest
from .texts import text_fields

# The only code a lesson cell may hold: the opening cell (the import, then `open_lesson` on a line
# below it: one cell, so one round trip to the kernel fewer for every page), or one `lesson.show`.
# The older opening in two cells (the import alone, then `open_lesson` alone) still passes: it
# runs the same, a little slower.
IMPORT = "from safety_lessons import open_lesson"
OPEN = re.compile(r'^(?:from safety_lessons import open_lesson\n)?'
                  r'lesson = open_lesson\("(?P<ref>[a-z0-9-]+/[a-z0-9-]+)"\)$')
SHOW = re.compile(r'^lesson\.show\("(?P<id>[a-z0-9-]+)"\)$')
TEACHER = "teacher"  # the cell tag of teacher notes: shown only in the teacher view
ALLOWED = (f'`{IMPORT}` with `lesson = open_lesson("band/topic")` on a line below it (the first code cell), '
           'or one `lesson.show("activity-id")`')


@dataclass(frozen=True)
class Cell:
    index: int  # 1-based, as JupyterLab counts
    line: int  # where the cell starts in the .ipynb file
    kind: str
    source: str
    tags: tuple[str, ...]
    has_outputs: bool


def opening(ref: str) -> str:
    """The opening cell of lesson `ref` (band/topic), as `new` writes it."""
    return f'{IMPORT}\n\nlesson = open_lesson("{ref}")'


def code_of(cell: Cell) -> str:
    """A code cell's code as the rules read it: blank lines and spaces at either end of lines left out."""
    return "\n".join(line.strip() for line in cell.source.splitlines() if line.strip())


class NotebookError(ValueError):
    """A notebook file that cannot be read, with the line where it goes wrong."""

    def __init__(self, line: int, message: str) -> None:
        self.line = line
        super().__init__(message)


def read_cells(path: Path) -> list[Cell]:
    """The cells of a notebook; raises NotebookError with a readable reason if it is not one."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise NotebookError(*not_utf8(data, err)) from err
    try:
        nb = json.loads(text)
    except json.JSONDecodeError as err:
        raise NotebookError(err.lineno, "is damaged on this line or the one before, so JupyterLab cannot open it "
                                        "(often an edit made outside JupyterLab, or a copy cut short); undo that "
                                        "edit, or put back a saved copy of the notebook") from err
    starts = [text.count("\n", 0, m.start()) + 1 for m in re.finditer(r'"cell_type"\s*:', text)]
    cells = []
    for i, cell in enumerate(nb.get("cells", [])):
        source = cell.get("source", "")
        cells.append(Cell(
            index=i + 1,
            line=starts[i] if i < len(starts) else 1,
            kind=cell.get("cell_type", ""),
            source="".join(source) if isinstance(source, list) else str(source),
            tags=tuple(cell.get("metadata", {}).get("tags", [])),
            has_outputs=bool(cell.get("outputs") or cell.get("execution_count")),
        ))
    return cells


_HEADING_LINE = re.compile(r"^ {0,3}(#{1,6}[ \t]+\S.*?)[ \t]*$", re.MULTILINE)


def cell_name(cells: list[Cell], cell: Cell) -> str:
    """A cell as an author finds it in JupyterLab: its number (counting from 1, top to bottom) and
    its heading, or the heading it is under: `cell 7 (## What we learned)`, `cell 9 (under ## Strong
    or weak?)`. Teacher notes' headings are left out of "under" (pupils' pages do not have them)."""
    if cell.kind == "markdown" and (own := _HEADING_LINE.findall(cell.source)):
        return f"cell {cell.index} ({short(own[0], 50)})"
    for before in reversed(cells[: cell.index - 1]):
        if before.kind == "markdown" and TEACHER not in before.tags and (found := _HEADING_LINE.findall(before.source)):
            return f"cell {cell.index} (under {short(found[-1], 50)})"
    return f"cell {cell.index}"


def code_problems(cells: list[Cell], ref: str, lesson: Lesson | None) -> Iterator[tuple[int, str, str]]:
    """(line, field, message) for code cells that hold anything but the library's calls (`ALLOWED`)."""
    shown: list[str] = []
    opened = False
    for cell in cells:
        field = cell_name(cells, cell)
        if cell.has_outputs:
            yield cell.line, field, "has stored outputs; clear them (Edit > Clear Outputs of All Cells) and save"
        if cell.kind != "code":
            continue
        code = code_of(cell)
        if not code:
            yield cell.line, field, "is an empty code cell; delete it"
            continue
        try:
            ast.parse(cell.source.strip())
        except SyntaxError:
            yield cell.line, field, f"is not valid Python; expected {ALLOWED}"
            continue
        if code == IMPORT:
            continue
        if m := OPEN.match(code):
            opened = True
            if m["ref"] != ref:
                yield cell.line, field, f'opens "{m["ref"]}" but this notebook is "{ref}"; use open_lesson("{ref}")'
            continue
        if m := SHOW.match(code):
            shown.append(m["id"])
            if lesson is not None and m["id"] not in lesson.activities:
                yield cell.line, field, unknown_activity(m["id"], ref, lesson)
            continue
        yield cell.line, field, (f"holds code a lesson may not have; a code cell holds only {ALLOWED}: words go in "
                                 "Markdown cells, and activities in the lesson's YAML file")
    yield from _whole_problems(cells, ref, lesson, opened=opened, shown=shown)


def _whole_problems(cells: list[Cell], ref: str, lesson: Lesson | None, *, opened: bool,
                    shown: list[str]) -> Iterator[tuple[int, str, str]]:
    """What the notebook as a whole lacks: a cell opening the lesson, teacher notes in shape, and
    a cell showing who to talk to."""
    if not opened:
        yield 1, "cells", (f'no cell opens the lesson; add a code cell holding `{IMPORT}` and, on a line below '
                           f'it, `lesson = open_lesson("{ref}")`')
    yield from teacher_note_problems(cells)
    if lesson is not None:
        helps = [name for name, a in lesson.activities.items() if a.kind == "help"]
        if helps and not any(s in helps for s in shown):
            yield 1, "cells", f'never shows who to talk to; add a code cell `lesson.show("{helps[0]}")` at the end'


def unknown_activity(activity_id: str, ref: str, lesson: Lesson) -> str:
    """What is wrong with `lesson.show(activity_id)` when the lesson has no such activity."""
    return (f'shows "{activity_id}", which is not an activity in {ref}.yaml; '
            f"expected one of: {', '.join(lesson.activities)}{suggest(activity_id, lesson.activities)}")


def shown_cells(cells: list[Cell]) -> list[tuple[Cell, str]]:
    """Each cell that shows an activity, with the activity's id, in order."""
    return [(c, m["id"]) for c in cells if c.kind == "code" and (m := SHOW.match(c.source.strip()))]


def shown(cells: list[Cell]) -> list[str]:
    """The ids of the activities the notebook shows, in order."""
    return [activity_id for _, activity_id in shown_cells(cells)]


def unshown(cells: list[Cell], lesson: Lesson) -> list[str]:
    """Activities in the lesson's YAML that no cell shows. Help cards are left out when none is shown:
    `code_problems` already says the lesson never shows who to talk to."""
    ids = shown(cells)
    helps = [name for name, a in lesson.activities.items() if a.kind == "help"]
    skip = set(helps) if not any(h in ids for h in helps) else set()
    return [name for name in lesson.activities if name not in ids and name not in skip]


def lead_ins(cells: list[Cell]) -> Iterator[tuple[Cell, str, str]]:
    """(cell, its text, activity id) for each Markdown cell a pupil reads that leads to an activity:
    the cells after the `open_lesson` cell and the previous `lesson.show`, up to the next one."""
    waiting: list[tuple[Cell, str]] = []
    opened = False
    pupil = dict(pupil_cells(cells))
    for cell in cells:
        if cell.kind == "code":
            code = code_of(cell)
            if OPEN.match(code):
                opened = True
                waiting = []
            elif m := SHOW.match(code):
                yield from ((c, text, m["id"]) for c, text in waiting)
                waiting = []
        elif opened and cell in pupil:
            waiting.append((cell, pupil[cell]))


# The teacher notes: one cell tagged `teacher` that starts with this heading and holds these labels
# (the shape `safety-lessons new` writes). Ground rules and what to do on a disclosure are never optional.
NOTES_HEADING = "## Teacher notes"
NOTES_LABELS = {
    "**Objectives": "**Objectives:** (the policy point and what pupils will be able to do)",
    "**Ground rules": ("**Ground rules:** (set before the lesson: talk about the characters, not real people; no one "
                       "has to share; staff pass on anything that worries them about a pupil's safety)"),
    "**If a pupil discloses": ("**If a pupil discloses:** (listen, never promise secrecy, never view or copy an "
                               "image, tell the designated safeguarding lead the same day)"),
}
_HEADING = re.compile(r"^#+\s*Teacher notes\b", re.IGNORECASE | re.MULTILINE)


def teacher_note_problems(cells: list[Cell]) -> Iterator[tuple[int, str, str]]:
    """(line, field, message) unless the notebook has exactly one set of teacher notes, in shape."""
    headed = [c for c in cells if c.kind == "markdown" and _HEADING.search(c.source)]
    notes = [c for c in headed if TEACHER in c.tags and c.source.lstrip().startswith(NOTES_HEADING)]
    if not notes:
        yield 1, "cells", (f"has no teacher notes; add a Markdown cell tagged `{TEACHER}` that starts with "
                           f"`{NOTES_HEADING}`, with " + ", ".join(f"{label}:**" for label in NOTES_LABELS))
        return
    for cell in headed:
        if cell is not notes[0]:
            where = "is not tagged `teacher`" if TEACHER not in cell.tags else "repeats it"
            yield cell.line, cell_name(cells, cell), (f"has a second 'Teacher notes' heading ({where}); keep one "
                                                      f"cell of teacher notes, starting `{NOTES_HEADING}`")
    for label, expected in NOTES_LABELS.items():
        if label.lower() not in notes[0].source.lower():
            yield notes[0].line, cell_name(cells, notes[0]), f"the teacher notes have no {label}**; add {expected}"


def pupil_cells(cells: list[Cell]) -> Iterator[tuple[Cell, str]]:
    """(cell, its text) for every Markdown cell a pupil reads, code spans left out (example
    passwords are not words)."""
    for cell in cells:
        if cell.kind == "markdown" and TEACHER not in cell.tags:
            yield cell, re.sub(r"`[^`]*`", "it", cell.source)


def teacher_cells(cells: list[Cell]) -> Iterator[tuple[Cell, str]]:
    """(cell, its text) for every Markdown cell only the teacher view shows (the teacher notes)."""
    for cell in cells:
        if cell.kind == "markdown" and TEACHER in cell.tags:
            yield cell, cell.source


def pupil_prose(cells: list[Cell]) -> str:
    """The Markdown a pupil reads, as plain sentences (teacher-only cells left out)."""
    parts: list[str] = []
    for _, text in pupil_cells(cells):
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        text = re.sub(r"<[^>]+>|[*_#>]", "", text)
        lines = [ln.strip(" -0123456789.") for ln in text.splitlines()]
        parts.extend(ln if ln.endswith((".", "!", "?", ":")) else ln + "." for ln in lines if ln)
    return " ".join(parts)


def activity_text(value: object) -> Iterator[str]:
    """Every piece of pupil-facing text (`Text` fields) in a lesson's activities, in order."""
    return (text for _, text in text_fields(value))


def plain_sentences(texts: Iterable[str]) -> str:
    """Texts as one passage of sentences (placeholders such as {age} read as a word)."""
    cleaned = (re.sub(r"\{[a-z-]+\}", "it", t).strip() for t in texts)
    return " ".join(t if t.endswith((".", "!", "?", ":")) else t + "." for t in cleaned if t)



def text_line(lines: list[str], cell: Cell, text: str) -> int:
    """The line of the notebook file (`lines`: its text, split) where a cell's source has `text`
    (its first few words), as an editor shows it; the cell's own line if it cannot be found."""
    words = " ".join(text.split()[:6])
    if not words:
        return cell.line
    needles = {words, json.dumps(words)[1:-1], json.dumps(words, ensure_ascii=False)[1:-1]}
    following = [n for n, ln in enumerate(lines[cell.line - 1:], cell.line) if '"cell_type"' in ln][1:2]
    end = following[0] if following else len(lines)
    for number in range(cell.line, end + 1):
        line = " ".join(lines[number - 1].split()) if number <= len(lines) else ""
        if any(n in line for n in needles):
            return number
    return cell.line
