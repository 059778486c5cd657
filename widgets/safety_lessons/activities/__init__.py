"""Activity kinds: each is a content shape plus pure logic (no widgets, no browser)."""

from .base import Activity, Feedback
from .help import Help
from .passwords import StrengthMeter, WhichIsStronger, WordBuilder
from .privacy import FriendRequests, ProfileSettings
from .quiz import Quiz
from .sorter import Sorter

__all__ = ["Activity", "Feedback", "FriendRequests", "Help", "ProfileSettings", "Quiz", "Sorter",
           "StrengthMeter", "WhichIsStronger", "WordBuilder"]
