"""Layouts and styles are shared, so the browser builds fewer models before a lesson answers."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as w
import pytest
from safety_lessons.lesson import OpenLesson
from safety_lessons.views.common import is_shown, set_shown
from safety_lessons.views.sharing import SharedModelChanged, share_layouts

from tests.conftest import LESSONS

from .conftest import walk

REFS = sorted(f"{p.parent.name}/{p.stem}" for p in LESSONS.glob("ages-*/*.ipynb"))


def models(widget: w.Widget) -> set[w.Widget]:
    """The models the browser builds to show `widget`: it, its children, their layouts and styles."""
    found: set[w.Widget] = set()
    for part in walk(widget):
        found |= {part, *(getattr(part, t) for t in ("layout", "style") if part.has_trait(t))}
    return found


@pytest.mark.parametrize("ref", REFS)
def test_every_activity_shares_its_layouts_and_styles(ref: str, opened: Callable[[str], OpenLesson]) -> None:
    lesson = opened(ref)
    shown = [lesson.show(activity_id) for activity_id in lesson.content.activities]
    widgets = {x for view in shown for x in walk(view)}
    used = set().union(*(models(view) for view in shown))
    styles = used - widgets
    assert len(styles) <= 12, f"{len(styles)} layouts and styles for {len(widgets)} widgets"
    assert all(x.comm is not None for x in used), "a widget points at a closed model"
    assert len(used) < 1.3 * len(widgets)  # unshared, every widget brings one or two more


def test_equal_models_are_shared_and_different_ones_kept() -> None:
    plain, also_plain = w.HTML("a"), w.HTML("b")
    big = w.HTML("c", style={"font_size": "20px"})
    button = w.Button(description="Go")
    box = w.VBox([plain, also_plain, big, button])
    before = models(box)
    closed = share_layouts(box)
    assert plain.layout is also_plain.layout is big.layout is button.layout is box.layout
    assert plain.style is also_plain.style
    assert big.style is not plain.style and big.style.font_size == "20px"
    assert closed == len(before - models(box)) >= 4  # the unshared ones are closed
    assert all(m.comm is None for m in before - models(box))  # the browser never builds them
    assert share_layouts(box) == 0  # sharing again changes nothing


def test_a_shared_model_refuses_to_change() -> None:
    # Hiding one widget through its layout would hide every widget sharing it.
    first, second = w.Button(description="One"), w.Button(description="Two")
    share_layouts(w.VBox([first, second]))
    with pytest.raises(SharedModelChanged, match="set_shown"):
        first.layout.display = "none"
    set_shown(first, False)
    assert not is_shown(first) and is_shown(second)
    set_shown(first, True)
    assert is_shown(first)


def test_a_lessons_widgets_are_made_with_the_shared_defaults(opened: Callable[[str], OpenLesson],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Not made, compared and closed: each widget made its own layout and style before (~60% of the
    models a lesson's kernel made, each one opened and closed on the page's connection)."""
    lesson = opened("ages-7-11/personal-details")
    made, closed = [], []
    init, close = w.Widget.__init__, w.Widget.close

    def counted_init(self: w.Widget, **kwargs: object) -> None:
        made.append(self)
        init(self, **kwargs)

    def counted_close(self: w.Widget) -> None:
        closed.extend([self] if self.comm is not None else [])
        close(self)

    monkeypatch.setattr(w.Widget, "__init__", counted_init)
    monkeypatch.setattr(w.Widget, "close", counted_close)
    shown = [lesson.show(activity_id) for activity_id in lesson.content.activities]
    assert len(made) > 50
    assert len(closed) <= 0.1 * len(made), f"{len(closed)} of {len(made)} models made only to be closed"
    assert all(x.comm is not None for view in shown for x in models(view))
    assert w.Button().layout is not w.Button().layout  # outside a lesson's views, ipywidgets' own defaults
