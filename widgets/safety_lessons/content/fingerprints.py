"""A fact that changed must be checked again: facts/fingerprints.txt remembers each fact as it
was when last accepted, so `check` can tell when a value changed but its `checked:` date did not.

    helplines childline 2026-11-30 5d41402abc4b2a76

One line per fact: its file, its id, the date it was checked and a fingerprint of everything
else in it. `safety-lessons check --accept` rewrites the file from the facts as they are now.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .facts import Sourced

FILE = "fingerprints.txt"
HEADER = ("# Written by `safety-lessons check --accept`; do not edit by hand. One line per fact: its file,\n"
          "# its id, the date it was checked and a fingerprint of everything else in it. `check` refuses\n"
          "# a fact that changed while its `checked:` date stayed the same.\n")


def fingerprint(fact: Sourced) -> str:
    """Everything a fact says but the date it was checked, as 16 hex digits. A field left unset
    (None) is left out, so a new optional field does not make every fact look changed."""
    fields = {f.name: getattr(fact, f.name) for f in dataclasses.fields(fact)
              if f.name != "checked" and getattr(fact, f.name) is not None}
    text = json.dumps(fields, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Stamp:
    checked: dt.date
    print: str


Stamps = dict[tuple[str, str], Stamp]  # (file, fact id) → how it was when accepted


def read(folder: Path) -> Stamps | None:
    """The accepted fingerprints, or None if there is no file yet (unreadable lines are skipped)."""
    path = folder / FILE
    if not path.is_file():
        return None
    stamps: Stamps = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 4 and not line.startswith("#"):
            try:
                stamps[(parts[0], parts[1])] = Stamp(dt.date.fromisoformat(parts[2]), parts[3])
            except ValueError:
                continue
    return stamps


def write(folder: Path, facts: Iterable[tuple[str, str, Sourced]]) -> int:
    """Record every (file, id, fact) as accepted now; returns how many."""
    lines = [f"{file} {key} {fact.checked} {fingerprint(fact)}" for file, key, fact in facts]
    (folder / FILE).write_text(HEADER + "\n".join(sorted(lines)) + "\n", encoding="utf-8")
    return len(lines)


def drift(stamps: Stamps, file: str, key: str, fact: Sourced) -> Iterator[tuple[bool, str]]:
    """(is an error, message) when a fact differs from the one accepted."""
    stamp = stamps.get((file, key))
    now = fingerprint(fact)
    if stamp is None:
        yield False, "is new since the facts were last accepted; run `safety-lessons check --accept` to record it"
    elif stamp.print != now and fact.checked <= stamp.checked:
        yield True, (f"changed since it was checked on {stamp.checked}, but `checked:` still says {fact.checked}; "
                     "check the change against the source and update `checked:` to today (if you only "
                     "reworded it, run `safety-lessons check --accept` to say so)")
    elif stamp.print != now:
        yield False, (f"was re-checked on {fact.checked}; run `safety-lessons check --accept` to record it")
