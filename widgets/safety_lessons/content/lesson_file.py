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
IF_IT_HAPPENS = (3, 5)  # steps for a family when the worst has happened (nude images, blackmail, grooming)


@dataclass(frozen=True)
class TakeHome:
    """One printed page for parents and carers: what the lesson taught, three conversation
    starters, settings to check together and where families get help. Nothing about the pupil."""

    learned: tuple[Text, ...]  # what we learned today
    talk_about: tuple[Text, ...]  # questions a parent or carer can ask to start a conversation
    check_together: tuple[Text, ...]  # settings and habits to check together
    # What a family does first if it happens, in order, when school may be closed (a sheet about
    # nude images, blackmail or an adult contacting a child must have it: `check` says which)
    if_it_happens: tuple[Text, ...] = ()
    help: tuple[str, ...] = FAMILY_HELP  # where families get help: ids in facts/helplines.yaml

    def check(self) -> Iterator[tuple[str, str]]:
        for name, (fewest, most) in SHEET_PARTS.items():
            n = len(getattr(self, name.replace("-", "_")))
            if not fewest <= n <= most:
                expected = f"exactly {fewest}" if fewest == most else f"{fewest} to {most}"
                yield name, f"has {n} item{'s' if n != 1 else ''}; expected {expected}, so the sheet fits one page"
        fewest, most = IF_IT_HAPPENS
        if self.if_it_happens and not fewest <= len(self.if_it_happens) <= most:
            yield "if-it-happens", (f"has {len(self.if_it_happens)} steps; expected {fewest} to {most}, so the "
                                    "sheet fits one page")
        if not self.help:
            yield "help", "is empty; name where families get help (ids in facts/helplines.yaml)"


@dataclass(frozen=True)
class Lesson:
    title: Text
    activities: dict[str, Activity]
    take_home: TakeHome | None = None  # `check` says when it is missing; the lesson runs without it
