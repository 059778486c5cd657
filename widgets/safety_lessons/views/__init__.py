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
    """The widget that shows `activity` (its view's module is imported on first use), its widgets
    made with the shared default layouts and styles (sharing.py)."""
    from ..compat import default_models
    from .sharing import default_model

    view = BY_NAME[activity.kind].view_class()
    with default_models(default_model):
        return view(activity, page).widget
