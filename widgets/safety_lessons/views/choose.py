"""The one view of every "choose for each item, get feedback" kind (activities/choose.py): a row per
item with its options and the feedback on the latest choice, then how many are right and "Start
again" (the same for every kind). A kind's view gives its differences as a :class:`Look`. The views of the
two kinds that are nothing else are here: quiz (radio buttons) and sorter (a button per group)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, cast

import ipywidgets as w
from markupsafe import Markup

from ..activities.choose import Choosing, Item, Quiz
from ..activities.sorter import Sorter
from ..content.activity import Activity, Feedback
from .common import Page, button, feedback, frame, guarded, live_area
from .markup import html


@dataclass(frozen=True)
class Look:
    """How a kind shows its items."""

    kind: str  # the activity's class is sl-{kind}
    above: tuple[Markup, ...] = ()  # before the items: the question, a fact, the reasons
    control: Literal["toggle", "radio", "buttons"] = "toggle"
    row: tuple[str, ...] = ("sl-card",)  # each item's box
    # an item above its options (default: its name as a card's text); None: nothing
    item: Callable[[int, Item], Markup | None] | None = None
    tooltip: Callable[[Item, str], str] | None = None  # an option's tooltip (default "{item}: {label}")
    after: Callable[[int, Feedback], Markup] | None = None  # shown below a choice's feedback
    progress: str = "done-count"  # the words' count of items answered right ("sorted-count")
    restart_tip: str = "restart-answers-tip"  # the words' tooltip of Start again (may use {button})
    finished: str | None = None  # said once every item is right
    reveal: bool = True  # the teacher view hides what is said until "Show answers" (False: nothing to hide)
    score_class: str | None = None


def question(text: str) -> Markup:
    return html('<p class="sl-question">{text}</p>', text=text)


class ChooseView:
    def __init__(self, activity: Activity, page: Page, choosing: Choosing, look: Look,
                 below: tuple[w.Widget, ...] = ()) -> None:
        self.activity, self.page, self.look = activity, page, look
        self.round = choosing.start()
        self._quiet = False  # true while the view puts its own controls back
        self.choices: list[w.Widget] = []  # each item's control
        self.feedback: list[w.HTML] = []
        self.score = live_area()
        if look.score_class:
            self.score.add_class(look.score_class)
        parts: list[w.Widget] = [w.HTML(str(part)) for part in look.above]
        parts.extend(self._row(i, item) for i, item in enumerate(choosing.items))
        again = page.words.say("start-again")
        self.restart = button(again, page.words.say(look.restart_tip, button=again))
        self.restart.on_click(guarded(self.score, page.words)(self.start_again))
        parts += [self.score, w.HBox([self.restart]), *below]
        if not look.reveal:
            for area in [*self.feedback, self.score]:
                area.remove_class("sl-feedback")
        self.widget = frame(activity, page, look.kind, parts)
        self.render_score()

    def _row(self, index: int, item: Item) -> w.Widget:
        say, look = self.page.words.say, self.look
        feedback = live_area()
        handler = guarded(feedback, self.page.words)
        control: w.Widget
        if look.control == "buttons":  # which-is-stronger: a button per password
            tip = look.tooltip or (lambda item, label: f"{item.name}: {label}")
            buttons = []
            for label, value in item.options:
                b = button(label, tip(item, label))
                b.add_class("sl-password-choice")
                b.on_click(handler(lambda _, value=value: self.choose(index, value)))
                buttons.append(b)
            control = w.HBox(buttons)
        else:
            options = list(item.options)
            if look.control == "radio":
                control = w.RadioButtons(options=options, value=None, tooltip=item.name,
                                         description=say("question-number", n=index + 1))
                control.add_class("sl-answers")
            else:
                control = w.ToggleButtons(options=options, value=None,
                                          tooltips=[f"{item.name}: {label}" for label, _ in item.options])
                control.add_class("sl-choice")
            control.observe(handler(lambda change: self.choose(index, change["new"])), names=["value"])
        self.choices.append(control)
        self.feedback.append(feedback)
        shown = look.item(index, item) if look.item else html('<span class="sl-card-text">{t}</span>', t=item.name)
        row = w.VBox([*([w.HTML(str(shown))] if shown is not None else []), control, feedback])
        for css in look.row:
            row.add_class(css)
        return row

    # -- handlers (each gets any value a browser may send) ---------------------------------------
    def choose(self, index: object, value: object) -> None:
        """A pupil chose `value` for item `index`: judged if offered; the control shows the answer judged."""
        if self._quiet:
            return
        self.round, result = self.round.choose(index, value)
        self._sync()
        if result is None or not isinstance(index, int):
            return
        extra = self.look.after(index, result) if self.look.after else ""
        self.feedback[index].value = str(html("{said}{extra}", said=self.said(index, result), extra=extra))
        self.render_score()

    def said(self, index: int, result: Feedback) -> Markup:
        """What the pupil is told about a choice (a kind that does not judge yet says something else)."""
        return feedback(result, self.page)

    def counted(self) -> int:
        """The number the progress line counts: the items whose latest choice is right."""
        return len(self.round.right)

    def start_again(self, _: object = None) -> None:
        self.round = self.round.restart()
        for area in self.feedback:
            area.value = ""
        self._sync()
        self.render_score()

    # -- drawing --------------------------------------------------------------------------------
    @property
    def answers(self) -> dict[int, Any]:
        return dict(self.round.answers)

    @property
    def done(self) -> set[int]:
        """The items whose latest choice is right."""
        return set(self.round.right)

    def _sync(self) -> None:
        """Put every control back to the answer judged (none: nothing chosen), without handling it."""
        self._quiet = True
        try:
            for i, control in enumerate(self.choices):
                if isinstance(control, w.ToggleButtons | w.RadioButtons):
                    shown = self.round.answers.get(i)
                    if control.value != shown:
                        control.value = shown
        finally:
            self._quiet = False

    def render_score(self) -> None:
        say = self.page.words.say
        count = html('<p class="sl-progress">{text}</p>', text=say(self.look.progress, n=self.counted(),
                                                                    total=self.round.total))
        if self.round.finished and self.look.finished:
            count += html('<p class="sl-right"><span aria-hidden="true">★</span> <strong>{right}</strong> {done}</p>',
                          right=say("right"), done=self.look.finished)
        self.score.value = str(count)


def _question(index: int, item: Item) -> Markup:
    return html('<p class="sl-question">{n}. {text}</p>', n=index + 1, text=item.name)


class QuizView(ChooseView):
    """A quiz; with pulse questions, the teacher view adds the class-pulse panel, and a pupil's
    page sends its answers to them (counted only if the page joined a pulse)."""

    def __init__(self, activity: Quiz, page: Page) -> None:
        name = page.activity_id(activity)
        self.pulsed = {i: f"{name}/{i + 1}" for i, q in enumerate(activity.questions) if q.pulse}
        self.note = w.HTML("")
        self.note.add_class("sl-pulse-counted")  # (told once the class's count took an answer)
        below: tuple[w.Widget, ...] = ()
        if self.pulsed and page.teacher:
            from .pulse import Asked, pulse_panel

            below = (pulse_panel([Asked(self.pulsed[i], i + 1, str(q.question), tuple(str(a.answer) for a in q.answers))
                                  for i, q in enumerate(activity.questions) if i in self.pulsed], page),)
        elif self.pulsed:
            below = (self.note,)
        super().__init__(activity, page, activity.choosing(),
                         Look("quiz", control="radio", row=("sl-quiz-item",), item=_question), below)

    def choose(self, index: object, value: object) -> None:
        before = self.round
        super().choose(index, value)
        if self.round is before or self.page.teacher or index not in self.pulsed:
            return
        from .pulse import send_answer

        send_answer(self.page, self.note, self.pulsed[index], cast(int, value))


class SorterView(ChooseView):
    def __init__(self, activity: Sorter, page: Page) -> None:
        super().__init__(activity, page, activity.choosing(),
                         Look("sorter", above=(question(activity.question),), progress="sorted-count",
                              restart_tip="restart-sorting-tip"))
