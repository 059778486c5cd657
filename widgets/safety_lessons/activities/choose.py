"""Choose for each item, get feedback: the one model behind quiz, sorter, age-sort, why-limits,
friend-requests and which-is-stronger. Each kind says, as data (its `choosing()`), what its items
are, what a pupil may choose for each and how a choice is judged; a :class:`Round` keeps the
latest choice per item and which are right, and starts again. Pure Python: no widgets.

The quiz, which is nothing else, lives here too: multiple-choice questions with feedback on every
answer (jupyterquiz's item shape).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import cast

from ..content.activity import Activity, Feedback
from ..content.safeguarding import ABOUT_THE_PUPIL
from ..content.schema import Text

Value = str | int  # what an option stands for: an answer's number, a group's id, an age


@dataclass(frozen=True)
class Item:
    name: str  # the item in plain words (a question, a card, an app): its controls' tooltips name it
    options: tuple[tuple[str, Value], ...]  # (label, value), in the order shown


@dataclass(frozen=True)
class Choosing:
    """A kind's items, and how a choice for one is judged."""

    items: tuple[Item, ...]
    judge: Callable[[int, Value], Feedback]  # called only with an item and one of its options

    def offered(self, item: object, value: object) -> bool:
        """Whether `value` is one of item number `item`'s options (a browser can send anything)."""
        if isinstance(item, bool) or not isinstance(item, int) or not 0 <= item < len(self.items):
            return False
        return any(type(value) is type(v) and value == v for _, v in self.items[item].options)

    def start(self) -> Round:
        return Round(self)


@dataclass(frozen=True)
class Round:
    """A pupil's answers so far: the latest choice for each item, and which of them are right."""

    choosing: Choosing
    answers: Mapping[int, Value] = field(default_factory=dict)
    right: frozenset[int] = frozenset()

    def choose(self, item: object, value: object) -> tuple[Round, Feedback | None]:
        """The round after choosing `value` for `item`, and its feedback. Anything not offered
        leaves the round as it was, with no feedback."""
        if not self.choosing.offered(item, value):
            return self, None
        index, chosen = cast(int, item), cast(Value, value)
        feedback = self.choosing.judge(index, chosen)
        right = self.right | {index} if feedback.correct else self.right - {index}
        return Round(self.choosing, {**self.answers, index: chosen}, right), feedback

    def restart(self) -> Round:
        return self.choosing.start()

    @property
    def total(self) -> int:
        return len(self.choosing.items)

    @property
    def finished(self) -> bool:
        """Every item's latest choice is right."""
        return len(self.right) == self.total


# -- quiz ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Answer:
    answer: Text
    correct: bool
    feedback: Text


@dataclass(frozen=True)
class Question:
    question: Text
    answers: tuple[Answer, ...]
    # true: with a class pulse running, the teacher's screen counts the class's answers (never who chose what).
    # Only for a question about the story or a fact, never about the pupil's own life
    pulse: bool = False


@dataclass(frozen=True, kw_only=True)
class Quiz(Activity):
    """Multiple-choice questions with feedback on every answer."""

    questions: tuple[Question, ...]

    def counted(self) -> tuple[tuple[str, ...], int] | None:
        return ("questions",), len(self.questions)

    def check(self) -> Iterator[tuple[str, str]]:
        for i, q in enumerate(self.questions, 1):
            if len(q.answers) < 2:
                yield f"questions[{i}].answers", "needs at least two answers to choose from"
            if not any(a.correct for a in q.answers):
                yield f"questions[{i}].answers", "no answer has `correct: true`; mark at least one"
            if q.pulse and (m := ABOUT_THE_PUPIL.search(str(q.question))):
                yield (f"questions[{i}].pulse", f"'{m[0]}' asks about the pupil's own life, and a class pulse may only "
                       "count answers about the story or a fact (a pupil may have something to tell a trusted adult "
                       "in private, not in front of the class): ask it about a character, or leave out `pulse: true`")

    def judge(self, question: int, answer: int) -> Feedback:
        chosen = self.questions[question].answers[answer]
        return Feedback(chosen.correct, chosen.feedback)

    def choosing(self) -> Choosing:
        """Each question, its answers by number."""
        items = tuple(Item(q.question, tuple((a.answer, i) for i, a in enumerate(q.answers))) for q in self.questions)
        return Choosing(items, lambda q, a: self.judge(q, int(a)))


def pulse_questions(activities: Mapping[str, Activity]) -> dict[str, int]:
    """The questions a lesson may count in a class pulse: "activity-id/number" (from 1) → how
    many answers it has (a pupil's answer is its number from 0, in the order shown)."""
    return {f"{name}/{i}": len(q.answers) for name, activity in activities.items() if isinstance(activity, Quiz)
            for i, q in enumerate(activity.questions, 1) if q.pulse}
