"""The static site's page that keeps its Python (`build-static --swap-lessons`): another lesson
runs in the kernel of the page a pupil has open, in place of the lesson shown (the page's script,
lesson-swap.js in the classroom template, calls `next_lesson` before running its cells)."""

from __future__ import annotations

import os

from .compat import live_widgets


def next_lesson(folder: str) -> int:
    """Close the widgets of the lesson shown, but for the layout and style models every lesson
    shares (views/sharing.py), and move to `folder`, the next lesson's notebook folder, where a
    page's own kernel would start (a teacher view is known by it). Returns how many were closed."""
    shown = [widget for widget in live_widgets() if not getattr(widget, "_sl_shared", False)]
    for widget in shown:
        widget.close()
    os.chdir(folder)
    return len(shown)
