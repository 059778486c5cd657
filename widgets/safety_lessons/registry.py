"""Every kind of activity a lesson's YAML can use, in one table: the kind, the class that holds its
content and pure logic (in activities/) and the class that shows it (in views/).

Adding a kind is its logic module, its view module and one line in `KINDS`. A kind's modules are
imported when the kind is first used, so a pupil's kernel loads only the kinds its lesson shows;
listing the kinds imports nothing. Nothing else lists the kinds: `library(root)` opens the lessons
tree with them, the one way the package opens it (content/ is given the table, never imports it).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Any

from .content.library import Library


@dataclass(frozen=True)
class Kind:
    name: str  # as a lesson's YAML writes it: `kind: quiz`
    model: str  # "module.Class" in activities/: the content's shape and its logic
    view: str  # "module.Class" in views/: the widgets that show it

    def model_class(self) -> type[Any]:
        return _load("activities", self.model)

    def view_class(self) -> type[Any]:
        return _load("views", self.view)


def _load(package: str, where: str) -> type[Any]:
    module, _, name = where.rpartition(".")
    cls: type[Any] = getattr(import_module(f"{__package__}.{package}.{module}"), name)
    return cls


# In the order content messages list them (`safety-lessons kinds` sorts them by name).
KINDS = (
    Kind("age-sort", "age_limits.AgeSort", "age_limits.AgeSortView"),
    Kind("age-picker", "age_limits.AgePicker", "age_limits.AgePickerView"),
    Kind("why-limits", "age_limits.WhyLimits", "age_limits.WhyLimitsView"),
    Kind("before-and-after", "before_after.BeforeAndAfter", "before_after.BeforeAndAfterView"),
    Kind("group-chat", "group_chat.GroupChat", "group_chat.GroupChatView"),
    Kind("inbox", "block_report.Inbox", "block_report.InboxView"),
    Kind("app-walkthrough", "block_report.Walkthrough", "block_report.WalkthroughView"),
    Kind("help", "help.Help", "help.HelpView"),
    Kind("strength-meter", "passwords.StrengthMeter", "passwords.StrengthMeterView"),
    Kind("word-builder", "passwords.WordBuilder", "passwords.WordBuilderView"),
    Kind("which-is-stronger", "passwords.WhichIsStronger", "passwords.WhichIsStrongerView"),
    Kind("spot-the-clues", "personal_details.SpotTheClues", "personal_details.SpotTheCluesView"),
    Kind("make-it-safer", "personal_details.MakeItSafer", "personal_details.MakeItSaferView"),
    Kind("profile-settings", "privacy.ProfileSettings", "privacy.ProfileSettingsView"),
    Kind("friend-requests", "privacy.FriendRequests", "privacy.FriendRequestsView"),
    Kind("quiz", "choose.Quiz", "choose.QuizView"),
    Kind("route-finder", "reporting.RouteFinder", "reporting.RouteFinderView"),
    Kind("sorter", "sorter.Sorter", "choose.SorterView"),
    Kind("story", "story.Story", "story.StoryView"),
    Kind("the-law", "laws.TheLaw", "laws.TheLawView"),
)
BY_NAME = {kind.name: kind for kind in KINDS}


class Models(Mapping[str, type[Any]]):
    """kind → the class of its content (the library is given this to read `kind:` with):
    a class is imported when it is first looked up; the kinds' names need no import."""

    def __getitem__(self, name: str) -> type[Any]:
        return BY_NAME[name].model_class()

    def __contains__(self, name: object) -> bool:
        return name in BY_NAME

    def __iter__(self) -> Iterator[str]:
        return iter(BY_NAME)

    def __len__(self) -> int:
        return len(BY_NAME)


MODELS = Models()


def library(root: Path) -> Library:
    """The lessons tree under `root`, its lessons read with every kind above."""
    return Library(root, MODELS)
