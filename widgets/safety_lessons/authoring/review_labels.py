"""Where a piece of text is, said as a person would ("Step “Photo sent”, choice 3, feedback"),
and text with {placeholders} shown as pupils see it, filled with an example ("Message 2 of 5"):
the review pack and the sign-off record name every string this way, never by a file path.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from markupsafe import Markup, escape

from ..content.library import Library
from ..content.schema import PLACEHOLDER, ContentError, Text, fill

Part = tuple[str, "int | str | None"]  # a field's name, and its item's number or its entry's name

# A field of many items → what one item is called (the field's own name, said of one).
ONE_OF = {"questions": "question", "answers": "answer", "choices": "choice", "chat": "message", "cards": "card",
          "groups": "group", "pairs": "pair", "messages": "message", "requests": "request", "settings": "setting",
          "options": "option", "viewers": "viewer", "steps": "step", "tasks": "task", "controls": "control",
          "scenarios": "scenario", "cases": "case", "reasons": "reason", "actions": "action", "members": "member",
          "threads": "thread", "rules": "rule", "edits": "edit", "parts": "part", "people": "person",
          "apps": "app", "reassurance": "reassurance", "other-choices": "other choice", "learned": "line",
          "talk-about": "question", "check-together": "line", "if-it-happens": "step", "helps-with": "",
          "needed-for": "", "nodes": "step", "notes": "note on", "feedback": "feedback for",
          "plain-words": "plain words for", "labels": "label for"}
# A field's name → how a person says it.
SAY = {"goto": "leads to", "safe": "safe choice", "correct": "right answer", "group": "belongs in",
       "stronger": "stronger password", "a": "password A", "b": "password B", "why": "why (after choosing)",
       "says": "says", "who": "who", "text": "words", "label": "label", "feedback": "feedback",
       "step-label": "step counter", "time-to-guess": "time to guess", "best": "best choices"}


def step_name(node_id: str) -> str:
    """An entry's id as a name: ``photo-sent`` → ``Photo sent``."""
    words = node_id.replace("-", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def fields(value: object, everything: bool = False, parts: tuple[Part, ...] = ()) -> Iterator[tuple[tuple[Part, ...],
                                                                                                    str]]:
    """(where, text) for every piece of pupil-facing text (`Text`) in a content value, in order;
    with `everything`, every other value too (ids, numbers, true/false), as text."""
    if isinstance(value, Text):
        yield parts, str(value)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from fields(getattr(value, f.name), everything, (*parts, (f.name.replace("_", "-"), None)))
    elif isinstance(value, (list, tuple)):
        name = parts[-1][0] if parts else ""
        for i, item in enumerate(value, 1):
            yield from fields(item, everything, (*parts[:-1], (name, i)))
    elif isinstance(value, dict):
        name = parts[-1][0] if parts else ""
        for key, item in value.items():
            yield from fields(item, everything, (*parts[:-1], (name, str(key))))
    elif everything and value is not None:
        yield parts, ("yes" if value is True else "no" if value is False else
                      f"{value:%d %B %Y}" if isinstance(value, dt.date) else str(value))


def label(parts: tuple[Part, ...]) -> str:
    """Where a text is, in words: ``(("questions", 2), ("answers", 1), ("feedback", None))`` →
    "Question 2, answer 1, feedback"."""
    said = []
    for i, (name, index) in enumerate(parts):
        if name == "strength":
            said.append("strength meter")
        elif name == "labels" and isinstance(index, int) and i and parts[i - 1][0] == "strength":
            said.append(f"what it says for a score of {index - 1} (of 4)")
        elif name == "plain-words" and isinstance(index, str):
            said.append(f"what pupils read instead of the estimator's advice “{index}”")
        elif name == "nodes" and isinstance(index, str):
            said.append(f"step “{step_name(index)}”")
        elif isinstance(index, str):
            said.append(f"{ONE_OF.get(name, name.replace('-', ' '))} “{index}”".strip())
        elif isinstance(index, int):
            one = ONE_OF.get(name, name.replace("-", " "))
            said.append(f"{one} {index}" if one else f"{index}")
        else:
            said.append(SAY.get(name, name.replace("-", " ")))
    text = ", ".join(said)
    return text[:1].upper() + text[1:]


# What the page puts where a text has a placeholder, for the pack to show an example.
EXAMPLES: dict[str, object] = {
    "n": 2, "total": 5, "age": 13, "found": 2, "left": 2, "right": 3, "done": 3, "time": "3 hours",
    "name": "Bubble Park", "younger": "Bubble Park", "app": "Bubble Park", "what": "a game",
    "viewer": "Someone you do not know", "label": "Tell a grown-up", "button": "Start again",
    "password": "marble otter lantern fog", "title": "Our pictures", "lesson": "Strong passwords",
    "band": "Ages 7 to 11", "policy": "§5.5(4)", "date": "30 November 2026", "source": "primary source",
    "code": "4821", "address": "http://lessons.school.example", "link": "http://lessons.school.example/pulse",
    "minimum": 5,
}


@dataclass(frozen=True)
class Filler:
    """Text as pupils see it: each placeholder filled with an example (or, for a fact's id or a
    caption's part, with what the page really puts there), marked so a reader sees it was filled."""

    values: Mapping[str, object] = dataclasses.field(default_factory=dict)

    def __call__(self, text: str) -> Markup:
        if "{" not in text:
            return Markup(escape(text))
        named = {name: Markup('<span class="filled" title="the page fills this in">{}</span>').format(value)
                 for name, value in {**EXAMPLES, **self.values}.items()}
        for name in PLACEHOLDER.findall(text):  # anything else: said as what goes there, never as {…}
            named.setdefault(name, Markup('<span class="filled">[{}]</span>').format(name.replace("-", " ")))
        return Markup(fill(str(escape(text)), named))

    def plain(self, text: str) -> str:
        """The same, as plain text (for the sign-off record and tests)."""
        named = {**EXAMPLES, **self.values}
        return fill(text, {name: named.get(name, f"[{name.replace('-', ' ')}]") for name in PLACEHOLDER.findall(text)})


def filler_for(lib: Library, activity: object = None) -> Filler:
    """The filler for one activity: the ages in facts/age-rules.yaml (`{digital-consent}`), and a
    post's caption parts (`{routine}`) as the page shows them."""
    from ..content.facts import AgeRule

    values: dict[str, object] = {}
    try:
        values.update({rule_id: rule.age for rule_id, rule in lib.facts(AgeRule).items()})
    except ContentError:
        pass  # `check` says what is wrong with the facts
    post = getattr(activity, "post", None)
    for part in getattr(post, "parts", ()):
        values[part.id] = part.label
    return Filler(values)
