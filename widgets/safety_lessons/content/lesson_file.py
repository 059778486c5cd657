"""The shape of a lesson's content file (``band/topic.yaml``): its title and its activities
(`safety-lessons kinds` lists the kinds of activity)."""

from __future__ import annotations

from dataclasses import dataclass

from .activity import Activity
from .schema import Text


@dataclass(frozen=True)
class Lesson:
    title: Text
    activities: dict[str, Activity]
