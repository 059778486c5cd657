"""Multiple-choice questions with feedback on every answer (jupyterquiz's item shape)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..content.schema import Text
from .base import Activity, Feedback


@dataclass(frozen=True)
class Answer:
    answer: Text
    correct: bool
    feedback: Text


@dataclass(frozen=True)
class Question:
    question: Text
    answers: tuple[Answer, ...]


@dataclass(frozen=True, kw_only=True)
class Quiz(Activity):
    """Multiple-choice questions with feedback on every answer."""

    questions: tuple[Question, ...]

    def check(self) -> Iterator[tuple[str, str]]:
        for i, q in enumerate(self.questions, 1):
            if len(q.answers) < 2:
                yield f"questions[{i}].answers", "needs at least two answers to choose from"
            if not any(a.correct for a in q.answers):
                yield f"questions[{i}].answers", "no answer has `correct: true`; mark at least one"

    def judge(self, question: int, answer: int) -> Feedback:
        chosen = self.questions[question].answers[answer]
        return Feedback(chosen.correct, chosen.feedback)
