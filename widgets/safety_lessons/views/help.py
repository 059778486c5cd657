"""Who to talk to: people in school, then services outside, each with its remit from the facts."""

from __future__ import annotations

import ipywidgets as w
from markupsafe import Markup

from ..activities.help import Help, person
from ..content.facts import Helpline
from .common import Page, fact_source, frame
from .markup import html, join


def service_html(fact: Helpline, page: Page, name: str | None = None) -> Markup:
    """A service as pupils see it (every lesson alike): its name (or the band's `name` for it) and
    who it is for, when to go there (in the band's words), how to reach it, and what it cannot
    help with; the teacher view adds its source."""
    web = html(' · <a href="{url}" target="_blank" rel="noopener">{shown}</a>', url=fact.web,
               shown=fact.web.removeprefix("https://").removesuffix("/")) if fact.web else ""
    not_for = html(' <span class="sl-not-for">{text}</span>', text=fact.not_for) if fact.not_for else ""
    return html('<li><strong>{name}</strong> <span class="sl-for-whom">({who})</span>: {when} '
                '<span class="sl-contact">{contact}{web}</span>{not_for}{source}</li>', name=name or fact.name,
                who=fact.for_whom, when=fact.when_in(page.context.band), contact=fact.contact, web=web,
                not_for=not_for, source=fact_source(fact, page))


class HelpView:
    def __init__(self, activity: Help, page: Page) -> None:
        school, band = page.context.school, page.context.band
        helplines = page.context.facts(Helpline)
        names = page.words.people()
        items = []
        for helper in activity.for_school(school, band).people:
            if helper.who not in school.roles:
                items.append(service_html(helplines[helper.who], page))
            elif (shown := person(helper, school, band, names)) is not None:
                items.append(html("<li><strong>{name}</strong> {words}</li>", name=shown.name, words=shown.words))
        body = w.HTML(html('<ul class="sl-helpers">{items}</ul>', items=join(items)))
        self.widget = frame(activity, page, "help", [body])
