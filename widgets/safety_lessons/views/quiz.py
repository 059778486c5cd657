"""Quiz view: each question with its answers as radio buttons and feedback on every choice."""

from __future__ import annotations

import ipywidgets as w

from ..activities import Quiz
from .common import Page, esc, feedback_html, frame, guarded, live_area


class QuizView:
    def __init__(self, activity: Quiz, page: Page) -> None:
        self.activity, self.page = activity, page
        parts = [self._question(i) for i in range(len(activity.questions))]
        self.widget = frame(activity, page, "quiz", parts)

    def _question(self, index: int) -> w.Widget:
        q = self.activity.questions[index]
        prompt = w.HTML(f'<p class="sl-question">{index + 1}. {esc(q.question)}</p>')
        answers = w.RadioButtons(
            options=[(a.answer, i) for i, a in enumerate(q.answers)],
            value=None,
            description=self.page.words.say("question-number", n=index + 1),
            tooltip=q.question,
        )
        answers.add_class("sl-answers")
        feedback = live_area()

        @guarded(feedback, self.page.words)
        def chosen(change: dict[str, object]) -> None:
            answer = change["new"]
            if isinstance(answer, int):
                feedback.value = feedback_html(self.activity.judge(index, answer), self.page)

        answers.observe(chosen, names=["value"])
        box = w.VBox([prompt, answers, feedback])
        box.add_class("sl-quiz-item")
        return box
