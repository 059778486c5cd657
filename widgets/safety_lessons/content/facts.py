"""Facts lessons show: dated and sourced, stated once in ``lessons/facts/``, never in prose.

Each file there holds named entries of one kind. A kind is a dataclass that extends
:class:`Sourced` and names its file: ``class Helpline(Sourced, file="helplines")``.
``safety-lessons check`` warns when a fact was last checked over a year ago.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from .schema import Text, Url

STALE_AFTER = dt.timedelta(days=365)


@dataclass(frozen=True, kw_only=True)
class Sourced:
    """A fact with where it comes from and the date someone last checked it there."""

    FILES: ClassVar[dict[str, type[Sourced]]] = {}  # file stem in lessons/facts/ → kind

    source: Url
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
