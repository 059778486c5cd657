"""The words around the lessons (words/<language>.yaml): the catalogue's language and then English,
each file read once per library, a band's words resolved from them, and the checks on words/
(keys, languages, reading level)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .files import Files
from .schema import ContentError, Problem, line_of
from .words import ENGLISH, FOLDER, Words, WordsFile, key_problems, read_words_file, reading_problems, resolve


@dataclass
class PageWords(Files):
    """The lessons tree's files and the words its pages show (the library's words part)."""

    _words: dict[str | None, Words] = field(default_factory=dict, repr=False)  # band → its words

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
