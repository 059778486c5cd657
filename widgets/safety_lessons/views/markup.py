"""HTML for the page, safe by default. Views write markup only as templates here (`html`), and every
value put into one is escaped unless it is markup already (markupsafe's `Markup`): no view has to
remember to escape what content, facts, the words file or a pupil supply.

    html('<p class="sl-question">{text}</p>', text=question)   # the question is escaped
    join(html("<li>{x}</li>", x=x) for x in items)              # markup stays markup

The pretend phone (its screen, the app's name, a message bubble) is drawn here only.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

from ..content.schema import fill
from ..content.words import Words

if TYPE_CHECKING:
    from ..activities.privacy import Profile


def html(template: str, /, **values: object) -> Markup:
    """`template`, literal markup written in the code, with each {name} replaced by its value:
    escaped, unless the value is Markup (made by `html`, `join` or `trusted`)."""
    return Markup(template).format(**values)


def join(parts: Iterable[object], separator: str = "") -> Markup:
    """The parts one after another (each escaped unless it is Markup), with `separator` between."""
    return Markup(separator).join(escape(part) for part in parts)


def trusted(markup: str) -> Markup:
    """Markup made elsewhere and checked there: a character's picture (content/pictures.py
    refuses anything but a drawing)."""
    return Markup(markup)


def sentence(text: str, **values: object) -> Markup:
    """A sentence of the words file with markup (a link) in its placeholders: the sentence is
    escaped, then filled."""
    return Markup(fill(escape(text), {name: escape(value) for name, value in values.items()}))


def text_of(value: object) -> str:
    """Text as it appears in the page's HTML (escaped): for tests and for comparing."""
    return str(escape(value))


# -- the pretend phone -----------------------------------------------------------------------------
def phone(words: Words, app: str, *screen: Markup, end: bool = False) -> Markup:
    """A pretend phone's screen: the app's name at the top, then `screen` (see `bubble`, `title`).
    Screen readers hear it as one group, named as a pretend phone."""
    return html('<div class="sl-phone-screen{end}" role="group" aria-label="{label}">'
                '<p class="sl-phone-app">{app}</p>{screen}</div>',
                end=" sl-phone-end" if end else "", label=words.say("pretend-phone", app=app), app=app,
                screen=join(screen))


def bubble(text: str) -> Markup:
    """A message, or what happened, on the pretend phone's screen."""
    return html('<p class="sl-phone-bubble">{text}</p>', text=text)


def title(text: str) -> Markup:
    """The heading of the pretend app's screen (e.g. "Settings")."""
    return html('<p class="sl-phone-title">{text}</p>', text=text)


def sender(name: str, about: str | None) -> Markup:
    """Who a message on the pretend phone is from, with a line about them."""
    about_html = html('<span class="sl-phone-about">{about}</span>', about=about) if about else ""
    return html('<p class="sl-phone-sender"><strong>{name}</strong>{about}</p>', name=name, about=about_html)


def profile(person: Profile, viewer: str, lines: Markup) -> Markup:
    """A pretend phone showing `person`'s profile (its `lines`, see views/privacy.py) as `viewer` sees it."""
    return html('<div class="sl-phone" role="group" aria-label="{name}: {viewer}"><div class="sl-profile-head">'
                '<span class="sl-avatar" aria-hidden="true">{initial}</span><span><strong class="sl-profile-name">'
                '{name}</strong><br><span class="sl-handle">{handle}</span></span></div><p class="sl-always">{always}'
                '</p><ul class="sl-profile-lines">{lines}</ul></div>', name=person.name, viewer=viewer,
                initial=person.name[:1].upper(), handle=person.handle, always=person.always_shown, lines=lines)
