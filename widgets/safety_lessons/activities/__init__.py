"""Activity kinds: each is a content shape plus pure logic (no widgets, no browser).

A kind's module is imported when first named (``from safety_lessons.activities import Quiz``) or
when content uses the kind: a pupil's kernel loads only what its lesson shows."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .base import KIND_MODULES, Activity, Feedback

if TYPE_CHECKING:
    from .age_limits import AgePicker, AgeSort, WhyLimits
    from .block_report import Inbox, Walkthrough
    from .group_chat import GroupChat
    from .help import Help
    from .laws import TheLaw
    from .passwords import StrengthMeter, WhichIsStronger, WordBuilder
    from .personal_details import MakeItSafer, SpotTheClues
    from .privacy import FriendRequests, ProfileSettings
    from .quiz import Quiz
    from .reporting import RouteFinder
    from .sorter import Sorter
    from .story import Story

# class name → its module in this package
_MODULES = {
    "AgePicker": "age_limits", "AgeSort": "age_limits", "WhyLimits": "age_limits",
    "GroupChat": "group_chat", "Inbox": "block_report", "Walkthrough": "block_report", "Help": "help",
    "StrengthMeter": "passwords", "WhichIsStronger": "passwords", "WordBuilder": "passwords",
    "MakeItSafer": "personal_details", "SpotTheClues": "personal_details",
    "FriendRequests": "privacy", "ProfileSettings": "privacy", "Quiz": "quiz",
    "RouteFinder": "reporting", "Sorter": "sorter", "Story": "story", "TheLaw": "laws",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{module}", __name__), name)


__all__ = [
    "KIND_MODULES",
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
    "TheLaw",
    "Walkthrough",
    "WhichIsStronger",
    "WhyLimits",
    "WordBuilder",
]
