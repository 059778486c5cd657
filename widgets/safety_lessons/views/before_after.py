"""The three quick questions (activities/before_after.py), shown twice by the same activity:
the first `lesson.show` asks them (nothing judged: "we will come back to this"), the second asks
them again, judges each answer and shows before and after. The page's kernel keeps the first
round (`Page.memory`) and nothing else; reloading starts again. The teacher view asks the class
for a show of hands, and has the class-pulse panel (views/pulse.py); a pupil's page that joined a
pulse sends each round's answers to the class's count."""

from __future__ import annotations

from typing import Any

import ipywidgets as w
from markupsafe import Markup

from ..activities.before_after import BeforeAndAfter, Change, compare
from ..activities.choose import Item
from ..content.activity import Feedback
from .choose import ChooseView, Look
from .common import Page, marked
from .markup import html, join

BEFORE = "before"  # the key in the page's memory of this activity: the first round's view


def _pulse(page: Page) -> tuple[tuple[w.Widget, ...], w.HTML]:
    """Below the questions: the teacher's class-pulse panel (if the lesson has pulse questions), or
    the note a pupil gets once an answer is counted."""
    from .pulse import lesson_asked, pulse_panel

    note = w.HTML("")
    note.add_class("sl-pulse-counted")
    asked = lesson_asked(page)
    if not asked:
        return (), note
    return ((pulse_panel(asked, page),) if page.teacher else (note,)), note


def _send(view: ChooseView, note: w.HTML, round_: int, index: object, value: object) -> None:
    """A pupil's answer in a round (0 at the start, 1 at the end), to the class's pulse."""
    if view.page.teacher or not isinstance(index, int) or not isinstance(value, int):
        return
    from .pulse import send_answer

    send_answer(view.page, note, f"{view.page.activity_id(view.activity)}/{index + 1}", value, round_)


def _question(index: int, item: Item) -> Markup:
    return html('<p class="sl-question">{n}. {text}</p>', n=index + 1, text=item.name)


def _above(page: Page, title: str, intro: str, level: int) -> tuple[Markup, ...]:
    """The heading (level 2 at the start, straight under the lesson's title; 3 at the end, under
    "What we learned"), the intro, and in the teacher view how to ask the class."""
    say = page.words.say
    head = html('<h{n} class="sl-title">{title}</h{n}><p class="sl-intro">{intro}</p>', n=level, title=say(title),
                intro=say(intro))
    hands = html('<p class="sl-teacher-tip">{tip}</p>', tip=say("show-of-hands")) if page.teacher else Markup()
    return (join([head, hands]),)


class BeforeView(ChooseView):
    """The first time: every answer is thanked, none judged."""

    def __init__(self, activity: BeforeAndAfter, page: Page) -> None:
        look = Look("before-and-after", above=_above(page, "before-title", "before-intro", 2), control="radio",
                    row=("sl-check-item",), item=_question, progress="answered-count",
                    reveal=False)  # nothing to reveal: the teacher asks for hands; the answers come at the end
        below, self.note = _pulse(page)
        super().__init__(activity, page, activity.choosing(), look, below)

    def choose(self, index: object, value: object) -> None:
        before = self.round
        super().choose(index, value)
        if self.round is not before:
            _send(self, self.note, 0, index, value)

    def said(self, index: int, result: Feedback) -> Markup:
        return marked(self.page.words.say("before-answered"), icon="✎", css="sl-noted")

    def counted(self) -> int:
        return len(self.round.answers)


class AfterView(ChooseView):
    """The second time: each answer judged as in a quiz, then before and after."""

    def __init__(self, activity: BeforeAndAfter, page: Page, before: BeforeView | None) -> None:
        self.before = before
        look = Look("before-and-after", above=_above(page, "after-title", "after-intro", 3), control="radio",
                    row=("sl-check-item",), item=_question)
        below, self.note = _pulse(page)
        super().__init__(activity, page, activity.choosing(), look, below)
        self.widget.add_class("sl-after")

    def choose(self, index: object, value: object) -> None:
        before = self.round
        super().choose(index, value)
        if self.round is not before:
            _send(self, self.note, 1, index, value)

    def render_score(self) -> None:
        super().render_score()
        if self.before is None:  # shown once only (a notebook that shows it once: `check` says so)
            return
        change = compare(self.before.round, self.round)
        self.score.value = str(html("{count}{change}", count=Markup(self.score.value),
                                    change=self.change(change)))

    def change(self, change: Change) -> Markup:
        say = self.page.words.say
        if not change.finished:
            return Markup()
        before = (say("before-score", n=change.before, total=change.total) if change.before is not None
                  else say("before-not-answered"))
        lines = [html('<p class="sl-change"><strong>{before}</strong> <strong>{after}</strong></p>',
                      before=before, after=say("after-score", n=change.after, total=change.total))]
        items = self.round.choosing.items
        if change.learned:
            lines.append(html('<p>{lead}</p><ul class="sl-learned">{items}</ul>', lead=say("after-learned"),
                              items=join([html("<li>{q}</li>", q=items[i].name) for i in change.learned])))
        elif change.after == change.total and change.before == change.total:
            lines.append(html("<p>{text}</p>", text=say("after-knew-already")))
        return join(lines)


class BeforeAndAfterView:
    """The first `lesson.show` of the activity asks; every later one asks again and compares."""

    def __init__(self, activity: BeforeAndAfter, page: Page) -> None:
        memory: dict[str, Any] = page.memory(activity)
        first = memory.get(BEFORE)
        view: ChooseView = BeforeView(activity, page) if first is None else AfterView(activity, page, first)
        if first is None:
            memory[BEFORE] = view
        self.view = view
        self.widget: w.VBox = view.widget
