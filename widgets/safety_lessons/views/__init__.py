"""Thin ipywidgets views: each shows one activity kind and calls its pure logic."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..registry import BY_NAME

if TYPE_CHECKING:
    from ..activities import Activity
    from .common import Page


def view_for(activity: Activity, page: Page) -> Any:
    """The widget that shows `activity` (its view's module is imported on first use)."""
    return BY_NAME[activity.kind].view_class()(activity, page).widget
