"""Facts lessons show: dated and sourced, stated once in ``lessons/facts/``, never in prose.

Each file there holds named entries of one kind. A kind is a dataclass that extends
:class:`Sourced` and names its file: ``class Helpline(Sourced, file="helplines")``.
``safety-lessons check`` warns when a fact was last checked over a year ago.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar, Literal

from .numbers import number_problems
from .schema import Text, Url

STALE_AFTER = dt.timedelta(days=365)

# Where a fact comes from: `primary` is the service's own page, the law or the regulator;
# `secondary` is anything else (news, blogs, guides) and `check` warns until it is replaced.
SourceKind = Literal["primary", "secondary"]


@dataclass(frozen=True, kw_only=True)
class Sourced:
    """A fact with where it comes from and the date someone last checked it there."""

    FILES: ClassVar[dict[str, type[Sourced]]] = {}  # file stem in lessons/facts/ → kind

    source: Url
    source_kind: SourceKind
    checked: dt.date

    def __init_subclass__(cls, file: str = "", **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if file:
            Sourced.FILES[file] = cls

    def check(self) -> Iterator[tuple[str, str]]:
        if self.checked > dt.date.today():
            yield "checked", f"{self.checked} is in the future; use the date you checked the source"

    def stale(self, today: dt.date) -> bool:
        return today - self.checked > STALE_AFTER


# What a worry is about: help cards (`about:`), route-finder stories (`about:`) and each help
# service's remit (`helps-with:`) use these words, so `check` can tell whether a service fits.
Concern = Literal[
    "anything",  # a service's remit only: it helps with any worry at all (Childline, Samaritans)
    "worried",  # something worries the pupil and it is not clear what (only `anything` services fit)
    "bullying",  # bullying, harassment, unkind messages or posts
    "threats",  # threats to hurt someone, or to damage their things or reputation
    "impersonation",  # a fake account pretending to be the pupil or someone they know
    "hacked-account",  # someone got into the pupil's account
    "scam",  # scams, fraud, phishing links, fake prizes
    "harmful-content",  # violent, hateful, self-harm or other harmful content seen online
    "grooming",  # someone online asking for nude images, talking about sex, pushing to meet or for secrecy
    "blackmail",  # someone threatens to share a sexual image of the pupil unless they pay or send more
    "nude-image-of-me",  # a nude or sexual image of the pupil is online or being shared
    "nude-image-of-someone",  # the pupil saw or was sent a nude image of someone under 18
    "danger-now",  # someone is in danger right now
    "feeling-low",  # struggling to cope, very sad or anxious
    "suicidal-thoughts",  # thoughts of suicide, the pupil's own or worry about someone else's
    "other",
]


Nation = Literal["england", "wales", "scotland", "northern-ireland"]


@dataclass(frozen=True, kw_only=True)
class Helpline(Sourced, file="helplines"):
    """A service outside school that pupils can contact, with its remit: who it is for (ages),
    what it helps with, and what it cannot. Help cards and route-finders show `when` and
    `not-for` from here, so two lessons cannot describe a service differently."""

    name: Text
    contact: Text
    for_whom: Text  # who it is for, in pupils' words (shown beside the name)
    web: Url | None = None
    when: Text  # when this service is the right one to go to (its remit, in pupils' words)
    when_by_band: dict[str, Text] | None = None  # band → `when` in that band's own words (younger pupils)
    helps_with: tuple[Concern, ...]  # its remit as concerns; `check` refuses it elsewhere
    not_for: Text | None = None  # what it cannot help with, and where to go instead
    needed_for: tuple[Concern, ...] | None = None  # a route-finder story about one of these must have it in `fits`
    min_age: int | None = None  # youngest age the service is for (None: any age)
    max_age: int | None = None  # oldest age the service is for (None: any age)
    nations: tuple[Nation, ...] | None = None  # the UK nations it serves (None: all four)
    confidential: bool = False  # the service itself says it is confidential (only then may a lesson)
    for_parents: bool = False  # for parents and carers: take-home sheets name it; pupils are never sent there

    def check(self) -> Iterator[tuple[str, str]]:
        yield from super().check()
        for name, age in (("min-age", self.min_age), ("max-age", self.max_age)):
            if age is not None and not 0 <= age <= 120:
                yield name, f"{age} is not an age; expected a whole number of years from 0 to 120"
        if self.min_age is not None and self.max_age is not None and self.min_age > self.max_age:
            yield "max-age", f"{self.max_age} is below min-age {self.min_age}; expected max-age >= min-age"
        if not self.helps_with:
            yield "helps-with", "is empty; list what this service helps with (or `anything`)"
        if len(set(self.helps_with)) != len(self.helps_with):
            yield "helps-with", "names a concern twice; keep each once"
        for concern in self.needed_for or ():
            if not self.helps(concern):
                yield "needed-for", f"'{concern}' is not in helps-with; a service is only needed for what it helps with"
        yield from self._text_problems()

    def _text_problems(self) -> Iterator[tuple[str, str]]:
        """Its words: each number one to call or text, and "confidential" only if it is set."""
        texts = (("contact", self.contact), ("when", self.when), ("not-for", self.not_for), ("for-whom", self.for_whom),
                 *((f"when-by-band.{band}", text) for band, text in (self.when_by_band or {}).items()))
        for name, text in texts:
            for problem in number_problems(text or ""):
                yield name, problem
        if not self.confidential:
            for name, text in texts:
                if text and "confidential" in text.lower():
                    yield name, ("says the service is confidential, but `confidential: true` is not set; set it "
                                 "only if the service's own page says so")

    def when_in(self, band: str) -> Text:
        """When to go there, in the words of `band` (`when-by-band`, else `when`)."""
        return (self.when_by_band or {}).get(band, self.when)

    def suits(self, youngest: int, oldest: int) -> bool:
        """Whether some pupil aged `youngest` to `oldest` may use this service (none may use one
        for parents)."""
        return (not self.for_parents and (self.min_age is None or self.min_age <= oldest)
                and (self.max_age is None or self.max_age >= youngest))

    def serves(self, age: int) -> bool:
        """Whether a pupil of exactly `age` may use it."""
        return self.suits(age, age)

    @property
    def not_for_pupils(self) -> str:
        """Why a lesson for pupils may not offer it (empty when it may)."""
        return f"{self.name} is for parents and carers: take-home sheets name it, pupils' lessons do not" \
            if self.for_parents else ""

    def helps(self, concern: str) -> bool:
        """Whether its remit covers `concern` (a service for `anything` covers every concern)."""
        return "anything" in self.helps_with or concern in self.helps_with


# -- Apps and age limits (policy §5.5(5)) -----------------------------------------------------
PEGI_RATINGS = (3, 7, 12, 16, 18)


@dataclass(frozen=True, kw_only=True)
class App(Sourced, file="apps"):
    """A popular app or game and the youngest age it is meant for.

    ``limit`` says where the age comes from: ``terms`` (the app's own terms of service set a
    minimum age), ``pegi`` (a PEGI game rating), ``law`` (the law sets it, e.g. gambling) or
    ``none`` (no minimum age found; then no ``age``, and ``note`` says what is limited instead).
    An entry may be one feature of an app with its own age (e.g. hosting a livestream).
    """

    name: Text
    what: Text  # what it is for, in a few plain words
    limit: Literal["terms", "pegi", "law", "none"]
    age: int | None = None
    also: Text | None = None  # pupils read it: what the age alone does not say (e.g. chat needs an age check)
    younger: Text | None = None  # a kinder choice for younger children, e.g. a children's version
    note: str | None = None  # for teachers and curriculum leads only (e.g. what the source does not say)

    def check(self) -> Iterator[tuple[str, str]]:
        yield from super().check()
        if self.limit == "none":
            if self.age is not None:
                yield "age", "an app with `limit: none` has no age; remove `age` or change `limit`"
            if self.also is None:
                yield "also", "with `limit: none`, say in `also` what is limited instead (e.g. chat)"
        elif self.age is None:
            yield "age", f"needs a whole number: the minimum age that `limit: {self.limit}` sets (or use `limit: none`)"
        elif self.limit == "pegi" and self.age not in PEGI_RATINGS:
            yield "age", (f"{self.age} is not a PEGI rating; expected one of: "
                          f"{', '.join(map(str, PEGI_RATINGS))}")
        elif not 1 <= self.age <= 21:
            yield "age", f"{self.age} is not a likely minimum age; expected a whole number from 1 to 21"


@dataclass(frozen=True, kw_only=True)
class AgeRule(Sourced, file="age-rules"):
    """An age set by law, such as the UK digital age of consent. Laws change: keep it here."""

    name: Text
    age: int
    meaning: Text  # what changes at this age, in plain words
    note: str | None = None  # for teachers: where in law, and whether it may change

    def check(self) -> Iterator[tuple[str, str]]:
        yield from super().check()
        if not 1 <= self.age <= 21:
            yield "age", f"{self.age} is not a likely age; expected a whole number from 1 to 21"


@dataclass(frozen=True, kw_only=True)
class Law(Sourced, file="laws"):
    """What a law says, in plain words, and where in the UK it applies (lessons/facts/laws.yaml)."""

    name: Text  # e.g. "Cyberflashing"
    says: Text  # what the law says, in plain words pupils read
    applies_in: Text  # e.g. "England and Wales", "the UK"
    note: str | None = None  # for teachers: the Act and section, and whether it may change
