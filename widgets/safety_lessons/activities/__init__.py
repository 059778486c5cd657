"""Activity kinds: each is a content shape plus pure logic (no widgets, no browser)."""

from .age_limits import AgePicker, AgeSort, WhyLimits
from .base import Activity, Feedback
from .group_chat import GroupChat
from .block_report import Inbox, Walkthrough
from .help import Help
from .passwords import StrengthMeter, WhichIsStronger, WordBuilder
from .personal_details import MakeItSafer, SpotTheClues
from .privacy import FriendRequests, ProfileSettings
from .quiz import Quiz
from .reporting import RouteFinder
from .sorter import Sorter
from .story import Story

__all__ = [
    "Activity",
    "AgePicker",
    "AgeSort",
    "Feedback",
    "FriendRequests",
    "GroupChat",
    "Help",
    "Inbox",
    "MakeItSafer",
    "ProfileSettings",
    "Quiz",
    "RouteFinder",
    "Sorter",
    "SpotTheClues",
    "Story",
    "StrengthMeter",
    "Walkthrough",
    "WhichIsStronger",
    "WhyLimits",
    "WordBuilder",
]
