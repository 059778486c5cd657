"""A lesson's checked content, handed from `serve` to its kernels.

`serve` opens a lesson once, when its page is first asked for (its YAML read and checked, as
`open_lesson` does), and keeps what it opened in a file of its own private folder; a kernel
opening that lesson loads the file instead of reading and checking the YAML again, when the file
is there, was kept today, and every content file it was read from is unchanged. Anything else (no
file, a changed file, another day, outside `serve`) means reading the lesson as anywhere else.

Only lesson content is in a file, written before a pupil's kernel starts; a kernel only reads it,
so nothing a pupil does is ever in it. Pickle, because the content is the toolkit's own
dataclasses: the folder is the server's alone (0700) and each file its user's (0600); a kernel
loads no file anyone else could have written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
import stat
from dataclasses import dataclass
from pathlib import Path

from .lesson_file import Lesson
from .library import Library


@dataclass
class Handover:
    day: dt.date  # the checks read the calendar (a fact goes out of date): kept for one day
    sources: dict[str, str]  # each content file it was read from (relative to the root) → its sha256
    library: Library  # with every file it read kept (catalogue, words, facts, school, characters)
    lesson: Lesson  # checked: a lesson with problems is never kept


def kept_path(folder: Path, band: str, topic: str) -> Path:
    return folder / band / f"{topic}.pickle"


def sources(lib: Library, band: str, topic: str) -> list[Path]:
    """The files opening a lesson reads: the lesson's YAML and the shared YAML (catalogue, school,
    characters, facts/, words/), not the other lessons'."""
    bands = set(lib.catalogue.bands)
    shared = [p for p in sorted(lib.root.glob("*/*.yaml")) if p.parent.name not in bands]
    return [lib.lesson_path(band, topic), *sorted(lib.root.glob("*.yaml")), *shared]


def _digests(root: Path, paths: list[Path]) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def keep(folder: Path, lib: Library, band: str, topic: str) -> bool:
    """Open lesson `band/topic` in `lib` and keep it in `folder`; False (and nothing kept) if it has
    problems or cannot be kept: its kernels then read it themselves and show why."""
    import tempfile  # the server's side only

    try:
        paths = sources(lib, band, topic)
        before = _digests(lib.root, paths)
        lesson = lib.lesson(band, topic)
        lib.words(band)
        if _digests(lib.root, paths) != before:  # changed while read: which version was read is not known
            return False
        data = pickle.dumps(Handover(dt.date.today(), before, lib, lesson), protocol=pickle.HIGHEST_PROTOCOL)
        target = kept_path(folder, band, topic)
        for private in (folder, target.parent):  # the server's alone
            private.mkdir(mode=0o700, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=target.parent, suffix=".tmp", delete=False) as out:
            out.write(data)  # a new temporary file is 0600
        os.replace(out.name, target)  # a kernel reads the old or the new file whole
        return True
    except Exception:  # a shortcut only: whatever went wrong, kernels read the lesson themselves
        return False


def kept(folder: Path, root: Path, band: str, topic: str) -> Handover | None:
    """The lesson `keep` kept in `folder`, if it is still what the files under `root` say today;
    else None (read the lesson)."""
    try:
        with kept_path(folder, band, topic).open("rb") as file:
            found = os.fstat(file.fileno())
            if found.st_uid != os.getuid() or found.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
                return None  # someone else could have written it
            handed = pickle.load(file)
        if (not isinstance(handed, Handover) or handed.day != dt.date.today()
                or handed.library.root != root):
            return None
        now = _digests(root, [root / relative for relative in handed.sources])
        return handed if now == handed.sources else None
    except Exception:  # missing, unreadable or from other code: read the lesson as anywhere else
        return None
