"""`safety-lessons check`: every content problem in a lessons tree, each with file and line."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..content import leftovers
from ..content.counts import activity_count_problems, count_problems
from ..content.facts import Sourced
from ..content.families import lesson_problems, sheet_passage, sheet_texts, shown_twice_problems
from ..content.ids import unknown
from ..content.lesson_file import Lesson
from ..content.library import Library
from ..content.model import Catalogue, School
from ..content.notebooks import (
    Cell,
    NotebookError,
    cell_name,
    code_problems,
    lead_ins,
    pupil_cells,
    read_cells,
    shown_cells,
    teacher_cells,
    text_line,
    unshown,
)
from ..content.numbers import lesson_number_problems
from ..content.reading import (
    Passage,
    Scored,
    activity_passages,
    as_sentences,
    cell_passages,
    median_problems,
    passage_problems,
)
from ..content.safeguarding import dated_problems, word_problems
from ..content.schema import ContentError, Problem, line_in, line_of, lines_of, suggest
from ..registry import library

SHARED = {"facts", "words"}  # folders in the lessons tree that are not bands
LESSON_FILE = re.compile(r"[a-z0-9][a-z0-9-]*\.(?:yaml|ipynb)")  # a band folder holds only <topic>.yaml/.ipynb


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    lessons: int = 0
    files: int = 0
    scored: dict[str, list[Scored]] = field(default_factory=dict)  # band → each passage and its reading level

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    def summary(self) -> str:
        warnings = len(self.problems) - len(self.errors)
        return (f"{count(self.lessons, 'lesson')} and {count(self.files, 'content file')} checked: "
                f"{count(len(self.errors), 'problem')}, {count(warnings, 'warning')}")


def count(n: int, thing: str) -> str:
    """`1 problem`, `2 problems`."""
    return f"{n} {thing}" if n == 1 else f"{n} {thing}s"


def check(root: Path) -> Report:
    lib = library(root)
    report = Report()
    for name in ("catalogue", "school"):
        try:
            getattr(lib, name)
            report.files += 1
        except ContentError as err:
            report.problems.extend(err.problems)
    report.problems.extend(sorted(school_problems(lib)))
    if any(p.file.endswith("catalogue.yaml") for p in report.errors):
        return report  # nothing else can be checked without the list of bands and topics
    report.problems.extend(shared_unfinished(lib))
    report.problems.extend(lib.facts_problems())
    report.files += len(Sourced.FILES)
    report.problems.extend(lib.words_problems())
    report.files += lib.words_files()
    report.problems.extend(lib.cast_problems())
    shown: dict[tuple[str, str], list[str]] = {}  # (facts file, id) → lessons that show it
    report.files += lib.cast_path.is_file()
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        if folder.name in SHARED:
            continue
        if folder.name not in lib.catalogue.bands:
            report.problems.append(Problem(lib.rel(folder), 1, "(folder)",
                                           f"'{folder.name}' is not a band in catalogue.yaml; expected one of: "
                                           f"{', '.join(lib.catalogue.bands)}"))
            continue
        report.problems.extend(stray_files(lib, folder))
        topics = sorted({p.stem for p in folder.iterdir() if LESSON_FILE.fullmatch(p.name)})
        for topic in topics:
            lesson = check_lesson(lib, folder.name, topic, report)
            for activity in lesson.activities.values() if lesson else ():
                for fact in activity.facts():
                    shown.setdefault(fact, []).append(f"{folder.name}/{topic}")
    report.problems.extend(lib.source_problems({k: list(dict.fromkeys(v)) for k, v in shown.items()}))
    report.problems.extend(coverage_problems(lib))
    report.problems.extend(signoff_problems(lib))
    report.problems.extend(band_reading_problems(lib, report))
    report.problems = list(dict.fromkeys(report.problems))  # a shared file's problem, once (not per lesson)
    return report


def school_reading_problems(file: str, school: School, catalogue: Catalogue) -> Iterator[Problem]:
    """Each role's words as each band sees them (its own, else `words:`), at that band's reading level."""
    lines = {where: line for where, line, _ in school.texts()}
    for band, info in catalogue.bands.items():
        for who, role in school.roles.items():
            text = school.words(who, band)
            own = band in getattr(role, "bands", {})
            where = f"{who}.{band}" if own else who if isinstance(role, str) else f"{who}.words"
            if text and where in lines:
                passage = Passage(file, lines[where], where if own else f"{where} (as {band} sees it)",
                                  as_sentences([text]))
                yield from passage_problems([passage], info.reading)[0]


def school_problems(lib: Library) -> Iterator[Problem]:
    """school.yaml's words are on every help card, ages 4 to 18: held to what no lesson may say; its
    bands are catalogue.yaml's, its roles are not services' ids, and what it hides exists."""
    try:
        school = lib.school
    except ContentError:
        return  # its own problems are reported
    file = lib.rel(lib.root / "school.yaml")
    for where, line, text in school.texts():
        for message in word_problems(text, lib.confidential_services()):
            yield Problem(file, line, where, message)
    try:
        catalogue = lib.catalogue
    except ContentError:
        return  # its own problems are reported
    yield from _role_band_problems(file, school, catalogue)
    try:
        services = lib.helplines
    except ContentError:
        services = {}  # helplines.yaml's own problems are reported
    for who in school.roles:
        if who in services:
            yield Problem(file, line_of(school.roles, who), who, (
                f"'{who}' is a service in facts/helplines.yaml ({services[who].name}), so lessons could not tell "
                "the two apart; give this role another id, e.g. school-" + who))
    yield from school_reading_problems(file, school, catalogue)
    lessons = [f"{band}/{topic}" for band in catalogue.bands for topic in catalogue.topics]
    for i, entry in enumerate(school.hidden, 1):
        if entry not in catalogue.bands and entry not in lessons:
            yield Problem(file, line_in(school, f"hidden[{i}]", line_of(school, "hidden")), f"hidden[{i}]", (
                f"'{entry}' is not a band or a lesson in catalogue.yaml; expected a band "
                f"({', '.join(catalogue.bands)}) or BAND/TOPIC, a topic being one of: {', '.join(catalogue.topics)}"
                f"{suggest(entry, [*catalogue.bands, *lessons])}; hide a whole band by its id (ages-4-7) or one "
                "lesson as BAND/TOPIC (ages-4-7/passwords)"))


def _role_band_problems(file: str, school: School, catalogue: Catalogue) -> Iterator[Problem]:
    """A role's words for a band catalogue.yaml does not have."""
    for who, role in school.roles.items():
        lines = lines_of(getattr(role, "bands", {}))
        for band in getattr(role, "bands", {}):
            if band not in catalogue.bands:
                yield Problem(file, lines.get(band, 1), f"{who}.{band}", unknown(
                    band, "a band in catalogue.yaml, or `name` or `words`", [*catalogue.bands, "name", "words"],
                    "a role's words are `words: …` for every band, and a band's id for that band's own"))


def check_lesson(lib: Library, band: str, topic: str, report: Report) -> Lesson | None:
    """Add every problem of one lesson to `report`; returns its content if it could be read."""
    notebook = lib.root / band / f"{topic}.ipynb"
    content = lib.lesson_path(band, topic)
    ref = f"{band}/{topic}"
    if not notebook.is_file():
        report.problems.append(Problem(lib.rel(content), 1, "(file)",
                                       f"has no notebook beside it; expected {notebook.name}"))
    lesson = None
    if content.is_file():
        lesson = _read_lesson(lib, band, topic, report)
    elif notebook.is_file():
        report.problems.append(Problem(lib.rel(notebook), 1, "(file)",
                                       f"has no content file beside it; expected {content.name}"))
    if not notebook.is_file():
        return lesson
    report.lessons += 1
    file = lib.rel(notebook)
    try:
        cells = read_cells(notebook)
    except NotebookError as err:
        report.problems.append(Problem(file, err.line, "(notebook)", str(err)))
        return lesson
    for line, field_name, message in code_problems(cells, ref, lesson):
        report.problems.append(Problem(file, line, field_name, message))
    report.problems.extend(unfinished_problems(lib, band, topic, cells, lesson))
    if lesson is not None:
        report.problems.extend(shown_problems(lib, band, topic, cells, lesson))
        for cell, message in shown_twice_problems(cells, shown_cells(cells), lesson):
            report.problems.append(Problem(file, cell.line if cell else 1, cell_name(cells, cell) if cell else "cells",
                                           message))
    report.problems.extend(_word_problems(lib, file, cells))
    band_info = lib.catalogue.bands.get(band)
    if band_info is not None:
        passages: list[Passage] = list(cell_passages(file, cells, notebook.read_text(encoding="utf-8").splitlines()))
        if lesson is not None:
            passages += activity_passages(lib.rel(content), dict(lesson.activities))
        problems, scored = passage_problems(passages, band_info.reading)
        report.problems.extend(problems)
        report.scored.setdefault(band, []).extend(scored)
    return lesson


def _read_lesson(lib: Library, band: str, topic: str, report: Report) -> Lesson | None:
    """One lesson's content file read, its problems and its families' problems added to `report`."""
    report.files += 1
    lesson = None
    try:
        problems: list[Problem] = []
        lesson = lib.read_lesson(band, topic, problems)
        report.problems.extend(problems)
    except ContentError as err:
        report.problems.extend(err.problems)
    if lesson is not None:
        report.problems.extend(family_problems(lib, band, topic, lesson))
    return lesson


def _word_problems(lib: Library, file: str, cells: list[Cell]) -> Iterator[Problem]:
    """What no lesson may say, in the pupils' cells; and in the teacher's, what staff are told to
    say is held to the same promises."""
    confidential = lib.confidential_services()
    for cell, text in pupil_cells(cells):
        for message in [*word_problems(text, confidential), *dated_problems(text), *lesson_number_problems(text)]:
            yield Problem(file, cell.line, cell_name(cells, cell), message)
    for cell, text in teacher_cells(cells):
        for message in word_problems(text, confidential):
            yield Problem(file, cell.line, cell_name(cells, cell), message)


def family_problems(lib: Library, band: str, topic: str, lesson: Lesson) -> Iterator[Problem]:
    """The take-home sheet and the quick questions: there, in shape, and the sheet readable by
    parents (catalogue.yaml `families`) and free of what no lesson may say."""
    file = lib.rel(lib.lesson_path(band, topic))
    try:
        helplines = lib.helplines
    except ContentError:
        helplines = None  # helplines.yaml's own problems say what is wrong
    for line, field_name, message in lesson_problems(lesson, helplines, band):
        yield Problem(file, line, field_name, message)
    passage = sheet_passage(file, lesson)
    if passage is None or lesson.take_home is None:
        return
    found, _ = passage_problems([passage], lib.catalogue.families)
    yield from found
    confidential = lib.confidential_services()
    for path, text in sheet_texts(lesson.take_home):
        for message in [*word_problems(text, confidential), *dated_problems(text), *lesson_number_problems(text)]:
            yield Problem(file, line_in(lesson.take_home, path, passage.line), f"take-home.{path}", message)


def shown_problems(lib: Library, band: str, topic: str, cells: list[Cell], lesson: Lesson) -> Iterator[Problem]:
    """What the notebook and its YAML disagree about: an activity no cell shows (a warning: pupils
    simply never see it), and a count in the words that is not the number of the activity's items
    (a problem: pupils would read something untrue)."""
    notebook, content = lib.rel(lib.root / band / f"{topic}.ipynb"), lib.rel(lib.lesson_path(band, topic))
    for name in unshown(cells, lesson):
        yield Problem(content, line_of(lesson.activities[name]), f"activities.{name}",
                      f'no cell of {topic}.ipynb shows this activity, so pupils never see it; add a code cell '
                      f'`lesson.show("{name}")` where it belongs, or remove the activity', warning=True)
    for name, activity in lesson.activities.items():
        for field_name, message in activity_count_problems(activity):
            yield Problem(content, line_in(activity, field_name, line_of(activity)),
                          f"activities.{name}.{field_name}", message)
    for cell, text, name in lead_ins(cells):
        shown = lesson.activities.get(name)
        for message in count_problems(text, shown, f'the activity "{name}" below it') if shown else ():
            yield Problem(notebook, cell.line, f"cell {cell.index}", message)


def coverage_problems(lib: Library) -> Iterator[Problem]:
    """A warning for each topic in catalogue.yaml that some band has no lesson for: every topic is
    meant to be taught in every band, but a new topic may start in one band, and a topic may not suit
    the youngest pupils. A topic no band has a lesson for yet is a plan, listed ahead of its lessons: it
    shows nowhere, so there is nothing to warn about until its first lesson."""
    file = lib.rel(lib.root / "catalogue.yaml")
    for topic, info in lib.catalogue.topics.items():
        missing = [band for band in lib.catalogue.bands if not (lib.root / band / f"{topic}.ipynb").is_file()]
        if missing and len(missing) < len(lib.catalogue.bands):
            bands = ", ".join(missing[:-1]) + (" or " if len(missing) > 1 else "") + missing[-1]
            yield Problem(file, line_of(info), f"topics.{topic}",
                          f"topic {topic} has no lesson for {bands}; every topic is meant to be taught in every band: "
                          f"add one with `safety-lessons new {missing[0]}/{topic} --kind quiz` (or another kind), or "
                          "leave it if the topic does not suit those ages", warning=True)

def signoff_problems(lib: Library) -> list[Problem]:
    """A warning when the sign-off record cannot be read: it stops nothing pupils see, but
    `review-pack --changed` and the teachers' sign-off notes need it."""
    from . import signoff

    try:
        signoff.read(lib.root)
    except signoff.SignOffError as err:
        return [Problem(lib.rel(signoff.path(lib.root)), err.line, "(file)", err.reason, warning=True)]
    return []


def stray_files(lib: Library, folder: Path) -> list[Problem]:
    """A warning for each file in a band folder that is not a lesson's notebook or content (a
    backup such as `passwords (copy).yaml` or `passwords.yaml.bak`): it is not read as a lesson.
    Hidden files and folders (JupyterLab's .ipynb_checkpoints) are left alone."""
    return [Problem(lib.rel(path), 1, "(file name)", (
        f"is a stray {'folder' if path.is_dir() else 'file'} (a backup or a copy?), not a lesson: a band folder "
        "holds only lessons, each a TOPIC.ipynb and TOPIC.yaml named in small letters, digits and hyphens; "
        "move it out of the lessons folder, or delete it"), warning=True)
        for path in sorted(folder.iterdir()) if not path.name.startswith(".") and not LESSON_FILE.fullmatch(path.name)]


def band_reading_problems(lib: Library, report: Report) -> list[Problem]:
    """Each band's median passage against its target (catalogue.yaml `ease-median-min`)."""
    found = []
    for band, scored in report.scored.items():
        reading = lib.catalogue.bands[band].reading
        line = line_in(lib.catalogue, f"bands.{band}.reading.ease-median-min", 1)
        found += median_problems(lib.rel(lib.root / "catalogue.yaml"), line, band, scored, reading)
    return found


@functools.cache
def example_words() -> tuple[str, ...]:
    """The instructions `safety-lessons new` writes for the author to replace (content/leftovers.py)."""
    from .new import written_texts

    return leftovers.instructions(written_texts())


def unfinished_problems(lib: Library, band: str, topic: str, cells: list[Cell], lesson: Lesson | None
                        ) -> Iterator[Problem]:
    """Example words left from `safety-lessons new` and `{…}` nothing fills in, in the lesson's YAML
    (activities and take-home sheet) and every Markdown cell."""
    content, notebook = lib.lesson_path(band, topic), lib.root / band / f"{topic}.ipynb"
    if lesson is not None:
        file = lib.rel(content)
        for name, activity in lesson.activities.items():
            for where, message in leftovers.section_problems(activity, example_words()):
                yield Problem(file, line_in(activity, where, line_of(activity)), f"activities.{name}.{where}", message)
        if lesson.take_home is not None:
            for where, message in leftovers.section_problems(lesson.take_home, example_words()):
                yield Problem(file, line_in(lesson.take_home, where, line_of(lesson, "take_home")),
                              f"take-home.{where}", message)
    lines = notebook.read_text(encoding="utf-8").splitlines()
    for cell in cells:
        if cell.kind != "markdown":
            continue
        for message in leftovers.cell_problems(cell.source, example_words()):
            quoted = re.search(r'"([^"]+)"|(\{[^{}]*\})', message)
            found = (quoted[1] or quoted[2]) if quoted else ""
            yield Problem(lib.rel(notebook), text_line(lines, cell, found), cell_name(cells, cell), message)


def shared_unfinished(lib: Library) -> Iterator[Problem]:
    """Unfinished words in catalogue.yaml (a new topic's summary) and school.yaml (shown on every help card)."""
    try:
        catalogue, school = lib.catalogue, lib.school
    except ContentError:
        return  # their own problems are reported
    file = lib.rel(lib.root / "catalogue.yaml")
    for key, topic in catalogue.topics.items():
        texts = [("title", topic.title), ("summary", topic.summary)]
        for where, message in leftovers.all_problems(texts, example_words()):
            yield Problem(file, line_in(catalogue, f"topics.{key}.{where}", 1), f"topics.{key}.{where}", message)
    file = lib.rel(lib.root / "school.yaml")
    for where, line, text in school.texts():
        for _, message in leftovers.all_problems([(where, text)], example_words()):
            yield Problem(file, line, where, message)
