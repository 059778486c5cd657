"""Sign-off: who approved which lesson, when, and exactly what they approved, in one file a school
keeps with its lessons (`lessons/sign-off.json`, written by `safety-lessons sign-off`).

What a lesson says is its *approved text*: every string a pupil can see (the notebook's prose,
every activity's words in every branch, the take-home sheet, the pictures' descriptions), the
teacher notes, what decides right and wrong (which answer is right, where a choice leads), the
school's words on its help cards, and every fact it uses (an app's age, a helpline's number). Its
fingerprint is a hash of that. Nothing else changes it: not a YAML comment, quoting or line
wrapping, not a notebook's outputs or metadata, not a fact's `checked:` date, not another
lesson. Each entry is named as a person would say it, so a change can be shown word by word with
no git: the record keeps the approved text itself.

The file holds staff names only as given with `--by`. It is JSON, not YAML, so neither `serve`
nor `build-static` ever copies it to where pupils' browsers can fetch it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..activities.help import Help
from ..content.library import Library
from ..content.notebooks import SHOW, TEACHER, read_cells
from ..content.schema import ContentError
from ..content.words import PLACEHOLDERS
from ..registry import library
from .review_labels import fields, label

FILE = "sign-off.json"
WORDS = "words"  # the record's name for the words around every lesson (words/<language>.yaml)
HEADER = ("Written by `safety-lessons sign-off`: who approved each lesson, when, and the text they approved. "
          "Keep it with your lessons. Do not edit it by hand; sign a lesson again instead.")
IGNORED_FACT_FIELDS = {"checked"}  # re-checking a fact that did not change needs no new sign-off


class SignOffError(ValueError):
    """The sign-off file cannot be read: the message names the file and the line."""

    def __init__(self, where: str, line: int, reason: str) -> None:
        self.line, self.reason = line, reason
        super().__init__(f"{where}:{line}: {reason}")


@dataclass(frozen=True)
class Approved:
    """What a lesson (or the words around every lesson) says: each entry named as a person would
    say it → its text; each fact it uses ("helplines: childline") → each field → its value."""

    text: dict[str, str]
    facts: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def fingerprint(self) -> str:
        data = json.dumps({"text": self.text, "facts": self.facts}, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Signature:
    by: str
    on: dt.date
    approved: Approved
    fingerprint: str


@dataclass
class Record:
    """Every sign-off, by lesson ("ages-7-11/passwords", or "words")."""

    signed: dict[str, Signature] = field(default_factory=dict)
    earlier: dict[str, list[dict[str, str]]] = field(default_factory=dict)  # ref → older sign-offs (by, on)


# -- what a lesson says ---------------------------------------------------------------------------

def squeeze(text: str) -> str:
    """Text with its whitespace as a reader sees it (rewrapping a line changes nothing)."""
    return " ".join(text.split())


def _unique(found: dict[str, str], key: str, text: str) -> None:
    n, name = 1, key
    while name in found:
        n += 1
        name = f"{key} ({n})"
    found[name] = text


def _heading(source: str) -> str | None:
    m = re.search(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", source, re.MULTILINE)
    return m[1] if m else None


def _notebook_text(notebook: Path, text: dict[str, str]) -> None:
    """The notebook's words, each under its heading (teacher notes apart), and the activities it
    shows in page order, added to `text`."""
    heading = "the top"
    order = []
    for cell in read_cells(notebook):
        if cell.kind == "markdown":
            own = _heading(cell.source)
            teacher = TEACHER in cell.tags
            where = f"“{own}”" if own else f"under “{heading}”"
            _unique(text, f"{'Teacher notes' if teacher else 'Page text'} {where}", squeeze(cell.source))
            if own and not teacher:
                heading = own
        elif cell.kind == "code" and (m := SHOW.match(cell.source.strip())):
            order.append(m["id"])
    text["Activities shown, in page order"] = ", ".join(order)


def approved_lesson(lib: Library, band: str, topic: str) -> Approved:
    """The approved text of one lesson as it is now (raises ContentError or ValueError if it
    cannot be read)."""
    lesson = lib.lesson(band, topic)
    text: dict[str, str] = {"Lesson title (content file)": squeeze(lesson.title)}
    _notebook_text(lib.root / band / f"{topic}.ipynb", text)
    for name, activity in lesson.activities.items():
        for parts, value in fields(activity, everything=True):
            text[f"Activity {name}: {label(parts)}"] = squeeze(value)
        for who in dict.fromkeys(w for _, w in activity.characters()):
            character = lib.cast.characters.get(who)
            if character is not None:
                text[f"Picture “{who}”, described as"] = squeeze(character.description)
        if isinstance(activity, Help):
            school = lib.school
            for helper in activity.for_school(school, band).people:
                if (words := school.words(helper.who, band)) is not None:
                    text[f"School's words (school.yaml): {helper.who.replace('-', ' ')}"] = squeeze(words)
    if lesson.take_home is not None:
        for parts, value in fields(lesson.take_home, everything=True):
            text[f"Take-home sheet: {label(parts)}"] = squeeze(value)
    return Approved(text, lesson_facts(lib, band, topic))


def lesson_facts(lib: Library, band: str, topic: str) -> dict[str, dict[str, str]]:
    """Every fact the lesson uses (its activities' and its take-home sheet's services), field by field."""
    from ..content.facts import Sourced

    lesson = lib.lesson(band, topic)
    used = [ref for a in lesson.activities.values() for ref in a.facts()]
    used += [("helplines", who) for who in (lesson.take_home.help if lesson.take_home else ())]
    found: dict[str, dict[str, str]] = {}
    for file, key in dict.fromkeys(used):
        kind = Sourced.FILES.get(file)
        fact = lib.facts(kind).get(key) if kind is not None else None
        if fact is not None:
            found[f"{file}: {key}"] = {label(parts): squeeze(value) for parts, value in fields(fact, everything=True)
                                       if parts[0][0] not in IGNORED_FACT_FIELDS}
    return found


def approved_words(lib: Library) -> Approved:
    """The words pages show around every lesson, as every band sees them."""
    every = lib.words()
    text = {key: squeeze(every.texts[key]) for key in PLACEHOLDERS}
    for band_id, band in lib.catalogue.bands.items():
        own = lib.words(band_id)
        text.update({f"{key} ({band.title})": squeeze(own.texts[key]) for key in PLACEHOLDERS
                     if own.texts[key] != every.texts[key]})
    return Approved(text)


def approved(lib: Library, ref: str) -> Approved:
    if ref == WORDS:
        return approved_words(lib)
    band, _, topic = ref.partition("/")
    return approved_lesson(lib, band, topic)


# -- the record -----------------------------------------------------------------------------------

def path(root: Path) -> Path:
    return root / FILE


def read(root: Path) -> Record:
    """The record (empty if the school has signed nothing yet); raises SignOffError if it cannot be read."""
    file = path(root)
    if not file.is_file():
        return Record()
    where = f"{root.name}/{FILE}"
    raw = file.read_text(encoding="utf-8")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as err:
        raise SignOffError(where, err.lineno, f"is damaged on this line ({err.msg}); put back a saved copy, or "
                           "sign the lessons again") from err
    if not isinstance(data, dict):
        raise SignOffError(where, 1, "is not a sign-off record; put back a saved copy, or sign the lessons again")
    record = Record()
    ref = ""
    try:
        for ref, entry in dict(data.get("signed", {})).items():
            facts = {str(k): {str(f): str(v) for f, v in dict(v).items()} for k, v in dict(entry["facts"]).items()}
            record.signed[str(ref)] = Signature(
                by=str(entry["by"]), on=dt.date.fromisoformat(str(entry["on"])), fingerprint=str(entry["fingerprint"]),
                approved=Approved({str(k): str(v) for k, v in dict(entry["text"]).items()}, facts))
        ref = ""
        record.earlier = {str(r): [{str(k): str(v) for k, v in dict(e).items()} for e in list(older)]
                          for r, older in dict(data.get("earlier", {})).items()}
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        line = raw.count("\n", 0, raw.find(f'"{ref}"')) + 1 if ref and f'"{ref}"' in raw else 1
        raise SignOffError(where, line, f"the sign-off of {ref or 'a lesson'} is not as `safety-lessons sign-off` "
                           f"writes it ({type(err).__name__}: {err}); put back a saved copy, or sign it again") from err
    return record


def write(root: Path, record: Record) -> None:
    signed = {ref: {"by": s.by, "on": s.on.isoformat(), "fingerprint": s.fingerprint, "text": s.approved.text,
                    "facts": s.approved.facts} for ref, s in sorted(record.signed.items())}
    data = {"about": HEADER, "signed": signed, "earlier": dict(sorted(record.earlier.items()))}
    file = path(root)
    temporary = file.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    temporary.replace(file)


def sign(root: Path, refs: Iterable[str], by: str, on: dt.date) -> list[str]:
    """Record `by`'s approval on `on` of each lesson (band/topic, or "words") as it is now;
    returns the refs signed. Raises ContentError/ValueError if one cannot be read (nothing is written)."""
    lib = library(root)
    record = read(root)
    done = []
    for ref in refs:
        now = approved(lib, ref)
        before = record.signed.get(ref)
        if before is not None:
            record.earlier.setdefault(ref, []).append({"by": before.by, "on": before.on.isoformat(),
                                                        "fingerprint": before.fingerprint})
        record.signed[ref] = Signature(by, on, now, now.fingerprint)
        done.append(ref)
    write(root, record)
    return done


# -- what changed ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Status:
    """A lesson's sign-off now: never signed, signed as it is, or changed since."""

    signature: Signature | None
    current: str | None  # the fingerprint now (None: the lesson cannot be read)

    @property
    def signed(self) -> bool:
        return self.signature is not None and self.signature.fingerprint == self.current

    @property
    def words(self) -> str:
        """How a teacher's page says it: "" when signed as it is."""
        if self.signature is None:
            return "Not signed off"
        if self.signed:
            return ""
        return f"Changed since sign-off on {day(self.signature.on, year=False)}"


def day(date: dt.date, year: bool = True) -> str:
    """The date as people write it: "3 March 2026" (or "3 March")."""
    return f"{date.day} {date:%B %Y}" if year else f"{date.day} {date:%B}"


def status(lib: Library, record: Record, ref: str) -> Status:
    try:
        current: str | None = approved(lib, ref).fingerprint
    except (ContentError, ValueError, OSError):
        current = None
    return Status(record.signed.get(ref), current)


def statuses(root: Path) -> dict[str, Status]:
    """Every lesson's status (band/topic → Status); all "not signed" if the record cannot be read."""
    lib = library(root)
    try:
        record = read(root)
    except SignOffError:
        record = Record()
    return {f"{band}/{topic}": status(lib, record, f"{band}/{topic}") for band, topic, _ in lib.lessons()}


@dataclass(frozen=True)
class Change:
    where: str
    old: str | None  # None: new since the sign-off
    new: str | None  # None: gone since the sign-off


def changes(old: Approved, new: Approved) -> Iterator[Change]:
    """Every entry that differs, in the order the lesson has them now (then those gone), and
    every fact field whose value differs."""
    for key, text in new.text.items():
        if old.text.get(key) != text:
            yield Change(key, old.text.get(key), text)
    yield from (Change(key, text, None) for key, text in old.text.items() if key not in new.text)
    for fact in dict.fromkeys([*new.facts, *old.facts]):
        before, after = old.facts.get(fact, {}), new.facts.get(fact, {})
        for name in dict.fromkeys([*after, *before]):
            if before.get(name) != after.get(name):
                yield Change(f"Fact {fact}, {name}", before.get(name), after.get(name))


def display(where: str, names: Mapping[str, str]) -> str:
    """An entry's name with the activity's title and kind in place of its id ("Activity
    sams-story: …" → "Story “Sam and Ryan”: …"); `names` maps ids to those."""
    m = re.match(r"Activity ([a-z0-9-]+): ", where)
    return f"{names[m[1]]}: {where[m.end():]}" if m and m[1] in names else where
