"""Pieces every view uses: headings, a feedback area screen readers announce, and a guard
so a failing handler shows a calm message instead of a traceback."""

from __future__ import annotations

import functools
import html
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import ipywidgets as w

from ..activities.base import Activity, Feedback

if TYPE_CHECKING:
    from ..lesson import OpenLesson

F = TypeVar("F", bound=Callable[..., None])
OOPS = "Something went wrong here. Press the button again, or ask your teacher."


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def live_area() -> w.HTML:
    """Feedback text; the classroom template marks `.sl-live` as a polite live region."""
    area = w.HTML("")
    area.add_class("sl-live")
    area.add_class("sl-feedback")
    return area


def feedback_html(feedback: Feedback, lesson: OpenLesson) -> str:
    words = lesson.band.words
    lead, mark = (words.right, "sl-right") if feedback.correct else (words.try_again, "sl-try-again")
    icon = "✓" if feedback.correct else "↻"
    return (f'<p class="{mark}"><span aria-hidden="true">{icon}</span> '
            f"<strong>{esc(lead)}</strong> {esc(feedback.text)}</p>")


def guarded(area: w.HTML) -> Callable[[F], F]:
    """Wrap a widget handler: any error becomes a kind message. The kernel's error stream gets
    a one-line note naming the error type only, never what the pupil typed (Voila shows pupils
    no stream output from handlers, and keeps none)."""

    def wrap(handler: F) -> F:
        @functools.wraps(handler)
        def safe(*args: Any, **kwargs: Any) -> None:
            try:
                handler(*args, **kwargs)
            except Exception as err:
                print(f"safety-lessons: {handler.__qualname__} failed: {type(err).__name__}",
                      file=sys.stderr)
                area.value = f'<p class="sl-oops">{esc(OOPS)}</p>'

        return safe  # type: ignore[return-value]

    return wrap


def frame(activity: Activity, kind: str, children: list[w.Widget]) -> w.VBox:
    """The box around an activity: its title and intro, then its controls."""
    head: list[w.Widget] = []
    if activity.title:
        head.append(w.HTML(f'<h3 class="sl-title">{esc(activity.title)}</h3>'))
    if activity.intro:
        head.append(w.HTML(f'<p class="sl-intro">{esc(activity.intro)}</p>'))
    box = w.VBox([*head, *children])
    box.add_class("sl-activity")
    box.add_class(f"sl-{kind}")
    return box


def reminder(text: str) -> w.HTML:
    note = w.HTML(f'<p class="sl-reminder" role="note"><span aria-hidden="true">🔒</span> '
                  f"{esc(text)}</p>")
    return note


def button(label: str, tooltip: str | None = None) -> w.Button:
    b = w.Button(description=label, tooltip=tooltip or label)
    b.add_class("sl-button")
    return b
