"""What every activity shares: its place in the `kind:` family, its feedback type, and the
context its rules and its view are given (the facts, the school and the band)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from .facts import Sourced
from .model import School
from .schema import Text

S = TypeVar("S", bound=Sourced)

@dataclass(frozen=True)
class Feedback:
    """What a pupil is told after an action: right or not yet, and why."""

    correct: bool
    text: str


def band_ages(band: str) -> tuple[int, int] | None:
    """(youngest, oldest) from a band id like ``ages-11-14``; None if it does not say."""
    m = re.fullmatch(r"ages-(\d+)-(\d+)", band)
    return (int(m[1]), int(m[2])) if m else None


@dataclass(frozen=True)
class Context:
    """What an activity's rules (:meth:`Activity.check_with`) and its view are given beyond the
    activity itself: the facts (lessons/facts/), the school (school.yaml) and the lesson's band.
    Each shared file is read when first asked for: one with problems raises ContentError (the
    library reports it once, with its own file and line)."""

    band: str
    read_facts: Callable[[type[Any]], Mapping[str, Any]]  # Library.facts
    read_school: Callable[[], School]  # Library.school

    def facts(self, kind: type[S]) -> Mapping[str, S]:
        """Every fact of one kind, by id (e.g. ``ctx.facts(App)["tiktok"]``)."""
        return self.read_facts(kind)

    @property
    def school(self) -> School:
        return self.read_school()

    @property
    def ages(self) -> tuple[int, int] | None:
        """The band's (youngest, oldest) ages, or None if its id does not say."""
        return band_ages(self.band)


@dataclass(frozen=True, kw_only=True)
class Activity:
    """A simulation's content. Its kind, model and view are one line in the registry (kernel side),
    which the library is given to read `kind:` with: content/ names no kind."""

    kind: str
    title: Text | None = None
    intro: Text | None = None
    character: str | None = None  # a character id from lessons/characters.yaml, pictured by the title

    def counted(self) -> tuple[tuple[str, ...], int] | None:
        """The plural nouns its words may count its items by ("five messages") and how many items
        it has: `check` makes each such count agree (content/counts.py). None: no count compared."""
        return None

    def check(self) -> Iterator[tuple[str, str]]:
        """Yield (field, problem) for rules one field's type cannot say (the reader runs this on
        every section it reads, with nothing but the section)."""
        return iter(())

    def check_with(self, ctx: Context) -> Iterator[tuple[str, str]]:
        """Yield (field, problem) for rules that need more than the activity: the facts it names,
        the school's people, the band's ages (the library runs this once the lesson is read)."""
        return iter(())

    def facts(self) -> Iterator[tuple[str, str]]:
        """(facts file, id) for every fact this activity shows (e.g. ("helplines", "childline")):
        the review pack lists each with its source."""
        return iter(())

    def characters(self) -> Iterator[tuple[str, str]]:
        """(field, character id) for every character this activity pictures (the library checks
        each id against lessons/characters.yaml)."""
        if self.character is not None:
            yield "character", self.character
