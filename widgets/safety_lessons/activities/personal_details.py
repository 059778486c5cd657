"""What a post can tell a stranger, and how to make it safer (policy §5.5(1)).

A fictional young person's post is made of *parts*: things in the picture, words in the
caption, a location tag, profile fields, settings behind the post. Some parts are clues
(they help a stranger work out who or where the poster is); some are not.

- :class:`SpotTheClues`: the pupil picks parts; each pick says what a stranger could work
  out from it (or why it gives nothing away). Finding every clue completes the activity.
- :class:`MakeItSafer`: the pupil turns edits on and off (crop, remove the tag, change the
  caption …) and sees what a stranger could still work out, before and after.

Everything here is pure: the state is a frozenset of ids and every function returns a new
one. Ids that are not in the content are ignored, whatever sends them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Literal

from ..content.activity import Activity, Feedback
from ..content.schema import Slots, Template, Text, fill

ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SLOT = re.compile(r"\{([^{}]*)\}")  # {part-id} in a caption
Where = Literal["header", "picture", "caption", "profile", "details"]
Scene = Literal["street", "home", "park", "skatepark", "cafe"]
WHERE_ORDER: tuple[str, ...] = ("header", "picture", "caption", "profile", "details")
FoundCount = Annotated[Template, Slots(needs=("found", "total"),
                                       says="where the numbers go, e.g. '{found} of {total} clues found'")]
LeftCount = Annotated[Template, Slots(needs=("left", "total"), says=(
    "where the numbers go, e.g. 'A stranger could still work out {left} of {total} things.'"))]


@dataclass(frozen=True)
class Part:
    """One thing in the post a pupil can pick."""

    id: str
    where: Where  # header (beside the name), picture, caption, profile or details
    label: Text  # what the pupil sees; also the name a screen reader reads
    clue: bool  # does it help a stranger work out who or where the poster is?
    feedback: Text  # said when the pupil picks it
    reveals: Text | None = None  # clues only: what a stranger could work out, in one line
    safer: Text | None = None  # shown instead once an edit fixes it (without it, the part goes)
    icon: str | None = None  # a decorative emoji beside the label

    def check(self) -> Iterator[tuple[str, str]]:
        if not ID.match(self.id):
            yield "id", f"'{self.id}' must be lower-case letters, digits and hyphens, like school-badge"
        if self.clue and not self.reveals:
            yield "reveals", "a clue needs `reveals:`: what a stranger could work out from it"
        if not self.clue and self.reveals:
            yield "reveals", "only clues have `reveals:`; remove it or set `clue: true`"
        if self.icon is not None and len(self.icon) > 4:
            yield "icon", f"'{self.icon}' is not one emoji; use a single emoji or leave it out"


@dataclass(frozen=True)
class Post:
    """A made-up post: who posted it, a drawn picture, a caption and profile fields."""

    name: Text
    picture: Text  # what the picture shows, in words (read by everyone, screen readers too)
    caption: Annotated[Template, Slots(ids="caption parts")]  # may hold {part-id} where a caption part goes
    parts: tuple[Part, ...]
    handle: str | None = None
    avatar: str | None = None  # an emoji
    scene: Scene = "street"  # the drawn background of the picture
    profile_title: Text | None = None  # heading above profile parts
    details_title: Text | None = None  # heading above details parts (settings, photo data)

    def check(self) -> Iterator[tuple[str, str]]:
        ids = [p.id for p in self.parts]
        for dup in sorted({i for i in ids if ids.count(i) > 1}):
            yield "parts", f"two parts have id '{dup}'; give each its own"
        if not any(p.clue for p in self.parts):
            yield "parts", "no part has `clue: true`; a post needs at least one clue"
        slots = SLOT.findall(self.caption)
        in_caption = [p.id for p in self.parts if p.where == "caption"]
        for slot in slots:
            if slot not in in_caption:
                yield "caption", (f"{{{slot}}} is not a caption part; expected one of: "
                                  f"{', '.join(in_caption) or '(no part has where: caption)'}")
        for part_id in in_caption:
            if slots.count(part_id) != 1:
                yield "caption", f"must hold {{{part_id}}} exactly once, where that caption part goes"
        if any(p.where == "profile" for p in self.parts) and not self.profile_title:
            yield "profile-title", "parts with `where: profile` need a `profile-title:` heading"
        if any(p.where == "details" for p in self.parts) and not self.details_title:
            yield "details-title", "parts with `where: details` need a `details-title:` heading"

    def part(self, part_id: object) -> Part | None:
        return next((p for p in self.parts if p.id == part_id), None)

    @property
    def clues(self) -> list[Part]:
        return [p for p in self.parts if p.clue]

    def caption_pieces(self) -> list[tuple[str, Part | None]]:
        """The caption as (text, None) and ("", part) pieces, in reading order."""
        pieces: list[tuple[str, Part | None]] = []
        last = 0
        for m in SLOT.finditer(self.caption):
            if m.start() > last:
                pieces.append((self.caption[last:m.start()], None))
            part = self.part(m.group(1))
            pieces.append(("", part) if part else (m.group(0), None))
            last = m.end()
        if last < len(self.caption):
            pieces.append((self.caption[last:], None))
        return pieces


@dataclass(frozen=True)
class Picked:
    feedback: Feedback
    found: frozenset[str]


@dataclass(frozen=True, kw_only=True)
class SpotTheClues(Activity):
    """Pick the parts of a post that could help a stranger find or identify the poster."""

    post: Post
    progress: FoundCount  # e.g. "{found} of {total} clues found"
    found_all: Text  # said once every clue is found
    together: Text | None = None  # how the clues combine (shown at the end)

    def counted(self) -> tuple[tuple[str, ...], int] | None:
        return ("clues",), len(self.post.clues)

    def check(self) -> Iterator[tuple[str, str]]:
        if all(p.clue for p in self.post.parts):
            yield "post.parts", "every part is a clue; add at least one part with `clue: false` so it is a real choice"

    def pick(self, found: frozenset[str], part_id: object) -> Picked | None:
        """The pupil picks a part: its feedback, and the clues found so far (None: no such part)."""
        part = self.post.part(part_id)
        if part is None:
            return None
        now = found | {part.id} if part.clue else found
        return Picked(Feedback(part.clue, part.feedback), self.valid(now))

    def valid(self, found: frozenset[str]) -> frozenset[str]:
        """Only the ids of real clues (state can never hold anything else)."""
        return frozenset(p.id for p in self.post.clues if p.id in found)

    def complete(self, found: frozenset[str]) -> bool:
        return all(p.id in found for p in self.post.clues)

    def progress_text(self, found: frozenset[str]) -> str:
        return fill(self.progress, found=len(self.valid(found)), total=len(self.post.clues))

    def stranger_knows(self, found: frozenset[str]) -> list[str]:
        """What the clues found so far let a stranger work out, in post order."""
        return [p.reveals or "" for p in self.post.clues if p.id in found]


@dataclass(frozen=True)
class Edit:
    """A change the pupil can make to the post before sharing it."""

    id: str
    label: Text  # e.g. "Crop out the school badge"
    fixes: tuple[str, ...]  # ids of the clue parts this edit removes or rewrites
    feedback: Text  # said when the pupil makes the edit

    def check(self) -> Iterator[tuple[str, str]]:
        if not ID.match(self.id):
            yield "id", f"'{self.id}' must be lower-case letters, digits and hyphens, like crop-badge"
        if not self.fixes:
            yield "fixes", "is empty; an edit must change what a stranger can work out"


@dataclass(frozen=True, kw_only=True)
class MakeItSafer(Activity):
    """Edit the post and watch what a stranger could still work out shrink."""

    post: Post
    edits: tuple[Edit, ...]
    before: Text  # heading: what a stranger could work out from the post as it was
    after: Text  # heading: what a stranger could still work out now
    count: LeftCount  # e.g. "A stranger could still work out {left} of {total} things."
    nothing_left: Text  # said when no clue is left (say what the post still shares, too)
    undone: Text  # said when the pupil turns an edit off again

    def counted(self) -> tuple[tuple[str, ...], int] | None:
        return ("changes", "edits"), len(self.edits)

    def check(self) -> Iterator[tuple[str, str]]:
        ids = [e.id for e in self.edits]
        for dup in sorted({i for i in ids if ids.count(i) > 1}):
            yield "edits", f"two edits have id '{dup}'; give each its own"
        clues = {p.id for p in self.post.clues}
        for i, edit in enumerate(self.edits, 1):
            for part_id in edit.fixes:
                if part_id not in clues:
                    yield f"edits[{i}].fixes", (f"'{part_id}' is not a clue in the post; expected one of: "
                                                f"{', '.join(sorted(clues))}")
        fixed = {part_id for e in self.edits for part_id in e.fixes}
        for part_id in sorted(clues - fixed):
            yield "edits", f"no edit fixes the clue '{part_id}'; add one, or the pupil can never finish"

    def edit(self, edit_id: object) -> Edit | None:
        return next((e for e in self.edits if e.id == edit_id), None)

    def valid(self, applied: frozenset[str]) -> frozenset[str]:
        return frozenset(e.id for e in self.edits if e.id in applied)

    def toggle(self, applied: frozenset[str], edit_id: object, on: object) -> frozenset[str]:
        """Turn one edit on or off; anything that is not a known edit and a bool changes nothing."""
        edit = self.edit(edit_id)
        if edit is None or not isinstance(on, bool):
            return self.valid(applied)
        return self.valid(applied | {edit.id} if on else applied - {edit.id})

    def fixed(self, applied: frozenset[str]) -> frozenset[str]:
        return frozenset(part_id for e in self.edits if e.id in applied for part_id in e.fixes)

    def shown(self, part: Part, applied: frozenset[str]) -> str | None:
        """What the post shows for a part now: its label, its safer words, or nothing (cut)."""
        if part.id not in self.fixed(applied):
            return part.label
        return part.safer

    def stranger_knows(self, applied: frozenset[str]) -> list[str]:
        fixed = self.fixed(applied)
        return [p.reveals or "" for p in self.post.clues if p.id not in fixed]

    def done(self, applied: frozenset[str]) -> bool:
        return not self.stranger_knows(applied)

    def count_text(self, applied: frozenset[str]) -> str:
        return fill(self.count, left=len(self.stranger_knows(applied)), total=len(self.post.clues))

    def said(self, applied: frozenset[str], edit_id: object, on: object) -> str:
        """What the pupil is told after turning an edit on or off."""
        edit = self.edit(edit_id)
        if edit is None or not isinstance(on, bool):
            return ""
        return edit.feedback if on else self.undone
