"""One registry of activity kinds (registry.py): each kind once, with its model and its view. A
pupil's kernel imports only the activity kinds its lesson uses (it starts faster and smaller); every
other way of reaching a kind still finds it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from safety_lessons.activities import Activity
from safety_lessons.registry import BY_NAME, KINDS, MODELS


def test_every_kind_is_registered_once_with_its_model_and_view() -> None:
    names = [kind.name for kind in KINDS]
    assert len(set(names)) == len(names) == len(BY_NAME)
    models = [kind.model_class() for kind in KINDS]
    assert len(set(models)) == len(models), "two kinds share a model class"
    assert list(MODELS) == names
    for kind, model in zip(KINDS, models, strict=True):
        assert issubclass(model, Activity), kind.name
        assert model.__module__ == f"safety_lessons.activities.{kind.model.rpartition('.')[0]}", kind.name
        assert MODELS[kind.name] is model
        view = kind.view_class()
        assert view.__module__.startswith("safety_lessons.views."), kind.name


def test_every_activity_class_is_a_registered_kind() -> None:
    """No kind is defined and left out of the registry (it could never be read from a lesson)."""
    for kind in KINDS:
        kind.model_class()
    defined = {cls for cls in _subclasses(Activity) if cls.__module__.startswith("safety_lessons.activities.")}
    assert defined == set(MODELS.values())


def _subclasses(cls: type) -> set[type]:
    return {sub for direct in cls.__subclasses__() for sub in {direct, *_subclasses(direct)}}


def test_a_lesson_imports_only_its_kinds(lessons_root: Path) -> None:
    code = (
        "import sys\n"
        "from safety_lessons import open_lesson\n"
        "lesson = open_lesson('ages-4-7/passwords')\n"
        "lesson.show('who-can-know')\n"
        "print(sorted(m.rsplit('.', 1)[1] for m in sys.modules if m.startswith('safety_lessons.activities.')))\n"
        "print(sorted(m.rsplit('.', 1)[1] for m in sys.modules if m.startswith('safety_lessons.views.')))\n"
    )
    env = {"SAFETY_LESSONS_ROOT": str(lessons_root), "PYTHONPATH": str(Path(__file__).parents[2] / "widgets")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True,
                         timeout=120).stdout.splitlines()
    loaded, views = set(eval(out[0])), set(eval(out[1]))  # printed lists of module names
    assert {"choose", "sorter", "help"} <= loaded  # choose.py: the quiz and the model it shares
    assert not loaded & {"privacy", "group_chat", "age_limits", "personal_details", "story", "block_report"}
    assert "choose" in views
    assert not views & {"privacy", "group_chat", "age_limits", "personal_details", "story", "block_report"}
