"""Activity kinds: each is a content shape plus pure logic (no widgets, no browser)."""

from .base import Activity, Feedback
from .block_report import Inbox, Walkthrough
from .help import Help
from .passwords import StrengthMeter, WhichIsStronger, WordBuilder
from .quiz import Quiz
from .sorter import Sorter

__all__ = ["Activity", "Feedback", "Help", "Inbox", "Quiz", "Sorter", "StrengthMeter", "Walkthrough",
           "WhichIsStronger", "WordBuilder"]
