"""Block-and-report views: the pretend inbox and the pretend app walkthrough.

Both keep the pupil's place in a frozen run from activities/block_report.py and redraw
from it after every press, so a forged or repeated message can never leave the widgets
out of step with the logic. Controls are native ipywidgets (Checkbox, Button) that work
with the keyboard; the same widgets stay on the page from step to step, so keyboard focus
is not lost when the screen changes.
"""

from __future__ import annotations

import ipywidgets as w
from markupsafe import Markup

from ..activities.block_report import MAX_CONTROLS, Inbox, InboxRun, Verdict, WalkRun, Walkthrough
from ..content.schema import fill
from .common import Page, button, frame, guarded, keep_focus, live_area, marked, set_shown, verdict
from .markup import bubble, html, join, phone, sender, title

ICONS = {"helps": "✓", "fine": "•", "unwise": "✗", "missing": "+"}


class InboxView:
    def __init__(self, activity: Inbox, page: Page) -> None:
        self.activity, self.page = activity, page
        self.run = InboxRun(len(activity.messages))
        words, say = activity.words, page.words.say
        self.progress = w.HTML("")
        self.progress.add_class("sl-progress")
        self.phone = w.HTML("")
        self.phone.add_class("sl-phone")
        self.feedback = live_area()
        guard = guarded(self.feedback, page.words)
        self.boxes: dict[str, w.Checkbox] = {}
        for action in activity.actions:
            box = w.Checkbox(value=False, description=action.label, indent=False,
                             tooltip=say("inbox-action-tip", label=action.label))
            box.add_class("sl-action")
            box.observe(guard(self.ticked), names=["value"])
            self.boxes[action.id] = box
        choices = w.VBox(list(self.boxes.values()))
        choices.add_class("sl-actions")
        self.done_button = button(words.done, say("inbox-done-tip", button=words.done))
        self.again_button = button(words.try_again)
        self.next_button = button(words.next)
        self.restart_button = button(say("start-again"))
        self.done_button.on_click(guard(self.done))
        self.again_button.on_click(guard(self.try_again))
        self.next_button.on_click(guard(self.next))
        self.restart_button.on_click(guard(self.restart))
        controls = w.HBox([self.done_button, self.again_button, self.next_button, self.restart_button])
        controls.add_class("sl-inbox-buttons")
        self._drawing = False
        self.widget = frame(activity, page, "inbox", [self.progress, self.phone, choices, controls, self.feedback])
        self.render()

    # -- handlers (any argument a browser could cause is accepted and ignored) ------------
    def ticked(self, _: object = None) -> None:
        if self._drawing:
            return
        chosen = [a for a, box in self.boxes.items() if box.value is True]
        self.run = self.run.choose(self.activity, chosen)
        self.render()

    def done(self, _: object = None) -> None:
        self.run = self.run.done(self.activity)
        self.render()
        keep_focus(self.done_button, self.next_button, self.again_button, self.restart_button)

    def try_again(self, _: object = None) -> None:
        self.run = self.run.try_again()
        self.render()
        keep_focus(self.again_button, *self.boxes.values(), self.restart_button)

    def next(self, _: object = None) -> None:
        self.run = self.run.next()
        self.render()
        keep_focus(self.next_button, *self.boxes.values(), self.restart_button)

    def restart(self, _: object = None) -> None:
        self.run = self.run.restart()
        self.render()

    # -- drawing --------------------------------------------------------------------------
    def render(self) -> None:
        run, words = self.run, self.activity.words
        self._drawing = True
        try:
            for action, box in self.boxes.items():
                box.value = action in run.chosen
                box.disabled = run.finished or run.verdict is not None
        finally:
            self._drawing = False
        judged = run.verdict is not None
        self.done_button.disabled = run.finished or judged
        self.again_button.disabled = not judged
        self.next_button.disabled = not judged or run.verdict is None or run.verdict.nothing
        if run.finished:
            total = len(self.activity.messages)
            self.progress.value = ""
            summary = fill(words.finished, right=len(run.right), total=total)
            self.phone.value = phone(self.page.words, self.activity.app, bubble(summary), end=True)
            self.feedback.value = html('<p class="sl-progress">{summary}</p>', summary=summary)
            return
        message = self.activity.messages[run.index]
        self.progress.value = html('<p class="sl-step-count">{count}</p>',
                                   count=fill(words.progress, n=run.index + 1, total=run.total))
        self.phone.value = phone(self.page.words, self.activity.app, sender(message.sender, message.about),
                                 bubble(message.text))
        self.feedback.value = self.verdict_html(run.verdict) if run.verdict is not None else ""

    def verdict_html(self, result: Verdict) -> Markup:
        words, say = self.activity.words, self.page.words.say
        index = self.run.index
        if result.nothing:
            return marked(words.nothing_chosen)
        parts = [verdict(result.correct, say("right" if result.correct else "try-again"))]
        if result.clash:
            parts.append(html('<p class="sl-try-again">{text}</p>', text=words.clash))
        headings = {"helps": words.helps, "fine": words.fine, "unwise": words.unwise, "missing": words.missing}
        items = join(html('<li class="sl-{group}"><span aria-hidden="true">{icon}</span> <strong>{heading}</strong> '
                          "{label}: {note}</li>", group=line.group, icon=ICONS[line.group],
                          heading=headings[line.group], label=line.label, note=line.note)
                     for line in self.activity.lines(index, result))
        parts.append(html('<ul class="sl-verdict">{items}</ul>', items=items))
        parts.append(html('<p class="sl-best"><strong>{best}</strong> {labels}. {why}</p>', best=words.best,
                          labels=join(self.activity.best_labels(index), " + "), why=self.activity.messages[index].why))
        does = self.activity.explained(index, result)
        if does and words.what_they_do:
            parts.append(html('<p class="sl-does-head"><strong>{text}</strong></p>', text=words.what_they_do))
        if does:
            parts.append(html('<dl class="sl-does">{items}</dl>', items=join(
                html("<dt>{label}</dt><dd>{text}</dd>", label=label, text=text) for label, text in does)))
        return join(parts)


class WalkthroughView:
    def __init__(self, activity: Walkthrough, page: Page) -> None:
        self.activity, self.page = activity, page
        self.run = WalkRun()
        self.progress = w.HTML("")
        self.progress.add_class("sl-progress")
        self.screen = w.HTML("")
        self.feedback = live_area()
        guard = guarded(self.feedback, page.words)
        self.controls: list[w.Button] = []
        for i in range(MAX_CONTROLS):
            b = button(" ")
            b.add_class("sl-app-control")
            b.on_click(guard(lambda _=None, i=i: self.pressed(i)))
            self.controls.append(b)
        phone = w.VBox([self.screen, *self.controls])
        phone.add_class("sl-phone")
        phone.add_class("sl-app")
        self.next_button = button(activity.words.next_task)
        self.restart_button = button(activity.words.start_again)
        self.next_button.on_click(guard(self.next_task))
        self.restart_button.on_click(guard(self.restart))
        buttons = w.HBox([self.next_button, self.restart_button])
        self.widget = frame(activity, page, "app-walkthrough", [self.progress, phone, self.feedback, buttons])
        self.render()

    def pressed(self, index: int) -> None:
        before = self.run
        self.run = self.run.press(self.activity, index)
        if self.run is before:  # not a control on this screen (a forged click on a hidden button, or stale)
            return
        self.render()
        keep_focus(self.controls[index], *self.controls, self.next_button, self.restart_button)

    def next_task(self, _: object = None) -> None:
        self.run = self.run.next_task(self.activity)
        self.render()
        keep_focus(self.next_button, *self.controls, self.restart_button)

    def restart(self, _: object = None) -> None:
        self.run = self.run.restart()
        self.render()

    def render(self) -> None:
        run, walk, words, say = self.run, self.activity, self.activity.words, self.page.words.say
        task = walk.tasks[run.task]
        step = run.current(walk)
        if step is None:  # this task is done
            self.progress.value = html('<p class="sl-step-count"><strong>{name}</strong></p>', name=task.name)
            end = html(" <strong>{text}</strong>", text=words.finished) if run.finished(walk) else ""
            self.screen.value = phone(self.page.words, walk.app, bubble(task.done))
            self.feedback.value = verdict(True, words.well_done, html("{done}{end}", done=task.done, end=end))
            for b in self.controls:
                set_shown(b, False)
            set_shown(self.next_button, not run.finished(walk))
            return
        count = fill(words.step, n=run.step + 1, total=len(task.steps))
        self.progress.value = html('<p class="sl-step-count"><strong>{name}</strong> · {count}</p>',
                                   name=task.name, count=count)
        shown = [bubble(step.show)] if step.show else []
        self.screen.value = phone(self.page.words, walk.app, title(step.screen), *shown)
        for i, b in enumerate(self.controls):
            if i < len(step.controls):
                b.description = step.controls[i].label
                b.tooltip = say("phone-control-tip", label=step.controls[i].label)
                set_shown(b, True)
            else:
                set_shown(b, False)
        hint = marked(run.hint) if run.hint else ""
        self.feedback.value = html('{hint}<p class="sl-do">{do}</p>', hint=hint, do=step.do)
        set_shown(self.next_button, False)
