"""Age-limit views: sort apps into age groups, "is this right for me?", and why limits exist.

Every age shown comes from lessons/facts/ (apps.yaml, age-rules.yaml); the teacher view adds
when it was checked and its source (pupils never see sources). The age a pupil picks lives only in the dropdown's value.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import ipywidgets as w
from markupsafe import Markup

from ..activities import AgePicker, AgeSort, WhyLimits
from ..activities.age_limits import MAX_AGE, MIN_AGE
from ..content.facts import AgeRule, App
from ..content.schema import Template, fill
from .common import Page, button, esc, fact_source, feedback_html, frame, guarded, live_area, reminder
from .markup import html, join

NO_AGE = 0  # the dropdown's value before a pupil picks an age


def about(app: App, page: Page) -> Markup:
    """What pupils read beside an app's age (its `also`), and for teachers where the age comes from."""
    also = html('<span class="sl-also">{also}</span>', also=app.also) if app.also else ""
    return join((part for part in (also, fact_source(app, page, app.note)) if part), html("<br>"))


def about_app(app: App, page: Page) -> str:
    """`about` as a plain string, for AgeSortView (rewritten by point 4), which adds it to one: remove after merging."""
    return str(about(app, page))


def app_html(app: App) -> Markup:
    return html('<span class="sl-app-name">{name}</span> <span class="sl-app-what">{what}</span>',
                name=app.name, what=app.what)


def _progress(count: str) -> str:
    return f'<p class="sl-progress">{esc(count)}</p>'


def _choice(options: list[tuple[str, Any]], tooltips: list[str]) -> w.ToggleButtons:
    choice = w.ToggleButtons(options=options, value=None, tooltips=tooltips)
    choice.add_class("sl-choice")
    return choice


class AgeSortView:
    """One row per app, a button per age group, feedback beside each app."""

    def __init__(self, activity: AgeSort, page: Page) -> None:
        self.activity, self.page = activity, page
        self.apps: Mapping[str, App] = page.context.facts(App)
        self.ages = activity.group_ages(self.apps)
        self.done: set[int] = set()
        self.score = live_area()
        self.choices: list[w.ToggleButtons] = []
        self.feedback: list[w.HTML] = []
        rows = [self._row(i) for i in range(len(activity.apps))]
        self.restart = button(page.words.say("start-again"), page.words.say("restart-sorting-tip"))
        self.restart.on_click(guarded(self.score, page.words)(self.start_again))
        question = w.HTML(f'<p class="sl-question">{esc(activity.question)}</p>')
        self.widget = frame(activity, page, "age-sort", [question, *rows, self.score, w.HBox([self.restart])])

    def _row(self, index: int) -> w.Widget:
        app = self.apps[self.activity.apps[index]]
        labels = [self.activity.groups.label(age) for age in self.ages]
        choice = _choice(list(zip(labels, self.ages, strict=True)), [f"{app.name}: {label}" for label in labels])
        feedback = live_area()
        choice.observe(guarded(feedback, self.page.words)(lambda change: self.chosen(index, change)),
                       names=["value"])
        self.choices.append(choice)
        self.feedback.append(feedback)
        row = w.VBox([w.HTML(app_html(app)), choice, feedback])
        row.add_class("sl-card")
        row.add_class("sl-app")
        return row

    def chosen(self, index: object, change: dict[str, object]) -> None:
        """A pupil put app ``index`` into the age group ``change["new"]`` (validated here)."""
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(self.feedback):
            return
        group = change.get("new") if isinstance(change, dict) else None
        if isinstance(group, bool) or not isinstance(group, int) or group not in self.ages:
            self.feedback[index].value = ""  # nothing chosen (start again) or a forged value
            self.done.discard(index)
        else:
            app_id = self.activity.apps[index]
            result = self.activity.judge(app_id, group, self.apps)
            html = feedback_html(result, self.page)
            if result.correct:
                html += about_app(self.apps[app_id], self.page)
                self.done.add(index)
            else:
                self.done.discard(index)
            self.feedback[index].value = html
        self.score.value = _progress(self.page.words.say("sorted-count", n=len(self.done),
                                                           total=len(self.activity.apps)))

    def start_again(self, _: object = None) -> None:
        for choice in self.choices:
            choice.value = None
        self.done.clear()
        self.score.value = ""


class AgePickerView:
    """An age dropdown (nothing kept) and the apps meant, and not yet meant, for that age."""

    def __init__(self, activity: AgePicker, page: Page) -> None:
        self.activity, self.page = activity, page
        self.apps: Mapping[str, App] = page.context.facts(App)
        self.result = live_area()
        self.result.add_class("sl-age-result")
        self.age = w.Dropdown(
            # "Pick an age" is a real option (not None: ipywidgets would show an empty box)
            options=[(activity.choose, NO_AGE), *((str(a), a) for a in range(MIN_AGE, MAX_AGE + 1))],
            value=NO_AGE,
            description=activity.label,
            tooltip=activity.label,
            style={"description_width": "initial"},
        )
        self.age.add_class("sl-age-choice")
        self.age.observe(guarded(self.result, page.words)(self.picked), names=["value"])
        self.restart = button(page.words.say("start-again"), page.words.say("restart-age-tip"))
        self.restart.on_click(guarded(self.result, page.words)(self.start_again))
        parts: list[w.Widget] = [reminder(activity.reminder)] if activity.reminder else []
        self.widget = frame(activity, page, "age-picker",
                            [*parts, w.HBox([self.age, self.restart]), self.result])

    def picked(self, change: dict[str, object]) -> None:
        verdicts = self.activity.verdicts(change["new"], self.apps)
        if verdicts is None:  # "pick an age", or a value no pupil could choose
            self.result.value = ""
            if self.age.value is None:  # a forged `index: null` empties the box: show "pick an age"
                self.age.value = NO_AGE
            return
        a = self.activity
        ages = {"age": verdicts.age}
        sections = [
            self._section("sl-for-you", "✓", fill(a.for_you, ages), verdicts.for_you, kinder=False),
            self._section("sl-not-yet", "✕", fill(a.not_yet, ages), verdicts.not_yet, kinder=True),
        ]
        if verdicts.ask and a.ask:
            sections.append(self._section("sl-ask", "?", fill(a.ask, ages), verdicts.ask, kinder=False))
        self.result.value = join(sections)

    def _section(self, css: str, icon: str, heading: str, ids: tuple[str, ...], kinder: bool) -> Markup:
        items = []
        for app_id in ids:
            app = self.apps[app_id]
            instead = html('<br><span class="sl-instead">{text}</span>', text=fill(
                self.activity.try_instead, younger=app.younger)) if kinder and app.younger else ""
            more = about(app, self.page)
            items.append(html("<li>{app}<br>{said}{instead}{more}</li>", app=app_html(app), instead=instead,
                              said=self.activity.limits.say(app), more=html("<br>{m}", m=more) if more else ""))
        body = (html('<ul class="sl-app-list">{items}</ul>', items=join(items)) if items
                else html("<p>{none}</p>", none=self.activity.none_here))
        return html('<section class="sl-verdict {css}"><h4><span aria-hidden="true">{icon}</span> {heading}</h4>'
                    "{body}</section>", css=css, icon=icon, heading=heading, body=body)

    def start_again(self, _: object = None) -> None:
        self.age.value = NO_AGE
        self.result.value = ""


class WhyLimitsView:
    """The reasons (with the law's age from the facts), then situations to match to a reason."""

    def __init__(self, activity: WhyLimits, page: Page) -> None:
        self.activity, self.page = activity, page
        self.rules: Mapping[str, AgeRule] = page.context.facts(AgeRule)
        self.done: set[int] = set()
        self.score = live_area()
        self.choices: list[w.ToggleButtons] = []
        self.feedback: list[w.HTML] = []

        def say(text: Template) -> str:
            return esc(activity.say(text, self.rules))

        parts: list[w.Widget] = []
        if activity.rule:
            rule = self.rules[activity.rule]
            parts.append(w.HTML(
                f'<div class="sl-fact" role="note"><p><strong>{esc(rule.name)}: {rule.age}</strong>. '
                f"{esc(rule.meaning)}</p>{fact_source(rule, page, rule.note)}</div>"))
        reasons = "".join(f"<li><strong>{esc(r.label)}</strong>: {say(r.explain)}</li>" for r in activity.reasons)
        parts.append(w.HTML(f'<ul class="sl-reasons">{reasons}</ul>'))
        parts.append(w.HTML(f'<p class="sl-question">{say(activity.question)}</p>'))
        parts.extend(self._row(i) for i in range(len(activity.cases)))
        self.restart = button(page.words.say("start-again"), page.words.say("restart-matching-tip"))
        self.restart.on_click(guarded(self.score, page.words)(self.start_again))
        self.widget = frame(activity, page, "why-limits", [*parts, self.score, w.HBox([self.restart])])

    def _row(self, index: int) -> w.Widget:
        case = self.activity.cases[index]
        text = self.activity.say(case.text, self.rules)
        choice = _choice([(r.label, r.id) for r in self.activity.reasons],
                         [f"{text}: {r.label}" for r in self.activity.reasons])
        feedback = live_area()
        choice.observe(guarded(feedback, self.page.words)(lambda change: self.chosen(index, change)),
                       names=["value"])
        self.choices.append(choice)
        self.feedback.append(feedback)
        row = w.VBox([w.HTML(f'<span class="sl-card-text">{esc(text)}</span>'), choice, feedback])
        row.add_class("sl-card")
        return row

    def chosen(self, index: object, change: dict[str, object]) -> None:
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(self.feedback):
            return
        reason = change.get("new") if isinstance(change, dict) else None
        if not isinstance(reason, str) or reason not in {r.id for r in self.activity.reasons}:
            self.feedback[index].value = ""
            self.done.discard(index)
        else:
            result = self.activity.judge(index, reason, self.rules)
            self.feedback[index].value = feedback_html(result, self.page)
            (self.done.add if result.correct else self.done.discard)(index)
        self.score.value = _progress(self.page.words.say("done-count", n=len(self.done),
                                                           total=len(self.activity.cases)))

    def start_again(self, _: object = None) -> None:
        for choice in self.choices:
            choice.value = None
        self.done.clear()
        self.score.value = ""
