"""`safety-lessons kinds`: every kind of activity a lesson's YAML can use, with its fields and
a shipped lesson to copy from. Generated from the code, so it is always true."""

from __future__ import annotations

import dataclasses
import typing
from pathlib import Path

from .activities import Activity
from .content.schema import describe

COMMON = {"kind", "title", "intro", "character"}  # fields every activity has


def examples(root: Path | None) -> dict[str, str]:
    """kind → the first lesson file (band/topic.yaml) that uses it."""
    found: dict[str, str] = {}
    if root is None:
        return found
    for path in sorted(root.glob("ages-*/*.yaml")):
        for line in path.read_text(encoding="utf-8").splitlines():
            kind = line.strip().removeprefix("kind:").strip() if line.strip().startswith("kind:") else ""
            if kind and kind not in found:
                found[kind] = str(path.relative_to(root.parent))
    return found


def describe_kinds(root: Path | None) -> str:
    seen = examples(root)
    out = [("Every activity has `kind:`, and may have `title:`, `intro:` and `character:` (the id of a "
            "character in characters.yaml, pictured beside the title). The kinds:"), ""]
    Activity.load_kind(None)  # every kind, not only those imported so far
    for kind, cls in sorted(Activity.KINDS.items()):
        hints = typing.get_type_hints(cls)
        out.append(f"{kind}: {(cls.__doc__ or '').strip().splitlines()[0]}")
        for field in dataclasses.fields(cls):
            if field.name in COMMON or not field.init:
                continue
            optional = field.default is not dataclasses.MISSING or field.default_factory is not dataclasses.MISSING
            out.append(f"    {field.name.replace('_', '-')}: {describe(hints[field.name])}"
                       f"{' (optional)' if optional else ''}")
        if kind in seen:
            out.append(f"    example: {seen[kind]}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
