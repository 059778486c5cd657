"""Thin ipywidgets views, one per activity kind, each calling its kind's pure logic (activities/);
common.py (frames, live regions, guards) and sharing.py (shared layout and style models) serve
them all."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..registry import BY_NAME

if TYPE_CHECKING:
    from ..activities import Activity
    from .common import Page


def view_for(activity: Activity, page: Page) -> Any:
    """The widget that shows `activity` (its view's module is imported on first use)."""
    return BY_NAME[activity.kind].view_class()(activity, page).widget
