"""What the law says: laws named by id from facts/laws.yaml, shown in plain words."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as w
import pytest
from safety_lessons.activities.laws import TheLaw
from safety_lessons.content.facts import Law
from safety_lessons.content.library import Library
from safety_lessons.lesson import OpenLesson
from safety_lessons.views.laws import TheLawView
from safety_lessons.views.markup import text_of

from .conftest import find


def test_an_unknown_law_is_named_with_the_ones_there_are(library: Library) -> None:
    activity = TheLaw(kind="the-law", laws=["cyberflashing", "cyber-flash"])
    problems = list(activity.check_with(library.context("ages-14-18")))
    assert problems == [("laws[2]", "'cyber-flash' is not in facts/laws.yaml; expected one of: "
                         + ", ".join(library.facts(Law)))]


def test_an_empty_or_repeated_list_is_refused() -> None:
    assert [f for f, _ in TheLaw(kind="the-law", laws=[]).check()] == ["laws"]
    assert "twice" in next(iter(TheLaw(kind="the-law", laws=["a", "a"]).check()))[1]


@pytest.mark.parametrize(("query", "shows_source"), [("", False), ("mode=teacher", True)])
def test_pupils_read_what_the_law_says_and_teachers_also_see_its_source(
        opened: Callable[[str], OpenLesson], monkeypatch: pytest.MonkeyPatch, query: str, shows_source: bool) -> None:
    monkeypatch.setenv("QUERY_STRING", query)
    lesson = opened("ages-14-18/block-and-report")
    law = lesson.library.facts(Law)["cyberflashing"]
    html = " ".join(h.value for h in find(TheLawView(TheLaw(kind="the-law", laws=["cyberflashing"]), lesson).widget,
                                          w.HTML))
    assert text_of(law.says) in html and law.applies_in in html
    assert (law.source in html) is shows_source
    assert (law.note is not None and law.note in html) is shows_source
