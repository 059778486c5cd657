"""A lesson's checked content handed from `serve` to its kernels (content.handover): a kernel opens
the kept lesson without reading or checking the YAML when it is current, reads the lesson as
anywhere else when it is not (changed, missing, another day, not `serve`'s), and the kept file holds
only content, in a folder no one else can read."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import pickle
import stat
from pathlib import Path

import ipywidgets as w
import pytest
from safety_lessons import registry
from safety_lessons.content import handover, schema
from safety_lessons.content.library import Library
from safety_lessons.kernel_env import CONTENT_ENV, ROOT_ENV, SERVED_ENV
from safety_lessons.lesson import BrokenLesson, OpenLesson, open_lesson

from .conftest import find

BAND, TOPIC = "ages-11-14", "passwords"
REF = f"{BAND}/{TOPIC}"


@pytest.fixture
def kept(lessons_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A kernel's environment under `serve`, the lesson kept for it: the folder it is kept in."""
    root = lessons_copy.resolve()
    folder = tmp_path / "content"
    assert handover.keep(folder, registry.library(root), BAND, TOPIC)
    monkeypatch.setenv(ROOT_ENV, str(root))
    monkeypatch.setenv(SERVED_ENV, "1")
    monkeypatch.setenv(CONTENT_ENV, str(folder))
    return folder


def no_yaml_read(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: object, **__: object) -> None:
        pytest.fail("the kernel read a content file")

    monkeypatch.setattr(schema.Reader, "load", fail)
    monkeypatch.setattr(Library, "read_lesson", fail)


def test_a_kernel_opens_the_kept_lesson_without_reading_or_checking_yaml(
        kept: Path, lessons_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = registry.library(lessons_copy.resolve()).lesson(BAND, TOPIC)
    no_yaml_read(monkeypatch)
    opened = open_lesson(REF)
    assert isinstance(opened, OpenLesson)
    assert opened.content == expected and opened.ref == REF
    for activity_id in opened.content.activities:  # every view draws from it: words, facts, school
        assert find(opened.show(activity_id), w.Widget)


def test_a_changed_content_file_is_read_again(kept: Path, lessons_copy: Path) -> None:
    lesson_file = lessons_copy / BAND / f"{TOPIC}.yaml"
    lesson_file.write_text(lesson_file.read_text(encoding="utf-8").replace(
        "title:", "title: Changed", 1), encoding="utf-8")
    assert handover.kept(kept, lessons_copy.resolve(), BAND, TOPIC) is None
    opened = open_lesson(REF)
    assert isinstance(opened, OpenLesson) and opened.content.title.startswith("Changed")


def test_a_changed_shared_file_or_another_day_is_not_current(kept: Path, lessons_copy: Path) -> None:
    root = lessons_copy.resolve()
    assert handover.kept(kept, root, BAND, TOPIC) is not None
    path = handover.kept_path(kept, BAND, TOPIC)
    yesterday = dataclasses.replace(pickle.loads(path.read_bytes()), day=dt.date.today() - dt.timedelta(days=1))
    path.write_bytes(pickle.dumps(yesterday))
    assert handover.kept(kept, root, BAND, TOPIC) is None  # the checks read the calendar
    assert handover.keep(kept, registry.library(root), BAND, TOPIC)
    helplines = root / "facts" / "helplines.yaml"
    helplines.write_text(helplines.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert handover.kept(kept, root, BAND, TOPIC) is None


def test_without_a_kept_lesson_the_kernel_reads_it(kept: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    handover.kept_path(kept, BAND, TOPIC).unlink()
    assert isinstance(open_lesson(REF), OpenLesson)  # missing: read
    handover.kept_path(kept, BAND, TOPIC).write_bytes(b"not a pickle")
    assert isinstance(open_lesson(REF), OpenLesson)  # damaged: read
    monkeypatch.delenv(CONTENT_ENV)
    assert handover.keep(kept, registry.library(Path(os.environ[ROOT_ENV])), BAND, TOPIC)
    no_yaml_read(monkeypatch)
    with pytest.raises(BaseException, match="read a content file"):  # no folder handed over: read as ever
        open_lesson(REF)


def test_a_lesson_with_problems_is_not_kept_and_shows_why(kept: Path, lessons_copy: Path) -> None:
    lesson_file = lessons_copy / BAND / f"{TOPIC}.yaml"
    lesson_file.write_text(lesson_file.read_text(encoding="utf-8").replace("kind: help", "kind: helpp"),
                           encoding="utf-8")
    handover.kept_path(kept, BAND, TOPIC).unlink()
    assert not handover.keep(kept, registry.library(lessons_copy.resolve()), BAND, TOPIC)
    assert not handover.kept_path(kept, BAND, TOPIC).exists()
    assert isinstance(open_lesson(REF), BrokenLesson)


def test_the_kept_file_is_private_and_holds_no_pupil_input(kept: Path) -> None:
    path = handover.kept_path(kept, BAND, TOPIC)
    for private in (kept, path.parent):
        assert stat.S_IMODE(private.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    before = {p: p.read_bytes() for p in kept.rglob("*")  if p.is_file()}
    opened = open_lesson(REF)
    assert isinstance(opened, OpenLesson)
    typed = "pupil-typed-Zebra-Lamp-93!"
    meter = opened.show("meter")
    find(meter, w.Text)[0].value = typed  # as a pupil types it
    after = {p: p.read_bytes() for p in kept.rglob("*") if p.is_file()}
    assert after == before and all(typed.encode() not in data for data in after.values())  # kernels only read
    path.chmod(0o620)  # a file someone else could have written is never loaded
    assert handover.kept(kept, Path(os.environ[ROOT_ENV]), BAND, TOPIC) is None
