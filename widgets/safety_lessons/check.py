"""`safety-lessons check`: every content problem in a lessons tree, each with file and line."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .content.facts import Sourced
from .content.library import Library
from .content.model import Lesson
from .content.notebooks import (
    code_problems,
    lesson_prose,
    prose_problems,
    pupil_cells,
    read_cells,
    reading_problems,
)
from .content.numbers import lesson_number_problems
from .content.safeguarding import dated_problems, word_problems
from .content.schema import ContentError, Problem

SHARED = {"facts", "words"}  # folders in the lessons tree that are not bands


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    lessons: int = 0
    files: int = 0

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    def summary(self) -> str:
        warnings = len(self.problems) - len(self.errors)
        return (f"{self.lessons} lessons and {self.files} content files checked: "
                f"{len(self.errors)} problems, {warnings} warnings")


def check(root: Path) -> Report:
    lib = Library(root)
    report = Report()
    for name in ("catalogue", "school"):
        try:
            getattr(lib, name)
            report.files += 1
        except ContentError as err:
            report.problems.extend(err.problems)
    if any(p.file.endswith("catalogue.yaml") for p in report.errors):
        return report  # nothing else can be checked without the list of bands and topics
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
        topics = sorted({p.stem for p in folder.iterdir() if p.suffix in (".yaml", ".ipynb")})
        for topic in topics:
            lesson = check_lesson(lib, folder.name, topic, report)
            for activity in lesson.activities.values() if lesson else ():
                for fact in activity.facts():
                    shown.setdefault(fact, []).append(f"{folder.name}/{topic}")
    report.problems.extend(lib.source_problems({k: list(dict.fromkeys(v)) for k, v in shown.items()}))
    report.problems = list(dict.fromkeys(report.problems))  # a shared file's problem, once (not per lesson)
    return report


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
        report.files += 1
        try:
            problems: list[Problem] = []
            lesson = lib.read_lesson(band, topic, problems)
            report.problems.extend(problems)
        except ContentError as err:
            report.problems.extend(err.problems)
    elif notebook.is_file():
        report.problems.append(Problem(lib.rel(notebook), 1, "(file)",
                                       f"has no content file beside it; expected {content.name}"))
    if not notebook.is_file():
        return lesson
    report.lessons += 1
    file = lib.rel(notebook)
    try:
        cells = read_cells(notebook)
    except ValueError as err:
        report.problems.append(Problem(file, 1, "(notebook)", str(err)))
        return lesson
    for line, field_name, message in code_problems(cells, ref, lesson):
        report.problems.append(Problem(file, line, field_name, message))
    confidential = lib.confidential_services()
    for cell, text in pupil_cells(cells):
        for message in [*word_problems(text, confidential), *dated_problems(text), *lesson_number_problems(text)]:
            report.problems.append(Problem(file, cell.line, f"cell {cell.index}", message))
    band_info = lib.catalogue.bands.get(band)
    if band_info is not None:
        for field_name, message in reading_problems(cells, band_info.reading):
            report.problems.append(Problem(file, 1, field_name, message))
        if lesson is not None:
            for field_name, message in prose_problems(lesson_prose(lesson), band_info.reading):
                report.problems.append(Problem(lib.rel(content), 1, f"{field_name} (activity text)", message))
    return lesson
