"""Password views: the live meter, the random-words builder and "which is stronger?"."""

from __future__ import annotations

import ipywidgets as w
from markupsafe import Markup

from ..activities import StrengthMeter, WhichIsStronger, WordBuilder
from ..activities.passwords import Estimate, StrengthWords, cap, estimate, time_to_guess
from ..content.words import Words
from .common import Page, button, esc, feedback_html, frame, guarded, keep_focus, live_area, reminder
from .markup import html, join


def meter_html(est: Estimate | None, words: StrengthWords, page: Words) -> Markup:
    """A bar with the score in words (colour is never the only signal); None: nothing yet."""
    if est is None:
        return html('<div class="sl-meter sl-meter-empty"></div>')
    unit, n = time_to_guess(est.seconds)
    advice = join(html("<li>{a}</li>", a=a) for a in words.advice(est))
    return html('<div class="sl-meter sl-score-{score}" role="meter" aria-valuemin="0" aria-valuemax="4" '
                'aria-valuenow="{score}" aria-valuetext="{label}" aria-label="{name}"><div class="sl-meter-bar" '
                'style="width:{width}%"></div></div><p class="sl-meter-label"><strong>{label}</strong> · {time}</p>'
                "{advice}", score=est.score, label=words.label(est.score), name=page.say("password-strength"),
                width=20 * (est.score + 1), time=words.time(page.say(unit, n=n)),
                advice=html('<ul class="sl-advice">{advice}</ul>', advice=advice) if advice else "")


class StrengthMeterView:
    def __init__(self, activity: StrengthMeter, page: Page) -> None:
        self.activity, self.words = activity, page.words
        self.box = w.Text(
            description=activity.label,
            placeholder=activity.placeholder or "",
            continuous_update=True,
            tooltip=activity.label,
            style={"description_width": "initial"},
        )
        self.box.add_class("sl-password-input")
        self.meter = live_area()
        self.meter.value = meter_html(None, activity.strength, self.words)
        self.box.observe(guarded(self.meter, self.words)(self.typed), names=["value"])
        self.widget = frame(activity, page, "strength-meter", [reminder(activity.reminder), self.box, self.meter])

    def typed(self, change: dict[str, object]) -> None:
        text = cap(change["new"])
        if text != change["new"]:  # too long, or not text: a forged message or a huge paste
            self.box.value = text
            return
        self.meter.value = meter_html(estimate(text) if text else None, self.activity.strength, self.words)


class WordBuilderView:
    def __init__(self, activity: WordBuilder, page: Page) -> None:
        self.activity, self.words = activity, page.words
        self.chosen: tuple[str, ...] = ()
        self.shown = w.HTML("")
        self.shown.add_class("sl-built")
        self.meter = live_area()
        self.add = button(activity.add_button)
        self.restart = button(activity.restart_button)
        self.add.on_click(guarded(self.meter, self.words)(self.add_word))
        self.restart.on_click(guarded(self.meter, self.words)(self.start_again))
        controls = w.HBox([self.add, self.restart])
        self.widget = frame(activity, page, "word-builder",
                            [reminder(activity.reminder), controls, self.shown, self.meter])
        self.render()

    def add_word(self, _: object = None) -> None:
        if len(self.chosen) < len(self.activity.steps):
            self.chosen = (*self.chosen, self.activity.pick(self.chosen))
        self.render()
        keep_focus(self.add, self.restart)

    def start_again(self, _: object = None) -> None:
        self.chosen = ()
        self.render()

    def render(self) -> None:
        n = len(self.chosen)
        self.add.disabled = n >= len(self.activity.steps)
        if not n:
            self.shown.value = ""
            self.meter.value = meter_html(None, self.activity.strength, self.words)
            return
        password = self.activity.join(self.chosen)
        self.shown.value = html('<p class="sl-words">{words}</p><p class="sl-password" aria-label="{label}">{password}'
                                "</p>", words=join((html("<span>{word}</span>", word=x) for x in self.chosen), " + "),
                                label=self.words.say("your-password"), password=password)
        self.meter.value = html('{meter}<p class="sl-step">{step}</p>', step=self.activity.steps[n - 1],
                                meter=meter_html(estimate(password), self.activity.strength, self.words))


class WhichIsStrongerView:
    def __init__(self, activity: WhichIsStronger, page: Page) -> None:
        self.activity, self.page = activity, page
        self.widget = frame(activity, page, "which-is-stronger",
                            [self._pair(i) for i in range(len(activity.pairs))])

    def _pair(self, index: int) -> w.Widget:
        pair = self.activity.pairs[index]
        feedback = live_area()
        options = {"a": pair.a, "b": pair.b}
        buttons = []
        for key, password in options.items():
            b = button(password, self.page.words.say("stronger-tip", password=password))
            b.add_class("sl-password-choice")

            @guarded(feedback, self.page.words)
            def chose(_: object, key: str = key) -> None:
                verdict = feedback_html(self.activity.judge(index, key), self.page)
                scores = "".join(
                    f'<div class="sl-compare"><code>{esc(p)}</code>'
                    f"{meter_html(estimate(p), self.activity.strength, self.page.words)}</div>"
                    for p in options.values()
                )
                feedback.value = verdict + scores

            b.on_click(chose)
            buttons.append(b)
        box = w.VBox([w.HBox(buttons), feedback])
        box.add_class("sl-pair")
        return box


