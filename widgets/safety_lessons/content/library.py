"""One place that reads and validates the lessons tree.

    lessons/
      catalogue.yaml         bands and topics
      school.yaml            who pupils go to in school
      characters.yaml        the made-up people lessons picture (SVGs in ../assets/characters)
      facts/*.yaml           dated, sourced facts (helplines, …): see content/facts.py
      words/en.yaml          the words pages show around the lessons: see content/words.py
      ages-7-11/passwords.ipynb + passwords.yaml   a lesson: prose + activity content
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .activity import Activity, Context
from .cast_files import CastFiles
from .fact_files import Facts
from .files import HOLDS
from .ids import unknown
from .lesson_file import Lesson
from .model import Character
from .safeguarding import activity_problems
from .schema import ContentError, Problem, expected_fields, line_in, line_of
from .word_files import PageWords


@dataclass
class Library(Facts, PageWords, CastFiles):
    """The lessons tree under `root`, the one way in for every caller: its files read (files.py),
    its facts (fact_files.py), the words around the lessons (word_files.py), its characters and
    their pictures (cast_files.py), its lessons, and the checks across them."""

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
            problems.append(Problem(file, 1, "(file name)", unknown(
                topic, "a topic in catalogue.yaml", self.catalogue.topics,
                "to add one, run `safety-lessons new BAND/TOPIC --kind KIND`")))
        lesson = self._load(path, Lesson, problems)
        if lesson is None:
            return None
        confidential = self.confidential_services()
        for name, activity in lesson.activities.items():
            for where, message in [*self._shared_checks(activity, band, problems),
                                   *activity_problems(activity, confidential)]:
                line = line_in(activity, where, line_of(activity))
                problems.append(Problem(file, line, f"activities.{name}.{where}", message))
        if not any(a.kind == "help" for a in lesson.activities.values()):
            problems.append(Problem(file, line_of(lesson, "activities"), "activities",
                                    "no `kind: help` activity; every lesson must say who pupils can talk to"))
        return lesson

    def context(self, band: str) -> Context:
        """What a lesson of `band` is checked against and its views show: the facts, the school."""
        return Context(band, self.facts, lambda: self.school)

    def _shared_checks(self, activity: Activity, band: str, problems: list[Problem]) -> list[tuple[str, str]]:
        """An activity checked against the shared files it uses (school.yaml, facts/, characters.yaml).
        A shared file with problems adds its own problems (`check` prints each once) instead of a
        knock-on line in every lesson that uses it; the lesson's other checks go on."""
        try:
            return [*activity.check_with(self.context(band)),
                    *self._character_problems(activity)]  # last: a missing characters.yaml stops the rest
        except ContentError as err:
            problems.extend(err.problems)
            return []

    def _character_problems(self, activity: Activity) -> Iterator[tuple[str, str]]:
        """Every character an activity names is in characters.yaml. If that file cannot be
        read, `check` reports it there, and pages show no pictures until it is fixed."""
        named = list(activity.characters())
        if not named:
            return
        if not self.cast_path.is_file():  # said once, with that file, not for every activity
            raise ContentError([Problem(self.rel(self.cast_path), 1, "(file)", (
                "is missing, but activities name characters from it (`character:`); put it back (it should hold "
                f"{HOLDS['characters.yaml'][0]}), or take `character:` out of those activities"))])
        try:
            known = self.cast.characters
        except ContentError:
            return
        for where, character_id in named:
            if character_id not in known:
                yield where, unknown(character_id, "a character in characters.yaml", known, (
                    f"to add one, put it in lessons/characters.yaml with {expected_fields(Character)}, and "
                    "its picture in the pictures folder (README: Characters)"))

    def lessons(self) -> Iterator[tuple[str, str, Path]]:
        """(band, topic, notebook) for every lesson notebook pupils may open, in catalogue order: the
        catalogue every page, the static site and the review pack list (raises ContentError if
        catalogue.yaml, or school.yaml, which may hide lessons, cannot be read)."""
        for band in self.catalogue.bands:
            for topic in self.catalogue.topics:
                notebook = self.root / band / f"{topic}.ipynb"
                if notebook.is_file() and not self.hidden(band, topic):
                    yield band, topic, notebook

    def hidden(self, band: str, topic: str | None = None) -> bool:
        """Whether school.yaml's `hidden:` turns this lesson (or, without `topic`, this whole band) off."""
        hidden = self.school.hidden
        return band in hidden or (topic is not None and f"{band}/{topic}" in hidden)
