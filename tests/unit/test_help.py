"""Help cards: people in school in the card's words, services in their own (facts/helplines.yaml),
each held to its remit and its ages."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import ipywidgets as w
import pytest
from safety_lessons import registry
from safety_lessons.activities.help import Help, Helper, remit_problems
from safety_lessons.authoring.check import check
from safety_lessons.content.library import Library
from safety_lessons.lesson import OpenLesson
from safety_lessons.views.help import HelpView

from .conftest import find

IN_SCHOOL = {"trusted-adult": "A grown-up you trust.", "safeguarding-lead": "Ask any teacher."}


def card(about: list[str], *services: str, say: dict[str, str] | None = None) -> Help:
    people = [Helper("trusted-adult"), Helper("safeguarding-lead")]  # (school.yaml's words)
    people += [Helper(s, (say or {}).get(s)) for s in services]
    return Help(kind="help", about=about, people=people)  # type: ignore[arg-type]


def problems(library: Library, help_card: Help, ages: tuple[int, int] | None) -> list[tuple[str, str]]:
    return list(remit_problems(help_card, IN_SCHOOL, library.helplines, ages))


@pytest.mark.parametrize(("help_card", "ages", "field", "words"), [
    (card(["hacked-account"], "ceop"), (14, 18), "people[3].who",
     "CEOP Safety Centre helps with grooming, blackmail, nude-image-of-me, not with what this card is about"),
    (card(["bullying"], "report-harmful-content"), (4, 7), "people[3].who", "does not suit pupils aged 4 to 7"),
    (card(["grooming"], "childline", "ceop"), (14, 18), "people[4].who",
     "pupils up to 18 read this card: add a service that helps a 18-year-old with grooming (e.g. police)"),
    (card(["nude-image-of-me"], "report-remove"), (14, 18), "people[3].who", "e.g. take-it-down"),
    (card(["worried"], "childline", say={"childline": "Free and confidential."}), (7, 11), "people[3].say",
     "remove `say`"),
    (card(["worried"], "childlne"), (7, 11), "people[3].who", "'childlne' is not someone in school.yaml or a service"),
])
def test_a_card_that_breaks_a_remit_is_refused(library: Library, help_card: Help, ages: tuple[int, int],
                                               field: str, words: str) -> None:
    found = problems(library, help_card, ages)
    assert any(f == field and words in m for f, m in found), found


@pytest.mark.parametrize(("help_card", "ages"), [
    (card(["grooming"], "childline", "ceop", "police"), (14, 18)),
    (card(["grooming"], "childline", "ceop"), (11, 14)),
    (card(["nude-image-of-me", "blackmail"], "report-remove", "take-it-down"), (14, 18)),
    (card(["worried"], "childline"), (4, 7)),
])
def test_a_card_within_every_remit_passes(library: Library, help_card: Help, ages: tuple[int, int]) -> None:
    assert problems(library, help_card, ages) == []


def test_a_person_in_school_takes_the_school_s_words_and_the_card_needs_a_subject() -> None:
    bare = Help(kind="help", about=[], people=[Helper("trusted-adult")])
    assert [f for f, _ in bare.check()] == ["about"]
    assert list(remit_problems(bare, IN_SCHOOL, {}, None)) == []  # school.yaml's words replace `say` (issue 31)
    said = Help(kind="help", about=["worried"], people=[Helper("trusted-adult", "Tell a grown-up.")])
    assert [f for f, _ in remit_problems(said, IN_SCHOOL, {}, None)] == ["people[1].say"]  # never shown


def test_the_shipped_cards_name_file_and_line_when_a_remit_is_broken(lessons_copy: Path) -> None:
    path = lessons_copy / "ages-11-14" / "passwords.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("      - who: childline\n", "      - who: childline\n      - who: ceop\n"),
                    encoding="utf-8")
    line = text.splitlines().index("      - who: childline") + 2
    found = [str(p) for p in check(lessons_copy).errors]
    assert found == [f"lessons/ages-11-14/passwords.yaml:{line}: activities.talk-to.people[4].who: CEOP Safety "
                     "Centre helps with grooming, blackmail, nude-image-of-me, not with what this card is about "
                     "(hacked-account, impersonation, scam); take it off, or change `about`"]


@pytest.mark.parametrize("query", ["", "mode=teacher"])
def test_a_service_shows_its_remit_from_the_facts_and_only_teachers_its_source(
        opened: Callable[[str], OpenLesson], monkeypatch: pytest.MonkeyPatch, query: str) -> None:
    monkeypatch.setenv("QUERY_STRING", query)
    lesson = opened("ages-14-18/reporting-concerns")
    activity = lesson.content.activities["talk-to"]
    assert isinstance(activity, Help)
    html = " ".join(h.value for h in find(HelpView(activity, lesson).widget, w.HTML))
    plain = re.sub(r"&#39;", "'", html)
    for helper in activity.people:
        fact = lesson.library.helplines.get(helper.who)
        if fact is not None:
            assert fact.name in plain and fact.when_in("ages-14-18") in plain and fact.for_whom in plain
            assert fact.source in html or query == ""
    assert ("sl-source" in html) is (query == "mode=teacher")


def test_a_card_shows_what_a_service_cannot_help_with(opened: Callable[[str], OpenLesson]) -> None:
    lesson = opened("ages-11-14/block-and-report")
    card = next(a for a in lesson.content.activities.values() if isinstance(a, Help))
    plain = re.sub(r"&#39;", "'", " ".join(h.value for h in find(HelpView(card, lesson).widget, w.HTML)))
    shown = [lesson.library.helplines[p.who] for p in card.people if p.who in lesson.library.helplines]
    with_limits = [s for s in shown if s.not_for]
    assert with_limits, "this card should offer a service with a `not-for`"
    for service in with_limits:
        assert f'<span class="sl-not-for">{service.not_for}</span>' in plain


def test_a_service_speaks_in_the_words_of_the_band(library: Library, opened: Callable[[str], OpenLesson]) -> None:
    ceop = library.helplines["ceop"]
    assert ceop.when_by_band and "ages-7-11" in ceop.when_by_band
    assert ceop.when_in("ages-7-11") == ceop.when_by_band["ages-7-11"] != ceop.when
    assert ceop.when_in("ages-14-18") == ceop.when
    assert "sex" not in ceop.when_in("ages-7-11") and "sex" in ceop.when  # CEOP's own words for younger children
    for ref, expected in (("ages-7-11/reporting-concerns", ceop.when_in("ages-7-11")),
                          ("ages-14-18/reporting-concerns", ceop.when)):
        lesson = opened(ref)
        card = next(a for a in lesson.content.activities.values() if isinstance(a, Help) and
                    any(p.who == "ceop" for p in a.people))
        plain = re.sub(r"&#39;", "'", " ".join(h.value for h in find(HelpView(card, lesson).widget, w.HTML)))
        assert expected in plain


def test_band_words_for_a_band_that_does_not_exist_are_named(edit: Callable[[str, str, str], Path]) -> None:
    path = edit("facts/helplines.yaml", "    ages-7-11: If someone online", "    ages-7-12: If someone online")
    found = [str(p) for p in registry.library(path.parents[1]).facts_problems() if not p.warning]
    line = path.read_text(encoding="utf-8").splitlines().index(
        next(ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.startswith("    ages-7-12:"))) + 1
    assert any(p.startswith(f"lessons/facts/helplines.yaml:{line}: ceop.when-by-band.ages-7-12: 'ages-7-12' is not "
                            "a band in catalogue.yaml") and "did you mean" in p.lower() for p in found), found
