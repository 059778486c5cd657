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

import datetime as dt
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TypeVar

from .activity import Activity, Context
from .facts import Helpline, Sourced
from .files import HOLDS, Files
from .ids import unknown
from .lesson_file import Lesson
from .model import Cast, Catalogue, Character, School
from .safeguarding import activity_problems
from .schema import ContentError, Problem, expected_fields, line_in, line_of, suggest
from .words import ENGLISH, FOLDER, Words, WordsFile, key_problems, read_words_file, reading_problems, resolve

S = TypeVar("S", bound=Sourced)


@dataclass
class Library(Files):
    """The lessons tree under `root`, the one way in for every caller: its files read (files.py),
    its facts, pictures and words, and the checks across files."""

    _facts: dict[type[Sourced], dict[str, Sourced]] = field(default_factory=dict, repr=False)
    _pictures: dict[str, str] = field(default_factory=dict, repr=False)  # character id → markup ("": none)
    _words: dict[str | None, Words] = field(default_factory=dict, repr=False)  # band → its words

    @cached_property
    def catalogue(self) -> Catalogue:
        return self._must(self.root / "catalogue.yaml", Catalogue)

    @cached_property
    def school(self) -> School:
        return self._must(self.root / "school.yaml", School)

    def facts(self, kind: type[S]) -> dict[str, S]:
        """Every fact of one kind, from its file in facts/ (read once per library)."""
        if kind not in self._facts:
            self._facts[kind] = self._must(self.fact_path(kind), dict[str, kind])  # type: ignore[valid-type]
        return self._facts[kind]  # type: ignore[return-value]

    def fact_path(self, kind: type[Sourced]) -> Path:
        file = next(name for name, k in Sourced.FILES.items() if k is kind)
        return self.root / "facts" / f"{file}.yaml"

    @property
    def helplines(self) -> dict[str, Helpline]:
        return self.facts(Helpline)

    def confidential_services(self) -> list[str] | None:
        """Names of the services whose own pages say they are confidential (the only things a
        lesson may call confidential); None (not known) while helplines.yaml has problems."""
        try:
            return [str(h.name) for h in self.helplines.values() if h.confidential]
        except ContentError:
            return None

    # -- characters and their pictures ---------------------------------------------------
    @property
    def cast_path(self) -> Path:
        return self.root / "characters.yaml"

    @cached_property
    def cast(self) -> Cast:
        return self._must(self.cast_path, Cast)

    @property
    def pictures_folder(self) -> Path:
        """Where characters.yaml says the pictures are (normally ../assets/characters)."""
        return Path(os.path.normpath(self.root / self.cast.pictures))

    def picture_path(self, character_id: str) -> Path:
        return self.pictures_folder / self.cast.characters[character_id].picture

    def picture(self, character_id: str) -> str:
        """A character's picture as markup to put in the page, named for screen readers; ""
        when it cannot be shown (`check` says why). Each file is read once, when first shown."""
        from .pictures import unique_ids  # a lesson with no pictures never loads the SVG checks

        if character_id not in self._pictures:
            self._pictures[character_id] = self._read_picture(character_id)
        return unique_ids(self._pictures[character_id])

    def _read_picture(self, character_id: str) -> str:
        from .pictures import inline_svg, svg_problems

        try:
            character = self.cast.characters.get(character_id)
            if character is None:
                return ""
            text = self.picture_path(character_id).read_text(encoding="utf-8")
        except (ContentError, OSError, UnicodeDecodeError):
            return ""
        return "" if svg_problems(text) else inline_svg(text, character.description)

    def cast_problems(self) -> list[Problem]:
        """Every problem in characters.yaml and the pictures it names (none if there is no file)."""
        from .pictures import svg_problems

        if not self.cast_path.is_file():
            return []
        try:
            cast = self.cast
        except ContentError as err:
            return err.problems
        problems: list[Problem] = []
        file = self.rel(self.cast_path)
        folder = self.pictures_folder
        if not folder.is_dir():
            return [Problem(file, line_of(cast, "pictures"), "pictures",
                            f"there is no folder {self.rel(folder)}; expected the folder of character "
                            "pictures, written from the lessons folder (e.g. ../assets/characters)")]
        for key, character in cast.characters.items():
            path = self.picture_path(key)
            if not path.is_file():
                problems.append(Problem(file, line_of(character, "picture"), f"characters.{key}.picture",
                                        f"there is no {character.picture} in {self.rel(folder)}; "
                                        "expected the SVG file of this character's picture"))
                continue
            try:
                found = svg_problems(path.read_text(encoding="utf-8"))
            except UnicodeDecodeError:
                found = [(1, "is not UTF-8 text; save the SVG as UTF-8")]
            problems.extend(Problem(self.rel(path), line, "(picture)", message) for line, message in found)
        return problems

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

    def facts_problems(self) -> list[Problem]:
        """Every problem in facts/: unreadable files, unknown files, facts not checked for a year."""
        from . import fingerprints  # `check` only: a lesson's kernel never reads the fingerprints

        problems: list[Problem] = []
        folder = self.root / "facts"
        known = {f"{name}.yaml" for name in Sourced.FILES}
        for path in sorted(folder.iterdir()) if folder.is_dir() else []:
            if path.name in known or path.name == fingerprints.FILE or path.name.startswith("."):
                continue
            if re.fullmatch(r"[a-z0-9][a-z0-9-]*\.yaml", path.name):
                problems.append(Problem(self.rel(path), 1, "(file name)", "is not a kind of fact; expected "
                                        f"one of: {', '.join(sorted(known))}"))
            else:  # a backup such as `helplines (copy).yaml` or `apps.yaml.bak`: never read
                problems.append(Problem(self.rel(path), 1, "(file name)", (
                    "is a stray file (a backup or a copy?), not read as facts: facts/ holds only "
                    f"{', '.join(sorted(known))} and {fingerprints.FILE}; move it out of the lessons folder, or "
                    "delete it"), warning=True))
        today = dt.date.today()
        stamps = fingerprints.read(folder)
        if stamps is None:
            problems.append(Problem(self.rel(folder / fingerprints.FILE), 1, "(file)",
                                    "is missing, so changed facts cannot be told from checked ones; run "
                                    "`safety-lessons check --accept` to record the facts as they are", warning=True))
        for name, kind in Sourced.FILES.items():
            try:
                facts = self.facts(kind)
            except ContentError as err:
                problems.extend(err.problems)
                continue
            file = self.rel(self.fact_path(kind))
            problems.extend(Problem(file, line_of(fact), key, message, warning=not error)
                            for key, fact in facts.items()
                            for error, message in fingerprints.drift(stamps or {}, name, key, fact)
                            if stamps is not None)
            problems.extend(
                Problem(file, line_of(fact, "checked"), f"{key}.checked",
                        f"last checked {fact.checked}, over a year ago; check the source and update the date",
                        warning=True)
                for key, fact in facts.items() if fact.stale(today))
        problems.extend(self._band_word_problems())
        return problems

    def _band_word_problems(self) -> Iterator[Problem]:
        """A service's `when-by-band` names only bands in catalogue.yaml."""
        try:
            services, bands = self.helplines, list(self.catalogue.bands)
        except ContentError:
            return  # that file's own problems say what is wrong
        file = self.rel(self.fact_path(Helpline))
        for key, service in services.items():
            for band in service.when_by_band or {}:
                if band not in bands:
                    yield Problem(file, line_in(service, f"when-by-band.{band}", line_of(service)),
                                  f"{key}.when-by-band.{band}", f"'{band}' is not a band in catalogue.yaml; expected "
                                  f"one of: {', '.join(bands)}{suggest(band, bands)}")

    def source_problems(self, shown: dict[tuple[str, str], list[str]]) -> list[Problem]:
        """A secondary source is an error for a fact pupils see (`shown`: (file, id) → lessons that
        show it) and a warning for one no lesson shows yet."""
        problems = []
        for name, kind in Sourced.FILES.items():
            try:
                facts = self.facts(kind)
            except ContentError:
                continue  # facts_problems reports it
            file = self.rel(self.fact_path(kind))
            for key, fact in facts.items():
                if fact.source_kind != "secondary":
                    continue
                where = shown.get((name, key))
                if where:
                    message = (f"pupils see this fact ({', '.join(where)}), but its source is secondary; find the "
                               "primary source (the service's own page, the law or the regulator) and update "
                               "source, source-kind and checked, or stop showing it")
                else:
                    message = ("the source is secondary (not the service's own page, the law or the regulator); "
                               "find the primary source before a lesson shows it")
                problems.append(Problem(file, line_of(fact, "source_kind"), f"{key}.source-kind", message,
                                        warning=not where))
        return problems

    def accept_facts(self) -> int:
        """Record every fact as it is now in facts/fingerprints.txt (raises ContentError if a facts
        file cannot be read: fix it first)."""
        from . import fingerprints

        every = [(name, key, fact) for name, kind in Sourced.FILES.items() for key, fact in self.facts(kind).items()]
        return fingerprints.write(self.root / "facts", every)

    # -- the words around the lessons (words/<language>.yaml) ----------------------------------
    def words_path(self, language: str) -> Path:
        return self.root / FOLDER / f"{language}.yaml"

    def words(self, band: str | None = None) -> Words:
        """The words a band's pages use (None: a page of no band, such as the landing page), in the
        catalogue's language; raises ContentError listing the words files' problems."""
        if band not in self._words:
            files, problems = self._words_files
            if not files or any(not p.warning for p in problems):
                raise ContentError(problems)
            self._words[band] = resolve(files, band)
        return self._words[band]

    @cached_property
    def _words_files(self) -> tuple[list[WordsFile], list[Problem]]:
        """The catalogue's language's words and then English ones (each file read once per library),
        and their problems (reading level aside: that is for `check`)."""
        english, problems = self._read_words(ENGLISH, None)
        language = self.catalogue.language
        if language == ENGLISH or english is None:
            return [english] if english else [], problems
        if not self.words_path(language).is_file():
            return [english], [*problems, self._no_words_file(language)]
        own, found = self._read_words(language, english)
        return [f for f in (own, english) if f is not None], [*problems, *found]

    def _read_words(self, language: str, english: WordsFile | None) -> tuple[WordsFile | None, list[Problem]]:
        path = self.words_path(language)
        file = self.rel(path)
        value, lines, problems = read_words_file(path, file)
        if value is not None:
            problems.extend(key_problems(value, lines, file, self.catalogue.bands, english))
        return value, problems

    def _no_words_file(self, language: str) -> Problem:
        return Problem(self.rel(self.root / "catalogue.yaml"), line_of(self.catalogue, "language"), "language",
                       f"there is no {self.rel(self.words_path(language))}; expected the words pages show in this "
                       f"language (copy {FOLDER}/{ENGLISH}.yaml, translate it and set its language-tag), or "
                       f"use {ENGLISH}")

    def words_problems(self) -> list[Problem]:
        """Every problem in words/: English, then every other language against it, and how hard each
        band's English sentences are to read (scored here only: a lesson's kernel never scores)."""
        english_path = self.words_path(ENGLISH)
        english, lines, problems = read_words_file(english_path, self.rel(english_path))
        if english is not None:
            problems.extend(key_problems(english, lines, self.rel(english_path), self.catalogue.bands, None))
            for band, info in self.catalogue.bands.items():
                problems.extend(reading_problems(english, lines, self.rel(english_path), band, info.reading))
            problems.extend(reading_problems(english, lines, self.rel(english_path), "families",
                                             self.catalogue.families))
        folder = self.root / FOLDER
        for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
            if path == english_path:
                continue
            if not re.fullmatch(r"[a-z]{2,3}", path.stem):
                problems.append(Problem(self.rel(path), 1, "(file name)", "is not a language code; expected the "
                                        "words of one language named by its code, e.g. cy.yaml"))
                continue
            problems.extend(self._read_words(path.stem, english)[1])
        if self.catalogue.language != ENGLISH and not self.words_path(self.catalogue.language).is_file():
            problems.append(self._no_words_file(self.catalogue.language))
        return problems

    def words_files(self) -> int:
        """How many words files `check` reads."""
        folder = self.root / FOLDER
        return len(list(folder.glob("*.yaml"))) if folder.is_dir() else 0

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
