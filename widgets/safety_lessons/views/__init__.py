"""Thin ipywidgets views, one per activity kind, each calling its kind's pure logic (activities/);
common.py (frames, live regions, guards) and sharing.py (shared layout and style models) serve
them all."""
