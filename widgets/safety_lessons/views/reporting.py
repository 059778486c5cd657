"""Route-finder view: one story at a time, a tick box per route, feedback on every tick.

Routes (people and services) are resolved from school.yaml and facts/helplines.yaml, so the
guide shows each service's checked facts and source. Nothing a pupil ticks is stored.
"""

from __future__ import annotations

import ipywidgets as w

from ..activities.reporting import Route, RouteFinder, Verdict, next_story, resolve_routes
from ..content.facts import Helpline
from .common import Page, button, esc, frame, guarded, live_area
from .help import service_html


class RouteFinderView:
    def __init__(self, activity: RouteFinder, page: Page) -> None:
        self.activity, self.page = activity, page
        self.routes = resolve_routes(page.context.school, page.context.facts(Helpline), page.words.people())
        self.current = 0
        self.solved: set[int] = set()
        self.ids = activity.choice_ids
        self.boxes = [self._box(cid) for cid in self.ids]
        self.story = live_area()  # announced when the pupil moves to another story
        self.story.remove_class("sl-feedback")
        self.story.add_class("sl-story")
        self.progress = live_area()
        self.progress.add_class("sl-progress-area")
        self.feedback = live_area()
        words, say = activity.words, page.words.say
        self.check_button = button(words.check_button, say("check-routes-tip", button=words.check_button))
        self.next_button = button(words.next_button, say("next-story-tip", button=words.next_button))
        self.restart_button = button(say("start-again"), say("restart-answers-tip", button=say("start-again")))
        self.check_button.add_class("sl-check")
        guard = guarded(self.feedback, page.words)
        self.check_button.on_click(guard(self.check))
        self.next_button.on_click(guard(self.next))
        self.restart_button.on_click(guard(self.start_again))
        choices = w.VBox(self.boxes)
        choices.add_class("sl-route-choices")
        controls = w.HBox([self.check_button, self.next_button, self.restart_button])
        controls.add_class("sl-route-controls")
        self.widget = frame(activity, page, "route-finder", [
            self._reassurance(), self._guide(), self.progress, self.story, choices, controls, self.feedback,
        ])
        self.render()

    # -- building ------------------------------------------------------------------------
    def _box(self, choice: str) -> w.Checkbox:
        label = self.activity.label(choice, self.routes)
        box = w.Checkbox(value=False, description=label, indent=False,
                         tooltip=self.page.words.say("choose-tip", label=label))
        box.add_class("sl-route-choice")
        return box

    def _reassurance(self) -> w.HTML:
        lines = "".join(f"<li>{esc(t)}</li>" for t in self.activity.reassurance)
        return w.HTML(f'<div class="sl-reassurance" role="note"><ul>{lines}</ul></div>')

    def _guide(self) -> w.HTML:
        items = [self._route_html(self.routes[r]) for r in self.activity.routes if r in self.routes]
        return w.HTML(f'<ul class="sl-route-guide">{"".join(items)}</ul>')

    def _route_html(self, route: Route) -> str:
        name = self.activity.label(route.id, self.routes)
        if route.in_school:
            return f"<li><strong>{esc(name)}</strong>: {esc(route.contact)}</li>"
        return service_html(self.page.context.facts(Helpline)[route.id], self.page, name)

    # -- handlers (buttons send no value; the ticks are read and checked in Python) -------
    def ticked(self) -> list[str]:
        return [cid for cid, box in zip(self.ids, self.boxes, strict=True) if box.value is True]

    def check(self, _: object = None) -> None:
        verdict = self.activity.judge(self.current, self.ticked(), self.routes)
        if verdict.correct:
            self.solved.add(self.current)
        self.feedback.value = self.verdict_html(verdict)
        self.render_progress()

    def next(self, _: object = None) -> None:
        self.current = next_story(self.current, self.solved, len(self.activity.scenarios))
        self.clear()
        self.render()

    def start_again(self, _: object = None) -> None:
        self.current = 0
        self.solved = set()
        self.clear()
        self.render()

    def clear(self) -> None:
        for box in self.boxes:
            box.value = False
        self.feedback.value = ""

    # -- rendering ---------------------------------------------------------------------------
    def render(self) -> None:
        n = len(self.activity.scenarios)
        s = self.activity.scenarios[self.current]
        say = self.page.words.say
        done = (f' <span class="sl-done">({esc(say("story-solved"))} <span aria-hidden="true">✓</span>)</span>'
                if self.current in self.solved else "")
        self.story.value = (f'<p class="sl-story-number">{esc(say("story-number", n=self.current + 1, total=n))}'
                            f"{done}</p>"
                            f'<p class="sl-story-text">{esc(s.story)}</p>')
        self.render_progress()

    def render_progress(self) -> None:
        n = len(self.activity.scenarios)
        count = self.page.words.say("done-count", n=len(self.solved), total=n)
        text = f'<p class="sl-progress">{esc(count)}</p>'
        if len(self.solved) == n:
            text += (f'<p class="sl-all-done sl-right"><span aria-hidden="true">★</span> '
                     f"{esc(self.activity.words.done)}</p>")
        self.progress.value = text

    def verdict_html(self, verdict: Verdict) -> str:
        say = self.page.words.say
        if verdict.empty:
            return f'<p class="sl-try-again"><span aria-hidden="true">↻</span> {esc(verdict.summary)}</p>'
        lead, mark, icon = ((say("right"), "sl-right", "✓") if verdict.correct
                            else (say("try-again"), "sl-try-again", "↻"))
        head = (f'<p class="{mark}"><span aria-hidden="true">{icon}</span> <strong>{esc(lead)}</strong>'
                + (f" {esc(verdict.summary)}" if verdict.summary else "") + "</p>")
        words = self.activity.words
        items = []
        for line in verdict.lines:
            name = esc(self.activity.label(line.choice, self.routes))
            prefix, css, mark_icon = ((words.fits, "sl-fits", "✓") if line.fits
                                      else (words.not_this, "sl-not-this", "✗"))
            text = f" {esc(line.text)}" if line.text else ""
            items.append(f'<li class="{css}"><span aria-hidden="true">{mark_icon}</span> '
                         f"<strong>{esc(prefix)} {name}.</strong>{text}</li>")
        also = ""
        if verdict.also and words.also_right:
            names = ", ".join(esc(self.activity.label(r, self.routes)) for r in verdict.also)
            also = f'<p class="sl-also-right">{esc(words.also_right)} {names}.</p>'
        return head + (f'<ul class="sl-route-lines">{"".join(items)}</ul>' if items else "") + also
