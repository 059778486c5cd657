"""Sort cards into groups ("who can know my password?", "strong or weak?"): a choose kind
(choose.py) whose examples of passwords the strength estimator checks."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..content.activity import Activity, Context, Feedback
from ..content.schema import Text
from .choose import Choosing, Item


@dataclass(frozen=True)
class Group:
    id: str
    label: Text


@dataclass(frozen=True)
class Card:
    text: Text
    group: str
    feedback: Text


@dataclass(frozen=True, kw_only=True)
class Sorter(Activity):
    """Sort cards into groups, with feedback on each card."""

    question: Text
    groups: tuple[Group, ...]
    cards: tuple[Card, ...]
    # When true, cards are example passwords in groups `strong` and `weak`, and
    # `safety-lessons check` confirms each with the real estimator.
    passwords: bool = False

    def counted(self) -> tuple[tuple[str, ...], int] | None:
        return ("cards",), len(self.cards)

    def check(self) -> Iterator[tuple[str, str]]:
        ids = [g.id for g in self.groups]
        if len(ids) < 2:
            yield "groups", "needs at least two groups to sort into"
        if len(set(ids)) != len(ids):
            yield "groups", "two groups share an id; give each its own"
        for i, card in enumerate(self.cards, 1):
            if card.group not in ids:
                yield f"cards[{i}].group", f"'{card.group}' is not a group; expected one of: {', '.join(ids)}"
        if self.passwords and sorted(ids) != ["strong", "weak"]:
            yield "groups", "with `passwords: true` the groups must be exactly: strong, weak"

    def check_with(self, ctx: Context) -> Iterator[tuple[str, str]]:
        """With `passwords: true`, the strength estimator must sort every example as its card does."""
        if not self.passwords:
            return
        from .passwords import example_estimate  # only a lesson with example passwords needs the estimator

        for i, card in enumerate(self.cards, 1):
            est = example_estimate(card.text)
            if est.strong != (card.group == "strong"):
                yield (f"cards[{i}].group", f"'{card.text}' is scored {est.score} of 4 by the strength "
                       f"estimator, so it is {'strong' if est.strong else 'weak'}; change the group or the example")

    def judge(self, card: int, group: str) -> Feedback:
        """Feedback for putting card number `card` (0-based) into `group`."""
        chosen = self.cards[card]
        return Feedback(chosen.group == group, chosen.feedback)

    def choosing(self) -> Choosing:
        """Each card, into one of the groups."""
        groups = tuple((g.label, g.id) for g in self.groups)
        return Choosing(tuple(Item(card.text, groups) for card in self.cards), lambda c, g: self.judge(c, str(g)))
