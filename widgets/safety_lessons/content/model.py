"""The shapes of the shared content files a curriculum lead edits:
catalogue.yaml, school.yaml and characters.yaml. A lesson's own file is in lesson_file.py."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from .schema import Text, line_of, lines_of


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


_POINT = re.compile(r"5\.5\(\d+\)")  # a point of §5.5 of the trust's social media policy, e.g. 5.5(4)
_SHORT_NAME = re.compile(r"[A-Z][A-Z0-9]+")  # a source's short name, e.g. EFACW


@dataclass(frozen=True)
class Topic:
    title: Text
    # A point of §5.5, e.g. "5.5(4)"; beyond it, where the topic comes from: parts split by ";", each a
    # source's short name (catalogue `sources:`) or name, perhaps with what it names after a colon
    policy: Text
    summary: Text

    def policy_point(self) -> str | None:
        """The point of §5.5 the topic teaches, or None for a topic beyond it."""
        return str(self.policy) if _POINT.fullmatch(self.policy.strip()) else None

    def policy_parts(self) -> list[tuple[str, str]]:
        """A topic beyond §5.5: (source, what it names) for each part of `policy`, what it names "" if nothing."""
        parts = (part.partition(":") for part in self.policy.split(";") if part.strip())
        return [(source.strip(), rest.strip()) for source, _, rest in parts]


@dataclass(frozen=True)
class Catalogue:
    title: Text
    bands: dict[str, Band]
    topics: dict[str, Topic]
    language: str = "en"  # the words around every lesson come from words/<language>.yaml
    # the take-home sheets for parents and carers (each lesson's `take-home:`), scored as one passage
    families: Reading = Reading(ease_min=60, sentence_words_warn=25)
    # where topics beyond §5.5 come from: a short name a topic's `policy:` uses → the source's name in full
    sources: dict[str, Text] = field(default_factory=dict)

    def check(self) -> Iterator[tuple[str, str]]:
        if not re.fullmatch(r"[a-z]{2,3}", self.language):
            yield "language", (f"'{self.language}' is not a language code; expected two or three small letters "
                               "naming a file in words/, e.g. en for words/en.yaml")
        for topic_id, topic in self.topics.items():
            for source, _ in [] if topic.policy_point() else topic.policy_parts():
                if _SHORT_NAME.fullmatch(source) and source not in self.sources:
                    yield f"topics.{topic_id}.policy", (
                        f"'{source}' is not a short name in sources: ({', '.join(self.sources) or 'none yet'}); "
                        "add it there with the source's name in full, or write the name in full here")

    def beyond(self, topic: Topic) -> str | None:
        """A topic beyond §5.5: where it comes from, each source's name in full ("Education for a Connected
        World (UKCIS): Managing online information; …"); None for a point of §5.5."""
        if topic.policy_point():
            return None
        return "; ".join(f"{self.sources.get(source, source)}: {names}" if names else self.sources.get(source, source)
                         for source, names in topic.policy_parts())


# school.yaml's words as the toolkit ships them: general words, until a school puts its own there
SHIPPED = {"safeguarding-lead": "Ask any teacher who your school's designated safeguarding lead is."}
REQUIRED = ("trusted-adult", "safeguarding-lead")  # every school sets them: every help card names them
LESSON_ROLES = (*REQUIRED, "form-tutor", "parent-carer")  # the roles lessons name themselves (words: person-…)
ROLE_ID = re.compile(r"[a-z][a-z0-9-]*")


@dataclass(frozen=True)
class Role:
    """A role's words band by band (school.yaml): `words:` for every band without its own, a band's
    id for that band's own, and `name:` what pupils call the role where the words files do not."""

    OTHERS: ClassVar[str] = "bands"
    OTHERS_ARE: ClassVar[str] = "a band's own words (`ages-14-18: …`)"
    name: Text | None = None
    words: Text | None = None
    bands: dict[str, Text] = field(default_factory=dict)

    def check(self) -> Iterator[tuple[str, str]]:
        if self.words is None and not self.bands:
            yield "words", ("is missing; give the words pupils see: `words:` for every band, or a band's id "
                            "(`ages-14-18: …`) for that band's own")


@dataclass(frozen=True)
class School:
    """What only the school knows: its roles, who pupils can go to in school, each with its words
    (one text, or words band by band), and the lessons it does not teach (`hidden:`)."""

    OTHERS: ClassVar[str] = "roles"
    OTHERS_ARE: ClassVar[str] = "`trusted-adult:`, `safeguarding-lead:` and any other roles, one a line"
    roles: dict[str, Text | Role] = field(default_factory=dict)
    hidden: tuple[str, ...] = ()  # BAND or BAND/TOPIC: lessons this school does not show

    def check(self) -> Iterator[tuple[str, str]]:
        for who in REQUIRED:
            role = self.roles.get(who)
            if role is None:
                yield who, (f"is missing; every help card names the {who.replace('-', ' ')}: add `{who}: …` with "
                            "its words")
            elif isinstance(role, Role) and role.words is None:
                yield f"{who}.words", ("is missing; every band's help cards name this role, so it needs words for "
                                       "every band: add `words: …` (a band's id keeps that band's own)")
        for who in self.roles:
            if not ROLE_ID.fullmatch(who):
                yield who, ("is not a usable role id; expected small letters, digits and hyphens, starting with a "
                            "letter, e.g. head-of-year")

    def words(self, who: str, band: str | None = None) -> str | None:
        """A role's words for `band` (its own, else the role's general words); None if it has none."""
        role = self.roles.get(who)
        if role is None or isinstance(role, str):
            return role
        own = role.bands.get(band) if band else None
        return own or role.words

    def people(self, band: str | None = None) -> dict[str, str]:
        """Who pupils can go to, by id (`trusted-adult`, `head-of-year` …) → their words for `band`:
        the roles this school set, each with words for that band."""
        return {who: text for who in self.roles if (text := self.words(who, band))}

    def own_roles(self, named: Iterable[str], band: str | None) -> list[str]:
        """The school's own roles (not one lessons name: head-of-year, school-nurse …) that a list of
        who can help offers besides the people it names (`named`), each with words for `band`."""
        left = {*LESSON_ROLES, *named}
        return [who for who in self.roles if who not in left and self.words(who, band)]

    def name(self, who: str, names: Mapping[str, str]) -> str:
        """What pupils call a role: school.yaml's `name:`, else the words file's (`names`, from its
        `person-…` words), else its id in words (`head-of-year` → "Head of year")."""
        role = self.roles.get(who)
        if isinstance(role, Role) and role.name:
            return str(role.name)
        return names.get(who) or who.replace("-", " ").capitalize()

    def texts(self) -> Iterator[tuple[str, int, str]]:
        """(where, line, text) for every text a pupil may see, for `check`: `head-of-year`,
        `head-of-year.ages-14-18`, `head-of-year.name` …"""
        lines = lines_of(self.roles)
        for who, role in self.roles.items():
            if isinstance(role, str):
                yield who, lines.get(who, 1), str(role)
                continue
            for key in ("name", "words"):
                if (text := getattr(role, key)) is not None:
                    yield f"{who}.{key}", line_of(role, key), str(text)
            own = lines_of(role.bands)
            yield from ((f"{who}.{band}", own.get(band, 1), str(text)) for band, text in role.bands.items())

    def shipped_notice(self) -> str | None:
        """What `serve` and the review pack say once while school.yaml still holds the shipped
        words for the safeguarding lead (None when the school has put its own)."""
        if SHIPPED["safeguarding-lead"] not in (self.words("safeguarding-lead") or ""):
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
