"""What every activity shares: its place in the `kind:` family and its feedback type."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from importlib import import_module
from typing import ClassVar

from ..content.schema import Text

# Every kind, in the order `safety-lessons kinds` and content messages list them, with the module
# of this package that defines it. A lesson imports only the modules of the kinds it uses: each
# pupil's kernel starts faster and smaller (tests/unit/test_check.py keeps this table complete).
KIND_MODULES = {
    "age-sort": "age_limits", "age-picker": "age_limits", "why-limits": "age_limits",
    "group-chat": "group_chat", "inbox": "block_report", "app-walkthrough": "block_report",
    "help": "help", "strength-meter": "passwords", "word-builder": "passwords",
    "which-is-stronger": "passwords", "spot-the-clues": "personal_details",
    "make-it-safer": "personal_details", "profile-settings": "privacy", "friend-requests": "privacy",
    "quiz": "quiz", "route-finder": "reporting", "sorter": "sorter", "story": "story", "the-law": "laws",
}


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
    character: str | None = None  # a character id from lessons/characters.yaml, pictured by the title

    def __init_subclass__(cls, kind: str = "", **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if kind:
            Activity.KINDS[kind] = cls

    @classmethod
    def load_kind(cls, kind: str | None) -> None:
        """Make sure `KINDS` holds `kind`; None or an unknown kind: every kind, in their order."""
        if kind in Activity.KINDS:
            return
        if kind in KIND_MODULES:
            import_module(f"{__package__}.{KIND_MODULES[kind]}")
            return
        for module in dict.fromkeys(KIND_MODULES.values()):
            import_module(f"{__package__}.{module}")
        order = {k: Activity.KINDS[k] for k in KIND_MODULES if k in Activity.KINDS}
        rest = {k: v for k, v in Activity.KINDS.items() if k not in order}
        Activity.KINDS.clear()
        Activity.KINDS.update({**order, **rest})

    def check(self) -> Iterator[tuple[str, str]]:
        """Yield (field, problem) for rules one field's type cannot say."""
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
