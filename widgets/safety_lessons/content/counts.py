"""Counts in prose that must agree with the data: "Five messages arrive" above an inbox of four
messages is wrong, and goes wrong again whenever a message is added or taken away.

The rule is deliberately simple (README, "For curriculum leads"): a number from two to twenty,
written as a word or in digits, then the name of the activity's items, with at most one word
between ("five messages", "3 stories", "six friend requests"). It is checked in the activity's own
top-level words (title, intro, question …) and in the notebook's Markdown cells that lead to it
(the cells after the previous `lesson.show` and the `open_lesson` cell). It does not read "one"
(usually "a single", not "all of them"), "both", "a few", numbers further from the noun, or
nouns other than the ones below; a count of something else ("three random words") is never
compared.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from .schema import Text

NUMBERS = {word: n for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split()) if n >= 2}


def _many(field: str) -> Callable[[Any], int]:
    return lambda activity: len(getattr(activity, field))


def _clues(activity: Any) -> int:
    return sum(1 for part in activity.post.parts if part.clue)


def _endings(activity: Any) -> int:
    return sum(1 for node in activity.nodes.values() if node.ending is not None)


# kind → (the plural nouns that name its items, how many items it has)
ITEMS: dict[str, tuple[tuple[str, ...], Callable[[Any], int]]] = {
    "inbox": (("messages",), _many("messages")),
    "quiz": (("questions",), _many("questions")),
    "friend-requests": (("requests",), _many("requests")),
    "sorter": (("cards",), _many("cards")),
    "route-finder": (("stories", "worries", "scenarios"), _many("scenarios")),
    "which-is-stronger": (("pairs",), _many("pairs")),
    "why-limits": (("reasons",), _many("reasons")),
    "app-walkthrough": (("tasks",), _many("tasks")),
    "group-chat": (("threads",), _many("threads")),
    "profile-settings": (("settings",), _many("settings")),
    "spot-the-clues": (("clues",), _clues),
    "make-it-safer": (("changes", "edits"), _many("edits")),
    "age-sort": (("apps",), _many("apps")),
    "the-law": (("laws",), _many("laws")),
    "story": (("endings",), _endings),
}

_NUMBER = r"(?<![\w.,£$-])(?P<n>\d+|" + "|".join(NUMBERS) + r")"


def counts_in(text: str, nouns: tuple[str, ...]) -> Iterator[tuple[str, str, int]]:
    """(the words as written, the noun, the number) for each count of one of `nouns` in `text`."""
    pattern = _NUMBER + r"\s+(?:[A-Za-z'-]+\s+)??(?P<noun>" + "|".join(nouns) + r")\b"
    for m in re.finditer(pattern, text, re.IGNORECASE):
        noun = m["noun"].lower()
        written = m["n"].lower()
        number = int(written) if written.isdigit() else NUMBERS[written]
        if number >= 2:
            yield m[0], noun, number


def count_problems(text: str, activity: Any, where: str) -> Iterator[str]:
    """Why each count in `text` disagrees with `activity`'s items (`where` names the activity as
    the message should, e.g. 'this activity' or 'the activity "inbox" below it')."""
    items = ITEMS.get(getattr(activity, "kind", ""))
    if items is None:
        return
    nouns, count = items
    actual = count(activity)
    for written, noun, number in counts_in(text, nouns):
        if number != actual:
            yield (f'says "{written}", but {where} has {actual} {noun}; leave the number out (e.g. "These {noun}"), '
                   f"so the words stay right when {noun} are added or taken away")


def activity_count_problems(activity: Any) -> Iterator[tuple[str, str]]:
    """(field, message) for each count in an activity's own top-level words that disagrees with it."""
    for name, value in vars(activity).items():
        if isinstance(value, Text):
            for message in count_problems(value, activity, "this activity"):
                yield name.replace("_", "-"), message
