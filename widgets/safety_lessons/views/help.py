"""Who to talk to: people in school, then services outside with their checked facts."""

from __future__ import annotations

from typing import TYPE_CHECKING

import ipywidgets as w

from ..activities import Help
from .common import esc, frame

if TYPE_CHECKING:
    from ..lesson import OpenLesson


class HelpView:
    def __init__(self, activity: Help, lesson: OpenLesson) -> None:
        school = lesson.library.school
        helplines = lesson.library.helplines
        in_school = school.people()
        items = []
        for person in activity.people:
            if person.who in in_school:
                items.append(f"<li><strong>{esc(person.say)}</strong> {esc(in_school[person.who])}</li>")
            else:
                fact = helplines[person.who]
                web = ""
                if fact.web:
                    shown = esc(fact.web.removeprefix("https://"))
                    web = f' · <a href="{esc(fact.web)}" target="_blank" rel="noopener">{shown}</a>'
                items.append(
                    f"<li><strong>{esc(fact.name)}</strong>: {esc(person.say)} "
                    f'<span class="sl-contact">{esc(fact.contact)}{web}</span> '
                    f'<small class="sl-source">({esc(fact.for_whom)}; checked {fact.checked:%B %Y}, '
                    f'<a href="{esc(fact.source)}" target="_blank" rel="noopener">source</a>)</small></li>'
                )
        body = w.HTML(f'<ul class="sl-helpers">{"".join(items)}</ul>')
        self.widget = frame(activity, lesson, "help", [body])
