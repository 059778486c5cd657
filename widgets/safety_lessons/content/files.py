"""Reading the lessons tree's files: where the tree is, what each file is for (said when one is
missing or empty), and each file read once per process into its typed value and its problems.
The library's other parts (facts, checks) read through here."""

from __future__ import annotations

import os
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from ..kernel_env import ROOT_ENV
from .activity import Activity
from .model import Catalogue, School
from .schema import ContentError, Problem, Reader

T = TypeVar("T")
# What each content file is for, in a curriculum lead's words, and an example id of an entry in it
# (said when a file is empty).
HOLDS = {
    "catalogue.yaml": ("the age bands and topics of the lessons", ""),
    "school.yaml": ("who pupils can go to in school", ""),
    "characters.yaml": ("the made-up people lessons picture, with their pictures", ""),
    "helplines.yaml": ("the help services lessons offer, with each one's remit and source", "childline"),
    "apps.yaml": ("the apps and games lessons name, with the youngest age each is for and its source", "tiktok"),
    "age-rules.yaml": ("the ages set by law that lessons name, such as the age of digital consent, with sources",
                       "digital-consent"),
    "laws.yaml": ("the laws lessons name, in plain words, with sources", "cyberflashing"),
    "lesson": ("the lesson's title and its activities (`safety-lessons kinds` lists them; copy a shipped lesson)", ""),
}


def find_root(start: Path | None = None) -> Path:
    """The lessons folder: $SAFETY_LESSONS_ROOT, or the nearest folder up with catalogue.yaml."""
    if os.environ.get(ROOT_ENV):
        return Path(os.environ[ROOT_ENV]).resolve()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for candidate in (folder, folder / "lessons"):
            if (candidate / "catalogue.yaml").is_file():
                return candidate
    raise FileNotFoundError(f"no lessons folder (with catalogue.yaml) at or above {here}")


# Files already read in this process, by name, kind and bytes: `check` reads every file again, and
# tests and the review pack check trees that differ in one file (the oldest is dropped first).
# (The kind table's id is in the key too: a lesson read with other kinds reads differently.)
_READ: dict[tuple[str, type[Any], bytes, int], tuple[Any, tuple[Problem, ...]]] = {}
READ_KEPT = 512


@dataclass
class Files:
    """The files under `root`, read with `kinds` (kind → the class of its content: the registry's
    MODELS, given by the caller so that content/ imports no kind)."""

    root: Path
    kinds: Mapping[str, type[Activity]]

    def rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root.parent))
        except ValueError:
            return str(path)

    def _load(self, path: Path, tp: type[T], problems: list[Problem]) -> T | None:
        if not path.is_file():
            holds = HOLDS.get(path.name, HOLDS["lesson"])[0]
            problems.append(Problem(self.rel(path), 1, "(file)", f"is missing; put it back: it should hold {holds}"))
            return None
        key = (self.rel(path), tp, path.read_bytes(), id(self.kinds))
        if key not in _READ:  # content never changes once read, so the same bytes give the same value
            reader = Reader(self.rel(path), {Activity: self.kinds})
            _READ[key] = (reader.load(path, tp, *HOLDS.get(path.name, HOLDS["lesson"])), tuple(reader.problems))
            while len(_READ) > READ_KEPT:
                del _READ[next(iter(_READ))]
        value, found = _READ[key]
        problems.extend(found)
        return typing.cast("T | None", value)

    def _must(self, path: Path, tp: type[T]) -> T:
        problems: list[Problem] = []
        value = self._load(path, tp, problems)
        if value is None or any(not p.warning for p in problems):
            raise ContentError(problems)
        return value

    @cached_property
    def catalogue(self) -> Catalogue:
        return self._must(self.root / "catalogue.yaml", Catalogue)

    @cached_property
    def school(self) -> School:
        return self._must(self.root / "school.yaml", School)
