"""Thin ipywidgets views, one per activity kind, each calling its kind's pure logic (activities/);
common.py (frames, live regions, guards) and sharing.py (shared layout and style models) serve
them all."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..activities import Activity
    from ..lesson import OpenLesson

# activity class name → module in this package that builds its view (imported on first use)
VIEWS = {
    "Sorter": "sorter",
    "Quiz": "quiz",
    "Help": "help",
    "Story": "story",
    "StrengthMeter": "passwords",
    "WordBuilder": "passwords",
    "WhichIsStronger": "passwords",
    "GroupChat": "group_chat",
    "SpotTheClues": "personal_details",
    "MakeItSafer": "personal_details",
    "AgeSort": "age_limits",
    "AgePicker": "age_limits",
    "WhyLimits": "age_limits",
    "RouteFinder": "reporting",
    "Inbox": "block_report",
    "Walkthrough": "block_report",
    "ProfileSettings": "privacy",
    "FriendRequests": "privacy",
    "TheLaw": "laws",
}


def view_for(activity: Activity, lesson: OpenLesson) -> Any:
    from ..lesson import _served
    from .common import quiet_tracebacks

    if _served():  # pupils' kernels: a forged widget message gets no traceback back
        quiet_tracebacks(lesson.words.say("tell-your-teacher"))
    name = type(activity).__name__
    module = import_module(f".{VIEWS[name]}", __name__)
    return getattr(module, f"{name}View")(activity, lesson).widget
