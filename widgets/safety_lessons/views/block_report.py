"""Block-and-report views: the pretend inbox and the pretend app walkthrough.

Both keep the pupil's place in a frozen run from activities/block_report.py and redraw
from it after every press, so a forged or repeated message can never leave the widgets
out of step with the logic. Controls are native ipywidgets (Checkbox, Button) that work
with the keyboard; the same widgets stay on the page from step to step, so keyboard focus
is not lost when the screen changes.
"""

from __future__ import annotations

import ipywidgets as w

from ..activities import Inbox, Walkthrough
from ..activities.block_report import MAX_CONTROLS, InboxRun, Verdict, WalkRun
from ..content.schema import fill
from ..content.words import Words
from .common import Page, button, esc, frame, guarded, keep_focus, live_area, set_shown

ICONS = {"helps": "✓", "fine": "•", "unwise": "✗", "missing": "+"}


def phone_html(app: str, sender: str, about: str | None, text: str, words: Words) -> str:
    about_html = f'<span class="sl-phone-about">{esc(about)}</span>' if about else ""
    return (f'<div class="sl-phone-screen" role="group" aria-label="{esc(words.say("pretend-phone", app=app))}">'
            f'<p class="sl-phone-app">{esc(app)}</p>'
            f'<p class="sl-phone-sender"><strong>{esc(sender)}</strong>{about_html}</p>'
            f'<p class="sl-phone-bubble">{esc(text)}</p></div>')


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
            self.phone.value = (f'<div class="sl-phone-screen sl-phone-end" role="group" aria-label="'
                                f'{esc(self.page.words.say("pretend-phone", app=self.activity.app))}">'
                                f'<p class="sl-phone-app">{esc(self.activity.app)}</p>'
                                f'<p class="sl-phone-bubble">{esc(summary)}</p></div>')
            self.feedback.value = f'<p class="sl-progress">{esc(summary)}</p>'
            return
        message = self.activity.messages[run.index]
        self.progress.value = ('<p class="sl-step-count">' + esc(
            fill(words.progress, n=run.index + 1, total=run.total)) + "</p>")
        self.phone.value = phone_html(self.activity.app, message.sender, message.about, message.text, self.page.words)
        self.feedback.value = self.verdict_html(run.verdict) if run.verdict is not None else ""

    def verdict_html(self, verdict: Verdict) -> str:
        words, say = self.activity.words, self.page.words.say
        index = self.run.index
        if verdict.nothing:
            return f'<p class="sl-try-again"><span aria-hidden="true">↻</span> {esc(words.nothing_chosen)}</p>'
        lead, mark, icon = ((say("right"), "sl-right", "✓") if verdict.correct
                            else (say("try-again"), "sl-try-again", "↻"))
        parts = [f'<p class="{mark}"><span aria-hidden="true">{icon}</span> <strong>{esc(lead)}</strong></p>']
        if verdict.clash:
            parts.append(f'<p class="sl-try-again">{esc(words.clash)}</p>')
        headings = {"helps": words.helps, "fine": words.fine, "unwise": words.unwise, "missing": words.missing}
        items = [f'<li class="sl-{line.group}"><span aria-hidden="true">{ICONS[line.group]}</span> '
                 f"<strong>{esc(headings[line.group])}</strong> {esc(line.label)}: {esc(line.note)}</li>"
                 for line in self.activity.lines(index, verdict)]
        parts.append(f'<ul class="sl-verdict">{"".join(items)}</ul>')
        best = " + ".join(esc(label) for label in self.activity.best_labels(index))
        parts.append(f'<p class="sl-best"><strong>{esc(words.best)}</strong> {best}. '
                     f"{esc(self.activity.messages[index].why)}</p>")
        does = self.activity.explained(index, verdict)
        if does:
            if words.what_they_do:
                parts.append(f'<p class="sl-does-head"><strong>{esc(words.what_they_do)}</strong></p>')
            parts.append('<dl class="sl-does">' + "".join(
                f"<dt>{esc(label)}</dt><dd>{esc(text)}</dd>" for label, text in does) + "</dl>")
        return "".join(parts)


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
        app = f'<p class="sl-phone-app">{esc(walk.app)}</p>'
        phone = f'<div class="sl-phone-screen" role="group" aria-label="{esc(say("pretend-phone", app=walk.app))}">'
        if step is None:  # this task is done
            self.progress.value = f'<p class="sl-step-count"><strong>{esc(task.name)}</strong></p>'
            end = f' <strong>{esc(words.finished)}</strong>' if run.finished(walk) else ""
            self.screen.value = f'{phone}{app}<p class="sl-phone-bubble">{esc(task.done)}</p></div>'
            self.feedback.value = (f'<p class="sl-right"><span aria-hidden="true">✓</span> '
                                   f"<strong>{esc(words.well_done)}</strong> {esc(task.done)}{end}</p>")
            for b in self.controls:
                set_shown(b, False)
            set_shown(self.next_button, not run.finished(walk))
            return
        count = fill(words.step, n=run.step + 1, total=len(task.steps))
        self.progress.value = f'<p class="sl-step-count"><strong>{esc(task.name)}</strong> · {esc(count)}</p>'
        show = f'<p class="sl-phone-bubble">{esc(step.show)}</p>' if step.show else ""
        self.screen.value = f'{phone}{app}<p class="sl-phone-title">{esc(step.screen)}</p>{show}</div>'
        for i, b in enumerate(self.controls):
            if i < len(step.controls):
                b.description = step.controls[i].label
                b.tooltip = say("phone-control-tip", label=step.controls[i].label)
                set_shown(b, True)
            else:
                set_shown(b, False)
        hint = (f'<p class="sl-try-again"><span aria-hidden="true">↻</span> {esc(run.hint)}</p>'
                if run.hint else "")
        self.feedback.value = f'{hint}<p class="sl-do">{esc(step.do)}</p>'
        set_shown(self.next_button, False)
