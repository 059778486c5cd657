"""Checks of what every lesson gives families and pupils besides its activities: the take-home
sheet for parents and carers (`take-home:` in the lesson's YAML) and the three quick questions
asked at the start and again at the end (a `kind: before-and-after` activity shown twice)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from .facts import Helpline
from .lesson_file import Lesson, TakeHome
from .notebooks import Cell
from .reading import Passage, as_sentences
from .schema import line_in, line_of
from .texts import text_fields
from .words import Words

BEFORE_AND_AFTER = "before-and-after"
TAKE_HOME = "take-home"
SHEET_TEXT = ("learned", "talk-about", "check-together")


def quick_checks(lesson: Lesson) -> list[str]:
    """The ids of the lesson's before-and-after activities."""
    return [name for name, a in lesson.activities.items() if a.kind == BEFORE_AND_AFTER]


def lesson_problems(lesson: Lesson, helplines: Mapping[str, Helpline] | None) -> Iterator[tuple[int, str, str]]:
    """(line, field, message) for a lesson without its sheet or its quick questions, and for a
    sheet naming a service helplines.yaml does not have (None: that file has its own problems)."""
    if lesson.take_home is None:
        yield 1, TAKE_HOME, ("is missing; every lesson has a take-home sheet for parents and carers: add "
                             "`take-home:` with learned, talk-about and check-together (copy one from another lesson)")
    elif helplines is not None:
        for i, who in enumerate(lesson.take_home.help, 1):
            if who not in helplines:
                yield (line_in(lesson.take_home, f"help[{i}]", line_of(lesson, TAKE_HOME)), f"{TAKE_HOME}.help[{i}]",
                       f"'{who}' is not in facts/helplines.yaml; expected one of: {', '.join(helplines)}")
    checks = quick_checks(lesson)
    if not checks:
        yield line_of(lesson, "activities"), "activities", (
            f"has no `kind: {BEFORE_AND_AFTER}` activity; every lesson asks three quick questions at the start and "
            "the same three at the end: add `quick-check:` with `kind: before-and-after` and three questions")
    for extra in checks[1:]:
        yield line_of(lesson.activities[extra]), f"activities.{extra}", (
            f"is a second `kind: {BEFORE_AND_AFTER}` activity; a lesson has one set of quick questions")


def sheet_texts(sheet: TakeHome) -> Iterator[tuple[str, str]]:
    """(field, text) for everything a sheet's own words say."""
    for path, text in text_fields(sheet):
        if path.split("[")[0] in SHEET_TEXT:
            yield path, text


@dataclass(frozen=True)
class SheetPart:
    """One list on a take-home sheet: its anchor, its heading (from the words) and its lines."""

    id: str
    heading: str
    lines: tuple[str, ...]


def sheet_parts(sheet: TakeHome, words: Words) -> list[SheetPart]:
    """The sheet's three lists, in the order families read them (the page and the review pack)."""
    return [SheetPart("learned", words.say("take-home-learned"), sheet.learned),
            SheetPart("talk", words.say("take-home-talk"), sheet.talk_about),
            SheetPart("check", words.say("take-home-check"), sheet.check_together)]


def sheet_passage(file: str, lesson: Lesson) -> Passage | None:
    """The sheet's words as one passage (scored against catalogue.yaml's `families` target)."""
    if lesson.take_home is None:
        return None
    return Passage(file, line_of(lesson, TAKE_HOME), TAKE_HOME,
                   as_sentences(text for _, text in sheet_texts(lesson.take_home)))


def shown_twice_problems(cells: Iterable[Cell], shown: list[tuple[Cell, str]], lesson: Lesson
                         ) -> Iterator[tuple[Cell | None, str]]:
    """(cell or None, message) unless the quick questions are shown first and again last (only
    help cards after them): `shown` is each `lesson.show` cell with the id it shows, in order."""
    for name in quick_checks(lesson)[:1]:
        at = [i for i, (_, shown_id) in enumerate(shown) if shown_id == name]
        others = [i for i, (_, shown_id) in enumerate(shown)
                  if shown_id != name and shown_id in lesson.activities and lesson.activities[shown_id].kind != "help"]
        how = f'`lesson.show("{name}")`'
        if len(at) != 2:
            cell = shown[at[2]][0] if len(at) > 2 else None
            yield cell, (f"shows the quick questions {len(at)} time{'s' if len(at) != 1 else ''}; show them twice: "
                         f"{how} before the first activity and again after the last one (before the help card)")
            continue
        if others and at[0] > others[0]:
            yield shown[at[0]][0], f"asks the quick questions after an activity; move this {how} before the first one"
        if others and at[1] < others[-1]:
            yield shown[at[1]][0], (f"asks the quick questions again before the last activity; move this {how} "
                                    "after it (before the help card)")
