"""The shapes of the shared content files a curriculum lead edits (README: "For curriculum leads"):
catalogue.yaml, school.yaml and characters.yaml. A lesson's own file is in lesson_file.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .schema import Text


@dataclass(frozen=True)
class Reading:
    """Reading-level targets for each passage of a band (content/reading.py, with textstat)."""

    ease_min: int | None = None  # problem: a passage below this Flesch Reading Ease (higher is easier)
    ease_median_min: int | None = None  # problem: the band's median passage below this
    sentence_words_max: int | None = None  # problem: a sentence with more words than this
    sentence_words_warn: int | None = None  # warning: a sentence with more words than this
    long_word_syllables: int | None = None  # problem: a word this long that young children may not know

    def check(self) -> Iterator[tuple[str, str]]:
        if self.ease_min is None and self.sentence_words_max is None:
            yield "ease-min", ("is missing; a band needs a reading target: ease-min (Flesch Reading Ease), or "
                               "sentence-words-max for a band read aloud")


@dataclass(frozen=True)
class Band:
    title: Text
    summary: Text
    reading: Reading


@dataclass(frozen=True)
class Topic:
    title: Text
    policy: Text  # the policy point taught, e.g. "5.5(4)"
    summary: Text


@dataclass(frozen=True)
class Catalogue:
    title: Text
    bands: dict[str, Band]
    topics: dict[str, Topic]
    language: str = "en"  # the words around every lesson come from words/<language>.yaml
    # the take-home sheets for parents and carers (each lesson's `take-home:`), scored as one passage
    families: Reading = Reading(ease_min=60, sentence_words_warn=25)

    def check(self) -> Iterator[tuple[str, str]]:
        if not re.fullmatch(r"[a-z]{2,3}", self.language):
            yield "language", (f"'{self.language}' is not a language code; expected two or three small letters "
                               "naming a file in words/, e.g. en for words/en.yaml")


# school.yaml's words as the toolkit ships them: general words, until a school puts its own there
SHIPPED = {"safeguarding-lead": "Ask any teacher who your school's designated safeguarding lead is."}


@dataclass(frozen=True)
class School:
    """What only the school knows: who pupils can go to in school."""

    trusted_adult: Text
    safeguarding_lead: Text
    form_tutor: Text | None = None  # optional: lessons offer "your form tutor" when set
    parent_carer: Text | None = None  # optional: lessons offer "your parent or carer" when set

    def people(self) -> dict[str, str]:
        """Who pupils can go to, by id (`trusted-adult`, …): only the ones this school set."""
        named = {"trusted-adult": self.trusted_adult, "safeguarding-lead": self.safeguarding_lead,
                 "form-tutor": self.form_tutor, "parent-carer": self.parent_carer}
        return {who: text for who, text in named.items() if text}

    def shipped_notice(self) -> str | None:
        """What `serve` and the review pack say once while school.yaml still holds the shipped
        words for the safeguarding lead (None when the school has put its own)."""
        if self.safeguarding_lead.strip() != SHIPPED["safeguarding-lead"]:
            return None
        return ("lessons/school.yaml still has the words the toolkit ships with for the designated safeguarding "
                f"lead (\"{SHIPPED['safeguarding-lead']}\"). Every help card shows them: put your safeguarding "
                "lead's name and where pupils find them there before pupils use the lessons.")


@dataclass(frozen=True)
class Character:
    """A made-up person the lessons talk about, and their picture (lessons/characters.yaml)."""

    name: Text
    picture: str  # an SVG file in the pictures folder, e.g. kit.svg
    description: Text  # what screen readers say for the picture: who it is and what it shows

    def check(self) -> Iterator[tuple[str, str]]:
        if not self.picture.endswith(".svg") or Path(self.picture).name != self.picture:
            yield "picture", f"'{self.picture}' is not an SVG file name; expected a name like kit.svg"
        if self.name.lower() not in self.description.lower():
            yield "description", (f"does not say who it is; expected it to name {self.name}, "
                                  f"e.g. '{self.name}, a girl with curly black hair, smiling'")


@dataclass(frozen=True)
class Cast:
    """Every character lessons may show with `character: <id>` (lessons/characters.yaml)."""

    characters: dict[str, Character]
    pictures: str = "../assets/characters"  # the folder of pictures, from the lessons folder

    def check(self) -> Iterator[tuple[str, str]]:
        for key in self.characters:
            if not re.fullmatch(r"[a-z][a-z0-9-]*", key):
                yield f"characters.{key}", ("is not a usable id; expected small letters, digits and "
                                            "hyphens, starting with a letter, e.g. kit")
