"""Age-limit views: sort apps into age groups, "is this right for me?", and why limits exist.

Every age shown comes from lessons/facts/ (apps.yaml, age-rules.yaml); the teacher view adds
when it was checked and its source (pupils never see sources). The age a pupil picks lives only in the dropdown's value.
"""

from __future__ import annotations

from collections.abc import Mapping

import ipywidgets as w
from markupsafe import Markup

from ..activities import AgePicker, AgeSort, Feedback, WhyLimits
from ..activities.age_limits import MAX_AGE, MIN_AGE
from ..content.facts import AgeRule, App
from ..content.schema import fill
from .choose import ChooseView, Look, question
from .common import Page, button, esc, fact_source, frame, guarded, live_area, reminder
from .markup import html, join, trusted

NO_AGE = 0  # the dropdown's value before a pupil picks an age


def about_app(app: App, page: Page) -> str:
    """What pupils read beside an app's age (its `also`), and for teachers where the age comes from."""
    also = f'<span class="sl-also">{esc(app.also)}</span>' if app.also else ""
    source = fact_source(app, page, app.note)
    return also + ("<br>" if also and source else "") + source


def app_html(app: App) -> str:
    return (f'<span class="sl-app-name">{esc(app.name)}</span> '
            f'<span class="sl-app-what">{esc(app.what)}</span>')


class AgeSortView(ChooseView):
    """One row per app, a button per age group, feedback beside each app."""

    def __init__(self, activity: AgeSort, page: Page) -> None:
        self.apps: Mapping[str, App] = page.context.facts(App)
        self.ages = activity.group_ages(self.apps)

        def about(index: int, feedback: Feedback) -> Markup:  # where the age comes from, once right
            return trusted(about_app(self.apps[activity.apps[index]], page)) if feedback.correct else Markup()

        super().__init__(activity, page, activity.choosing(self.apps), Look(
            "age-sort", above=(question(activity.question),), row=("sl-card", "sl-app"),
            item=lambda i, _: trusted(app_html(self.apps[activity.apps[i]])), after=about,
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
        self.result.value = "".join(sections)

    def _section(self, css: str, icon: str, heading: str, ids: tuple[str, ...], kinder: bool) -> str:
        items = []
        for app_id in ids:
            app = self.apps[app_id]
            said = esc(self.activity.limits.say(app))
            instead = (f'<br><span class="sl-instead">{esc(fill(self.activity.try_instead, younger=app.younger))}'
                       "</span>") if kinder and app.younger else ""
            about = about_app(app, self.page)
            items.append(f"<li>{app_html(app)}<br>{said}{instead}{'<br>' + about if about else ''}</li>")
        body = f'<ul class="sl-app-list">{"".join(items)}</ul>' if items else f"<p>{esc(self.activity.none_here)}</p>"
        return (f'<section class="sl-verdict {css}"><h4><span aria-hidden="true">{icon}</span> '
                f"{esc(heading)}</h4>{body}</section>")

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
                              source=trusted(fact_source(rule, page, rule.note))))
        reasons = join(html("<li><strong>{label}</strong>: {explain}</li>", label=r.label,
                            explain=activity.say(r.explain, rules)) for r in activity.reasons)
        above += [html('<ul class="sl-reasons">{reasons}</ul>', reasons=reasons),
                  question(activity.say(activity.question, rules))]
        super().__init__(activity, page, activity.choosing(rules), Look(
            "why-limits", above=tuple(above), progress="done-count", restart_tip="restart-matching-tip"))
