"""Fewer widget models for the browser to build before a lesson answers.

ipywidgets gives every widget its own Layout model, and most their own style model, though
nearly all are the same: in a lesson they are about 60% of the models the browser must create
before the first control responds (measured: 80 text boxes answered 250 ms later with their own
layouts and styles than with shared ones). `share_layouts` gives the widgets of an activity one
model per distinct layout or style, and closes the rest before the page reaches the browser.

A shared model must never change, or every widget using it would change too: views show and
hide with a CSS class (`common.set_shown`), never `layout.display`. Changing a shared model
raises `SharedModelChanged` (after the change), so a test that uses a view that does it fails.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import ipywidgets as w

STYLE_TRAITS = ("layout", "style")
_shared: dict[str, w.Widget] = {}  # the kernel's shared models, by kind and state
_defaults: dict[type[w.Widget], w.Widget] = {}  # the shared model of each layout and style class as made by default


class SharedModelChanged(RuntimeError):
    pass


def share_layouts(root: w.Widget) -> int:
    """Point every widget in `root` at the shared model equal to its layout and to its style;
    returns how many models were closed."""
    closed = 0
    for widget in walk(root):
        for trait in STYLE_TRAITS:
            model = getattr(widget, trait, None) if widget.has_trait(trait) else None
            if not isinstance(model, w.Widget) or getattr(model, "_sl_shared", False):
                continue
            shared = _share(model)
            if shared is not model and model.comm is not None:  # a model made for this widget alone
                setattr(widget, trait, shared)
                model.close()
                closed += 1
    return closed


def default_model(cls: type[w.Widget]) -> w.Widget:
    """The shared model of a layout or style class in its default state: what views' widgets are
    made with (`OpenLesson.show` in lesson.py, compat.default_models), so that most need no model of their own
    to be made, compared and closed here."""
    model = _defaults.get(cls)
    if model is None or model.comm is None:
        made = cls()
        model = _defaults[cls] = _share(made)
        if model is not made:
            made.close()
    return model


def _share(model: w.Widget) -> w.Widget:
    """The shared model equal to `model`: `model` itself if it is the first such (it is then kept
    from changing)."""
    shared = _shared.setdefault(_key(model), model)
    if shared is model:
        _alarm(model)
    return shared


def walk(widget: w.Widget) -> Iterator[w.Widget]:
    """A widget and every widget inside it, depth first."""
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


def _key(model: w.Widget) -> str:
    return f"{type(model).__module__}.{type(model).__qualname__} " + json.dumps(
        model.get_state(), sort_keys=True, default=repr)


def _alarm(model: w.Widget) -> None:
    """Mark `model` shared, and make any change to it raise SharedModelChanged. The change is made
    before the alarm goes off (traitlets tells observers afterwards): this does not keep the model
    as it was, it makes a view that changes it fail its tests."""
    model._sl_shared = True

    def refuse(change: Any) -> None:
        raise SharedModelChanged(
            f"a shared {type(model).__name__} was changed ({change['name']}): it would change every "
            "widget that uses it; show or hide with common.set_shown, or give the widget its own")

    model.observe(refuse, names=list(model.keys))  # what the browser sees (closing it is not a change)
