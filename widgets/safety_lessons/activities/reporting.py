"""Who to tell and where to report (policy §5.5(7)): match a worry to the right route(s).

A *route* is somewhere a pupil can take a worry: a person in school (from ``school.yaml``)
or a service outside (a :class:`~safety_lessons.content.facts.Helpline` in
``facts/helplines.yaml``). Lessons name routes by id only; :func:`resolve_routes` turns ids
into what a pupil sees, so a phone number or an age limit is written once, with its source.

For each story the pupil ticks one or more routes. Several can be right at once (tell a
trusted adult AND report to CEOP). :meth:`RouteFinder.judge` says which choices fit, which
do not, and why. Safeguarding rules that content must keep are checked in
:meth:`RouteFinder.check` (and, for ages and unknown ids, by ``safety-lessons check``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from ..content.activity import Activity, Context
from ..content.facts import Concern, Helpline
from ..content.ids import add_service_or_person, unknown
from ..content.model import School
from ..content.schema import Text

MAX_CHOICES = 40  # a pupil's (or a forged message's) choices are cut to this many
MAX_ID = 64  # longest choice id looked at


# A sentence that mentions copying or passing on an image must be telling pupils NOT to.
_PASS_ON = re.compile(r"screen ?shot|screen-shot|forward|send it|share it|pass it|save it|save a copy"
                      r"|keep a copy|show (it|your friends|others)", re.IGNORECASE)
_NEGATION = re.compile(r"\b(never|not|don't|do not|doesn't|no one|nobody|without)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Route:
    """A route as a pupil sees it, resolved from school.yaml or facts/helplines.yaml."""

    id: str
    name: str
    contact: str
    in_school: bool
    when: str | None = None
    not_for: str | None = None


def resolve_routes(school: School, helplines: Mapping[str, Helpline], names: Mapping[str, str],
                   band: str = "") -> dict[str, Route]:
    """Every route a lesson may name: the people this school set, then every helpline. `names` is
    what pupils call each person (the words file's `person-…` words; a lesson may rename them);
    a service's `when` is in the words of `band` (its `when-by-band`)."""
    routes = {who: Route(who, school.name(who, names), school.words(who, band) or "", True) for who in school.roles}
    for key, h in helplines.items():
        routes[key] = Route(key, str(h.name), str(h.contact), False, h.when_in(band), h.not_for)
    return routes


@dataclass(frozen=True)
class Choice:
    """Something a pupil might do instead of telling (keep it secret, reply, …): never right."""

    id: str
    label: Text
    feedback: Text  # why it does not help, kindly


@dataclass(frozen=True)
class Scenario:
    story: Text
    about: Concern  # what kind of worry it is (as in facts/helplines.yaml); services must help with it
    why: Text  # shown when the pupil has it right
    age: int | None = None  # the age of the person in the story, when the right service depends on it
    fits: tuple[str, ...] | None = None  # routes the pupil must all choose
    any_of: tuple[str, ...] | None = None  # the pupil must choose at least one of these (e.g. people)
    also_fine: tuple[str, ...] | None = None  # routes that are fine to choose but not needed
    notes: dict[str, Text] | None = None  # choice id → why it fits or not in this story

    @property
    def ok(self) -> set[str]:
        """Every route that is right to choose in this story."""
        return {*(self.fits or ()), *(self.any_of or ()), *(self.also_fine or ())}

    def missing(self, picked: Iterable[str]) -> tuple[str, ...]:
        """Needed routes not picked: every `fits` one, and all of `any-of` if none is picked."""
        chosen = set(picked)
        left = [r for r in self.fits or () if r not in chosen]
        if self.any_of and not chosen & set(self.any_of):
            left += [r for r in self.any_of if r not in left]
        return tuple(left)


@dataclass(frozen=True)
class FinderWords:
    check_button: Text  # the button that checks the ticks (not `check`: that name runs content rules)
    next_button: Text  # the button to the next story
    choose_first: Text  # said when nothing is ticked
    missing: Text  # said when every tick fits but a needed route is not ticked
    fits: Text  # prefix for a chosen route that fits, e.g. "Yes:"
    not_this: Text  # prefix for a chosen route that does not fit, e.g. "Not this time:"
    done: Text  # said when every story is done
    also_right: Text | None = None  # e.g. "These fit too:", before routes right but not ticked


@dataclass(frozen=True)
class Line:
    choice: str  # choice id
    fits: bool
    text: str


@dataclass(frozen=True)
class Verdict:
    """What the pupil is told about one set of ticks."""

    correct: bool
    chosen: tuple[str, ...]  # the valid choice ids, in offered order
    wrong: tuple[str, ...]  # chosen, but not a fit here
    missing: tuple[str, ...]  # needed, but not chosen
    lines: tuple[Line, ...]  # one per chosen id, fitting ones first
    summary: str  # the sentence to lead with
    also: tuple[str, ...] = ()  # when correct: routes that fit too but were not ticked

    @property
    def empty(self) -> bool:
        return not self.chosen


@dataclass(frozen=True, kw_only=True)
class RouteFinder(Activity):
    """Worries matched to who can help (in school and outside); several routes can be right."""

    routes: tuple[str, ...]  # route ids offered: people from school.yaml, services from helplines.yaml
    scenarios: tuple[Scenario, ...]
    reassurance: tuple[Text, ...]  # always shown: "It is never too late to tell." …
    words: FinderWords
    other_choices: tuple[Choice, ...] | None = None  # tempting things to do that are not telling
    labels: dict[str, Text] | None = None  # route id → the name this band uses for it

    def counted(self) -> tuple[tuple[str, ...], int] | None:
        return ("stories", "worries", "scenarios"), len(self.scenarios)

    def for_school(self, school: School, band: str | None) -> RouteFinder:
        """The activity as a band's pupils see it: the school's own roles (school.yaml: head-of-year …)
        offered after the people in school it names, each right wherever a trusted adult is (in
        `any-of` where that is, else in `also-fine`: never needed on its own)."""
        own = tuple(school.own_roles(self.routes, band))
        if not own:
            return self
        at = max((i + 1 for i, r in enumerate(self.routes) if r in school.roles), default=0)

        def widened(s: Scenario) -> Scenario:
            if s.any_of and "trusted-adult" in s.any_of:
                return dataclasses.replace(s, any_of=(*s.any_of, *own))
            return dataclasses.replace(s, also_fine=(*(s.also_fine or ()), *own))

        return dataclasses.replace(self, routes=(*self.routes[:at], *own, *self.routes[at:]),
                                   scenarios=tuple(widened(s) for s in self.scenarios))

    # -- content rules ---------------------------------------------------------------
    def facts(self) -> Iterator[tuple[str, str]]:
        return (("helplines", r) for r in self.routes)

    def check(self) -> Iterator[tuple[str, str]]:
        routes = list(self.routes)
        others = [c.id for c in self.other_choices or ()]
        if len(set(routes)) != len(routes):
            yield "routes", "names a route twice; keep each once"
        if "trusted-adult" not in routes:
            yield "routes", "must include trusted-adult: telling a trusted adult is always a right answer"
        if len(set(others)) != len(others):
            yield "other-choices", "two choices share an id; give each its own"
        for clash in sorted(set(others) & set(routes)):
            yield "other-choices", f"'{clash}' is also a route; give the choice another id"
        if len(routes) + len(others) < 2:
            yield "routes", "needs at least two things to choose from"
        if not self.reassurance:
            yield "reassurance", "needs at least one line, e.g. It is never too late to tell."
        for key in self.labels or {}:
            if key not in routes:
                yield f"labels.{key}", unknown(key, "in routes", routes)
        if not self.scenarios:
            yield "scenarios", "needs at least one story"
        for i, s in enumerate(self.scenarios, 1):
            yield from ((f"scenarios[{i}].{f}", m) for f, m in _scenario_problems(s, routes, others))
        if any(s.about in SEXUAL for s in self.scenarios):  # choices' feedback shows in every story
            yield from passing_on((f"other-choices[{i}].feedback", c.feedback)
                                  for i, c in enumerate(self.other_choices or (), 1))

    def check_with(self, ctx: Context) -> Iterator[tuple[str, str]]:
        """Every route named exists (school.yaml, facts/helplines.yaml) and suits the band's ages,
        and every story keeps to the services' remits."""
        helplines = ctx.facts(Helpline)
        routes = resolve_routes(ctx.school, helplines, {})  # ids are enough to check them
        ages = ctx.ages
        for i, route in enumerate(self.routes, 1):
            if route not in routes:
                yield f"routes[{i}]", unknown(route, "someone in school.yaml or a service in facts/helplines.yaml",
                                              routes, add_service_or_person())
                continue
            fact = helplines.get(route)
            if fact is not None and fact.for_parents:
                yield f"routes[{i}]", f"{fact.not_for_pupils}; take it out of the routes"
            elif fact is not None and ages is not None and not fact.suits(*ages):
                yield f"routes[{i}]", (f"{fact.name} is {fact.for_whom}, which does not suit pupils aged {ages[0]} "
                                       f"to {ages[1]}; offer it in another band")
        yield from remit_problems(self, helplines, ages)

    # -- the pupil's action --------------------------------------------------------------
    @property
    def choice_ids(self) -> tuple[str, ...]:
        return (*self.routes, *(c.id for c in self.other_choices or ()))

    def clean(self, chosen: object) -> tuple[str, ...]:
        """Whatever arrives (a forged message can send anything) as valid ids in offered order."""
        if isinstance(chosen, (str, bytes)) or not isinstance(chosen, Iterable):
            return ()
        picked: set[str] = set()
        for n, item in enumerate(chosen):
            if n >= MAX_CHOICES:
                break
            if isinstance(item, str) and len(item) <= MAX_ID:
                picked.add(item)
        return tuple(c for c in self.choice_ids if c in picked)

    def judge(self, index: int, chosen: object, routes: Mapping[str, Route]) -> Verdict:
        """Feedback for ticking `chosen` (choice ids) in story number `index` (0-based)."""
        s = self.scenarios[index]
        picked = self.clean(chosen)
        if not picked:
            return Verdict(False, (), (), s.missing(()), (), str(self.words.choose_first))
        ok = s.ok
        wrong = tuple(c for c in picked if c not in ok)
        missing = s.missing(picked)
        lines = [Line(c, True, self.explain(index, c, routes)) for c in picked if c in ok]
        lines += [Line(c, False, self.explain(index, c, routes)) for c in wrong]
        correct = not wrong and not missing
        if correct:
            summary = str(s.why)
        elif wrong:
            summary = ""
        else:
            summary = str(self.words.missing)
        also = tuple(r for r in self.routes if r in ok and r not in picked) if correct else ()
        return Verdict(correct, picked, wrong, missing, tuple(lines), summary, also)

    def explain(self, index: int, choice: str, routes: Mapping[str, Route]) -> str:
        """Why `choice` fits story `index` or not: the story's note, else what the route is for."""
        s = self.scenarios[index]
        note = (s.notes or {}).get(choice)
        if note:
            return str(note)
        other = next((c for c in self.other_choices or () if c.id == choice), None)
        if other is not None:
            return str(other.feedback)
        route = routes.get(choice)
        fits = choice in s.ok
        if route is None:
            return ""
        if fits:
            return route.when or route.contact
        return route.not_for or route.when or ""

    def label(self, choice: str, routes: Mapping[str, Route]) -> str:
        """The name a pupil sees for a choice."""
        if self.labels and choice in self.labels:
            return str(self.labels[choice])
        other = next((c for c in self.other_choices or () if c.id == choice), None)
        if other is not None:
            return str(other.label)
        route = routes.get(choice)
        return route.name if route else choice


def next_story(current: int, solved: Iterable[int], count: int) -> int:
    """The next unsolved story after `current`, wrapping round; `current` if all are solved."""
    done = set(solved)
    for step in range(1, count + 1):
        candidate = (current + step) % count
        if candidate not in done:
            return candidate
    return current


def remit_problems(finder: RouteFinder, services: Mapping[str, Helpline],
                   band: tuple[int, int] | None) -> Iterator[tuple[str, str]]:
    """(field, problem) wherever a story offers a service outside its remit (facts/helplines.yaml
    `helps-with`) or the story's ages (its `age:`, else the band's), or leaves out a service the
    facts say a story about this concern needs (`needed-for`) when it is offered."""
    for i, s in enumerate(finder.scenarios, 1):
        ages = (s.age, s.age) if s.age is not None else band
        for route in [r for r in finder.routes if r in s.ok]:  # unknown ids: check() names them
            service = services.get(route)
            if service is None:
                continue
            if not service.helps(s.about):
                helps = ", ".join(service.helps_with)
                yield f"scenarios[{i}].fits", (f"{service.name} does not help with {s.about} (it helps with "
                                                f"{helps}); take {route} out of this story's routes")
            elif service.for_parents:
                yield f"scenarios[{i}].fits", f"{service.not_for_pupils}; take {route} out of this story's routes"
            elif ages is not None and not service.suits(*ages):
                who = f"a {s.age}-year-old" if s.age is not None else f"pupils aged {ages[0]} to {ages[1]}"
                yield f"scenarios[{i}].fits", (f"{service.name} is {service.for_whom}, not for {who}; "
                                                f"take {route} out of this story's routes")
        for route in finder.routes:
            service = services.get(route)
            if (service is not None and s.about in (service.needed_for or ()) and route not in (s.fits or ())
                    and (ages is None or service.serves(ages[0]))):
                yield f"scenarios[{i}].fits", (f"a {s.about} story must have {route} in fits: "
                                                f"{service.name} is where this goes ({service.when})")


def _scenario_problems(s: Scenario, routes: list[str], others: list[str]) -> Iterator[tuple[str, str]]:
    fits, any_of, also = list(s.fits or ()), list(s.any_of or ()), list(s.also_fine or ())
    if not fits and not any_of:
        yield "fits", "needs at least one route that fits (in fits or any-of)"
    for field, ids in (("fits", fits), ("any-of", any_of), ("also-fine", also)):
        for r in ids:
            if r not in routes:
                yield field, unknown(r, "one of this activity's routes", routes, "to offer it, add it to `routes:`")
        if len(set(ids)) != len(ids):
            yield field, "names a route twice; keep each once"
    lists = {"fits": fits, "any-of": any_of, "also-fine": also}
    for first, second in (("fits", "any-of"), ("fits", "also-fine"), ("any-of", "also-fine")):
        for r in sorted(set(lists[first]) & set(lists[second])):
            yield second, f"'{r}' is in {first} too; keep it in one list"
    for key in s.notes or {}:
        if key not in routes and key not in others:
            yield f"notes.{key}", unknown(key, "a choice here", [*routes, *others])
    ok = s.ok
    if "trusted-adult" in routes and "trusted-adult" not in ok:
        yield "fits", ("must include trusted-adult (in fits, any-of or also-fine): "
                       "telling a trusted adult is never wrong")
    if s.about in SEXUAL:  # the advice given (not the story told) must never say to pass it on
        yield from passing_on([("why", s.why), *((f"notes.{k}", v) for k, v in (s.notes or {}).items())])


SEXUAL = ("grooming", "blackmail", "nude-image-of-me", "nude-image-of-someone")


def passing_on(texts: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """(field, problem) for each sentence that could tell a pupil to copy or pass on an image."""
    for field, text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+", str(text)):
            if _PASS_ON.search(sentence) and not _NEGATION.search(sentence):
                yield field, (f"'{sentence.strip()}' could tell a pupil to copy or pass on a sexual image; "
                              "never advise screenshotting or forwarding it: say to report it instead")
