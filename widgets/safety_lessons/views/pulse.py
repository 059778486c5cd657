"""Class pulse on the page (server/pulse.py, pulse_link.py): in the teacher view, the three quick
questions and a quiz with pulse questions have a panel to start the pulse, show its code and
where pupils go, and show the class's totals as they were when *Show class answers* was pressed
(a chart per question: every count is a number as well as a bar; the quick questions' right
answers at the start and at the end), each only once `minimum` pupils answered it. *Save class
summary* makes a page to print and a CSV of those totals, in the kernel's memory, for the
teacher's browser to keep: nothing is written on the server. On a pupil's page that joined, an
answer is sent, and the pupil is told it was counted and what the teacher sees."""

from __future__ import annotations

import base64
import csv
import datetime
import io
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import ipywidgets as w
from markupsafe import Markup

from ..content.words import Words
from ..pulse_link import Session, join_link, link, shown_code
from .common import Page, button, keep_focus, set_shown
from .markup import html, join


@dataclass(frozen=True)
class Asked:
    """A pulse question as the chart shows it."""

    key: str  # "activity-id/number"
    number: int
    question: str
    answers: tuple[str, ...]


def _numbers(question: Asked, shown: Mapping[str, Any]) -> list[int] | None:
    """A question's counts as the snapshot has them (None: withheld, under the minimum)."""
    counts = shown.get("counts")
    if not isinstance(counts, list):
        return None
    numbers = [int(n) for n in counts][:len(question.answers)]
    return numbers + [0] * (len(question.answers) - len(numbers))


def chart(asked: Sequence[Asked], questions: Mapping[str, Any], minimum: int, words: Words) -> Markup:
    """The class's counts: per question a table of answers and how many chose each, with a bar
    as long as its share of the most chosen answer (the bars are for the eye only); a question
    fewer than `minimum` answered says so instead."""
    tables = []
    for question in asked:
        shown = questions.get(question.key) or {}
        numbers = _numbers(question, shown)
        caption = html("<caption>{n}. {q}</caption>", n=question.number, q=question.question)
        if numbers is None:
            tables.append(html('<table class="sl-pulse-chart sl-pulse-withheld">{caption}<tbody><tr><td>{t}</td></tr>'
                               "</tbody></table>", caption=caption,
                               t=words.say("pulse-withheld", minimum=minimum, n=int(shown.get("answered", 0)))))
            continue
        top = max(numbers, default=0) or 1
        rows = join([html('<tr><th scope="row">{answer}</th><td><span class="sl-pulse-share">'
                          '<span class="sl-pulse-count">{n}</span><span class="sl-pulse-bar" aria-hidden="true" '
                          'style="width: {width}%"></span></span></td></tr>',
                          answer=answer, n=n, width=round(100 * n / top))
                     for answer, n in zip(question.answers, numbers, strict=True)])
        tables.append(html('<table class="sl-pulse-chart">{caption}<thead><tr>'
                           '<th scope="col">{a}</th><th scope="col">{c}</th></tr></thead><tbody>{rows}</tbody></table>',
                           caption=caption, a=words.say("pulse-answer-heading"),
                           c=words.say("pulse-count-heading"), rows=rows))
    return join(tables)


def progress_cells(rounds: Mapping[str, Any], minimum: int, words: Words) -> list[tuple[str, str, str]]:
    """Each quick question's right answers at the start and at the end, as words: ("Q2",
    "11 of 27", "24 of 26"), or "fewer than 5 answered" for a round under the minimum."""
    def cell(shown: Any) -> str:
        shown = shown if isinstance(shown, dict) else {}
        right, answered = shown.get("right"), int(shown.get("answered", 0))
        if not isinstance(right, int):
            return words.say("pulse-too-few", minimum=minimum)
        return words.say("pulse-right-of", n=right, total=answered)

    cells = []
    for key in sorted(rounds, key=lambda k: (k.rpartition("/")[0], int(k.rpartition("/")[2]))):
        start, end = [*list(rounds[key]), {}, {}][:2]
        cells.append((f"Q{key.rpartition('/')[2]}", cell(start), cell(end)))
    return cells


def progress(rounds: Mapping[str, Any], minimum: int, words: Words) -> Markup:
    """The class's before and after: per quick question, how many answered right at the start
    and at the end, out of how many answered."""
    say = words.say
    if not rounds:
        return Markup()
    rows = join([html('<tr><th scope="row">{q}</th><td>{start}</td><td>{end}</td></tr>', q=q, start=start, end=end)
                 for q, start, end in progress_cells(rounds, minimum, words)])
    return html('<table class="sl-pulse-progress"><caption>{title}</caption><thead><tr><th scope="col">{q}</th>'
                '<th scope="col">{start}</th><th scope="col">{end}</th></tr></thead><tbody>{rows}</tbody></table>',
                title=say("pulse-progress-title"), q=say("pulse-progress-question"), start=say("pulse-at-start"),
                end=say("pulse-at-end"), rows=rows)


# -- the class summary: the one thing the toolkit lets anyone keep ---------------------------------
@dataclass(frozen=True)
class Summary:
    """What a class summary holds: the lesson, the date, and totals. Nothing per pupil: no code,
    no kernel, no time, no answer of any one pupil."""

    lesson: str  # the lesson's title
    date: str  # the day, e.g. 2026-12-07
    pages: int  # pupils who had answered
    minimum: int
    asked: tuple[Asked, ...]
    questions: Mapping[str, Any]  # the snapshot's, counts withheld under the minimum
    rounds: Mapping[str, Any]


def summary(lesson: str, asked: Sequence[Asked], snapshot: Mapping[str, Any], day: datetime.date | None = None
            ) -> Summary:
    return Summary(lesson, (day or datetime.date.today()).isoformat(), int(snapshot.get("pages") or 0),
                   int(snapshot.get("minimum") or 0), tuple(asked), dict(snapshot.get("questions") or {}),
                   dict(snapshot.get("rounds") or {}))


def summary_page(kept: Summary, words: Words) -> str:
    """The summary as a page to print: small, its own styles, no script."""
    say = words.say
    return str(html(
        '<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}: {lesson}</title>'
        "<style>body{{font-family:sans-serif;max-width:40em;margin:1em auto}}table{{border-collapse:collapse;"
        "margin:1em 0}}th,td{{border:1px solid #555;padding:.2em .5em;text-align:left}}.sl-pulse-bar{{display:none}}"
        "</style></head><body><h1>{title}</h1><dl><dt>{l}</dt><dd>{lesson}</dd><dt>{d}</dt><dd>{date}</dd></dl>"
        "<p>{answered}</p><p>{note}</p>{progress}{chart}</body></html>",
        lang=words.language_tag, title=say("pulse-summary-title"), l=say("pulse-summary-lesson"), lesson=kept.lesson,
        d=say("pulse-summary-date"), date=kept.date, answered=say("pulse-answered", n=kept.pages),
        note=say("pulse-summary-note", minimum=kept.minimum), progress=progress(kept.rounds, kept.minimum, words),
        chart=chart(kept.asked, kept.questions, kept.minimum, words)))


def summary_csv(kept: Summary, words: Words) -> str:
    """The summary as a spreadsheet: the same totals, one per row."""
    say, out = words.say, io.StringIO()
    rows = csv.writer(out)
    rows.writerows([[say("pulse-summary-title")], [say("pulse-summary-lesson"), kept.lesson],
                    [say("pulse-summary-date"), kept.date], [say("pulse-answered", n=kept.pages)],
                    [say("pulse-summary-note", minimum=kept.minimum)]])
    if kept.rounds:
        rows.writerows([[], [say("pulse-progress-question"), say("pulse-at-start"), say("pulse-at-end")],
                        *progress_cells(kept.rounds, kept.minimum, words)])
    rows.writerows([[], [say("pulse-progress-question"), say("pulse-answer-heading"), say("pulse-count-heading")]])
    for question in kept.asked:
        shown = kept.questions.get(question.key) or {}
        numbers = _numbers(question, shown)
        name = f"{question.number}. {question.question}"
        if numbers is None:
            rows.writerow([name, say("pulse-withheld", minimum=kept.minimum, n=int(shown.get("answered", 0))), ""])
        else:
            rows.writerows([name, answer, n] for answer, n in zip(question.answers, numbers, strict=True))
    return out.getvalue()


def saved_links(kept: Summary, words: Words, topic: str) -> Markup:
    """Links that hand the summary to the teacher's browser to keep (data: addresses, made here)."""
    def link(kind: str, text: str, name: str) -> Markup:
        data = base64.b64encode(text.encode()).decode()
        return html('<a class="sl-pulse-saved-{kind}" download="{file}" href="data:{mime};charset=utf-8;base64,{data}">'
                    "{label}</a>", kind=kind, file=f"class-summary-{topic}-{kept.date}.{name}", data=data,
                    mime="text/html" if kind == "page" else "text/csv", label=say_(f"pulse-summary-{kind}"))

    say_ = words.say
    return html('<p class="sl-pulse-saved">{page} · {csv}</p>', page=link("page", summary_page(kept, words), "html"),
                csv=link("csv", summary_csv(kept, words), "csv"))


_SESSIONS: dict[str, Session] = {}  # lesson → this teacher page's pulse (one kernel is one page)


def session_for(lesson: str) -> Session | None:
    """The teacher page's pulse for `lesson`, shared by its panels; None without `serve`."""
    if lesson not in _SESSIONS:
        found = link()
        if found is None:
            return None
        _SESSIONS[lesson] = Session(found.call, lesson)
    return _SESSIONS[lesson]


class PulsePanel:
    """The teacher's panel under the quick questions and a quiz with pulse questions."""

    def __init__(self, asked: Sequence[Asked], page: Page, session: Session | None, title: str = "") -> None:
        say = page.words.say
        self.asked, self.words, self.session = tuple(asked), page.words, session
        self.lesson, self.topic = title or page.ref, page.ref.rpartition("/")[2]
        self.shown = False
        self.status = w.HTML("")
        self.status.add_class("sl-pulse-status")
        self.chart = w.HTML("")
        self.chart.add_class("sl-pulse-counts")
        self.saved = w.HTML("")
        self.start = button(say("pulse-start"), say("pulse-start-tip"))
        self.reveal = button(say("pulse-show"))
        self.hide = button(say("pulse-hide"))
        self.save = button(say("pulse-save"), say("pulse-save-tip"))
        self.end = button(say("pulse-end"))
        self.start.on_click(lambda _: self.press(self.start, session.start if session else None))
        self.reveal.on_click(lambda _: self.show_answers())
        self.hide.on_click(lambda _: self.hide_answers())
        self.save.on_click(lambda _: self.save_summary())
        self.end.on_click(lambda _: self.press(self.end, session.end if session else None))
        title_ = w.HTML(str(html('<p class="sl-pulse-title"><strong>{t}</strong></p>', t=say("pulse-title"))))
        buttons = w.HBox([self.start, self.reveal, self.hide, self.save, self.end])
        self.widget = w.VBox([title_, self.status, buttons, self.chart, self.saved])
        self.widget.add_class("sl-pulse")
        if session is not None:
            session.listeners.append(self.render)
        self.render()

    def press(self, pressed: w.Button, act: Callable[[], None] | None) -> None:
        """Start or end the pulse; the keyboard focus moves to a button still shown (WCAG 2.4.3)."""
        if act is not None:
            act()
        keep_focus(pressed, self.reveal, self.end, self.start)

    def show_answers(self) -> None:
        """A new snapshot of the class's totals, shown (the only time the screen's totals change)."""
        self.shown, self.saved.value = True, ""
        if self.session is not None:
            self.session.take_snapshot()
        self.render()
        keep_focus(self.reveal, self.hide, self.start)

    def hide_answers(self) -> None:
        self.shown = False
        self.render()
        keep_focus(self.hide, self.reveal, self.start)

    def save_summary(self) -> None:
        """Take a snapshot, show it, and offer it as a page to print and a CSV."""
        self.show_answers()
        session = self.session
        if session is not None and session.running:
            kept = summary(self.lesson, self.asked, session.snapshot)
            self.saved.value = str(saved_links(kept, self.words, self.topic))
        keep_focus(self.save, self.reveal, self.start)

    def toggle(self) -> None:
        if self.shown:
            self.hide_answers()
        else:
            self.show_answers()

    def render(self) -> None:
        say, session = self.words.say, self.session
        if session is None:
            self.status.value = str(html("<p>{t}</p>", t=say("pulse-needs-server")))
            for control in (self.start, self.reveal, self.hide, self.save, self.end):
                set_shown(control, False)
            return
        running = session.running
        set_shown(self.start, not running)
        for control in (self.reveal, self.save, self.end):
            set_shown(control, running)
        set_shown(self.hide, running and self.shown)
        if not running:
            self.shown = False
            problem = html('<p class="sl-pulse-problem">{t}</p>', t=say(session.problem)) if session.problem else ""
            self.status.value = str(join([problem, html("<p>{t}</p>", t=say("pulse-start-tip"))]))
            self.chart.value = self.saved.value = ""
            return
        code = session.code or ""
        where = session.join[0] if session.join else ""
        self.status.value = str(join([
            html('<p class="sl-pulse-code">{t}</p>', t=say("pulse-code", code=shown_code(code))),
            html("<p>{t}</p>", t=say("pulse-go", address=where, link=join_link(where, code)))]))
        if not self.shown or not session.snapshot:
            self.chart.value = str(html("<p>{t}</p>", t=say("pulse-hidden")))
            return
        shot = session.snapshot
        self.chart.value = str(join([
            html('<p class="sl-pulse-answered">{t}</p><p>{s}</p>', t=say("pulse-answered", n=session.pages),
                 s=say("pulse-snapshot")),
            progress(shot.get("rounds") or {}, session.minimum, self.words),
            chart(self.asked, shot.get("questions") or {}, session.minimum, self.words)]))


def pulse_panel(asked: Sequence[Asked], page: Page) -> w.Widget:
    """The teacher's class-pulse panel for these questions (in the static site, a note that the
    pulse needs the server)."""
    session = None if sys.platform == "emscripten" else session_for(page.ref)
    content = getattr(page, "content", None)  # (an open lesson has its title; any other page, its ref)
    return PulsePanel(asked, page, session, str(getattr(content, "title", "") or "")).widget


def lesson_asked(page: Page) -> list[Asked]:
    """The lesson's pulse questions as the chart shows them (none for a page without content)."""
    from ..activities.before_after import BeforeAndAfter
    from ..activities.choose import Quiz

    content = getattr(page, "content", None)
    activities = getattr(content, "activities", {})
    return [Asked(f"{name}/{i}", i, str(q.question), tuple(str(a.answer) for a in q.answers))
            for name, activity in activities.items()
            if isinstance(activity, Quiz) and not isinstance(activity, BeforeAndAfter)
            for i, q in enumerate(activity.questions, 1) if q.pulse]


def send_answer(page: Page, note: w.HTML, question: str, answer: int, round_: int | None = None) -> None:
    """A pupil's choice, to the class's count if this page joined a pulse; `note` then says it
    was counted and what the teacher sees."""
    from ..pulse_link import sender

    out = sender()
    if out is not None:
        words = page.words
        out.send(question, answer, lambda: setattr(note, "value", counted_note(words, out.minimum)), round_)


def counted_note(words: Words, minimum: int) -> str:
    """Told to a pupil once their answer is in the class's count: what the teacher sees."""
    return str(html('<p class="sl-pulse-note">{t}</p>', t=words.say("pulse-counted", minimum=minimum)))
