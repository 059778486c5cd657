"""Branching stories: the pupil decides at each step; safe choices lead to telling a trusted
adult, unsafe ones show what could happen, calmly, and always offer the way back (§5.5(3)).

A story is a graph of named nodes. A node either offers choices (each goes to another node,
with optional feedback and a safe/unsafe flag) or is an ending: safe, unsafe, or recovery (the
end of "it has already happened: what now?", shown to the pupil as a safe ending). Every rule
that keeps a pupil from getting stuck, or from reaching help only by choosing the harm, is
checked before a lesson is served: see :meth:`Story.check`. The pupil's position is a
:class:`Walk`, an immutable value; every action returns a new one, and an action that makes no
sense returns the walk unchanged.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Literal

from ..content.activity import Activity
from ..content.schema import Slots, Template, Text, fill, line_of

MAX_CHOICES = 4  # more buttons than this is too many for a pupil to weigh up


@dataclass(frozen=True)
class Message:
    """One bubble on the mock chat screen (fictional names only)."""

    who: Text
    says: Text
    me: bool = False  # true: sent by the story's main character (shown on the right)


@dataclass(frozen=True)
class Choice:
    label: Text
    goto: str  # the id of the node this choice leads to
    safe: bool | None = None  # true: a safe choice; false: unsafe; left out: neither
    feedback: Text | None = None  # said as the pupil arrives at the next node


@dataclass(frozen=True)
class Node:
    text: Text
    chat: tuple[Message, ...] | None = None
    choices: tuple[Choice, ...] | None = None
    # Set only on endings, which have no choices.
    ending: Literal["safe", "unsafe", "recovery"] | None = None  # recovery: ends "it has already happened: what now?"

    def check(self) -> Iterator[tuple[str, str]]:
        if self.ending is None and not self.choices:
            yield "choices", "this node is not an ending, so it needs choices; add `choices:` or `ending: safe`"
        if self.ending is not None and self.choices:
            yield "choices", "an ending has no choices (the pupil is offered 'go back' and 'start again')"
        if self.choices and len(self.choices) > MAX_CHOICES:
            yield "choices", f"has {len(self.choices)} choices; expected at most {MAX_CHOICES}"
        labels = [c.label for c in self.choices or ()]
        if len(set(labels)) != len(labels):
            yield "choices", "two choices have the same label; make each one different"
        for i, choice in enumerate(self.choices or (), 1):
            if choice.safe is False and not choice.feedback:
                yield (f"choices[{i}].feedback", ("an unsafe choice needs feedback that calmly says why; "
                       "add `feedback:`"))


@dataclass(frozen=True)
class StoryFeedback:
    """What the pupil is told about the choice they just made."""

    safe: bool | None
    text: str


@dataclass(frozen=True)
class Walk:
    """Where a pupil is in a story: the nodes from the start to here (never repeating one)."""

    path: tuple[str, ...]
    feedback: StoryFeedback | None = None

    @property
    def here(self) -> str:
        return self.path[-1]

    @property
    def step(self) -> int:
        """1 at the start, then one more for each decision on the way here."""
        return len(self.path)


@dataclass(frozen=True, kw_only=True)
class Story(Activity):
    """A branching story: choices lead to further steps and to safe or unsafe endings, always with a way back."""

    start: str  # the id of the first node
    step_label: Annotated[Template, Slots(needs=("n",), says="where the step number goes, e.g. 'Step {n}'")]
    ending_label: Text  # e.g. "The end"
    back_button: Text  # e.g. "Go back and choose again"
    unsafe_lead: Text  # said before an unsafe choice's feedback, e.g. "Stop and think."
    rule: Text  # the rule, shown at every ending
    nodes: dict[str, Node]

    # -- checks --------------------------------------------------------------------------
    def counted(self) -> tuple[tuple[str, ...], int] | None:
        return ("endings",), len(self.endings())

    def check(self) -> Iterator[tuple[str, str]]:
        ids = list(self.nodes)
        if self.start not in self.nodes:
            yield "start", f"'{self.start}' is not a node; expected one of: {', '.join(ids)}"
            return
        if self.nodes[self.start].ending is not None:
            yield "start", f"'{self.start}' is an ending; the story must start with a decision"
        broken = False
        for node_id, node in self.nodes.items():
            for i, choice in enumerate(node.choices or (), 1):
                if choice.goto not in self.nodes:
                    broken = True
                    yield (f"nodes.{node_id}.choices[{i}].goto",
                           (f"'{choice.goto}' (line {line_of(choice, 'goto')}) is not a node; "
                           f"expected one of: {', '.join(ids)}"))
        if broken:
            return  # the graph checks below need every goto to exist
        reachable = self.reachable()
        for node_id in ids:
            if node_id not in reachable:
                yield (f"nodes.{node_id}", (f"node '{node_id}' (line {line_of(self.nodes[node_id])}) "
                       "cannot be reached from the start; add a choice that goes to it, or remove it"))
        finishing = self.can_finish()
        for node_id in ids:
            if node_id in reachable and node_id not in finishing:
                yield (f"nodes.{node_id}", (f"from node '{node_id}' (line {line_of(self.nodes[node_id])}) "
                       "no ending can be reached: the pupil would be stuck in a loop; "
                       "add a choice that leads on to an ending"))
        if not any(self.nodes[e].ending == "safe" for e in self.endings() if e in reachable):
            yield "nodes", "has no safe ending the pupil can reach; add a node with `ending: safe`"
        yield from self.way_on_problems(reachable)
        yield from self.recovery_problems(reachable)

    def way_on_problems(self, reachable: set[str]) -> Iterator[tuple[str, str]]:
        """An unsafe ending's way on is "Go back and choose again": the step before it must offer a
        choice that leads, without another unsafe choice, to a safe or recovery ending."""
        good = self.can_end_well()
        for node_id in self.endings():
            if self.nodes[node_id].ending != "unsafe" or node_id not in reachable:
                continue
            for step_id, step in self.nodes.items():
                choices = step.choices or ()
                if step_id not in reachable or not any(c.goto == node_id for c in choices):
                    continue
                if not any(c.safe is not False and c.goto in good for c in choices):
                    yield (f"nodes.{node_id}", (
                        f"the unsafe ending '{node_id}' (line {line_of(self.nodes[node_id])}) has no way on: going "
                        f"back from it, step '{step_id}' (line {line_of(step)}) offers no choice that leads to a "
                        "safe or recovery ending without another unsafe choice; give that step a choice (such as "
                        "telling a trusted adult) that leads to one"))

    def recovery_problems(self, reachable: set[str]) -> Iterator[tuple[str, str]]:
        """A pupil to whom it has already happened must reach what to do now without choosing the
        harm: every recovery ending is reachable without an unsafe choice."""
        safely = self.reachable(safe_only=True)
        for node_id in self.endings():
            if self.nodes[node_id].ending != "recovery" or node_id not in reachable or node_id in safely:
                continue
            leads = self.leading_to(node_id)
            through = [f"'{c.label}' (step '{step_id}')" for step_id in sorted(safely)
                       for c in self.nodes[step_id].choices or ()
                       if c.safe is False and c.goto in leads and c.goto not in safely]
            yield (f"nodes.{node_id}", (
                f"the recovery ending '{node_id}' (line {line_of(self.nodes[node_id])}) can be reached only through "
                f"an unsafe choice ({'; '.join(through) or 'none found'}): a pupil to whom it has already happened "
                "must reach what to do now without choosing the harm; add a choice with no `safe:`, such as "
                "\"It has already happened: what now?\", at an earlier step, going to the first step of what to "
                "do now"))

    # -- the graph -----------------------------------------------------------------------
    def endings(self) -> list[str]:
        return [node_id for node_id, node in self.nodes.items() if node.ending is not None]

    def next_ids(self, node_id: str, *, safe_only: bool = False) -> list[str]:
        return [c.goto for c in self.nodes[node_id].choices or () if not (safe_only and c.safe is False)]

    def reachable(self, *, safe_only: bool = False) -> set[str]:
        """Every node a pupil can get to from the start (`safe_only`: without an unsafe choice, as a
        pupil to whom it has already happened must be able to reach what to do now)."""
        seen = {self.start}
        queue = deque([self.start])
        while queue:
            for nxt in self.next_ids(queue.popleft(), safe_only=safe_only):
                if nxt in self.nodes and nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return seen

    def can_end_well(self) -> set[str]:
        """Every node from which a safe or recovery ending can be reached without an unsafe choice."""
        return self._leading_to({e for e in self.endings() if self.nodes[e].ending in ("safe", "recovery")},
                                safe_only=True)

    def leading_to(self, target: str) -> set[str]:
        """Every node from which `target` can be reached (itself included)."""
        return self._leading_to({target})

    def _leading_to(self, targets: set[str], safe_only: bool = False) -> set[str]:
        """Every node from which one of `targets` can be reached (they included)."""
        found = set(targets)
        changed = True
        while changed:
            changed = False
            for node_id in self.nodes:
                if node_id not in found and any(n in found for n in self.next_ids(node_id, safe_only=safe_only)):
                    found.add(node_id)
                    changed = True
        return found

    def in_order(self) -> list[str]:
        """The nodes as a map lists them: from the start, each step before the steps it leads to
        (breadth first, choices in order), then any the start cannot reach."""
        seen = [self.start] if self.start in self.nodes else []
        for node_id in seen:
            seen.extend(n for n in dict.fromkeys(self.next_ids(node_id)) if n in self.nodes and n not in seen)
        return seen + [n for n in self.nodes if n not in seen]

    def can_finish(self) -> set[str]:
        """Every node from which some ending can be reached."""
        return self._leading_to(set(self.endings()))

    def paths(self) -> Iterator[tuple[str, ...]]:
        """Every way through the story from the start to an ending that visits no node twice."""
        def walk(path: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
            node = self.nodes[path[-1]]
            if node.ending is not None:
                yield path
                return
            for nxt in dict.fromkeys(self.next_ids(path[-1])):
                if nxt not in path and nxt in self.nodes:
                    yield from walk((*path, nxt))

        yield from walk((self.start,))

    # -- what a pupil does ---------------------------------------------------------------
    def begin(self) -> Walk:
        return Walk((self.start,))

    def node(self, walk: Walk) -> Node:
        return self.nodes[walk.here]

    def choose(self, walk: Walk, index: object) -> Walk:
        """Take choice number ``index`` (0-based) at the current node. Anything that is not a
        valid choice there (a forged value, an ending, a stale button) changes nothing."""
        if not self.valid(walk) or isinstance(index, bool) or not isinstance(index, int):
            return walk
        choices = self.nodes[walk.here].choices or ()
        if not 0 <= index < len(choices):
            return walk
        choice = choices[index]
        if choice.goto not in self.nodes:
            return walk
        path = walk.path
        # Going to a node already on the way here ("choose again") goes back to it, so the
        # path never loops and the step number means "decisions since the start".
        path = path[: path.index(choice.goto) + 1] if choice.goto in path else (*path, choice.goto)
        feedback = StoryFeedback(choice.safe, choice.feedback) if choice.feedback else None
        return Walk(path, feedback)

    def back(self, walk: Walk) -> Walk:
        """One decision back (at the start: stay there)."""
        if not self.valid(walk):
            return self.begin()
        return Walk(walk.path[:-1]) if len(walk.path) > 1 else Walk(walk.path)

    def valid(self, walk: object) -> bool:
        return (isinstance(walk, Walk) and bool(walk.path) and walk.path[0] == self.start
                and all(isinstance(p, str) and p in self.nodes for p in walk.path)
                and len(set(walk.path)) == len(walk.path))

    def ending_of(self, walk: Walk) -> Literal["safe", "unsafe", "recovery"] | None:
        return self.nodes[walk.here].ending

    def step_text(self, walk: Walk) -> str:
        if self.ending_of(walk) is not None:
            return self.ending_label
        return fill(self.step_label, n=walk.step)
