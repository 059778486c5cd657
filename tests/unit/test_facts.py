"""Facts lessons show (content/facts.py): each kind's own rules, with the words a curriculum lead
is told, and what a help service's remit allows (ages, concerns, parents only)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from safety_lessons.content.facts import STALE_AFTER, AgeRule, App, Sourced
from safety_lessons.content.library import Library
from safety_lessons.content.schema import Text, Url

SOURCE = {"source": Url("https://www.example.org.uk/"), "source_kind": "primary", "checked": dt.date(2026, 1, 5)}


def app(**fields: object) -> App:
    return App(**{**SOURCE, "name": Text("Game"), "what": Text("a game"), "limit": "pegi", "age": 12, **fields})


def test_every_kind_names_its_file() -> None:
    assert {name: kind.__name__ for name, kind in Sourced.FILES.items()} == {
        "helplines": "Helpline", "apps": "App", "age-rules": "AgeRule", "laws": "Law"}


def test_a_date_in_the_future_is_refused_and_a_year_old_one_is_stale() -> None:
    future = app(checked=dt.date.today() + dt.timedelta(days=1))
    said = f"{future.checked} is in the future; use the date you checked the source"
    assert ("checked", said) in list(future.check())
    assert app().stale(SOURCE["checked"] + STALE_AFTER + dt.timedelta(days=1))  # type: ignore[operator]
    assert not app().stale(SOURCE["checked"] + STALE_AFTER)  # type: ignore[operator]


@pytest.mark.parametrize(("fields", "expected"), [
    ({"age": 13}, "13 is not a PEGI rating; expected one of: 3, 7, 12, 16, 18"),
    ({"limit": "terms", "age": None}, "needs a whole number: the minimum age that `limit: terms` sets"),
    ({"limit": "terms", "age": 40}, "40 is not a likely minimum age; expected a whole number from 1 to 21"),
    ({"limit": "none", "age": None}, "with `limit: none`, say in `also` what is limited instead (e.g. chat)"),
    ({"limit": "none", "also": Text("chat")}, "an app with `limit: none` has no age; remove `age` or change `limit`"),
])
def test_an_apps_age_must_match_where_it_comes_from(fields: dict[str, object], expected: str) -> None:
    [(field, message)] = app(**fields).check()
    assert field in ("age", "also") and message.startswith(expected)
    assert list(app().check()) == []


def test_an_age_rule_must_be_a_likely_age() -> None:
    rule = AgeRule(**SOURCE, name=Text("Digital consent"), age=31, meaning=Text("You can agree yourself."))
    assert list(rule.check()) == [("age", "31 is not a likely age; expected a whole number from 1 to 21")]


def test_a_services_remit_ages_and_words_are_checked(library: Library) -> None:
    childline = library.helplines["childline"]
    assert list(childline.check()) == []
    broken = dataclasses.replace(childline, min_age=12, max_age=9, helps_with=(), needed_for=("scam",),
                                 contact=Text("Call 0800 111, it is confidential."), confidential=False)
    assert [field for field, _ in broken.check()] == ["max-age", "helps-with", "needed-for", "contact", "contact"]
    assert dict(broken.check())["max-age"] == "9 is below min-age 12; expected max-age >= min-age"


def test_who_a_service_suits(library: Library) -> None:
    service = dataclasses.replace(library.helplines["childline"], min_age=11, max_age=18, helps_with=("bullying",))
    assert service.suits(7, 11) and not service.suits(4, 7) and service.serves(18) and not service.serves(19)
    assert service.helps("bullying") and not service.helps("scam")
    assert dataclasses.replace(service, helps_with=("anything",)).helps("scam")
    parents = dataclasses.replace(service, for_parents=True)
    assert not parents.suits(11, 14) and parents.not_for_pupils.endswith("pupils' lessons do not")
    worded = dataclasses.replace(service, when_by_band={"ages-4-7": Text("When you feel sad.")})
    assert worded.when_in("ages-4-7") == "When you feel sad." and worded.when_in("ages-7-11") == service.when
