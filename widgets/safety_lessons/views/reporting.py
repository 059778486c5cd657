"""Route-finder view: one story at a time, a tick box per route, feedback on every tick.

Routes (people and services) are resolved from school.yaml and facts/helplines.yaml, so the
guide shows each service's checked facts and source. Nothing a pupil ticks is stored.
"""

from __future__ import annotations

import ipywidgets as w
from markupsafe import Markup

from ..activities.reporting import Route, RouteFinder, Verdict, next_story, resolve_routes
from ..content.facts import Helpline
from .common import Page, button, frame, guarded, live_area, marked, verdict
from .help import service_html
from .markup import html, join


class RouteFinderView:
    def __init__(self, activity: RouteFinder, page: Page) -> None:
        activity = activity.for_school(page.context.school, page.context.band)  # with the school's own roles
        self.activity, self.page = activity, page
        self.routes = resolve_routes(page.context.school, page.context.facts(Helpline), page.words.people(),
                                     page.context.band)
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
        lines = join(html("<li>{t}</li>", t=t) for t in self.activity.reassurance)
        return w.HTML(html('<div class="sl-reassurance" role="note"><ul>{lines}</ul></div>', lines=lines))

    def _guide(self) -> w.HTML:
        items = join(self._route_html(self.routes[r]) for r in self.activity.routes if r in self.routes)
        return w.HTML(html('<ul class="sl-route-guide">{items}</ul>', items=items))

    def _route_html(self, route: Route) -> Markup:
        name = self.activity.label(route.id, self.routes)
        if route.in_school:  # the school's words for this band (school.yaml)
            return html("<li><strong>{name}</strong>{contact}</li>", name=name,
                        contact=html(": {c}", c=route.contact) if route.contact else "")
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
        done = html(' <span class="sl-done">({solved} <span aria-hidden="true">✓</span>)</span>',
                    solved=say("story-solved")) if self.current in self.solved else ""
        self.story.value = html('<p class="sl-story-number">{number}{done}</p><p class="sl-story-text">{story}</p>',
                                number=say("story-number", n=self.current + 1, total=n), done=done, story=s.story)
        self.render_progress()

    def render_progress(self) -> None:
        n = len(self.activity.scenarios)
        count = self.page.words.say("done-count", n=len(self.solved), total=n)
        done = marked(self.activity.words.done, "★", "sl-all-done sl-right") if len(self.solved) == n else ""
        self.progress.value = html('<p class="sl-progress">{count}</p>{done}', count=count, done=done)

    def verdict_html(self, result: Verdict) -> Markup:
        if result.empty:
            return marked(result.summary)
        lead = self.page.words.say("right" if result.correct else "try-again")
        words = self.activity.words
        items = join(html('<li class="{css}"><span aria-hidden="true">{icon}</span> <strong>{prefix} {name}.</strong>'
                          "{text}</li>", css="sl-fits" if line.fits else "sl-not-this", icon="✓" if line.fits else "✗",
                          prefix=words.fits if line.fits else words.not_this, text=f" {line.text}" if line.text else "",
                          name=self.activity.label(line.choice, self.routes)) for line in result.lines)
        also = html('<p class="sl-also-right">{also} {names}.</p>', also=words.also_right, names=", ".join(
            self.activity.label(r, self.routes) for r in result.also)) if result.also and words.also_right else ""
        return html("{head}{lines}{also}", head=verdict(result.correct, lead, result.summary or None), also=also,
                    lines=html('<ul class="sl-route-lines">{items}</ul>', items=items) if items else "")
