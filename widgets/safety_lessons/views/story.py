"""Story view: a mock chat screen, the story text, a button per choice, and "go back" /
"start again" always on hand. The buttons are made once and relabelled at each step, so
keyboard focus is never lost; a button's position, not a stale label, says what it does."""

from __future__ import annotations

import ipywidgets as w
from markupsafe import Markup

from ..activities.story import MAX_CHOICES, Message, Story, StoryFeedback
from ..content.words import Words
from .common import Page, button, frame, guarded, live_area, set_shown, verdict
from .markup import html, join


def chat_html(messages: tuple[Message, ...] | list[Message], words: Words) -> Markup:
    """A phone-like chat: who said what, in words (the side of the screen is not the only signal)."""
    if not messages:
        return Markup()
    bubbles = join(html('<li class="sl-bubble {side}"><span class="sl-who">{who}:</span> {says}</li>',
                        side="sl-me" if m.me else "sl-them", who=m.who, says=m.says) for m in messages)
    return html('<ul class="sl-chat" aria-label="{label}">{bubbles}</ul>', label=words.say("chat-messages"),
                bubbles=bubbles)


class StoryView:
    def __init__(self, activity: Story, page: Page) -> None:
        self.activity, self.page = activity, page
        self.walk = activity.begin()
        self.progress = w.HTML("")
        self.progress.add_class("sl-progress")
        self.feedback = live_area()
        self.scene = live_area()  # announced too: the next part of the story
        self.scene.remove_class("sl-feedback")
        self.scene.add_class("sl-scene")
        self.choices = [button("…") for _ in range(MAX_CHOICES)]
        for index, choice in enumerate(self.choices):
            choice.add_class("sl-story-choice")
            choice.on_click(guarded(self.feedback, page.words)(lambda _b, i=index: self.choose(i)))
        self.back_button = button(activity.back_button)
        again = page.words.say("start-again")
        self.restart_button = button(again, page.words.say("restart-story-tip", button=again))
        self.back_button.add_class("sl-story-back")
        self.restart_button.add_class("sl-story-restart")
        self.back_button.on_click(guarded(self.feedback, page.words)(lambda _b: self.go_back()))
        self.restart_button.on_click(guarded(self.feedback, page.words)(lambda _b: self.start_again()))
        choice_box = w.VBox(self.choices)
        choice_box.add_class("sl-story-choices")
        nav = w.HBox([self.back_button, self.restart_button])
        nav.add_class("sl-story-nav")
        self.widget = frame(activity, page, "story", [self.progress, self.feedback, self.scene, choice_box, nav])
        self.render(focus=False)

    # -- handlers (each takes only what a button can send: nothing) -------------------------
    def choose(self, index: object) -> None:
        walk = self.activity.choose(self.walk, index)
        if walk is not self.walk:
            self.walk = walk
            self.render(pressed=index)

    def go_back(self) -> None:
        self.walk = self.activity.back(self.walk)
        self.render()

    def start_again(self) -> None:
        self.walk = self.activity.begin()
        self.render()

    # -- drawing ---------------------------------------------------------------------------
    def render(self, focus: bool = True, pressed: object = None) -> None:
        if not self.activity.valid(self.walk):  # cannot happen through the UI; never trust it
            self.walk = self.activity.begin()
        walk, story = self.walk, self.activity
        node = story.node(walk)
        ending = story.ending_of(walk)
        self.progress.value = html('<p class="sl-step-count">{text}</p>', text=story.step_text(walk))
        self.feedback.value = self.feedback_html(walk.feedback)
        mark, icon = ("sl-ending-unsafe", "↻") if ending == "unsafe" else ("sl-ending-safe", "✓")  # recovery: safe
        rule = html('<div class="sl-rule {mark}" role="note"><span aria-hidden="true">{icon}</span> <strong>{rule}'
                    "</strong></div>", mark=mark, icon=icon, rule=story.rule) if ending is not None else ""
        self.scene.value = html('{chat}<p class="sl-story-text">{text}</p>{rule}',
                                chat=chat_html(node.chat or (), self.page.words), text=node.text, rule=rule)
        options = node.choices or ()
        for index, choice_button in enumerate(self.choices):
            if index < len(options):
                label = options[index].label
                choice_button.description = label
                choice_button.tooltip = self.page.words.say("choose-tip", label=label)
                set_shown(choice_button, True)
                choice_button.disabled = False
            else:
                choice_button.description = ""
                choice_button.tooltip = ""
                set_shown(choice_button, False)
                choice_button.disabled = True
        self.back_button.disabled = walk.step <= 1
        if not focus:
            return
        if options and pressed == 0:
            return  # the pressed button is the first new choice and keeps focus: no late focus message
        if options:
            self.choices[0].focus()
        elif ending == "unsafe":
            self.back_button.focus()
        else:
            self.restart_button.focus()

    def feedback_html(self, feedback: StoryFeedback | None) -> Markup:
        if feedback is None:
            return Markup()
        if feedback.safe is None:
            return html('<p class="sl-story-note">{text}</p>', text=feedback.text)
        lead = self.page.words.say("right") if feedback.safe else self.activity.unsafe_lead
        return verdict(feedback.safe, lead, feedback.text)
