"""Activity kinds: each is a content shape plus pure logic (no widgets, no browser)."""

from .base import Activity, Feedback
from .help import Help
from .passwords import StrengthMeter, WhichIsStronger, WordBuilder
from .quiz import Quiz
from .sorter import Sorter
from .story import Story

__all__ = ["Activity", "Feedback", "Help", "Quiz", "Sorter", "Story", "StrengthMeter", "WhichIsStronger",
           "WordBuilder"]
