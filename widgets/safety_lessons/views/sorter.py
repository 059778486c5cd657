"""Sorter view: one row per card, a button per group, feedback beside each card."""

from __future__ import annotations

import ipywidgets as w

from ..activities import Sorter
from .common import Page, esc, feedback_html, frame, guarded, live_area


class SorterView:
    def __init__(self, activity: Sorter, page: Page) -> None:
        self.activity, self.page = activity, page
        self.done: set[int] = set()
        self.score = live_area()
        rows = [self._row(i) for i in range(len(activity.cards))]
        question = w.HTML(f'<p class="sl-question">{esc(activity.question)}</p>')
        self.widget = frame(activity, page, "sorter", [question, *rows, self.score])

    def _row(self, index: int) -> w.Widget:
        card = self.activity.cards[index]
        text = w.HTML(f'<span class="sl-card-text">{esc(card.text)}</span>')
        choice = w.ToggleButtons(
            options=[(g.label, g.id) for g in self.activity.groups],
            value=None,
            tooltips=[f"{card.text}: {g.label}" for g in self.activity.groups],
        )
        choice.add_class("sl-choice")
        feedback = live_area()

        @guarded(feedback, self.page.words)
        def chosen(change: dict[str, object]) -> None:
            group = change["new"]
            if not isinstance(group, str):
                return
            result = self.activity.judge(index, group)
            feedback.value = feedback_html(result, self.page)
            if result.correct:
                self.done.add(index)
            else:
                self.done.discard(index)
            count = self.page.words.say("sorted-count", n=len(self.done), total=len(self.activity.cards))
            self.score.value = f'<p class="sl-progress">{esc(count)}</p>'

        choice.observe(chosen, names=["value"])
        row = w.VBox([text, choice, feedback])
        row.add_class("sl-card")
        return row
