"""Activity kinds: each is a content shape plus pure logic (no widgets, no browser)."""

from .base import Activity, Feedback
from .help import Help
from .passwords import StrengthMeter, WhichIsStronger, WordBuilder
from .quiz import Quiz
from .sorter import Sorter

__all__ = ["Activity", "Feedback", "Help", "Quiz", "Sorter", "StrengthMeter", "WhichIsStronger",
           "WordBuilder"]

from .age_limits import AgePicker, AgeSort, WhyLimits  # noqa: E402 - apps and age limits

__all__ += ["AgePicker", "AgeSort", "WhyLimits"]
