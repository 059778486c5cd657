"""Every piece of pupil-facing text in an activity, with where it is written: what the safeguarding,
number and reading checks read. Its own module, so a lesson's kernel checks its activities
without loading the notebook checks (notebooks.py)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from .schema import Text


def text_fields(value: object, path: str = "") -> Iterator[tuple[str, str]]:
    """(field path, text) for every piece of pupil-facing text (`Text` fields), in order; paths
    are written as content files name them, e.g. ``questions[2].answers[1].feedback``."""
    if isinstance(value, Text):
        yield path, str(value)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            name = field.name.replace("_", "-")
            yield from text_fields(getattr(value, field.name), f"{path}.{name}" if path else name)
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value, 1):
            yield from text_fields(item, f"{path}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from text_fields(item, f"{path}.{key}" if path else str(key))
