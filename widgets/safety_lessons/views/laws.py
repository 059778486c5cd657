"""What the law says, from the facts (the teacher view adds each law's source)."""

from __future__ import annotations

import ipywidgets as w

from ..activities import TheLaw
from ..content.facts import Law
from .common import Page, esc, fact_source, frame


class TheLawView:
    def __init__(self, activity: TheLaw, page: Page) -> None:
        laws = page.context.facts(Law)
        boxes = "".join(
            f'<div class="sl-fact" role="note"><p><strong>{esc(law.name)}</strong> '
            f"({esc(law.applies_in)}). {esc(law.says)}</p>{fact_source(law, page, law.note)}</div>"
            for law in (laws[key] for key in activity.laws))
        self.widget = frame(activity, page, "the-law", [w.HTML(boxes)])
