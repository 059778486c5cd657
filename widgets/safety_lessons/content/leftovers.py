"""Words a pupil would see unfinished: an instruction left from
`safety-lessons new` ("Write question one here.") and a `{…}` the page never fills in.

The instructions are read from what `new` writes (authoring/new.py and templates/activities.yaml: `check`
passes them in), so a new placeholder there is caught here without being listed twice. Every problem is `check`'s only:
a lesson with one still opens (a teacher previews a new lesson), but `check` and `build-static` fail.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .schema import PLACEHOLDER, short, templates
from .texts import text_fields

BRACES = re.compile(r"\{[^{}\n]{0,40}\}")  # anything in braces a pupil would read as it is written
# An instruction to the author in the scaffold: "Write …" or "Say …", up to the end of its clause.
_INSTRUCTION = re.compile(r"\b(?:Write|Say|write)\s+[^.,:;!?\n\"#()`]+")


def instructions(texts: Iterable[str]) -> tuple[str, ...]:
    """Every instruction to the author in `texts` (what `new` writes), in small letters."""
    found = [m[0].strip().lower() for text in texts for m in _INSTRUCTION.finditer(text)]
    return tuple(dict.fromkeys(f for f in found if len(f.split()) >= 3))


def leftover(text: str, phrases: tuple[str, ...]) -> str | None:
    """The first instruction (`phrases`, from :func:`instructions`) `text` still holds, as written there."""
    plain = " ".join(text.split())
    at = next(((plain.lower().find(i), i) for i in phrases if i in plain.lower()), None)
    return plain[at[0]:at[0] + len(at[1])] if at else None


def unfilled(text: str, template: bool) -> list[str]:
    """Each `{…}` a pupil would see as written: every one in plain text; in a text with places the
    page fills (a Template, whose names the reader checks), those that are not a place's name."""
    return [m[0] for m in BRACES.finditer(text) if not (template and PLACEHOLDER.fullmatch(m[0]))]


def text_problems(text: str, phrases: tuple[str, ...], template: bool = False) -> Iterator[str]:
    """What is unfinished in one text, in a curriculum lead's words."""
    if (found := leftover(text, phrases)) is not None:
        yield (f"still has the example words from `safety-lessons new` (\"{short(found, 60)}\"); replace them "
               "with your own")
    for braces in dict.fromkeys(unfilled(text, template)):
        yield (f"{short(braces)} is shown to pupils as it is written (nothing fills it in here); write the words "
               "out" + (", or use one of the places this text has" if template else ""))


def section_problems(section: object, phrases: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """(field path, problem) for every unfinished text in a section (an activity, a take-home sheet)."""
    places = {path for path, _, _ in templates(section)}
    for path, text in text_fields(section):
        yield from ((path, message) for message in text_problems(text, phrases, path in places))


def cell_problems(source: str, phrases: tuple[str, ...]) -> Iterator[str]:
    """Unfinished words in a Markdown cell (its code spans, such as `{name}` in an example, left out)."""
    yield from text_problems(re.sub(r"`[^`]*`", "", source), phrases)


def all_problems(texts: Iterable[tuple[str, str]], phrases: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """(where, problem) for plain texts (school.yaml's, catalogue.yaml's) named by where they are."""
    for where, text in texts:
        yield from ((where, message) for message in text_problems(text, phrases))
