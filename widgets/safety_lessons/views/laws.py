"""What the law says, from the facts (the teacher view adds each law's source)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import ipywidgets as w

from ..activities import TheLaw
from ..content.facts import Law
from .common import esc, fact_source, frame

if TYPE_CHECKING:
    from ..lesson import OpenLesson


class TheLawView:
    def __init__(self, activity: TheLaw, lesson: OpenLesson) -> None:
        laws = lesson.library.facts(Law)
        boxes = "".join(
            f'<div class="sl-fact" role="note"><p><strong>{esc(law.name)}</strong> '
            f"({esc(law.applies_in)}). {esc(law.says)}</p>{fact_source(law, lesson.words, law.note)}</div>"
            for law in (laws[key] for key in activity.laws))
        self.widget = frame(activity, lesson, "the-law", [w.HTML(boxes)])
