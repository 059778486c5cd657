"""What a forged widget message may carry, for every kind of control a lesson page has: shared by
the in-process test of every lesson (tests/unit/test_forged_messages.py) and the one that sends
them over a real kernel websocket (tests/browser/test_security.py)."""

from __future__ import annotations

from typing import Any

MB = "x" * 200_000  # long, but under the websocket message cap (limits.MAX_MESSAGE)
TEXTS: list[Any] = [MB, "🙂" * 10_000, "\u202eetirw\u200f שלום مرحبا", "\x00\x01\x07\x1b[31m\r\n\t",
                    "<script>alert(1)</script>", "", " " * 5000, "\U0010ffff",
                    None, 12, -1, 3.5, True, [], {}, ["a"], {"a": 1}]
INDEXES: list[Any] = [99, -1, -99, 2**63, 10**30, "0", "", None, 1.5, True, [0], {"i": 0}, 0, 1, 0]
FLAGS: list[Any] = [None, "yes", 2, [], True, False]
CHOICES = ("RadioButtonsModel", "ToggleButtonsModel", "DropdownModel", "SelectModel")
TEXT_BOXES = ("TextModel", "TextareaModel", "PasswordModel", "ComboboxModel")
TOGGLES = ("ToggleButtonModel", "CheckboxModel")
EVERY_CONTROL = (*TEXT_BOXES, *CHOICES, *TOGGLES, "ButtonModel")
BUTTON_PRESSES = 10  # a pupil hammering a button, enabled or not


def forgeries(model_name: str) -> list[dict[str, Any]]:
    """Every wrong (and a few right) state updates for one control, by its model's name."""
    if model_name in TEXT_BOXES:
        forged = [{"value": v} for v in TEXTS]
    elif model_name in CHOICES:
        forged = [{"index": i} for i in INDEXES] + [{"value": v} for v in TEXTS[2:]]
    elif model_name in TOGGLES:
        forged = [{"value": v} for v in FLAGS + TEXTS[:4]]
    elif model_name == "ButtonModel":
        forged = [{"disabled": v} for v in FLAGS]
    else:
        return []
    return [*forged, {"disabled": False}, {"_dom_classes": ["x"] * 3}, {"no_such_trait": MB[:10]}]
