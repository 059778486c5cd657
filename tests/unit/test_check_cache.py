"""`serve` checks the lessons once per content: the same tree, the same code and the same day give
the remembered result, with the example passwords' estimates its kernels read."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from safety_lessons.authoring import check_cache
from safety_lessons.authoring.check import Report, check


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "safety-lessons" / "checks"


def test_the_second_check_of_the_same_tree_is_remembered(edit: Callable[[str, str, str], Path], lessons_copy: Path,
                                                        monkeypatch: pytest.MonkeyPatch, own_cache: Path) -> None:
    edit("ages-7-11/passwords.yaml", "title:", "title: Today: ")  # a problem, so there is something to remember
    first, examples = check_cache.remembered_check(lessons_copy)
    assert first.errors and [str(p) for p in first.problems] == [str(p) for p in check(lessons_copy).problems]
    assert json.loads(examples), "the example passwords' estimates are kept with it"
    assert len(list(own_cache.glob("*.json"))) == 1

    def no_check(root: Path) -> None:
        raise AssertionError("checked again")

    monkeypatch.setattr(check_cache, "check", no_check)
    again, kept = check_cache.remembered_check(lessons_copy)
    assert again.problems == first.problems and (again.lessons, again.files) == (first.lessons, first.files)
    assert kept == examples


def test_a_changed_file_or_another_day_is_checked_again(lessons_copy: Path) -> None:
    today = dt.date(2026, 12, 7)
    key = check_cache.fingerprint(lessons_copy, today)
    assert check_cache.fingerprint(lessons_copy, today) == key
    assert check_cache.fingerprint(lessons_copy, today + dt.timedelta(days=1)) != key  # facts go stale by date
    path = lessons_copy / "school.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert check_cache.fingerprint(lessons_copy, today) != key
    (lessons_copy / "ages-4-7" / ".ipynb_checkpoints").mkdir()
    (lessons_copy / "ages-4-7" / ".ipynb_checkpoints" / "x.ipynb").write_text("{}", encoding="utf-8")
    assert check_cache.fingerprint(lessons_copy, today) == check_cache.fingerprint(lessons_copy, today)


def test_an_unreadable_cache_means_checking_again(lessons_copy: Path, own_cache: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(check_cache, "check", lambda root: Report(lessons=7))  # stands in for a real check
    own_cache.mkdir(parents=True)
    path = own_cache / f"{check_cache.fingerprint(lessons_copy)}.json"
    path.write_text("not json", encoding="utf-8")
    report, _ = check_cache.remembered_check(lessons_copy)
    assert report.lessons == 7 and json.loads(path.read_text(encoding="utf-8"))["lessons"] == 7


def test_a_cache_it_cannot_write_still_gives_the_check(lessons_copy: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "not-a-folder").write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "not-a-folder"))  # (a file: no folder can go there)
    monkeypatch.setattr(check_cache, "check", lambda root: Report(lessons=5))
    report, examples = check_cache.remembered_check(lessons_copy)
    assert report.lessons == 5 and json.loads(examples)


def test_a_file_it_cannot_read_still_counts_in_the_fingerprint(lessons_copy: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    before = check_cache.fingerprint(lessons_copy)
    reading = Path.read_bytes

    def unreadable(path: Path) -> bytes:
        if path.name == "catalogue.yaml":
            raise PermissionError(path)
        return reading(path)

    monkeypatch.setattr(Path, "read_bytes", unreadable)
    assert check_cache.fingerprint(lessons_copy) != before  # checked again, not taken for the readable tree
