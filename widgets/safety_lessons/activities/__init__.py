"""Activity kinds: each is a content shape plus pure logic (no widgets, no browser)."""

from .base import Activity, Feedback
from .help import Help
from .passwords import StrengthMeter, WhichIsStronger, WordBuilder
from .quiz import Quiz
from .reporting import RouteFinder
from .sorter import Sorter

__all__ = ["Activity", "Feedback", "Help", "Quiz", "RouteFinder", "Sorter", "StrengthMeter",
           "WhichIsStronger", "WordBuilder"]
