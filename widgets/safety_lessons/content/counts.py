"""Counts in prose that must agree with the data: "Five messages arrive" above an inbox of four
messages is wrong, and goes wrong again whenever a message is added or taken away.

The rule is deliberately simple: a number from two to twenty,
written as a word or in digits, then the name of the activity's items, with at most one word
between ("five messages", "3 stories", "six friend requests"). It is checked in the activity's own
top-level words (title, intro, question …) and in the notebook's Markdown cells that lead to it
(the cells after the previous `lesson.show` and the `open_lesson` cell). It does not read "one"
(usually "a single", not "all of them"), "both", "a few", numbers further from the noun, or
nouns other than the ones each kind counts its items by (`Activity.counted`); a count of
something else ("three random words") is never compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .activity import Activity
from .schema import Text

NUMBERS = {word: n for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split()) if n >= 2}


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


def count_problems(text: str, activity: Activity, where: str) -> Iterator[str]:
    """Why each count in `text` disagrees with `activity`'s items (`where` names the activity as
    the message should, e.g. 'this activity' or 'the activity "inbox" below it')."""
    counted = activity.counted()
    if counted is None:
        return
    nouns, actual = counted
    for written, noun, number in counts_in(text, nouns):
        if number != actual:
            yield (f'says "{written}", but {where} has {actual} {noun}; leave the number out (e.g. "These {noun}"), '
                   f"so the words stay right when {noun} are added or taken away")


def activity_count_problems(activity: Activity) -> Iterator[tuple[str, str]]:
    """(field, message) for each count in an activity's own top-level words that disagrees with it."""
    for name, value in vars(activity).items():
        if isinstance(value, Text):
            for message in count_problems(value, activity, "this activity"):
                yield name.replace("_", "-"), message
