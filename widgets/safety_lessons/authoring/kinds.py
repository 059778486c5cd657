"""`safety-lessons kinds`: every kind of activity a lesson's YAML can use, with its fields and
a shipped lesson to copy from. Generated from the code, so it is always true."""

from __future__ import annotations

import dataclasses
import inspect
import re
import typing
from pathlib import Path
from typing import Any

import yaml

from ..content.schema import LOADER, Template, Text, describe
from ..registry import MODELS

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
    for kind, cls in sorted(MODELS.items()):
        hints = typing.get_type_hints(cls, include_extras=True)
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
    out.append("For one kind's fields in full, nested, with what each is for and an example to copy: "
               "safety-lessons kinds KIND (e.g. safety-lessons kinds quiz).")
    return "\n".join(out).rstrip() + "\n"


# -- one kind in full: `safety-lessons kinds KIND` ---------------------------------------------------
WORDS = """\
What the words mean:
  some text      words pupils read: it may not be empty, and `check` reads it for reading level
                 and for words a safeguarding lead would refuse (write it as pupils should see it)
  text           a word the lesson itself uses, not read as prose: an id (e.g. tiktok, start), a
                 name or a short label; it may be empty
  with {n}       the page puts something in its place (a number, a name): keep it; "which may
                 use {age}" lists the ones the text may have. `check` names a missing or unknown one
  (optional)     you may leave the field out
  a list         one item a line, each starting with '- '; in a list of sections the '- ' goes
                 before the item's first field, and its other fields line up under that one
  named entries  ids of your choice, each followed by a colon, with its fields indented below it"""
_NOT_FOR_AUTHORS = re.compile(r"\s*\((?:see [A-Z_]+|not `check`[^)]*)\)")
WIDTH = 34  # the column where a field's description starts


def describe_kind(kind: str, root: Path | None) -> str:
    """Every field of one kind, nested as in a lesson's YAML, which are optional, what each is for,
    and a shipped activity of that kind to copy (raises KeyError for an unknown kind)."""
    cls = MODELS[kind]
    out = [f"{kind}: {(cls.__doc__ or '').strip().splitlines()[0]}", "",
           "Its fields, laid out as in a lesson's YAML file (every activity also has `kind:`, and may have",
           "`title:`, `intro:` and `character:`):", "", f"  kind: {kind}"]
    out += _field_lines(cls, "  ", skip=COMMON)
    out += ["", WORDS]
    example = shortest_example(kind, root)
    if path := _deepest(cls):
        activity = example[2][1].strip().rstrip(":") if example else "ACTIVITY-ID"
        out += ["", f"`check` names a field by where it is: activities.{activity}.{path[0]} is {path[1]} of the "
                    f"activity {activity}."]
    if example:
        out += ["", f"An example to copy, from {example[0]} (line {example[1]}):", "", *example[2]]
    return "\n".join(out).rstrip() + "\n"


def _field_lines(cls: type, indent: str, skip: frozenset[str] | set[str] = frozenset(), item: bool = False,
                 depth: int = 0) -> list[str]:
    """One line per field (`name:  what it is (optional) — what it is for`), nested fields below it.
    `item`: the fields of a list item (the first one starts with '- ')."""
    hints = typing.get_type_hints(cls, include_extras=True)
    notes = field_notes(cls)
    lines: list[str] = []
    for field in (f for f in dataclasses.fields(cls) if f.init and f.name not in skip):
        name = field.name.replace("_", "-")
        optional = field.default is not dataclasses.MISSING or field.default_factory is not dataclasses.MISSING
        tp = _required(hints[field.name])
        lead = indent[:-2] + "- " if item and not lines else indent
        inner, what = _inner(tp, " (optional)" if optional else "")
        note = f" — {notes[field.name]}" if field.name in notes else ""
        lines.append(f"{lead}{name}:".ljust(WIDTH) + f" {what}{note}")
        if inner is None or depth > 5:
            continue
        if typing.get_origin(tp) is dict:
            lines.append(f"{indent}  an-id:".ljust(WIDTH) + " an id of your choice (small letters, digits, hyphens)")
            lines += _field_lines(inner, indent + "    ", depth=depth + 1)
        else:
            is_list = typing.get_origin(tp) is tuple
            lines += _field_lines(inner, indent + ("    " if is_list else "  "), item=is_list, depth=depth + 1)
    return lines


def _required(tp: Any) -> Any:
    """The type inside `X | None`."""
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    return args[0] if type(None) in typing.get_args(tp) and len(args) == 1 else tp


def _inner(tp: Any, optional: str) -> tuple[type | None, str]:
    """The section a field holds (its fields are listed below it), and what the field is, in words."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if dataclasses.is_dataclass(tp):
        return typing.cast(type, tp), f"a section{optional}, with these fields:"
    if origin is tuple and dataclasses.is_dataclass(args[0]):
        return typing.cast(type, args[0]), f"a list{optional}; each item has these fields:"
    if origin is dict and dataclasses.is_dataclass(args[1]):
        return typing.cast(type, args[1]), f"named entries{optional}; each has these fields:"
    if origin is dict:
        return None, f"named entries{optional}: an id, a colon, then {describe(args[1])}"
    return None, describe(tp) + optional


def _deepest(cls: type, path: str = "", words: str = "") -> tuple[str, str] | None:
    """The most deeply nested text field of a kind, as `check` names it, and in words: e.g.
    ("questions[2].answers[1].feedback", "the feedback: of item 1 of answers: in item 2 of questions:")."""
    best: tuple[str, str] | None = None
    hints = typing.get_type_hints(cls, include_extras=True)
    for field in (f for f in dataclasses.fields(cls) if f.init and f.name not in COMMON):
        name = field.name.replace("_", "-")
        tp = _required(hints[field.name])
        origin, args = typing.get_origin(tp), typing.get_args(tp)
        found: tuple[str, str] | None = None
        if origin is tuple and dataclasses.is_dataclass(args[0]):
            index = 2 if not path else 1
            found = _deepest(typing.cast(type, args[0]), f"{path}{name}[{index}].",
                             f"in item {index} of `{name}:`" + (f" {words}" if words else ""))
        elif origin is dict and dataclasses.is_dataclass(args[1]):
            found = _deepest(typing.cast(type, args[1]), f"{path}{name}.start.",
                             f"in the entry `start:` of `{name}:`" + (f" {words}" if words else ""))
        elif path and (tp is Text or typing.get_args(tp)[:1] == (Template,)):  # a Template: Annotated[Template, …]
            found = (f"{path}{name}", f"the `{name}:` {words}")
        if found and (best is None or found[0].count(".") >= best[0].count(".")):
            best = found
    return best


def field_notes(cls: type) -> dict[str, str]:
    """What each field is for, from the note beside it where the kind is defined (`name: …  # note`)."""
    try:
        source = inspect.getsource(cls)
    except (OSError, TypeError):
        return {}
    found = re.findall(r"(?m)^\s+(\w+): [^\n#]*?  # (.+)$", source)
    return {name: _NOT_FOR_AUTHORS.sub("", note).replace(" (optional)", "").strip() for name, note in found}


def shortest_example(kind: str, root: Path | None) -> tuple[str, int, list[str]] | None:
    """(file, line, the lines of the activity) for the shortest shipped activity of `kind`."""
    best: tuple[str, int, list[str]] | None = None
    for path in sorted(root.glob("ages-*/*.yaml")) if root is not None else []:
        text = path.read_text(encoding="utf-8")
        try:
            node = yaml.compose(text, Loader=LOADER)  # libyaml's, when PyYAML has it
        except yaml.YAMLError:
            continue
        lines = text.splitlines()
        activities = _value(node, "activities")
        for key, value in activities.value if isinstance(activities, yaml.MappingNode) else []:
            found = _value(value, "kind")
            if found is None or found.value != kind:
                continue
            start = key.start_mark.line
            block = lines[start: value.end_mark.line]  # a section ends where the next one starts
            while block and (not block[-1].strip() or block[-1].lstrip().startswith("#")):
                block.pop()
            if best is None or len(block) < len(best[2]):
                best = (str(path.relative_to(root.parent)) if root else str(path), start + 1, block)
    if best is None:
        return None
    file, line, block = best
    return file, line, ["activities:", *block]


def _value(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if k.value == key:
                return typing.cast(yaml.Node, v)
    return None
