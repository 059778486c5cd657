"""Typed reading of YAML content with problems a curriculum lead can act on.

A content file is read into YAML *nodes* (which know their line), then converted into
frozen dataclasses. Every problem found on the way is collected, never raised one at a
time, and printed as ``file:line: field: what is wrong; expected …``.

Scalars are read from their raw text, so YAML's surprises (``no`` becoming ``False``,
``0800`` becoming an octal number) cannot change a pupil-facing string.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import inspect
import re
import types
import typing
import urllib.parse
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar, Union

import yaml

from .yaml_words import cut_off, explain

T = TypeVar("T")

# libyaml's parser when PyYAML has it (about 20 times faster: a lesson's kernel reads several
# files as it starts); the pure-Python one otherwise (as in the browser, for the static site).
LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _compose(text: str) -> yaml.Node | None:
    """The file's node tree. A file that does not parse is parsed again by the pure-Python
    parser, whose messages point at the line with the mistake (libyaml's often at the next)."""
    try:
        return yaml.compose(text, Loader=LOADER)
    except yaml.MarkedYAMLError:
        return yaml.compose(text, Loader=yaml.SafeLoader)


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in a content file, with where it is and how to fix it."""

    file: str
    line: int
    field: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        level = "warning: " if self.warning else ""
        where = f"{self.file}:{self.line}" if self.line else self.file  # line 0: a notebook cell, named in field
        return f"{where}: {self.field}: {level}{self.message}"


class ContentError(Exception):
    """Raised with every problem of a content file when it cannot be used."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def _render_traceback_(self) -> list[str]:
        """IPython (JupyterLab, nbval) shows authors the problems, not a Python traceback."""
        return ["This lesson's content needs fixing:", *(f"  {p}" for p in self.problems)]


class Text(str):
    """Pupil-facing text: a non-empty string (marker type for clearer messages)."""


class Url(str):
    """A web address starting with https:// (marker type)."""


PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9-]*)\}")  # {n}, {age}, {digital-consent}


def fill(text: str, values: Mapping[str, object] | None = None, /, **more: object) -> str:
    """`text` with each {placeholder} named in `values` (or `more`) replaced, in one pass: a value
    holding braces is never filled again, and a placeholder not named stays as it is written.
    ``fill(label, n=2, total=5)``; a mapping for names with hyphens: ``fill(text, {"digital-consent": 13})``."""
    named = {**(values or {}), **more}
    return PLACEHOLDER.sub(lambda m: str(named[m[1]]) if m[1] in named else m[0], text)


def placeholders(text: str) -> list[str]:
    """The placeholders a text holds, in order: ``placeholders("{n} of {total}") == ["n", "total"]``."""
    return PLACEHOLDER.findall(text)


class Template(Text):
    """Pupil-facing text with {placeholders} a page fills in (`fill`): a number, a name, a fact. Its
    field says which with `Slots`, ``step_label: Annotated[Template, Slots(needs=("n",))]``, and the
    reader checks them (`rules`)."""


@dataclass(frozen=True)
class Slots:
    """What a Template field may hold: the placeholders it `needs` (the page puts something there),
    those it `may` use, or (`facts`) the ids of the facts in one facts file, which the activity
    checks against the facts (`{digital-consent}`, in facts/age-rules.yaml)."""

    needs: tuple[str, ...] = ()
    may: tuple[str, ...] = ()
    facts: str | None = None  # a facts file, e.g. age-rules
    says: str = ""  # where the needed ones go, for the message: "where the age goes"
    ids: str | None = None  # the ids of the section's own entries, e.g. a post's caption `parts` (its check)

    def problems(self, text: str) -> Iterator[str]:
        if self.ids is not None:
            return  # the section's own `check` holds the ids to its entries
        names = placeholders(text)
        missing = [name for name in self.needs if name not in names]
        if missing:
            yield f"must contain {', '.join(f'{{{name}}}' for name in missing)}{f' {self.says}' if self.says else ''}"
        if self.facts is not None:
            return
        allowed = (*self.needs, *self.may)
        for bad in dict.fromkeys(name for name in names if name not in allowed):
            yield (f"{{{bad}}} is not a placeholder here; "
                   + (f"expected {_or([f'{{{name}}}' for name in allowed])}" if allowed else
                      "this text has none (the page fills nothing in here), so write the words out"))

    def describe(self) -> str:
        """What the field may hold, for `safety-lessons kinds` and messages."""
        if self.ids is not None:
            return f", which may name one of the {self.ids} by its id in braces, e.g. {{an-id}}"
        if self.facts is not None:
            return f", which may name a fact of facts/{self.facts}.yaml by its id in braces, e.g. {{an-id}}"
        needs = f" with {_and([f'{{{name}}}' for name in self.needs])}" if self.needs else ""
        may = f", which may use {_or([f'{{{name}}}' for name in self.may])}" if self.may else ""
        return f"{needs}{may}"


def slots_of(tp: Any) -> Slots | None:
    """The Slots of a field's type (``Annotated[Template, Slots(…)]``, optional or not)."""
    if typing.get_origin(tp) in (Union, types.UnionType):
        return next((s for a in typing.get_args(tp) if (s := slots_of(a)) is not None), None)
    if typing.get_origin(tp) is Annotated:
        return next((m for m in tp.__metadata__ if isinstance(m, Slots)), None)
    return None


def rules(section: object) -> Iterator[tuple[str, str]]:
    """(field, problem) for every rule a section breaks: each Template field's placeholders (its
    Slots), then the section's own `check()`. The reader runs it on every section it reads."""
    hints: dict[str, Any] = _hints(typing.cast(Any, type(section)))
    for field in dataclasses.fields(typing.cast(Any, section)):
        slots = slots_of(hints[field.name])
        value = getattr(section, field.name)
        if slots is not None and isinstance(value, str):
            yield from ((field.name.replace("_", "-"), message) for message in slots.problems(value))
    check = getattr(section, "check", None)
    if check is not None:
        yield from check()


def templates(section: object, path: str = "") -> Iterator[tuple[str, str, Slots]]:
    """(field path, text, its Slots) for every Template in a section and the sections inside it,
    e.g. ("reasons[2].explain", …)."""
    if not dataclasses.is_dataclass(section):
        return
    hints: dict[str, Any] = _hints(typing.cast(Any, type(section)))
    for field in dataclasses.fields(section):
        value = getattr(section, field.name)
        where = _join(path, field.name.replace("_", "-"))
        slots = slots_of(hints[field.name])
        if slots is not None and isinstance(value, str):
            yield where, value, slots
        elif isinstance(value, tuple):
            for i, item in enumerate(value, 1):
                yield from templates(item, f"{where}[{i}]")
        elif isinstance(value, dict):
            for key, item in value.items():
                yield from templates(item, f"{where}.{key}")
        else:
            yield from templates(value, where)


class Entries(dict[str, Any]):
    """Named entries read from a file, with the line of each name (for messages)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lines: dict[str, int] = {}


def lines_of(obj: object) -> dict[str, int]:
    """Line of each field of a loaded dataclass (``""`` is the section's own line)."""
    return typing.cast(dict[str, int], getattr(obj, "_lines", {}))


def line_of(obj: object, name: str = "") -> int:
    lines = lines_of(obj)
    return lines.get(name, lines.get("", 1))


class Reader:
    """Converts nodes of one file to typed values, collecting problems. `kinds` gives, for a family
    of sections told apart by their `kind:` field, the class each name is read as (the library
    passes the registry's activity kinds: content/ names no kind)."""

    def __init__(self, file: Path | str, kinds: Mapping[type, Mapping[str, type]] | None = None) -> None:
        self.file = str(file)
        self.kinds = kinds or {}
        self.problems: list[Problem] = []
        self.unread = 0  # how many values could not be read (problems from rules aside)
        self.source: list[str] = []  # the file's lines, once parsed (to find text a `#` cut off)

    # -- entry points -------------------------------------------------------------
    def load(self, path: Path, tp: type[T], holds: str = "", example: str = "") -> T | None:
        """The file read as `tp`; `holds` says what the file is for and `example` is an id of one of
        its entries (told when it is empty)."""
        node = self.parse(path, f"{holds or 'its content'}: {expected_fields(tp, example)}")
        if node is None:
            return None
        return typing.cast("T | None", self.read(node, tp, ""))

    def parse(self, path: Path, holds: str = "its content") -> yaml.Node | None:
        text = self.text(path)
        if text is None:
            return None
        try:
            node = _compose(text)
        except yaml.MarkedYAMLError as err:
            line, message = explain(text, err)
            self.add(line, "(YAML)", message)
            return None
        if node is None:
            self.add(1, "(file)", f"is empty; it should hold {holds}")
        self.source = text.splitlines()
        return node

    def text(self, path: Path) -> str | None:
        """The file's text; None (and the line of the first character that is not UTF-8) if it is not UTF-8."""
        data = path.read_bytes()
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as err:
            line, message = not_utf8(data, err)
            self.add(line, "(file)", message)
            return None

    def add(self, line: int, field: str, message: str, warning: bool = False) -> None:
        self.problems.append(Problem(self.file, line, field or "(top)", message, warning))

    # -- conversion ------------------------------------------------------------------
    def read(self, node: yaml.Node, tp: Any, path: str) -> Any:
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin is Annotated:  # a Template and its Slots: `rules` checks the placeholders
            return self.read(node, args[0], path)
        if dataclasses.is_dataclass(tp):
            return self._dataclass(node, typing.cast(type, tp), path)
        if origin is Literal:
            return self._literal(node, args, path)
        if origin in (Union, types.UnionType):
            return self._union(node, tp, path)
        if origin is tuple:  # `tuple[X, ...]`: a list in the file, kept as a tuple (content never changes)
            return self._tuple(node, args[0], path)
        if origin is dict:
            return self._dict(node, args[1], path)
        return self._leaf(node, tp, path)

    def _literal(self, node: yaml.Node, allowed: tuple[Any, ...], path: str) -> Any:
        raw = self._scalar(node, path, "one of: " + ", ".join(map(str, allowed)))
        if raw is None:
            return None
        if raw not in allowed:
            self.add(node.start_mark.line + 1, path, f"'{raw}' is not allowed; expected one of: "
                     f"{', '.join(map(str, allowed))}{suggest(raw, allowed)}")
            return None
        return raw

    def _union(self, node: yaml.Node, tp: Any, path: str) -> Any:
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        empty = isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")
        if len(inner) == 1:
            if empty:
                if _text(inner[0]):
                    self._cut_off(node, path, "", warning=True)
                return None
            return self.read(node, inner[0], path)
        # one text, or a section (school.yaml's words for a role, band by band): the file's shape says which
        if empty:
            self.add(node.start_mark.line + 1, path, f"is empty; expected {describe(tp)}")
            return None
        section = isinstance(node, yaml.MappingNode)
        return self.read(node, next(a for a in inner if (typing.get_origin(a) is dict
                                                         or dataclasses.is_dataclass(a)) == section), path)

    def _tuple(self, node: yaml.Node, item: Any, path: str) -> Any:
        if not isinstance(node, yaml.SequenceNode):
            self.add(node.start_mark.line + 1, path, f"expected a list (lines starting with '- '), found {_kind(node)}")
            return None
        items = [self.read(n, item, f"{path}[{i + 1}]") for i, n in enumerate(node.value)]
        return None if _failed(items, item) else tuple(items)

    def _dict(self, node: yaml.Node, value: Any, path: str) -> Any:
        if not isinstance(node, yaml.MappingNode):
            self.add(node.start_mark.line + 1, path, f"expected named entries ('name: …'), found {_kind(node)}")
            return None
        out: dict[str, Any] = Entries()
        first: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in first:  # which of the two is meant is not known: that one line, not its knock-ons
                self.add(key_node.start_mark.line + 1, _join(path, key), twice(first[key], entry=True))
                continue
            first[key] = key_node.start_mark.line + 1
            out[key] = self.read(value_node, value, _join(path, key))
            out._lines[key] = key_node.start_mark.line + 1  # type: ignore[attr-defined]
        return None if len(first) < len(node.value) or _failed(out.values(), value) else out

    def _leaf(self, node: yaml.Node, tp: Any, path: str) -> Any:
        line = node.start_mark.line + 1
        raw = self._scalar(node, path, describe(tp))
        if raw is None:
            return None
        try:
            if tp is bool:
                lowered = raw.lower()
                if lowered not in ("true", "false", "yes", "no"):
                    raise ValueError
                return lowered in ("true", "yes")
            if tp is int:
                return int(raw)
            if tp is dt.date:
                return dt.date.fromisoformat(raw)
            if tp is Url:
                if not is_web_address(raw):
                    raise ValueError
                return Url(raw)
            if tp in (str, Text, Template):
                if tp is not str and self._cut_off(node, path, raw, warning=bool(raw.strip())):
                    return None if not raw.strip() else tp(raw)
                if tp is not str and not raw.strip():
                    raise ValueError
                return tp(raw)
        except ValueError:
            self.add(line, path, f"'{short(raw)}' is not {describe(tp)}")
            return None
        raise TypeError(f"unsupported type {tp}")

    def _cut_off(self, node: yaml.Node, path: str, raw: str, warning: bool) -> bool:
        """Whether an unquoted ` #` cut a pupil-facing text off (then it is reported)."""
        if not isinstance(node, yaml.ScalarNode) or node.style:  # plain: None, or '' from libyaml
            return False  # text in quotes keeps its #
        end = node.end_mark
        found = cut_off(self.source[end.line], end.column) if end.line < len(self.source) else None
        if found is None:
            return False
        comment, fix = found
        kept = f"pupils see only '{short(raw.strip())}'" if raw.strip() else "there is no text"
        fix = f": {fix}" if fix else ""
        self.add(end.line + 1, path, f"'{short(comment)}' is read as a note for authors, not text (after a space, "
                                     f"# starts a note), so {kept}; if it is part of the text, put the whole text in "
                                     f"quotes{fix} (a note for authors goes on a line of its own)", warning)
        return True

    def _scalar(self, node: yaml.Node, path: str, expected: str) -> str | None:
        if isinstance(node, yaml.ScalarNode) and node.tag.startswith("!"):  # `!important` is a YAML tag
            self.add(node.start_mark.line + 1, path, f"text starting with a ! has a special meaning in YAML; put "
                                                     f"the whole text in quotes: \"{short(node.tag)} …\"")
            return None
        if isinstance(node, yaml.ScalarNode):
            return str(node.value)
        self.add(node.start_mark.line + 1, path, f"expected {expected}, found {_kind(node)}")
        return None

    def _kind_of(self, node: yaml.Node, cls: type, path: str) -> type | None:
        """The class a section is read as: `cls`, or for a family of sections told apart by their
        `kind:` field (`self.kinds`), the one it names; None if it names none."""
        kinds = self.kinds.get(cls)
        if kinds is None:
            return cls
        kind_node = _value_of(node, "kind")
        if kind_node is None:
            self.add(node.start_mark.line + 1, _join(path, "kind"),
                     f"is missing; expected one of: {_field_list(kinds)}")
            return None
        kind = str(kind_node.value)
        if kind not in kinds:
            self.add(kind_node.start_mark.line + 1, _join(path, "kind"),
                     f"'{kind}' is not a kind of {cls.__name__.lower()}; expected one of: "
                     f"{_field_list(kinds)}{suggest(kind, kinds)}")
            return None
        return kinds[kind]

    def _dataclass(self, node: yaml.Node, family: type, path: str) -> Any:
        line = node.start_mark.line + 1
        cls = self._kind_of(node, family, path)
        if cls is None:
            return None
        others = _others(cls)  # the field that takes every other key (school.yaml's roles), if any
        fields = {f.name.replace("_", "-"): f for f in dataclasses.fields(cls) if f.init and f.name != others}
        if not isinstance(node, yaml.MappingNode):
            self.add(line, path, f"expected a section with {_field_list(fields)}, found {_kind(node)}")
            return None
        hints = _hints(cls)
        values: dict[str, Any] = {}
        lines = {"": line}
        ok = True
        misspelt: set[str] = set()  # fields an unknown field is suggested for: not also "missing"
        unread_before = self.unread  # a value in here could not be read: its problem is said, not the rules' knock-ons
        rest = yaml.MappingNode("tag:yaml.org,2002:map", [], node.start_mark, node.end_mark)
        for key_node, value_node in node.value:
            key = str(key_node.value)
            key_line = key_node.start_mark.line + 1
            field = fields.get(key)
            if field is None and others:
                rest.value.append((key_node, value_node))
                continue
            if field is None:
                self.add(key_line, _join(path, key),
                         f"unknown field; expected one of: {_field_list(fields)}{suggest(key, fields)}")
                misspelt.update(close_matches(key, fields))
                ok = False
                continue
            if field.name in values:
                self.add(key_line, _join(path, key), twice(lines[field.name]))
            lines[field.name] = key_line
            values[field.name] = value = self._field(value_node, hints[field.name], _join(path, key))
            ok = ok and (value is not None or _optional(hints[field.name]))
        if others:
            values[others] = self.read(rest, hints[others], path)
            ok = ok and values[others] is not None
        if not self._all_there(fields, values, misspelt, line, path, hints) or not ok:
            return None
        obj = cls(**values)
        object.__setattr__(obj, "_lines", lines)
        if self.unread == unread_before:
            for field_name, message in rules(obj):
                self.add(line_in(obj, field_name, line), _join(path, field_name), message)
        return obj



    def _field(self, node: yaml.Node, tp: Any, path: str) -> Any:
        """A field's value (None if it could not be read, its problems said: then counted as
        unread, unless they are only warnings)."""
        before = len(self.problems)
        value = self.read(node, tp, path)
        if value is None and any(not p.warning for p in self.problems[before:]):
            self.unread += 1
        return value

    def _all_there(self, fields: dict[str, dataclasses.Field[Any]], values: dict[str, Any], misspelt: set[str],
                   line: int, path: str, hints: dict[str, Any]) -> bool:
        """Whether every required field was given; says which are missing (but not one an unknown
        field was suggested for)."""
        ok = True
        for key, field in fields.items():
            required = field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
            if required and field.name not in values:
                if key not in misspelt:
                    self.add(line, _join(path, key), f"is missing; expected {describe(hints[field.name])}")
                ok = False
        return ok


def _others(cls: Any) -> str | None:
    """The field of a section that takes every key not one of its own (`OTHERS`, e.g. a school's
    roles beside `hidden:`), read as its named entries; None for a section of fixed fields."""
    return typing.cast("str | None", getattr(cls, "OTHERS", None))


@functools.cache
def _hints(cls: Any) -> dict[str, Any]:
    """A dataclass's field types, worked out once per class: `typing` evaluates them afresh on every
    call, which took most of the time a lesson's kernel spent reading its content. A Template's
    Slots are kept (`Annotated`)."""
    return typing.get_type_hints(cls, include_extras=True)


def _text(tp: Any) -> bool:
    """Whether a field's type is pupil-facing text (a Template's too)."""
    return tp in (Text, Template) or (typing.get_origin(tp) is Annotated and _text(typing.get_args(tp)[0]))


# A host name: labels, then a top-level name of 2 to 6 letters (uk, org, police, info …): a
# mistyped address such as https://www.childline (no .org.uk) is refused.
_HOST = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,6}", re.IGNORECASE)


def is_web_address(raw: str) -> bool:
    """https://, then a real host name (letters, digits, hyphens and dots, ending in a name such as
    .uk or .org), then an optional path: no spaces, quotes or angle brackets anywhere."""
    if re.search(r"[\s\"'<>\\]", raw) or not raw.startswith("https://"):
        return False
    parts = urllib.parse.urlsplit(raw)
    return bool(_HOST.fullmatch(parts.hostname or "")) and parts.port is None and not parts.username


def line_in(obj: object, field_path: str, default: int) -> int:
    """The line of a field a check names, followed as deep as it goes: ``requests[2].best`` is
    the line of `best:` in the second request (or of `requests:` if that cannot be followed)."""
    found = default
    for part in field_path.split("."):
        name, _, index = part.partition("[")
        if isinstance(obj, dict):  # named entries (e.g. a story's nodes): the entry's own line
            found = lines_of(obj).get(name, found)
            obj = obj.get(name)
            found = lines_of(obj).get("", found)
        else:
            name = name.replace("-", "_")
            found = lines_of(obj).get(name, found)
            obj = getattr(obj, name, None)
        if index:
            try:
                obj = obj[int(index.rstrip("]")) - 1]  # type: ignore[index]
            except (TypeError, ValueError, IndexError, KeyError):
                return found
            found = lines_of(obj).get("", found)
        if obj is None:
            return found
    return found


def _value_of(node: yaml.Node, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == key:
                return typing.cast(yaml.Node, value_node)
    return None


def _failed(items: typing.Iterable[Any], tp: Any) -> bool:
    """Whether an item of a list or section could not be read (its problems are recorded):
    then the whole container is unusable, and checks that need it wait for the fix."""
    return not _optional(tp) and any(item is None for item in items)


def _optional(tp: Any) -> bool:
    return typing.get_origin(tp) in (Union, types.UnionType) and type(None) in typing.get_args(tp)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a section of named entries"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return f"'{short(str(node.value))}'" if node.value != "" else "nothing"


def short(text: str, limit: int = 40) -> str:
    """`text`, cut to `limit` characters with an ellipsis (for quoting content in a message)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _field_list(fields: typing.Iterable[str]) -> str:
    return ", ".join(fields)


def suggest(word: str, options: typing.Iterable[object]) -> str:
    close = close_matches(word, options)
    return f" (did you mean '{close[0]}'?)" if close else ""


def close_matches(word: str, options: typing.Iterable[object]) -> list[str]:
    """The option `word` is most likely a misspelling of, if any (difflib: imported only when a
    problem is found, not by every pupil's kernel)."""
    import difflib

    return difflib.get_close_matches(word, [str(o) for o in options], n=1, cutoff=0.6)


PLAIN: dict[Any, str] = {  # a field's plain type in a curriculum lead's words
    Text: "some text", Template: "some text", str: "text",
    Url: "a web address starting with https:// and a site name (e.g. https://www.childline.org.uk)",
    int: "a whole number", bool: "true or false", dt.date: "a date written like 2026-11-25",
}


def describe(tp: Any) -> str:
    """A field's type in a curriculum lead's words."""
    origin = typing.get_origin(tp)
    if origin is Annotated:
        slots = slots_of(tp)
        return describe(typing.get_args(tp)[0]) + (slots.describe() if slots else "")
    if isinstance(tp, type) and tp in PLAIN:
        return PLAIN[tp]
    if origin is Literal:
        return "one of: " + ", ".join(map(str, typing.get_args(tp)))
    if origin is tuple:
        return f"a list of {describe(typing.get_args(tp)[0])}"
    if origin is dict:
        return "named entries"
    if origin in (Union, types.UnionType):
        return " or ".join(describe(a) for a in typing.get_args(tp) if a is not type(None))
    if dataclasses.is_dataclass(tp):
        names = [f.name.replace("_", "-") for f in dataclasses.fields(tp) if f.init and f.name != _others(tp)]
        return "a section with " + ", ".join(names) + (f" and {getattr(tp, 'OTHERS_ARE', '')}" if _others(tp) else "")
    return str(tp)


def twice(first: int, entry: bool = False) -> str:
    """A field (or, `entry`, a named entry such as an activity) written twice in one section."""
    fix = "keep one, or give this one an id of its own" if entry else "keep one"
    return f"appears twice (first on line {first}); {fix}"


def not_utf8(data: bytes, err: UnicodeDecodeError) -> tuple[int, str]:
    """(line, message) for the first byte of a file that is not UTF-8 text."""
    line = data.count(b"\n", 0, err.start) + 1
    byte = data[err.start: err.start + 1].hex().upper()
    return line, (f"has a character that is not UTF-8 (byte {byte}), often a £, an accented letter or a curly "
                  "quote pasted from another program; retype it, or save the file as UTF-8 (in most editors: "
                  "Save As, Encoding: UTF-8)")


def expected_fields(tp: Any, example: str = "") -> str:
    """The fields a file or section holds, in a curriculum lead's words (for an empty file)."""
    if typing.get_origin(tp) is dict:
        inner = typing.get_args(tp)[1]
        if dataclasses.is_dataclass(inner):
            return (f"one entry each: an id on a line of its own (e.g. `{example or 'an-id'}:`) and below it, indented "
                    f"by two spaces, {expected_fields(inner)}")
        return "named entries, one a line (`id: …`)"
    if not dataclasses.is_dataclass(tp):
        return describe(tp)
    own = inspect.get_annotations(typing.cast(type, tp))
    fields = sorted((f for f in dataclasses.fields(tp) if f.init), key=lambda f: f.name not in own)
    required = [f"`{f.name.replace('_', '-')}:`" for f in fields
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    optional = [f"`{f.name.replace('_', '-')}:`" for f in fields if f"`{f.name.replace('_', '-')}:`" not in required]
    out = _and([*required, *([str(getattr(tp, "OTHERS_ARE", ""))] if _others(tp) else [])])
    optional = [name for name in optional if name.strip("`:").replace("-", "_") != _others(tp)]
    return out + (f" (and, if needed, {_and(optional)})" if optional else "")


def _and(names: list[str], word: str = "and") -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {word} " + names[-1] if names else ""


def _or(names: list[str]) -> str:
    return _and(names, "or")
