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
