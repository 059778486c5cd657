"""Apps and age limits (policy §5.5(5)): sort apps by age, "is this right for me?", and why
limits exist.

Ages are facts: they live in ``lessons/facts/apps.yaml`` (:class:`App`) and
``lessons/facts/age-rules.yaml`` (:class:`AgeRule`), never in a lesson's YAML. Activities name
apps by id; their words use placeholders (``{name}``, ``{age}``, ``{digital-consent}``) that
are filled from the facts. Every function here is pure: facts come in as a mapping.

The age a pupil picks is only ever an argument (:func:`pupil_age` validates it); nothing keeps it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Annotated, Literal

from ..content.activity import Activity, Context, Feedback
from ..content.facts import AgeRule, App
from ..content.ids import add_fact, unknown
from ..content.schema import Slots, Template, Text, fill, placeholders, suggest, templates
from .choose import Choosing, Item

MIN_AGE, MAX_AGE = 3, 18  # the ages a pupil can pick
ANY_AGE = 3  # a minimum age of 3 or less (PEGI 3) means "any age"
Suits = Literal["yes", "not-yet", "ask"]


# -- small pure helpers ------------------------------------------------------------------------
def pupil_age(value: object) -> int | None:
    """The age a pupil picked, or None for anything but a whole number from 3 to 18
    (a browser can send any value to a widget)."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if MIN_AGE <= value <= MAX_AGE else None


def group_of(app: App) -> int | None:
    """The age group an app belongs in: its minimum age (3 or less is "any age")."""
    return None if app.age is None else max(app.age, ANY_AGE)


def suits(app: App, age: int) -> Suits:
    """Is ``app`` meant for a ``age``-year-old? ``ask`` when the app sets no minimum age."""
    if app.age is None:
        return "ask"
    return "yes" if age >= app.age else "not-yet"


def unknown_apps(ids: Iterable[str], apps: Mapping[str, App], field: str = "apps",
                 need_age: bool = False) -> Iterator[tuple[str, str]]:
    """(field, problem) for every id that is not in apps.yaml (or has no age when one is needed)."""
    for i, app_id in enumerate(ids, 1):
        if app_id not in apps:
            message = unknown(app_id, "an app in facts/apps.yaml", apps, add_fact(App))
            yield f"{field}[{i}]", message
        elif need_age and apps[app_id].age is None:
            yield f"{field}[{i}]", f"'{app_id}' has no minimum age (`limit: none`), so it cannot be sorted by age"


def _duplicates(field: str, ids: list[str]) -> Iterator[tuple[str, str]]:
    if not ids:
        yield field, "is empty; list at least one app id from facts/apps.yaml"
    seen: set[str] = set()
    for i, app_id in enumerate(ids, 1):
        if app_id in seen:
            yield f"{field}[{i}]", f"'{app_id}' appears twice; keep one"
        seen.add(app_id)


# -- how a band says an app's limit -------------------------------------------------------------
AppWords = Annotated[Template, Slots(may=("name", "age", "what"))]  # said about one app
Younger = Annotated[Template, Slots(needs=("younger",), says="where the kinder choice goes")]
AtAge = Annotated[Template, Slots(may=("age",))]


@dataclass(frozen=True)
class LimitWords:
    """One sentence per kind of limit; may use {name}, {age} and {what}."""

    terms: AppWords  # e.g. "{name}'s own rules say you must be {age} or over."
    pegi: AppWords  # e.g. "PEGI says {name} is for {age} and over."
    none: AppWords | None = None  # e.g. "{name} has no set age. Ask a grown-up first."
    law: AppWords | None = None  # e.g. "The law sets the age for {name}: {age}." Needed if an app has `limit: law`

    def missing(self, ids: Iterable[str], apps: Mapping[str, App]) -> Iterator[tuple[str, str]]:
        """(field, problem) for each kind of limit among these apps that has no sentence here."""
        kinds = {apps[a].limit for a in ids if a in apps}
        for kind in ("none", "law"):
            if kind in kinds and getattr(self, kind) is None:
                what = "have no set age" if kind == "none" else "have an age set by law"
                yield f"limits.{kind}", f"is missing; some of these apps {what}, so say how to tell it"

    def say(self, app: App) -> str:
        template = {"terms": self.terms, "pegi": self.pegi, "law": self.law}.get(app.limit) or self.none
        if template is None:
            return ""
        return fill(template, name=app.name, age=app.age if app.age is not None else "", what=app.what)


# -- sort apps into age groups ---------------------------------------------------------------
Judged = Annotated[Template, Slots(may=("name", "what"))]  # feedback about one app


@dataclass(frozen=True)
class GroupWords:
    any_age: Annotated[Template, Slots()]  # label of the group for any age (PEGI 3)
    from_age: Annotated[Template, Slots(needs=("age",), says="where the age goes")]  # label of every other group
    too_young: Judged  # feedback when the group chosen is younger than the app's
    too_old: Judged  # feedback when the group chosen is older than the app's

    def label(self, age: int) -> str:
        return self.any_age if age <= ANY_AGE else fill(self.from_age, age=age)


@dataclass(frozen=True, kw_only=True)
class AgeSort(Activity):
    """Place each app into the age group it is meant for; the groups come from the apps' ages."""

    question: Text
    apps: tuple[str, ...]  # ids in facts/apps.yaml, shown in this order
    groups: GroupWords
    limits: LimitWords
    try_instead: Younger | None = None  # said after a right answer for an app with a kinder choice

    def counted(self) -> tuple[tuple[str, ...], int] | None:
        return ("apps",), len(self.apps)

    def facts(self) -> Iterator[tuple[str, str]]:
        return (("apps", a) for a in self.apps)

    def check(self) -> Iterator[tuple[str, str]]:
        yield from _duplicates("apps", list(self.apps))

    def check_with(self, ctx: Context) -> Iterator[tuple[str, str]]:
        apps = ctx.facts(App)
        yield from unknown_apps(self.apps, apps, need_age=True)
        yield from self.limits.missing(self.apps, apps)
        if all(a in apps and apps[a].age is not None for a in self.apps) and len(self.group_ages(apps)) < 2:
            yield "apps", "all these apps are in one age group; add an app with a different age"

    def group_ages(self, apps: Mapping[str, App]) -> list[int]:
        """The age groups to sort into, youngest first."""
        return sorted({g for a in self.apps if a in apps and (g := group_of(apps[a])) is not None})

    def judge(self, app_id: str, group: int, apps: Mapping[str, App]) -> Feedback:
        """Feedback for putting app ``app_id`` into age group ``group``."""
        app = apps[app_id]
        right = group_of(app)
        if right is None:
            raise ValueError(f"{app_id} has no age group")
        if group == right:
            kinder = fill(self.try_instead, younger=app.younger) if self.try_instead and app.younger else ""
            return Feedback(True, f"{self.limits.say(app)} {kinder}".strip())
        template = self.groups.too_young if group < right else self.groups.too_old
        return Feedback(False, fill(template, name=app.name, what=app.what))

    def choosing(self, apps: Mapping[str, App]) -> Choosing:
        """Each app, into one of the age groups."""
        groups = tuple((self.groups.label(age), age) for age in self.group_ages(apps))
        return Choosing(tuple(Item(apps[a].name, groups) for a in self.apps),
                        lambda i, group: self.judge(self.apps[i], int(group), apps))


# -- is this right for me? ---------------------------------------------------------------------
@dataclass(frozen=True)
class Verdicts:
    """Which apps are meant for a pupil of ``age`` (in the activity's order)."""

    age: int
    for_you: tuple[str, ...]
    not_yet: tuple[str, ...]
    ask: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class AgePicker(Activity):
    """Pick an age (never kept) and see which apps are meant for it, and kinder choices."""

    label: Text  # the age control's name, e.g. "How old are you?" or "How old is Pip?"
    choose: Text  # shown before an age is picked, e.g. "Pick an age"
    reminder: Text | None = None  # e.g. "We do not keep the age you pick."
    apps: tuple[str, ...]
    for_you: AtAge  # heading of the apps meant for this age
    not_yet: AtAge  # heading of the apps meant for older people
    ask: AtAge | None = None  # heading of apps with no set age; needed if any app has `limit: none`
    none_here: Text  # said under a heading with no apps, e.g. "None of these yet."
    try_instead: Younger  # how a kinder choice is offered
    limits: LimitWords

    def facts(self) -> Iterator[tuple[str, str]]:
        return (("apps", a) for a in self.apps)

    def check(self) -> Iterator[tuple[str, str]]:
        yield from _duplicates("apps", list(self.apps))

    def check_with(self, ctx: Context) -> Iterator[tuple[str, str]]:
        apps = ctx.facts(App)
        yield from unknown_apps(self.apps, apps)
        if any(a in apps and apps[a].age is None for a in self.apps) and self.ask is None:
            yield "ask", "is missing; some of these apps have no set age, so give a heading for them"
        yield from self.limits.missing(self.apps, apps)

    def verdicts(self, age: object, apps: Mapping[str, App]) -> Verdicts | None:
        """The apps meant (and not yet meant) for an age; None if ``age`` is not a pupil age."""
        picked = pupil_age(age)
        if picked is None:
            return None
        sorted_ids: dict[Suits, list[str]] = {"yes": [], "not-yet": [], "ask": []}
        for app_id in self.apps:
            sorted_ids[suits(apps[app_id], picked)].append(app_id)
        return Verdicts(picked, tuple(sorted_ids["yes"]), tuple(sorted_ids["not-yet"]), tuple(sorted_ids["ask"]))


# -- why do limits exist? ------------------------------------------------------------------------
RuleWords = Annotated[Template, Slots(facts="age-rules")]  # may name age rules: "from {digital-consent}"


@dataclass(frozen=True)
class Reason:
    id: str
    label: Text  # e.g. "Your data"
    explain: RuleWords  # shown above the situations


@dataclass(frozen=True)
class Case:
    text: RuleWords  # a situation, e.g. "An app asks for your birthday and where you live."
    reason: str  # the id of the reason it shows
    feedback: RuleWords  # said when the pupil picks the right reason


@dataclass(frozen=True, kw_only=True)
class WhyLimits(Activity):
    """Match each situation to the reason apps have age limits (data, content, contact …)."""

    question: RuleWords
    rule: str | None = None  # an age rule (facts/age-rules.yaml) to show above, e.g. digital-consent
    reasons: tuple[Reason, ...]
    cases: tuple[Case, ...]
    hint: RuleWords  # said after a wrong reason

    def counted(self) -> tuple[tuple[str, ...], int] | None:
        return ("reasons",), len(self.reasons)

    def facts(self) -> Iterator[tuple[str, str]]:
        """The age rule it shows, and every one its words name as a {placeholder}."""
        named = [self.rule, *(name for _, text, _ in templates(self) for name in placeholders(text))]
        return (("age-rules", r) for r in dict.fromkeys(named) if r)

    def check(self) -> Iterator[tuple[str, str]]:
        ids = [r.id for r in self.reasons]
        if len(ids) < 2:
            yield "reasons", "needs at least two reasons to choose from"
        if len(set(ids)) != len(ids):
            yield "reasons", "two reasons share an id; give each its own"
        if not self.cases:
            yield "cases", "needs at least one situation"
        for i, case in enumerate(self.cases, 1):
            if case.reason not in ids:
                yield f"cases[{i}].reason", unknown(case.reason, "a reason", ids, "to add one, put it under `reasons:`")

    def check_with(self, ctx: Context) -> Iterator[tuple[str, str]]:
        rules = ctx.facts(AgeRule)
        if self.rule is not None and self.rule not in rules:
            yield "rule", unknown(self.rule, "an age rule in facts/age-rules.yaml", rules, add_fact(AgeRule))
        for field, text, _ in templates(self):
            for bad in dict.fromkeys(name for name in placeholders(text) if name not in rules):
                yield field, (f"{{{bad}}} is not an age rule in facts/age-rules.yaml; expected one of: "
                              + ", ".join(f"{{{r}}}" for r in rules) + suggest(bad, rules) + f"; {add_fact(AgeRule)}")

    @staticmethod
    def ages(rules: Mapping[str, AgeRule]) -> dict[str, int]:
        return {key: rule.age for key, rule in rules.items()}

    def say(self, text: Template, rules: Mapping[str, AgeRule]) -> str:
        return fill(text, self.ages(rules))

    def judge(self, case: int, reason: str, rules: Mapping[str, AgeRule]) -> Feedback:
        """Feedback for saying situation ``case`` (0-based) shows ``reason``."""
        chosen = self.cases[case]
        if chosen.reason != reason:
            return Feedback(False, self.say(self.hint, rules))
        return Feedback(True, self.say(chosen.feedback, rules))

    def choosing(self, rules: Mapping[str, AgeRule]) -> Choosing:
        """Each situation, matched to one of the reasons."""
        reasons = tuple((r.label, r.id) for r in self.reasons)
        return Choosing(tuple(Item(self.say(c.text, rules), reasons) for c in self.cases),
                        lambda i, reason: self.judge(i, str(reason), rules))
