"""Thin ipywidgets views: each shows one activity kind and calls its pure logic."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..activities import Activity
    from .common import Page

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


def view_for(activity: Activity, page: Page) -> Any:
    """The widget that shows `activity` (its view's module is imported on first use)."""
    name = type(activity).__name__
    module = import_module(f".{VIEWS[name]}", __name__)
    return getattr(module, f"{name}View")(activity, page).widget
