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


@dataclass(frozen=True, kw_only=True)
class Helpline(Sourced, file="helplines"):
    """A service outside school that pupils can contact."""

    name: Text
    contact: Text
    for_whom: Text
    web: Url | None = None
    # Optional, for lessons that match a worry to the right place to report it:
    when: Text | None = None  # when this service is the right one to go to
    not_for: Text | None = None  # what it cannot help with (say where to go instead)
    min_age: int | None = None  # youngest age the service is for (None: any age)
    max_age: int | None = None  # oldest age the service is for (None: any age)

    def check(self) -> Iterator[tuple[str, str]]:
        yield from super().check()
        for name, age in (("min-age", self.min_age), ("max-age", self.max_age)):
            if age is not None and not 0 <= age <= 120:
                yield name, f"{age} is not an age; expected a whole number of years from 0 to 120"
        if self.min_age is not None and self.max_age is not None and self.min_age > self.max_age:
            yield "max-age", f"{self.max_age} is below min-age {self.min_age}; expected max-age >= min-age"

    def suits(self, youngest: int, oldest: int) -> bool:
        """Whether some pupil aged `youngest` to `oldest` may use this service."""
        return ((self.min_age is None or self.min_age <= oldest)
                and (self.max_age is None or self.max_age >= youngest))


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
