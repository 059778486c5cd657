"""The review pack's answers: for every activity that judges a pupil's choice, which choice the
lesson treats as right, so a safeguarding lead sees a wrongly marked answer at a glance; and
every story as a map (review_story.py).

Quizzes (and the quick questions), sorters and "which is stronger?" are laid out as what pupils
choose between with the right one marked; every other kind that judges choices (friend requests,
age sorts, why-limits …) gets a table of its items and their right choices, read from the same
rules the lesson uses (`Choosing.judge`), so the pack cannot disagree with the lesson.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup

from ..activities import Activity
from ..activities.choose import Choosing, Quiz
from ..activities.passwords import WhichIsStronger
from ..activities.sorter import Sorter
from ..activities.story import Story
from ..content.library import Library
from ..views.markup import html, join
from .review_story import story_map_html

RIGHT = "✓ right"  # how the pack marks a right answer (with the word, not only the colour)
NOT_RIGHT = "✗"


@dataclass(frozen=True)
class Answers:
    """The pack's layout of an activity's answers, and the fields it shows (left out of the
    activity's table of words, so nothing is listed twice)."""

    markup: Markup
    fields: frozenset[str]


def answers(lib: Library, activity: Activity, fill: Callable[[str], str] = str) -> Answers | None:
    """The activity's answers as the pack shows them, or None for a kind that judges nothing.
    `fill` puts an example where a text has {placeholders}."""
    if isinstance(activity, Quiz):  # the quick questions (before-and-after) are a quiz too
        return Answers(quiz_html(activity, fill), frozenset({"questions"}))
    if isinstance(activity, Sorter):
        return Answers(sorter_html(activity, fill), frozenset({"cards", "groups"}))
    if isinstance(activity, Story):
        return Answers(story_map_html(activity, fill), frozenset({"nodes"}))
    if isinstance(activity, WhichIsStronger):
        return Answers(pairs_html(activity, fill), frozenset({"pairs"}))
    choosing = choosing_of(lib, activity)
    return Answers(choosing_html(choosing, fill), frozenset()) if choosing is not None else None


def choosing_of(lib: Library, activity: Activity) -> Choosing | None:
    """The activity's items and how it judges them, with the facts its rules need."""
    from ..activities.age_limits import AgeSort, WhyLimits
    from ..content.facts import AgeRule, App

    if isinstance(activity, AgeSort):
        return activity.choosing(lib.facts(App))
    if isinstance(activity, WhyLimits):
        return activity.choosing(lib.facts(AgeRule))
    method = getattr(activity, "choosing", None)
    result = method() if callable(method) else None
    return result if isinstance(result, Choosing) else None


def mark(right: bool) -> Markup:
    return html('<td class="mark {kind}">{text}</td>', kind="right" if right else "not-right",
                text=RIGHT if right else NOT_RIGHT)


def quiz_html(quiz: Quiz, fill: Callable[[str], str]) -> Markup:
    parts = []
    for i, q in enumerate(quiz.questions, 1):
        rows = join(html('<tr class="{kind}"><th scope="row">Answer {n}: {answer}</th>{mark}<td>{feedback}</td></tr>',
                         kind="right" if a.correct else "", n=n, answer=fill(a.answer), mark=mark(a.correct),
                         feedback=fill(a.feedback)) for n, a in enumerate(q.answers, 1))
        pulse = html(' <span class="kind">(counted in a class pulse)</span>') if q.pulse else ""
        parts.append(html('<table class="answers"><caption>Question {i}: {question}{pulse}</caption><thead><tr>'
                          '<th scope="col">Answer</th><th scope="col">Right?</th><th scope="col">Feedback</th>'
                          "</tr></thead><tbody>{rows}</tbody></table>", i=i, question=fill(q.question), pulse=pulse,
                          rows=rows))
    return join(parts)


def sorter_html(sorter: Sorter, fill: Callable[[str], str]) -> Markup:
    groups = {g.id: g.label for g in sorter.groups}
    names = join((html("“{label}”", label=fill(g.label)) for g in sorter.groups), ", ")
    rows = join(html('<tr><th scope="row">Card {n}: {text}</th><td class="mark right">{group}</td><td>{feedback}</td>'
                     "</tr>", n=n, text=fill(c.text), group=fill(groups.get(c.group, c.group)),
                     feedback=fill(c.feedback)) for n, c in enumerate(sorter.cards, 1))
    return html('<table class="answers"><caption>Groups pupils sort into: {names}</caption><thead><tr>'
                '<th scope="col">Card</th><th scope="col">Right group</th><th scope="col">Feedback</th></tr></thead>'
                "<tbody>{rows}</tbody></table>", names=names, rows=rows)


def pairs_html(activity: WhichIsStronger, fill: Callable[[str], str]) -> Markup:
    rows = []
    for n, p in enumerate(activity.pairs, 1):
        a, b = (html("<strong>{t}</strong> {m}", t=p.a, m=RIGHT), p.b) if p.stronger == "a" else \
            (p.a, html("<strong>{t}</strong> {m}", t=p.b, m=RIGHT))
        rows.append(html('<tr><th scope="row">Pair {n}</th><td class="{ka}">{a}</td><td class="{kb}">{b}</td>'
                         "<td>{why}</td></tr>", n=n, a=a, b=b, why=fill(p.why),
                         ka="mark right" if p.stronger == "a" else "", kb="mark right" if p.stronger == "b" else ""))
    return html('<table class="answers"><caption>Which password is stronger (the one marked is the answer pupils '
                "are told is right)</caption><thead><tr><th scope=\"col\">Pair</th><th scope=\"col\">Password A</th>"
                '<th scope="col">Password B</th><th scope="col">Why (after they choose)</th></tr></thead><tbody>'
                "{rows}</tbody></table>", rows=join(rows))


def choosing_html(choosing: Choosing, fill: Callable[[str], str]) -> Markup:
    rows = []
    for i, item in enumerate(choosing.items):
        right = [label for label, value in item.options if choosing.judge(i, value).correct]
        other = [label for label, value in item.options if label not in right]
        rows.append(html('<tr><th scope="row">{n}. {item}</th><td class="mark right">{right}</td><td>{other}</td></tr>',
                         n=i + 1, item=fill(item.name), right=join((fill(r) for r in right), ", ") or "none",
                         other=join((fill(o) for o in other), ", ")))
    return html('<table class="answers"><caption>The right choice for each item</caption><thead><tr>'
                '<th scope="col">Item</th><th scope="col">Right</th><th scope="col">Not right</th></tr></thead>'
                "<tbody>{rows}</tbody></table>", rows=join(rows))
