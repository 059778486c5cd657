"""Pieces every view uses: headings, a feedback area screen readers announce, and a guard
so a failing handler shows a calm message instead of a traceback."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import ipywidgets as w
from markupsafe import Markup

from ..compat import classes
from ..content.activity import Activity, Context, Feedback
from ..content.facts import Sourced
from ..content.words import Words
from .markup import html, join, sentence, trusted
from .sharing import share_layouts, walk

F = TypeVar("F", bound=Callable[..., None])
SOURCE_KINDS = {"primary": "primary-source", "secondary": "secondary-source"}  # a fact's source kind → its word
HIDDEN = "sl-hidden"  # the classroom styles hide it (display: none)


class Page(Protocol):
    """What a view is given besides its activity (`lesson.OpenLesson` is one): the band's words,
    the facts and school the activity's rules were checked against, the characters' pictures,
    and whether this is the teacher view. A view never reads content files itself."""

    @property
    def words(self) -> Words: ...

    @property
    def context(self) -> Context: ...

    @property
    def teacher(self) -> bool: ...

    @property
    def ref(self) -> str:
        """The lesson, "band/topic"."""
        ...

    def activity_id(self, activity: Activity) -> str:
        """The id the lesson gives `activity` ("" if it is not one of the lesson's)."""
        ...

    def picture(self, character_id: str) -> str:
        """A character's picture as markup ("" when it cannot be shown)."""
        ...

    def memory(self, activity: Activity) -> dict[str, Any]:
        """What this page keeps about an activity it shows more than once (the quick questions'
        first answers): in the kernel's memory only, never written; reloading starts again."""
        ...


def live_area() -> w.HTML:
    """Feedback text; the classroom template marks `.sl-live` as a polite live region."""
    area = w.HTML("")
    area.add_class("sl-live")
    area.add_class("sl-feedback")
    return area


def verdict(correct: bool, lead: str, text: object = None, icon: str | None = None) -> Markup:
    """A judged answer: its mark (✓ right, ↻ try again, or `icon`), the lead in bold, then `text`."""
    return html('<p class="{mark}"><span aria-hidden="true">{icon}</span> <strong>{lead}</strong>{text}</p>',
                mark="sl-right" if correct else "sl-try-again", icon=icon or ("✓" if correct else "↻"),
                lead=lead, text="" if text is None else html(" {text}", text=text))


def marked(text: object, icon: str = "↻", css: str = "sl-try-again") -> Markup:
    """A line with a mark before it (hidden from screen readers: the words say it all)."""
    return html('<p class="{css}"><span aria-hidden="true">{icon}</span> {text}</p>', css=css, icon=icon, text=text)


def feedback(result: Feedback, page: Page) -> Markup:
    words = page.words
    return verdict(result.correct, words.say("right" if result.correct else "try-again"), result.text)


def guarded(area: w.HTML, words: Words) -> Callable[[F], F]:
    """Wrap a widget handler: any error becomes a kind message in `area` (the words'
    `something-went-wrong`). The kernel's error stream gets a one-line note naming the error type
    only, never what the pupil typed (Voila shows pupils no stream output from handlers, and keeps
    none)."""

    def wrap(handler: F) -> F:
        @functools.wraps(handler)
        def safe(*args: Any, **kwargs: Any) -> None:
            try:
                handler(*args, **kwargs)
            except Exception as err:
                print(f"safety-lessons: {handler.__qualname__} failed: {type(err).__name__}",
                      file=sys.stderr)
                area.value = html('<p class="sl-oops">{text}</p>', text=words.say("something-went-wrong"))

        return safe  # type: ignore[return-value]

    return wrap


def frame(activity: Activity, page: Page, kind: str, children: list[w.Widget]) -> w.VBox:
    """The box around an activity: its heading (the character's picture, the title and the
    intro), then its controls. In the teacher view, feedback stays hidden until the teacher
    presses "Show answers"."""
    head = heading(activity, page)
    box = w.VBox([*([head] if head is not None else []), *children])
    box.add_class("sl-activity")
    box.add_class(f"sl-{kind}")
    if page.teacher and any("sl-feedback" in classes(c) for c in walk(box)):
        box.children = (*box.children, reveal_toggle(box, page.words))
    share_layouts(box)
    return box


def heading(activity: Activity, page: Page) -> w.HTML | None:
    """The picture of the activity's character (if any) beside its title and intro. The picture
    is named for screen readers, but the words always say what the pupil needs."""
    picture = page.picture(activity.character) if activity.character else ""
    words = join([html('<h3 class="sl-title">{t}</h3>', t=activity.title) if activity.title else "",
                  html('<p class="sl-intro">{t}</p>', t=activity.intro) if activity.intro else ""])
    if not picture and not words:
        return None
    if picture:
        words = html('<div class="sl-head-words">{words}</div>', words=words)
    head = w.HTML(html('<div class="sl-head{css}">{picture}{words}</div>',
                       css=" sl-with-character" if picture else "", picture=trusted(picture), words=words))
    head.add_class("sl-heading")
    return head


def fact_source(fact: Sourced, page: Page, note: str | None = None) -> Markup:
    """Where a fact comes from, for the teacher view only: pupils see facts, never their sources
    (the review pack and the teacher view are where sources are judged)."""
    if not page.teacher:
        return Markup()
    link = html('<a href="{url}" target="_blank" rel="noopener">{kind}</a>',
                url=fact.source, kind=page.words.say(SOURCE_KINDS[fact.source_kind]))
    said = sentence(page.words.say("source-note", date=f"{fact.checked:%B %Y}", source="{source}"), source=link)
    return html('<small class="sl-source">{said}{note}</small>', said=said, note=f" {note}" if note else "")


def reveal_toggle(box: w.Box, words: Words) -> w.ToggleButton:
    """A button that shows or hides the feedback inside `box` (the teacher view)."""
    toggle = w.ToggleButton(value=False, description=words.say("show-answers"), tooltip=words.say("answers-tip"))
    toggle.add_class("sl-reveal")
    box.add_class("sl-answers-hidden")

    def flip(change: dict[str, object]) -> None:
        shown = change["new"] is True
        (box.remove_class if shown else box.add_class)("sl-answers-hidden")
        toggle.description = words.say("hide-answers" if shown else "show-answers")

    toggle.observe(flip, names=["value"])
    return toggle


def reminder(text: str) -> w.HTML:
    return w.HTML(html(
        '<p class="sl-reminder" role="note"><svg class="sl-icon" aria-hidden="true" viewBox="0 0 24 24" width="24"'
        ' height="24"><rect x="4" y="10" width="16" height="11" rx="2" fill="currentColor"/><path d="M8 10V7a4 4 0 0 1'
        ' 8 0v3" fill="none" stroke="currentColor" stroke-width="2.5"/></svg> {text}</p>', text=text))


def set_shown(widget: w.DOMWidget, shown: bool) -> None:
    """Show or hide a widget with the classroom's `sl-hidden` class (never `layout.display`:
    layouts are shared, see `sharing`)."""
    (widget.remove_class if shown else widget.add_class)(HIDDEN)


def is_shown(widget: w.Widget) -> bool:
    return HIDDEN not in classes(widget)


def usable(widget: w.Widget) -> bool:
    """Whether a pupil can reach the control now: neither disabled nor hidden."""
    return getattr(widget, "disabled", False) is not True and is_shown(widget)


def keep_focus(pressed: w.Widget, *instead: w.DOMWidget) -> None:
    """When the control a pupil just used is disabled or hidden by what it did, the browser drops
    keyboard focus to the top of the page (WCAG 2.4.3): move it to the first control of
    `instead` a pupil can use. A control that stays usable keeps the focus."""
    if usable(pressed):
        return
    for widget in instead:
        if usable(widget):
            widget.focus()
            return


def button(label: str, tooltip: str | None = None) -> w.Button:
    b = w.Button(description=label, tooltip=tooltip or label)
    b.add_class("sl-button")
    return b
