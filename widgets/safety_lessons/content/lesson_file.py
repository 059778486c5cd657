"""The shape of a lesson's content file (``band/topic.yaml``): its title, its activities
(`safety-lessons kinds` lists the kinds of activity) and its take-home sheet for families."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .activity import Activity
from .schema import Text

# Where families get help, when a sheet does not say (ids in facts/helplines.yaml)
FAMILY_HELP = ("nspcc-helpline", "ceop-education-parents", "childline")
# How many of each part a sheet has: (fewest, most); one printed A4 page holds this much
SHEET_PARTS = {"learned": (2, 4), "talk-about": (3, 3), "check-together": (2, 3)}


@dataclass(frozen=True)
class TakeHome:
    """One printed page for parents and carers: what the lesson taught, three conversation
    starters, settings to check together and where families get help. Nothing about the pupil."""

    learned: tuple[Text, ...]  # what we learned today
    talk_about: tuple[Text, ...]  # questions a parent or carer can ask to start a conversation
    check_together: tuple[Text, ...]  # settings and habits to check together
    help: tuple[str, ...] = FAMILY_HELP  # where families get help: ids in facts/helplines.yaml

    def check(self) -> Iterator[tuple[str, str]]:
        for name, (fewest, most) in SHEET_PARTS.items():
            n = len(getattr(self, name.replace("-", "_")))
            if not fewest <= n <= most:
                expected = f"exactly {fewest}" if fewest == most else f"{fewest} to {most}"
                yield name, f"has {n} item{'s' if n != 1 else ''}; expected {expected}, so the sheet fits one page"
        if not self.help:
            yield "help", "is empty; name where families get help (ids in facts/helplines.yaml)"


@dataclass(frozen=True)
class Lesson:
    title: Text
    activities: dict[str, Activity]
    take_home: TakeHome | None = None  # `check` says when it is missing; the lesson runs without it
