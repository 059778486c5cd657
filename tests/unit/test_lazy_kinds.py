"""A pupil's kernel imports only the activity kinds its lesson uses (it starts faster and
smaller); every other way of reaching a kind still finds it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from safety_lessons.activities import KIND_MODULES, Activity


def test_every_kind_is_in_the_table_with_its_module() -> None:
    Activity.load_kind(None)
    assert list(Activity.KINDS) == list(KIND_MODULES)
    for kind, cls in Activity.KINDS.items():
        assert cls.__module__ == f"safety_lessons.activities.{KIND_MODULES[kind]}", kind


def test_a_lesson_imports_only_its_kinds(lessons_root: Path) -> None:
    code = (
        "import sys\n"
        "from safety_lessons import open_lesson\n"
        "lesson = open_lesson('ages-4-7/passwords')\n"
        "lesson.show('who-can-know')\n"
        "print(sorted(m.rsplit('.', 1)[1] for m in sys.modules if m.startswith('safety_lessons.activities.')))\n"
    )
    env = {"SAFETY_LESSONS_ROOT": str(lessons_root), "PYTHONPATH": str(Path(__file__).parents[2] / "widgets")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True,
                         timeout=120).stdout
    loaded = set(eval(out))  # a printed list of module names
    assert {"sorter", "quiz", "help"} <= loaded
    assert not loaded & {"privacy", "group_chat", "age_limits", "personal_details", "story", "block_report"}
