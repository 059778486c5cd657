"""The three quick questions: asked at the start (nothing judged), asked again at the end (judged,
then before and after), kept only in the page's kernel."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as w
import pytest
from markupsafe import escape
from safety_lessons.activities.before_after import BeforeAndAfter, compare
from safety_lessons.activities.choose import Answer, Question
from safety_lessons.content.schema import Text
from safety_lessons.lesson import OpenLesson
from safety_lessons.views.before_after import AfterView, BeforeAndAfterView, BeforeView

from .conftest import find


def esc(text: object) -> str:
    """Text as the page's HTML holds it."""
    return str(escape(str(text)))

REF = "ages-7-11/passwords"


def _questions(n: int) -> tuple[Question, ...]:
    answers = (Answer(Text("Yes"), True, Text("Right.")), Answer(Text("No"), False, Text("Not quite.")))
    return tuple(Question(Text(f"Question {i}?"), answers) for i in range(n))


def test_exactly_three_questions() -> None:
    assert list(BeforeAndAfter(kind="before-and-after", questions=_questions(3)).check()) == []
    (problem,) = BeforeAndAfter(kind="before-and-after", questions=_questions(2)).check()
    assert problem[0] == "questions" and "expected exactly 3" in problem[1]


def test_compare_counts_before_and_after_and_names_what_changed() -> None:
    quiz = BeforeAndAfter(kind="before-and-after", questions=_questions(3)).choosing()
    before, after = quiz.start(), quiz.start()
    assert compare(before, after).before is None  # nothing answered at the start
    before, _ = before.choose(0, 0)  # right
    before, _ = before.choose(1, 1)  # wrong
    after, _ = after.choose(0, 0)
    after, _ = after.choose(1, 0)
    change = compare(before, after)
    assert (change.before, change.after, change.learned, change.unanswered) == (1, 2, (1,), (2,))
    assert not change.finished
    after, _ = after.choose(2, 0)
    assert compare(before, after).finished and compare(before, after).after == 3


def _views(lesson: OpenLesson) -> tuple[BeforeView, AfterView]:
    """The two views of the quick questions, as the notebook's first and second `lesson.show` make them."""
    activity = lesson.content.activities["quick-check"]
    assert isinstance(activity, BeforeAndAfter)
    before, after = BeforeAndAfterView(activity, lesson).view, BeforeAndAfterView(activity, lesson).view
    assert isinstance(before, BeforeView) and isinstance(after, AfterView)
    return before, after


def _right_and_wrong(view: BeforeView | AfterView, question: int) -> tuple[int, int]:
    """(a right answer's number, a wrong answer's number) for one question."""
    activity = view.activity
    assert isinstance(activity, BeforeAndAfter)
    answers = activity.questions[question].answers
    right = next(i for i, a in enumerate(answers) if a.correct)
    return right, next(i for i, a in enumerate(answers) if not a.correct)


def test_at_the_start_answers_are_thanked_not_judged(opened: Callable[[str], OpenLesson]) -> None:
    lesson = opened(REF)
    before, _ = _views(lesson)
    before.choose(0, _right_and_wrong(before, 0)[1])
    said = before.feedback[0].value
    assert esc(lesson.words.say("before-answered")) in said
    assert esc(lesson.words.say("try-again")) not in said and esc(lesson.words.say("right")) not in said
    before.choose(1, _right_and_wrong(before, 1)[0])
    assert esc(lesson.words.say("answered-count", n=2, total=3)) in before.score.value
    assert not any("sl-feedback" in area._dom_classes for area in before.feedback)  # nothing to reveal


def test_at_the_end_answers_are_judged_and_before_and_after_shown(opened: Callable[[str], OpenLesson]) -> None:
    lesson = opened(REF)
    before, after = _views(lesson)
    say = lesson.words.say
    for q in range(3):  # at the start: the first right, the others wrong
        right, wrong = _right_and_wrong(before, q)
        before.choose(q, right if q == 0 else wrong)
    right, wrong = _right_and_wrong(after, 1)
    after.choose(1, wrong)
    assert esc(say("try-again")) in after.feedback[1].value
    assert esc(say("before-score", n=1, total=3)) not in after.score.value  # not until all three are answered
    for q in range(3):
        after.choose(q, _right_and_wrong(after, q)[0])
    assert esc(say("right")) in after.feedback[2].value
    summary = after.score.value
    assert esc(say("before-score", n=1, total=3)) in summary and esc(say("after-score", n=3, total=3)) in summary
    activity = lesson.content.activities["quick-check"]
    assert isinstance(activity, BeforeAndAfter)
    learned = summary.split(say("after-learned"))[1]
    assert esc(activity.questions[1].question) in learned  # the two learned are named ...
    assert esc(activity.questions[0].question) not in learned  # ... not the one known before


def test_nothing_answered_at_the_start_is_said(opened: Callable[[str], OpenLesson]) -> None:
    lesson = opened(REF)
    _, after = _views(lesson)
    for q in range(3):
        after.choose(q, _right_and_wrong(after, q)[0])
    assert esc(lesson.words.say("before-not-answered")) in after.score.value


def test_each_page_keeps_its_own_answers(opened: Callable[[str], OpenLesson]) -> None:
    first, second = opened(REF), opened(REF)
    before, _ = _views(first)
    before.choose(0, 0)
    other = second.show("quick-check")  # a new page (a reload): asks from the start again
    assert first.memory(first.content.activities["quick-check"])["before"] is before
    assert other is not before.widget and "sl-after" not in other._dom_classes


def test_forged_answers_change_nothing(opened: Callable[[str], OpenLesson]) -> None:
    before, after = _views(opened(REF))
    for index, value in [(7, 0), (0, 9), ("0", 0), (True, 0), (0, "x")]:
        before.choose(index, value)
        after.choose(index, value)
    assert before.round.answers == {} and after.round.answers == {}


def test_the_teacher_view_asks_for_a_show_of_hands(opened: Callable[[str], OpenLesson],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUERY_STRING", "mode=teacher")
    lesson = opened(REF)
    first, second = lesson.show("quick-check"), lesson.show("quick-check")
    tip = lesson.words.say("show-of-hands")
    for box in (first, second):
        assert any(esc(tip) in h.value for h in find(box, w.HTML))
    assert find(second, w.ToggleButton, "sl-reveal") and not find(first, w.ToggleButton, "sl-reveal")
