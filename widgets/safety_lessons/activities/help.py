"""Who a pupil can talk to: people in school and services outside, from the facts files.

A help card says what it is `about` (concerns, as in facts/helplines.yaml). People in school
come with the card's own words (`say`); a service comes with its remit from the facts, so a card
cannot describe it differently. :func:`remit_problems` holds each service to its remit and ages.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from ..content.activity import Activity, Context
from ..content.facts import Concern, Helpline
from ..content.ids import add_service_or_person, unknown
from ..content.model import School
from ..content.schema import Text


@dataclass(frozen=True)
class Helper:
    who: str  # `trusted-adult`, `safeguarding-lead` … (from school.yaml) or a helpline id from facts
    # for people in school, where school.yaml gives the role no words for the band (the school's replace it);
    # services speak for themselves
    say: Text | None = None


@dataclass(frozen=True, kw_only=True)
class Help(Activity):
    """Who pupils can talk to: people in school (school.yaml), then services (facts/helplines.yaml)."""

    about: tuple[Concern, ...]  # what worries this lesson may raise; each service must help with one
    people: tuple[Helper, ...]

    def facts(self) -> Iterator[tuple[str, str]]:
        return (("helplines", p.who) for p in self.people)

    def check(self) -> Iterator[tuple[str, str]]:
        whos = [p.who for p in self.people]
        if "trusted-adult" not in whos:
            yield "people", "must include `who: trusted-adult`: every lesson names a trusted adult first"
        if len(set(whos)) != len(whos):
            yield "people", "names someone twice; keep each once"
        if not self.about:
            yield "about", "is empty; say what worries this card is for, e.g. [bullying, threats]"

    def check_with(self, ctx: Context) -> Iterator[tuple[str, str]]:
        yield from remit_problems(self, ctx.school.roles, ctx.facts(Helpline), ctx.ages)

    def for_school(self, school: School, band: str | None) -> Help:
        """The card as a band's pupils see it: the school's own roles (school.yaml: head-of-year …)
        after the people in school it names, before the services."""
        own = tuple(Helper(who) for who in school.own_roles((p.who for p in self.people), band))
        at = max((i + 1 for i, p in enumerate(self.people) if p.who in school.roles), default=0)
        return dataclasses.replace(self, people=(*self.people[:at], *own, *self.people[at:])) if own else self


@dataclass(frozen=True)
class Person:
    """Someone in school as a card shows them: what pupils call them, and their words."""

    name: str
    words: str


def person(helper: Helper, school: School, band: str | None, names: Mapping[str, str]) -> Person | None:
    """Someone in school on a card: the school's words for the band (school.yaml) replace the card's
    own `say`, which stays only where the school gives this role none (None: nothing to say)."""
    words = school.words(helper.who, band) or helper.say
    return Person(school.name(helper.who, names), str(words)) if words else None


def remit_problems(card: Help, in_school: Mapping[str, object], services: Mapping[str, Helpline],
                   ages: tuple[int, int] | None) -> Iterator[tuple[str, str]]:
    """(field, problem) wherever a card names someone unknown, or offers a service outside its remit
    or its ages: a service must help with something the card is about, suit the band's ages, and
    must not be the only service for a concern when the band's oldest pupils are too old for it."""
    known = [*in_school, *services]
    offered = {h.who: services[h.who] for h in card.people if h.who in services}
    for i, helper in enumerate(card.people, 1):
        where = f"people[{i}]"
        if helper.who in in_school:  # the school's words (school.yaml), or else the card's own `say`
            role = in_school[helper.who]
            if helper.say is not None and (isinstance(role, str) or getattr(role, "words", None) is not None):
                yield f"{where}.say", (f"is never shown: lessons/school.yaml's words for {helper.who} replace it in "
                                       "every band; edit them there (one place for every lesson), and remove `say`")
            continue
        service = services.get(helper.who)
        if service is None:
            yield f"{where}.who", unknown(helper.who, "someone in school.yaml or a service in facts/helplines.yaml",
                                          known, add_service_or_person())
            continue
        if helper.say is not None:
            yield f"{where}.say", (f"{service.name} is described by its `when` in facts/helplines.yaml, so two "
                                   "lessons cannot disagree; remove `say`")
        if not any(service.helps(c) for c in card.about):
            yield f"{where}.who", (f"{service.name} helps with {', '.join(service.helps_with)}, not with what this "
                                   f"card is about ({', '.join(card.about)}); take it off, or change `about`")
        elif service.for_parents:
            yield f"{where}.who", f"{service.not_for_pupils}; take it off this card"
        elif ages is not None and not service.suits(*ages):
            yield f"{where}.who", (f"{service.name} is {service.for_whom}, which does not suit pupils aged "
                                   f"{ages[0]} to {ages[1]}; offer it in another band")
    if ages is not None:
        yield from _too_old_problems(card, offered, services, ages)


def _too_old_problems(card: Help, offered: Mapping[str, Helpline], services: Mapping[str, Helpline],
                      ages: tuple[int, int]) -> Iterator[tuple[str, str]]:
    """A service that is the card's only one for a concern, and too young for the band's oldest."""
    oldest = ages[1]
    for i, helper in enumerate(card.people, 1):
        service = offered.get(helper.who)
        if service is None or service.serves(oldest) or not service.suits(*ages):
            continue
        for concern in card.about:
            if concern not in service.helps_with:
                continue
            if not any(other.serves(oldest) and concern in other.helps_with for other in offered.values()):
                others = [k for k, s in services.items() if s.serves(oldest) and concern in s.helps_with]
                hint = f" (e.g. {', '.join(others)})" if others else ""
                yield f"people[{i}].who", (f"{service.name} is {service.for_whom}, and pupils up to {oldest} read this "
                                           f"card: add a service that helps a {oldest}-year-old with {concern}{hint}")
