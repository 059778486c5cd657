"""What every activity shares: its place in the `kind:` family and its feedback type."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..content.schema import Text


@dataclass(frozen=True)
class Feedback:
    """What a pupil is told after an action: right or not yet, and why."""

    correct: bool
    text: str


@dataclass(frozen=True, kw_only=True)
class Activity:
    """A simulation's content. Subclasses register a kind: ``class Quiz(Activity, kind="quiz")``."""

    KINDS: ClassVar[dict[str, type[Activity]]] = {}

    kind: str
    title: Text | None = None
    intro: Text | None = None

    def __init_subclass__(cls, kind: str = "", **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if kind:
            Activity.KINDS[kind] = cls

    def check(self) -> Iterator[tuple[str, str]]:
        """Yield (field, problem) for rules one field's type cannot say."""
        return iter(())
