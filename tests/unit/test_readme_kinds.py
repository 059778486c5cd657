"""README "For curriculum leads" (issue 31, point 9): the table of which activity kinds each band's
lessons use is the lessons' own (worked out from them here: a new lesson that changes it fails
until the table is pasted again), and the section says what the pages' language translates and
that editing a notebook needs the `author` extra, which pyproject has."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from safety_lessons import registry

from tests.conftest import REPO

tomllib = pytest.importorskip("tomllib")  # Python 3.11+
NONE = "\u2013"  # an en dash: no lesson of the band uses the kind
START, END = "<!-- kinds-by-band: start -->", "<!-- kinds-by-band: end -->"


def kinds_table(root: Path) -> str:
    """How many lessons of each band use each kind of activity, as the README's Markdown table."""
    lib = registry.library(root)
    bands = list(lib.catalogue.bands)
    used: dict[str, dict[str, int]] = {}
    for band in bands:
        for topic in lib.catalogue.topics:
            if lib.lesson_path(band, topic).is_file():
                for kind in {a.kind for a in lib.lesson(band, topic).activities.values()}:
                    used.setdefault(kind, {}).setdefault(band, 0)
                    used[kind][band] += 1
    rows = [f"| `{kind}` | " + " | ".join(str(used[kind].get(b, NONE)) for b in bands) + " |" for kind in sorted(used)]
    return "\n".join([f"| Kind | {' | '.join(bands)} |", "|---|" + "---:|" * len(bands), *rows])


def curriculum_section() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return text[text.index("## For curriculum leads"):text.index("## For developers")]


def test_the_readme_table_of_kinds_by_band_is_the_lessons_own(lessons_root: Path) -> None:
    section = curriculum_section()
    assert START in section and END in section
    shown = section[section.index(START) + len(START):section.index(END)].strip()
    expected = kinds_table(lessons_root)
    assert shown == expected, f"paste this table between the markers in README.md:\n{expected}"


def test_the_table_follows_the_lessons(lessons_copy: Path) -> None:
    """The README test fails when the lessons change: a band's only lesson with a kind goes."""
    assert f"| `which-is-stronger` | {NONE} | {NONE} | {NONE} | 1 |" in kinds_table(lessons_copy)
    (lessons_copy / "ages-14-18" / "passwords.yaml").unlink()
    assert "which-is-stronger" not in kinds_table(lessons_copy)


def test_the_section_says_what_the_language_translates_and_how_to_edit_notebooks() -> None:
    section = " ".join(curriculum_section().split())
    assert re.search(r"The pages' language\*\* .{0,80} translates only the words around the lessons", section)
    assert "It does not translate lesson content" in section
    assert "pip install -e '.[author]'" in section
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert any(r.startswith("jupyterlab") for r in project["optional-dependencies"]["author"])
