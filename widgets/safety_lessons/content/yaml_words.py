"""YAML mistakes in a curriculum lead's words: what is wrong on which line, and how to fix it.

The parser's own words (``mapping values are not allowed here``, ``expected <block end>, but
found '?'``) become the mistake people make (a colon inside text, a tab, a line not lined up, a
quote never closed …) with the fix, read from the line of the file the parser stopped at.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import yaml

QUOTE_IT = "put the whole text in quotes"
LINE_UP = ("the fields of one section start in the same column, and so do the '- ' of one list: indent "
           "with spaces to line it up")
# A `field: value` line (maybe a list item, `- field: value`): indentation, '- ' markers, field, value.
FIELD_LINE = re.compile(r"^(?P<indent> *)(?P<dashes>(?:- +)*)(?P<key>[^\s#'\"{\[&*!|>%@`?-][^:#]*?|\"[^\"]*\"|'[^']*')"
                        r" *:(?: +(?P<value>.*?))? *$")
FIRST = {"`": "a backquote (`)", "@": "an @", "%": "a %", "*": "a *", "&": "an &", "!": "a !", "|": "a |",
         ">": "a >", "[": "a [", "{": "a {", "?": "a ?", "-": "a -"}


@dataclass(frozen=True)
class Stop:
    """Where the YAML reader stopped and what it said (0-based lines)."""

    lines: list[str]
    line: int  # where it found the problem
    start: int  # where what it was reading started (e.g. the opening quote)
    column: int  # the column of `start`
    problem: str
    context: str

    def text(self, index: int) -> str:
        return self.lines[index] if 0 <= index < len(self.lines) else ""

    def value(self, index: int) -> tuple[re.Match[str] | None, str]:
        """A line's `field: value` match, and its value (or the whole line if it is not one)."""
        m = FIELD_LINE.match(self.text(index))
        return m, ((m["value"] or "") if m else self.text(index).strip().removeprefix("- "))

    def above(self, index: int) -> int:
        """The nearest line above with something on it (not a comment)."""
        for i in range(index - 1, -1, -1):
            if (text := self.text(i).strip()) and not text.startswith("#"):
                return i
        return max(index - 1, 0)


Found = tuple[int, str] | None


def explain(text: str, err: yaml.MarkedYAMLError) -> tuple[int, str]:
    """(1-based line, message in plain words) for a file the YAML reader could not read."""
    mark = err.problem_mark or err.context_mark
    line = mark.line if mark else 0
    start = err.context_mark or mark
    stop = Stop(text.splitlines() or [""], line, start.line if start else line, start.column if start else 0,
                err.problem or "", err.context or "")
    rules: list[Callable[[Stop], Found]] = [_tab, _escape, _unclosed_quote, _text_after_quote, _colon,
                                            _special, _no_colon, _two_documents, _indent]
    for rule in rules:
        if (found := rule(stop)) is not None:
            return found[0] + 1, found[1]
    said = f"{stop.context} … {stop.problem}" if stop.context else stop.problem
    return line + 1, (f"this line cannot be read (the YAML reader says: {said or 'not valid YAML'}); check its "
                      "indentation, colons and quotes, and those of the line above")


def _quoted(m: re.Match[str] | None, value: str) -> str:
    """The line as it should be written, its text in quotes (double, or single if it has ")."""
    if m is None:
        return ""
    lead = f"{m['dashes']}{m['key']}: "
    if '"' not in value:
        return f': {lead}"{value}"'
    return f": {lead}'{value.replace(chr(39), chr(39) * 2)}'"


def _closes(value: str) -> bool:
    """Whether a value that starts with a quote closes it (two quotes inside '…' are one)."""
    quote, body = value[0], value[1:]
    body = body.replace("''", "") if quote == "'" else re.sub(r"\\.", "", body)
    return quote in body


def _tab(stop: Stop) -> Found:
    if "'\\t'" not in stop.problem:
        return None
    for index in (stop.line, *range(len(stop.lines))):  # where the reader stopped, else the first tab
        if "\t" in (text := stop.text(index)):
            where = "at the start of this line" if not text[: text.index("\t")].strip() else "in this line"
            return index, f"a tab {where}; YAML needs spaces: replace the tab with spaces"
    return stop.line, "a tab; YAML needs spaces: replace the tab with spaces"


def _escape(stop: Stop) -> Found:
    if "unknown escape character" not in stop.problem:
        return None
    return stop.line, ("a backslash (\\) inside text in double quotes; write it twice (\\\\), or put the text in "
                       "single quotes ('…') instead")


def _unclosed_quote(stop: Stop) -> Found:
    if "quoted scalar" not in stop.context:
        return None
    quote = stop.text(stop.start)[stop.column: stop.column + 1] or '"'
    return stop.start, (f"a quote ({quote}) opens the text on this line but is never closed; end the text with "
                        f"{quote} on the same line")


def _text_after_quote(stop: Stop) -> Found:
    """Text that goes on after its closing quote: an apostrophe or a quote inside quoted text, a
    quote not closed on an earlier line, or text that starts like a list ([Strong] or weak)."""
    if "found '<scalar>'" not in stop.problem:
        return None
    for index in range(stop.line - 1, -1, -1):  # a quote opened above and closed on this line
        _, earlier = stop.value(index)
        if earlier[:1] in ("'", '"') and not _closes(earlier):
            return index, (f"a quote ({earlier[0]}) opens the text on this line but is not closed on it; end the "
                           f"text with {earlier[0]} on the same line")
        if "'" in stop.text(index) or '"' in stop.text(index):
            break
    m, value = stop.value(stop.line)
    if value[:1] in ("'", '"') and _closes(value):
        meant = value[1:-1] if value[-1:] == value[0] else value[1:]
        if value[0] == "'":
            fix = _quoted(m, meant.replace("''", "'"))
            return stop.line, ("text in single quotes has an apostrophe (') inside it, which ends the text early; "
                               f"write it twice ('') or use double quotes{fix}")
        return stop.line, ("text in double quotes has a double quote (\") inside it, which ends the text early; "
                           f"use single quotes around the text instead{_quoted(m, meant)}")
    if value[:1] in ("[", "{"):
        return stop.line, f"text starting with {FIRST[value[0]]} is read as a list; {QUOTE_IT}{_quoted(m, value)}"
    return None


def _colon(stop: Stop) -> Found:
    if stop.problem != "mapping values are not allowed here":
        return None
    m, value = stop.value(stop.line)
    if m and value and ": " in value + " ":
        return stop.line, (f"a colon (:) inside text, which YAML reads as the start of a new field; "
                           f"{QUOTE_IT}{_quoted(m, value)}")
    above = stop.above(stop.line) + 1
    return stop.line, (f"this line is indented further than line {above}, which already has its value; {LINE_UP} "
                       f"(or, if it continues the text of line {above}, take out its colon)")


def _special(stop: Stop) -> Found:
    """Text starting with a character YAML keeps for itself (`, @, %, *, &, !, |, >, [, {, ?, -)."""
    line = stop.line
    if "flow sequence" in stop.context or "flow mapping" in stop.context:
        line = stop.start
    elif not ("cannot start any token" in stop.problem or "alias" in stop.context or "block scalar" in stop.context
              or stop.problem in ("sequence entries are not allowed here", "mapping keys are not allowed here")):
        return None
    m, value = stop.value(line)
    first = FIRST.get(value[:1], f"'{value[:1]}'")
    return line, f"text starting with {first} has a special meaning in YAML; {QUOTE_IT}{_quoted(m, value)}"


def _no_colon(stop: Stop) -> Found:
    if "could not find expected ':'" not in stop.problem:
        return None
    above = stop.above(stop.start) + 1
    return stop.start, ("this line has no colon; write it as `field: value`, or, if it continues the text of "
                        f"line {above}, indent it further than line {above}'s field")


def _two_documents(stop: Stop) -> Found:
    if "another document" not in stop.problem:
        return None
    return stop.line, "a line of three dashes (---) starts a second file inside this one; delete the line"


def _indent(stop: Stop) -> Found:
    if not any(words in stop.problem for words in ("expected <block end>", "did not find expected",
                                                   "expected '<document start>'")):
        return None
    text = stop.text(stop.line)
    spaces = len(text) - len(text.lstrip(" "))
    above = stop.above(stop.line)
    m, _ = stop.value(above)
    other = stop.text(above)
    column = len(m["indent"]) + len(m["dashes"]) if m else len(other) - len(other.lstrip(" "))
    return stop.line, (f"this line does not line up with the line above: it starts after {_spaces(spaces)}, line "
                       f"{above + 1} after {column}; {LINE_UP}")


def _spaces(count: int) -> str:
    return "1 space" if count == 1 else f"{count} spaces"


def cut_off(line: str, column: int) -> tuple[str, str] | None:
    """(the comment, the line written with its text in quotes) when an unquoted ` #` after
    `column` (where a text ends) turns the rest of the line into a comment; else None."""
    m = re.match(r"\s+#(.*)$", line[column:]) if column < len(line) else None
    if m is None:
        return None
    whole = FIELD_LINE.match(line)
    fix = _quoted(whole, whole["value"] or "").removeprefix(": ") if whole else ""
    return "#" + m[1], fix
