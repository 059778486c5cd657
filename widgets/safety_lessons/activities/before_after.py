"""Three quick questions a pupil answers at the start of a lesson and again at the end (a quiz
shown twice): nothing is judged the first time; the second time each answer gets its feedback,
and the pupil sees how many were right before and after, and which changed. Both rounds live
only in the page's kernel: nothing is stored, and reloading starts again."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .choose import Quiz, Round

QUESTIONS = 3  # "three quick questions" (issue 16): the same number in every lesson


@dataclass(frozen=True, kw_only=True)
class BeforeAndAfter(Quiz):
    """The same three multiple-choice questions at the start and the end of a lesson
    (the notebook shows the activity twice: `lesson.show("quick-check")`)."""

    def counted(self) -> tuple[tuple[str, ...], int] | None:
        return None  # always QUESTIONS questions (`check` says so): no count in its words to compare

    def check(self) -> Iterator[tuple[str, str]]:
        if len(self.questions) != QUESTIONS:
            yield "questions", (f"has {len(self.questions)} question{'s' if len(self.questions) != 1 else ''}; "
                                f"expected exactly {QUESTIONS} (the same {QUESTIONS} are asked before and after)")
        yield from super().check()


@dataclass(frozen=True)
class Change:
    """What changed between a pupil's answers at the start and at the end."""

    total: int
    before: int | None  # right at the start (None: nothing answered then)
    after: int  # right now
    learned: tuple[int, ...]  # questions right now that were not right at the start
    unanswered: tuple[int, ...]  # questions not answered yet at the end

    @property
    def finished(self) -> bool:
        return not self.unanswered


def compare(before: Round, after: Round) -> Change:
    """Before and after, from the two rounds of the same questions."""
    total = after.total
    return Change(total=total,
                  before=len(before.right) if before.answers else None,
                  after=len(after.right),
                  learned=tuple(sorted(after.right - before.right)),
                  unanswered=tuple(i for i in range(total) if i not in after.answers))
