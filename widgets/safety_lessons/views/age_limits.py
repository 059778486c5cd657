"""Age-limit views: sort apps into age groups, "is this right for me?", and why limits exist.

Every age shown comes from lessons/facts/ (apps.yaml, age-rules.yaml); the teacher view adds
when it was checked and its source (pupils never see sources). The age a pupil picks lives only in the dropdown's value.
"""

from __future__ import annotations

from collections.abc import Mapping

import ipywidgets as w
from markupsafe import Markup

from ..activities import Feedback
from ..activities.age_limits import MAX_AGE, MIN_AGE, AgePicker, AgeSort, WhyLimits
from ..content.facts import AgeRule, App
from ..content.schema import fill
from .choose import ChooseView, Look, question
from .common import Page, button, fact_source, frame, guarded, live_area, reminder
from .markup import html, join

NO_AGE = 0  # the dropdown's value before a pupil picks an age


def about(app: App, page: Page) -> Markup:
    """What pupils read beside an app's age (its `also`), and for teachers where the age comes from."""
    also = html('<span class="sl-also">{also}</span>', also=app.also) if app.also else ""
    return join((part for part in (also, fact_source(app, page, app.note)) if part), html("<br>"))


def app_html(app: App) -> Markup:
    return html('<span class="sl-app-name">{name}</span> <span class="sl-app-what">{what}</span>',
                name=app.name, what=app.what)


class AgeSortView(ChooseView):
    """One row per app, a button per age group, feedback beside each app."""

    def __init__(self, activity: AgeSort, page: Page) -> None:
        self.apps: Mapping[str, App] = page.context.facts(App)
        self.ages = activity.group_ages(self.apps)

        def where_from(index: int, result: Feedback) -> Markup:  # where the age comes from, once right
            return about(self.apps[activity.apps[index]], page) if result.correct else Markup()

        super().__init__(activity, page, activity.choosing(self.apps), Look(
            "age-sort", above=(question(activity.question),), row=("sl-card", "sl-app"),
            item=lambda i, _: app_html(self.apps[activity.apps[i]]), after=where_from,
            progress="sorted-count", restart_tip="restart-sorting-tip"))


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


class WhyLimitsView(ChooseView):
    """The reasons (with the law's age from the facts), then situations to match to a reason."""

    def __init__(self, activity: WhyLimits, page: Page) -> None:
        rules: Mapping[str, AgeRule] = page.context.facts(AgeRule)
        above = []
        if activity.rule:
            rule = rules[activity.rule]
            above.append(html('<div class="sl-fact" role="note"><p><strong>{name}: {age}</strong>. {meaning}</p>'
                              "{source}</div>", name=rule.name, age=rule.age, meaning=rule.meaning,
                              source=fact_source(rule, page, rule.note)))
        reasons = join(html("<li><strong>{label}</strong>: {explain}</li>", label=r.label,
                            explain=activity.say(r.explain, rules)) for r in activity.reasons)
        above += [html('<ul class="sl-reasons">{reasons}</ul>', reasons=reasons),
                  question(activity.say(activity.question, rules))]
        super().__init__(activity, page, activity.choosing(rules), Look(
            "why-limits", above=tuple(above), progress="done-count", restart_tip="restart-matching-tip"))
