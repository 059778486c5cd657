"""Who to talk to: people in school, then services outside, each with its remit from the facts."""

from __future__ import annotations

import ipywidgets as w

from ..activities import Help
from ..content.facts import Helpline
from .common import Page, esc, fact_source, frame


def service_html(fact: Helpline, page: Page, name: str | None = None) -> str:
    """A service as pupils see it (every lesson alike): its name (or the band's `name` for it) and
    who it is for, when to go there, how to reach it; the teacher view adds its source."""
    web = ""
    if fact.web:
        shown = esc(fact.web.removeprefix("https://").removesuffix("/"))
        web = f' · <a href="{esc(fact.web)}" target="_blank" rel="noopener">{shown}</a>'
    return (f"<li><strong>{esc(name or fact.name)}</strong> <span class=\"sl-for-whom\">({esc(fact.for_whom)})</span>: "
            f'{esc(fact.when)} <span class="sl-contact">{esc(fact.contact)}{web}</span>{fact_source(fact, page)}</li>')


class HelpView:
    def __init__(self, activity: Help, page: Page) -> None:
        in_school = page.context.school.people()
        helplines = page.context.facts(Helpline)
        items = []
        for person in activity.people:
            if person.who in in_school:
                items.append(f"<li><strong>{esc(person.say)}</strong> {esc(in_school[person.who])}</li>")
            else:
                items.append(service_html(helplines[person.who], page))
        body = w.HTML(f'<ul class="sl-helpers">{"".join(items)}</ul>')
        self.widget = frame(activity, page, "help", [body])
