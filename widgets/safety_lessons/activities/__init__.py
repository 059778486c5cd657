"""Activity kinds: each is a content shape plus pure logic (no widgets, no browser).

A kind's module is imported when first named (``from safety_lessons.activities import Quiz``) or
when content uses the kind (registry.py): a pupil's kernel loads only what its lesson shows."""

from typing import TYPE_CHECKING, Any

from ..content.activity import Activity, Feedback
from ..registry import KINDS

if TYPE_CHECKING:
    from .age_limits import AgePicker, AgeSort, WhyLimits
    from .block_report import Inbox, Walkthrough
    from .choose import Quiz
    from .group_chat import GroupChat
    from .help import Help
    from .laws import TheLaw
    from .passwords import StrengthMeter, WhichIsStronger, WordBuilder
    from .personal_details import MakeItSafer, SpotTheClues
    from .privacy import FriendRequests, ProfileSettings
    from .reporting import RouteFinder
    from .sorter import Sorter
    from .story import Story

# class name → its kind (registry.py says where each class is)
_CLASSES = {kind.model.rpartition(".")[2]: kind for kind in KINDS}


def __getattr__(name: str) -> Any:
    if name not in _CLASSES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return _CLASSES[name].model_class()


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
    "TheLaw",
    "Walkthrough",
    "WhichIsStronger",
    "WhyLimits",
    "WordBuilder",
]
