"""Who a pupil can talk to: people in school and services outside, from the facts files."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..content.schema import Text
from .base import Activity


@dataclass(frozen=True)
class Helper:
    who: str  # `trusted-adult`, `safeguarding-lead` (from school.yaml) or a helpline id from facts
    say: Text


@dataclass(frozen=True, kw_only=True)
class Help(Activity, kind="help"):
    """Who pupils can talk to: people in school (school.yaml), then services (facts/helplines.yaml)."""

    people: list[Helper]

    def check(self) -> Iterator[tuple[str, str]]:
        whos = [p.who for p in self.people]
        if "trusted-adult" not in whos:
            yield "people", "must include `who: trusted-adult`: every lesson names a trusted adult first"
