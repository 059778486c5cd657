"""`check` once per content: `serve` reuses the result of the last check of the same lessons tree.

The key is a fingerprint of every file under the lessons folder, of the toolkit's own code (a new
rule can change the answer) and of the day (a fact goes out of date by the calendar). The result
kept is the problems `check` found and the estimates it made of the lessons' example passwords,
which `serve` hands its kernels (activities/passwords.py): only content, never anything a pupil
did. It lives in the user's cache folder ($XDG_CACHE_HOME/safety-lessons, else ~/.cache/...); a
missing, unreadable or unwritable cache just means checking again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import tempfile
from pathlib import Path

from ..activities.passwords import examples_json
from ..content.schema import Problem
from .check import Report, check

PACKAGE = Path(__file__).resolve().parents[1]  # the whole package: its code decides what check says
KEEP = 20  # results kept: a few trees (a school's own and the shipped one) over a few days


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "safety-lessons" / "checks"


def _files(folder: Path, suffixes: tuple[str, ...] | None = None) -> list[Path]:
    found = []
    for top, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        found += [Path(top) / f for f in sorted(files) if not f.startswith(".")
                  and (suffixes is None or f.endswith(suffixes))]
    return found


def fingerprint(root: Path, today: dt.date | None = None) -> str:
    """Everything `check`'s answer depends on: the lessons' files, the toolkit's code, the date."""
    digest = hashlib.sha256(f"{today or dt.date.today()}".encode())
    for folder, suffixes in ((root, None), (PACKAGE, (".py", ".yaml"))):
        for path in _files(folder, suffixes):
            digest.update(str(path.relative_to(folder)).encode() + b"\0")
            try:
                digest.update(path.read_bytes() + b"\0")
            except OSError:
                digest.update(b"(unreadable)\0")
    return digest.hexdigest()[:32]


def remembered_check(root: Path) -> tuple[Report, str]:
    """`check(root)` and the JSON of its example passwords' estimates: remembered from the last
    check of the same tree today, else checked now (and remembered)."""
    key = fingerprint(root)
    path = cache_folder() / f"{key}.json"
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
        report = Report(problems=[Problem(**p) for p in kept["problems"]], lessons=int(kept["lessons"]),
                        files=int(kept["files"]))
        return report, str(kept["examples"])
    except (OSError, ValueError, TypeError, KeyError):
        pass
    report = check(root)
    examples = examples_json()
    _keep(path, {"problems": [dataclasses.asdict(p) for p in report.problems], "lessons": report.lessons,
                 "files": report.files, "examples": examples})
    return report, examples


def _keep(path: Path, result: dict[str, object]) -> None:
    """Write atomically (several servers may start at once), then drop all but the newest `KEEP`."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, suffix=".tmp", delete=False, encoding="utf-8") as out:
            json.dump(result, out)
        os.replace(out.name, path)
        kept = sorted(path.parent.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in kept[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        return
