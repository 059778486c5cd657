"""Checks of what every lesson gives families and pupils besides its activities: the take-home
sheet for parents and carers (`take-home:` in the lesson's YAML) and the three quick questions
asked at the start and again at the end (a `kind: before-and-after` activity shown twice)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from .activity import band_ages
from .facts import Concern, Helpline
from .ids import add_fact
from .ids import unknown as unknown_id
from .lesson_file import Lesson, TakeHome
from .notebooks import Cell
from .reading import Passage, as_sentences
from .schema import line_in, line_of
from .texts import text_fields
from .words import Words

BEFORE_AND_AFTER = "before-and-after"
TAKE_HOME = "take-home"
SHEET_TEXT = ("learned", "talk-about", "check-together", "if-it-happens")
# What a family must be able to act on at once, whatever the time: a sheet for a lesson about one
# of these has its `if-it-happens` steps and names the police (999 in danger, else 101)
URGENT: tuple[Concern, ...] = ("grooming", "blackmail", "nude-image-of-me", "nude-image-of-someone")
GENERAL: tuple[Concern, ...] = ("anything", "worried", "feeling-low", "other")  # no service is the topic's own


def quick_checks(lesson: Lesson) -> list[str]:
    """The ids of the lesson's before-and-after activities."""
    return [name for name, a in lesson.activities.items() if a.kind == BEFORE_AND_AFTER]


def lesson_problems(lesson: Lesson, helplines: Mapping[str, Helpline] | None, band: str = ""
                    ) -> Iterator[tuple[int, str, str]]:
    """(line, field, message) for a lesson without its sheet or its quick questions, for a sheet
    naming a service helplines.yaml does not have (None: that file has its own problems), and for a
    sheet whose services or steps do not fit what the lesson is about (:func:`sheet_help_problems`)."""
    if lesson.take_home is None:
        yield 1, TAKE_HOME, ("is missing; every lesson has a take-home sheet for parents and carers: add "
                             "`take-home:` with learned, talk-about and check-together (copy one from another lesson)")
    elif helplines is not None:
        sheet_line = line_of(lesson, TAKE_HOME)
        unknown = False
        for i, who in enumerate(lesson.take_home.help, 1):
            if who not in helplines:
                unknown = True
                yield (line_in(lesson.take_home, f"help[{i}]", sheet_line), f"{TAKE_HOME}.help[{i}]",
                       unknown_id(who, "a service in facts/helplines.yaml", helplines, add_fact(Helpline, "service")))
        if not unknown:
            for field, message in sheet_help_problems(lesson.take_home, lesson_concerns(lesson), helplines, band):
                yield line_in(lesson.take_home, field, sheet_line), f"{TAKE_HOME}.{field}", message
    checks = quick_checks(lesson)
    if not checks:
        yield line_of(lesson, "activities"), "activities", (
            f"has no `kind: {BEFORE_AND_AFTER}` activity; every lesson asks three quick questions at the start and "
            "the same three at the end: add `quick-check:` with `kind: before-and-after` and three questions")
    for extra in checks[1:]:
        yield line_of(lesson.activities[extra]), f"activities.{extra}", (
            f"is a second `kind: {BEFORE_AND_AFTER}` activity; a lesson has one set of quick questions")


def lesson_concerns(lesson: Lesson) -> list[Concern]:
    """What the lesson's help cards say it may raise (their `about`), in order, once each."""
    about: list[Concern] = [c for a in lesson.activities.values() if a.kind == "help" for c in getattr(a, "about", ())]
    return list(dict.fromkeys(about))


def sheet_help_problems(sheet: TakeHome, concerns: Iterable[Concern], helplines: Mapping[str, Helpline],
                        band: str) -> Iterator[tuple[str, str]]:
    """(field, problem) unless the sheet's services are chosen for what the lesson is about: for
    each concern, the service that is *the* place for it (`needed-for`) and for the band's ages,
    else some service whose remit names it; a lesson about nude images, blackmail or grooming has
    `if-it-happens` steps and names the police, the route that acts when school is closed."""
    ages = band_ages(band)
    named = [helplines[who] for who in sheet.help]

    def suits(h: Helpline) -> bool:  # a parents' service suits every band
        return ages is None or h.for_parents or h.suits(*ages)

    for concern in concerns:
        if concern in GENERAL:
            continue
        needed = [k for k, h in helplines.items() if concern in (h.needed_for or ()) and suits(h)]
        missing = [k for k in needed if k not in sheet.help]
        if missing:
            yield "help", (f"the lesson is about {concern}, and {', '.join(missing)} "
                           f"{'is' if len(missing) == 1 else 'are'} the place to go for it (`needed-for` in "
                           f"facts/helplines.yaml): add {'it' if len(missing) == 1 else 'them'} to the sheet's help, "
                           "so a family can act when school is closed")
        elif not needed and not any(concern in h.helps_with for h in named):
            fits = [k for k, h in helplines.items() if concern in h.helps_with and suits(h)]
            if fits:
                yield "help", (f"the lesson is about {concern}, but no service on the sheet names it in its remit; "
                               f"add one of: {', '.join(fits)}")
    if any(c in URGENT for c in concerns):
        if not sheet.if_it_happens:
            yield "if-it-happens", ("is missing; this lesson is about nude images, blackmail or grooming, so its "
                                    "sheet says what a family does first if it happens (don't pay, don't delete, "
                                    "don't blame, who to report to, then the school): add 3 to 5 steps")
        if "police" in helplines and "police" not in sheet.help:
            yield "help", ("does not name the police; a sheet about nude images, blackmail or grooming gives the "
                           "route that acts at any hour: add police")


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
    """The sheet's lists (three, and its steps if it happens), in the order families read them
    (the page and the review pack)."""
    parts = [SheetPart("learned", words.say("take-home-learned"), sheet.learned),
             SheetPart("talk", words.say("take-home-talk"), sheet.talk_about),
             SheetPart("check", words.say("take-home-check"), sheet.check_together)]
    if sheet.if_it_happens:
        parts.append(SheetPart("if-it-happens", words.say("take-home-if-it-happens"), sheet.if_it_happens))
    return parts


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
