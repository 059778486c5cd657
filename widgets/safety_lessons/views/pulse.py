"""Class pulse on the page (pulse.py, pulse_link.py): in the teacher view, a quiz with pulse
questions has a panel to start the pulse, show its code and where pupils go, and reveal the
class's counts as a chart (a table: every count is a number as well as a bar); on a pupil's page
that joined, a pulse question's answer is sent, and the pupil is told it was counted."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import ipywidgets as w
from markupsafe import Markup

from ..content.words import Words
from ..pulse import join_link, shown_code
from ..pulse_link import Session, link
from .common import Page, button, keep_focus, set_shown
from .markup import html, join


@dataclass(frozen=True)
class Asked:
    """A pulse question as the chart shows it."""

    key: str  # "activity-id/number"
    number: int
    question: str
    answers: tuple[str, ...]


def chart(asked: Sequence[Asked], counts: Mapping[str, Sequence[int]], words: Words) -> Markup:
    """The class's counts: per question a table of answers and how many chose each, with a bar
    as long as its share of the most chosen answer (the bars are for the eye only)."""
    tables = []
    for question in asked:
        numbers = list(counts.get(question.key, ()))[:len(question.answers)]
        numbers += [0] * (len(question.answers) - len(numbers))
        top = max(numbers, default=0) or 1
        rows = join([html('<tr><th scope="row">{answer}</th><td><span class="sl-pulse-share">'
                          '<span class="sl-pulse-count">{n}</span><span class="sl-pulse-bar" aria-hidden="true" '
                          'style="width: {width}%"></span></span></td></tr>',
                          answer=answer, n=n, width=round(100 * n / top))
                     for answer, n in zip(question.answers, numbers, strict=True)])
        tables.append(html('<table class="sl-pulse-chart"><caption>{n}. {q}</caption><thead><tr>'
                           '<th scope="col">{a}</th><th scope="col">{c}</th></tr></thead><tbody>{rows}</tbody></table>',
                           n=question.number, q=question.question, a=words.say("pulse-answer-heading"),
                           c=words.say("pulse-count-heading"), rows=rows))
    return join(tables)


_SESSIONS: dict[str, Session] = {}  # lesson → this teacher page's pulse (one kernel is one page)


def session_for(lesson: str) -> Session | None:
    """The teacher page's pulse for `lesson`, shared by its quizzes; None without `serve`."""
    if lesson not in _SESSIONS:
        found = link()
        if found is None:
            return None
        _SESSIONS[lesson] = Session(found.call, lesson)
    return _SESSIONS[lesson]


class PulsePanel:
    """The teacher's panel under a quiz with pulse questions."""

    def __init__(self, asked: Sequence[Asked], page: Page, session: Session | None) -> None:
        say = page.words.say
        self.asked, self.words, self.session = tuple(asked), page.words, session
        self.shown = False
        self.status = w.HTML("")
        self.status.add_class("sl-pulse-status")
        self.chart = w.HTML("")
        self.chart.add_class("sl-pulse-counts")
        self.start = button(say("pulse-start"), say("pulse-start-tip"))
        self.reveal = button(say("pulse-show"))
        self.end = button(say("pulse-end"))
        self.start.on_click(lambda _: self.press(self.start, session.start if session else None))
        self.reveal.on_click(lambda _: self.toggle())
        self.end.on_click(lambda _: self.press(self.end, session.end if session else None))
        title = w.HTML(str(html('<p class="sl-pulse-title"><strong>{t}</strong></p>', t=say("pulse-title"))))
        self.widget = w.VBox([title, self.status, w.HBox([self.start, self.reveal, self.end]), self.chart])
        self.widget.add_class("sl-pulse")
        if session is not None:
            session.listeners.append(self.render)
        self.render()

    def press(self, pressed: w.Button, act: Callable[[], None] | None) -> None:
        """Start or end the pulse; the keyboard focus moves to a button still shown (WCAG 2.4.3)."""
        if act is not None:
            act()
        keep_focus(pressed, self.reveal, self.end, self.start)

    def toggle(self) -> None:
        self.shown = not self.shown
        self.render()

    def render(self) -> None:
        say, session = self.words.say, self.session
        if session is None:
            self.status.value = str(html("<p>{t}</p>", t=say("pulse-needs-server")))
            for control in (self.start, self.reveal, self.end):
                set_shown(control, False)
            return
        running = session.running
        set_shown(self.start, not running)
        set_shown(self.reveal, running)
        set_shown(self.end, running)
        self.reveal.description = say("pulse-hide" if self.shown else "pulse-show")
        self.reveal.tooltip = self.reveal.description
        if not running:
            self.shown = False
            problem = html('<p class="sl-pulse-problem">{t}</p>', t=say(session.problem)) if session.problem else ""
            self.status.value = str(join([problem, html("<p>{t}</p>", t=say("pulse-start-tip"))]))
            self.chart.value = ""
            return
        code = session.code or ""
        where = session.join[0] if session.join else ""
        self.status.value = str(join([
            html('<p class="sl-pulse-code">{t}</p>', t=say("pulse-code", code=shown_code(code))),
            html("<p>{t}</p>", t=say("pulse-go", address=where, link=join_link(where, code))),
            html('<p class="sl-pulse-answered">{t}</p>', t=say("pulse-answered", n=session.pages))]))
        self.chart.value = str(chart(self.asked, session.counts, self.words) if self.shown
                               else html("<p>{t}</p>", t=say("pulse-hidden")))


def pulse_panel(asked: Sequence[Asked], page: Page) -> w.Widget:
    """The teacher's class-pulse panel for these questions (in the static site, a note that the
    pulse needs the server)."""
    session = None if sys.platform == "emscripten" else session_for(page.ref)
    return PulsePanel(asked, page, session).widget


def counted_note(words: Words) -> str:
    """Told to a pupil once their answer is in the class's count."""
    return str(html('<p class="sl-pulse-note">{t}</p>', t=words.say("pulse-counted")))
