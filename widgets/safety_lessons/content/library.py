"""One place that reads and validates the lessons tree.

    lessons/
      catalogue.yaml         bands and topics
      school.yaml            who pupils go to in school
      facts/helplines.yaml   services outside school, each with source and date checked
      ages-7-11/passwords.ipynb + passwords.yaml   a lesson: prose + activity content
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TypeVar

from ..activities import Help
from ..activities.passwords import disagreements
from .model import Catalogue, Fact, Lesson, School
from .schema import ContentError, Problem, Reader, line_of

T = TypeVar("T")
ROOT_ENV = "SAFETY_LESSONS_ROOT"
STALE_AFTER = dt.timedelta(days=365)
IN_SCHOOL = ("trusted-adult", "safeguarding-lead")


def find_root(start: Path | None = None) -> Path:
    """The lessons folder: $SAFETY_LESSONS_ROOT, or the nearest folder up with catalogue.yaml."""
    if os.environ.get(ROOT_ENV):
        return Path(os.environ[ROOT_ENV]).resolve()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for candidate in (folder, folder / "lessons"):
            if (candidate / "catalogue.yaml").is_file():
                return candidate
    raise FileNotFoundError(f"no lessons folder (with catalogue.yaml) at or above {here}")


@dataclass
class Library:
    root: Path

    def rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root.parent))
        except ValueError:
            return str(path)

    def _load(self, path: Path, tp: type[T], problems: list[Problem]) -> T | None:
        reader = Reader(self.rel(path))
        if not path.is_file():
            problems.append(Problem(self.rel(path), 1, "(file)", "is missing"))
            return None
        value = reader.load(path, tp)
        problems.extend(reader.problems)
        return value

    def _must(self, path: Path, tp: type[T]) -> T:
        problems: list[Problem] = []
        value = self._load(path, tp, problems)
        if value is None or any(not p.warning for p in problems):
            raise ContentError(problems)
        return value

    @cached_property
    def catalogue(self) -> Catalogue:
        return self._must(self.root / "catalogue.yaml", Catalogue)

    @cached_property
    def school(self) -> School:
        return self._must(self.root / "school.yaml", School)

    @cached_property
    def helplines(self) -> dict[str, Fact]:
        return self._must(self.root / "facts" / "helplines.yaml", dict[str, Fact])

    def lesson_path(self, band: str, topic: str) -> Path:
        return self.root / band / f"{topic}.yaml"

    def lesson(self, band: str, topic: str) -> Lesson:
        """A lesson's content, fully checked (raises ContentError listing every problem)."""
        problems: list[Problem] = []
        lesson = self.read_lesson(band, topic, problems)
        if lesson is None or any(not p.warning for p in problems):
            raise ContentError(problems)
        return lesson

    def read_lesson(self, band: str, topic: str, problems: list[Problem]) -> Lesson | None:
        path = self.lesson_path(band, topic)
        file = self.rel(path)
        if band not in self.catalogue.bands:
            problems.append(Problem(file, 1, "(folder)", f"'{band}' is not a band in catalogue.yaml; "
                                    f"expected one of: {', '.join(self.catalogue.bands)}"))
        if topic not in self.catalogue.topics:
            problems.append(Problem(file, 1, "(file name)", f"'{topic}' is not a topic in catalogue.yaml; "
                                    f"expected one of: {', '.join(self.catalogue.topics)}"))
        lesson = self._load(path, Lesson, problems)
        if lesson is None:
            return None
        for name, activity in lesson.activities.items():
            for field, message in self._cross_check(activity):
                line = line_of(activity, field.split("[")[0].split(".")[0].replace("-", "_"))
                problems.append(Problem(file, line, f"activities.{name}.{field}", message))
        if not any(isinstance(a, Help) for a in lesson.activities.values()):
            problems.append(Problem(file, line_of(lesson, "activities"), "activities",
                                    "no `kind: help` activity; every lesson must say who pupils can talk to"))
        return lesson

    def _cross_check(self, activity: object) -> Iterator[tuple[str, str]]:
        if isinstance(activity, Help):
            known = [*IN_SCHOOL, *self.helplines]
            for i, helper in enumerate(activity.people, 1):
                if helper.who not in known:
                    yield f"people[{i}].who", f"'{helper.who}' is unknown; expected one of: {', '.join(known)}"
        yield from disagreements(activity)  # type: ignore[arg-type]

    def facts_problems(self) -> list[Problem]:
        """Warnings for facts not checked in the last year."""
        file = self.rel(self.root / "facts" / "helplines.yaml")
        today = dt.date.today()
        return [
            Problem(file, line_of(fact, "checked"), f"{key}.checked",
                    f"last checked {fact.checked}, over a year ago; check the source and update the date",
                    warning=True)
            for key, fact in self.helplines.items() if today - fact.checked > STALE_AFTER
        ]

    def lessons(self) -> Iterator[tuple[str, str, Path]]:
        """(band, topic, notebook) for every lesson notebook, in catalogue order."""
        for band in self.catalogue.bands:
            for topic in self.catalogue.topics:
                notebook = self.root / band / f"{topic}.ipynb"
                if notebook.is_file():
                    yield band, topic, notebook
