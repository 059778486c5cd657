"""What every activity shares (content/activity.py): a band's ages read from its id, the context
its rules and view are given (each shared file read only when asked for), and its defaults."""

from __future__ import annotations

from typing import Any

import pytest
from safety_lessons.content.activity import Activity, Context, band_ages
from safety_lessons.content.facts import App
from safety_lessons.content.model import School


def test_a_bands_ages_come_from_its_id() -> None:
    assert band_ages("ages-11-14") == (11, 14)
    assert band_ages("year-7") is None and band_ages("ages-11-14-extra") is None


def test_the_context_reads_facts_and_school_only_when_asked() -> None:
    asked: list[object] = []

    def facts(kind: type[Any]) -> dict[str, Any]:
        asked.append(kind)
        return {"tiktok": "an app"}

    def school() -> School:
        asked.append("school")
        return School(hidden=("ages-4-7",))

    ctx = Context("ages-7-11", facts, school)
    assert asked == [] and ctx.ages == (7, 11)
    assert ctx.facts(App) == {"tiktok": "an app"} and ctx.school.hidden == ("ages-4-7",)
    assert asked == [App, "school"]


def test_an_activity_by_default_pictures_its_character_and_has_no_other_rules() -> None:
    ctx = Context("ages-7-11", lambda kind: {}, School)
    plain = Activity(kind="quiz")
    assert [*plain.check(), *plain.check_with(ctx), *plain.facts(), *plain.characters()] == []
    assert plain.counted() is None
    assert list(Activity(kind="quiz", character="kit").characters()) == [("character", "kit")]
    with pytest.raises(TypeError):
        Activity("quiz")  # type: ignore[misc]  # fields by name only, as a lesson's YAML names them
