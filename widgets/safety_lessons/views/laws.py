"""What the law says, from the facts (the teacher view adds each law's source)."""

from __future__ import annotations

import ipywidgets as w

from ..activities.laws import TheLaw
from ..content.facts import Law
from .common import Page, fact_source, frame
from .markup import html, join


class TheLawView:
    def __init__(self, activity: TheLaw, page: Page) -> None:
        laws = page.context.facts(Law)
        boxes = join(html('<div class="sl-fact" role="note"><p><strong>{name}</strong> ({where}). {says}</p>'
                          '{source}</div>',
                          name=law.name, where=law.applies_in, says=law.says, source=fact_source(law, page, law.note))
                     for law in (laws[key] for key in activity.laws))
        self.widget = frame(activity, page, "the-law", [w.HTML(boxes)])
