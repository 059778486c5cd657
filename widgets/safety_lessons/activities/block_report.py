"""Blocking and reporting unwanted messages (policy §5.5(6)).

Two activity kinds, pure logic only (no widgets):

- ``inbox``: messages arrive one at a time on a pretend phone; for each, the pupil picks
  one or more actions (reply, ignore, mute, block, report, tell an adult, keep evidence)
  and presses Done. :meth:`Inbox.judge` sorts the chosen actions into those that help,
  those that are fine but not needed, those that are unwise here, and the helpful ones
  that are missing. :class:`InboxRun` is the pupil's place in the inbox; every change
  returns a new run, so any sequence of presses leaves a valid state.
- ``app-walkthrough``: the steps to block or report someone on a pretend app. At each
  step the pupil presses one control; the right one moves on, a wrong one gives a hint.

Everything a browser sends reaches the logic through :func:`action_ids` or
:func:`control_index`, which drop anything unknown.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Annotated, Literal, get_args

from ..content.activity import Activity
from ..content.ids import unknown
from ..content.schema import Slots, Template, Text

ActionId = Literal["reply", "ignore", "mute", "block", "report", "tell", "evidence"]
ACTION_IDS: tuple[str, ...] = get_args(ActionId)
MAX_CONTROLS = 6  # controls on one pretend screen (the view keeps this many buttons)
NUMBERS = "where the numbers go"
NofTotal = Annotated[Template, Slots(needs=("n", "total"), says=NUMBERS)]


# -- inbox ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Action:
    """One thing a pupil can do with a message."""

    id: ActionId
    label: Text  # the band's words, e.g. "Close it" for `ignore` at ages 4 to 7
    does: Text | None = None  # what it really does: who is told, what the other person sees


@dataclass(frozen=True)
class Message:
    sender: Text  # a fictional sender
    text: Text
    best: tuple[ActionId, ...]  # the actions that together make the best response
    why: Text  # the best response in a sentence or two, shown after Done
    notes: dict[str, Text]  # for every action of the inbox: why it helps, is fine or is unwise here
    about: Text | None = None  # a line under the sender, e.g. "Not in your contacts"
    fine: tuple[ActionId, ...] | None = None  # actions that do no harm here but are not needed

    def check(self) -> Iterator[tuple[str, str]]:
        """Rules within one message (those that need the inbox's actions are in Inbox.check)."""
        fine = list(self.fine or ())
        if not self.best:
            yield "best", "is empty; list the actions that make the best response"
        for name, listed in (("best", self.best), ("fine", fine)):
            if len(set(listed)) != len(listed):
                yield name, "lists an action twice; keep each once"
        both = [a for a in self.best if a in fine]
        if both:
            yield "fine", f"'{both[0]}' is in both best and fine; keep it in one"
        if "reply" in self.best and "ignore" in self.best:
            yield "best", "has both reply and ignore; a pupil cannot do both"


@dataclass(frozen=True)
class InboxWords:
    """The inbox's buttons and headings, in the band's voice."""

    progress: NofTotal  # e.g. "Message {n} of {total}"
    done: Text
    try_again: Text
    next: Text
    helps: Text  # heading for chosen actions that help
    fine: Text  # … chosen actions that are fine but not needed
    unwise: Text  # … chosen actions that are not a good idea here
    missing: Text  # … helpful actions not chosen
    best: Text  # lead-in to the best response, e.g. "Best:"
    nothing_chosen: Text  # Done pressed with nothing chosen
    clash: Text  # both reply and ignore chosen
    finished: Annotated[Template, Slots(needs=("right", "total"), says=NUMBERS)]  # e.g. "{right} of {total} best"
    what_they_do: Text | None = None  # heading above what the chosen tools really do


@dataclass(frozen=True)
class Verdict:
    """The chosen actions, judged for one message (each tuple in the inbox's action order)."""

    helped: tuple[str, ...] = ()
    fine: tuple[str, ...] = ()
    unwise: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    clash: bool = False  # chose to reply and to ignore at once
    nothing: bool = False  # chose nothing at all

    @property
    def correct(self) -> bool:
        return not (self.nothing or self.clash or self.unwise or self.missing)


@dataclass(frozen=True)
class Line:
    """One line of feedback: what group an action fell in, its label and the note about it."""

    group: Literal["helps", "fine", "unwise", "missing"]
    label: str
    note: str


def action_ids(chosen: object, known: Iterable[str]) -> frozenset[str]:
    """Only known action ids from whatever was sent (a browser can send anything)."""
    if isinstance(chosen, (str, bytes)) or not isinstance(chosen, Iterable):
        return frozenset()
    known = frozenset(known)
    out: set[str] = set()
    for i, item in enumerate(chosen):
        if i >= 64:  # a forged list can be huge; no inbox has more than seven actions
            break
        if isinstance(item, str) and item in known:
            out.add(item)
    return frozenset(out)


@dataclass(frozen=True, kw_only=True)
class Inbox(Activity):
    """Messages on a pretend phone; for each, choose what to do and learn the best response."""

    app: Text  # the fictional app's name, shown at the top of the pretend phone
    actions: tuple[Action, ...]
    messages: tuple[Message, ...]
    words: InboxWords

    def counted(self) -> tuple[tuple[str, ...], int] | None:
        return ("messages",), len(self.messages)

    def check(self) -> Iterator[tuple[str, str]]:
        ids = [a.id for a in self.actions]
        if len(ids) < 2:
            yield "actions", "needs at least two actions to choose from"
        if len(set(ids)) != len(ids):
            yield "actions", "has an action twice; keep each id once"
        if not self.messages:
            yield "messages", "needs at least one message"
        for i, m in enumerate(self.messages, 1):
            at = f"messages[{i}]"
            for name, listed in (("best", m.best), ("fine", m.fine or ())):
                for a in listed:
                    if a not in ids:
                        yield f"{at}.{name}", unknown(a, "an action of this inbox", ids,
                                                               "to add one, put it under `actions:`")
            for a in ids:
                if a not in m.notes:
                    yield f"{at}.notes", f"has no note for '{a}'; every action needs a note for every message"
            for key in m.notes:
                if key not in ids:
                    yield f"{at}.notes", unknown(key, "an action of this inbox", ids)

    # -- judging ---------------------------------------------------------------------
    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(a.id for a in self.actions)

    def label(self, action: str) -> str:
        return next(a.label for a in self.actions if a.id == action)

    def judge(self, message: int, chosen: object) -> Verdict:
        """Judge a combination of actions for message number `message` (0-based)."""
        m = self.messages[message]
        picked = action_ids(chosen, self.ids)
        if not picked:
            return Verdict(missing=tuple(a for a in self.ids if a in m.best), nothing=True)
        best, fine = set(m.best), set(m.fine or ())
        order = [a for a in self.ids if a in picked]
        return Verdict(
            helped=tuple(a for a in order if a in best),
            fine=tuple(a for a in order if a in fine),
            unwise=tuple(a for a in order if a not in best and a not in fine),
            missing=tuple(a for a in self.ids if a in best and a not in picked),
            clash="reply" in picked and "ignore" in picked,
        )

    def lines(self, message: int, verdict: Verdict) -> list[Line]:
        """The feedback for a verdict, one line per chosen or missing action."""
        notes = self.messages[message].notes
        groups: tuple[tuple[Literal["helps", "fine", "unwise", "missing"], tuple[str, ...]], ...] = (
            ("unwise", verdict.unwise), ("missing", verdict.missing),
            ("helps", verdict.helped), ("fine", verdict.fine))
        return [Line(group, self.label(a), notes[a]) for group, acts in groups for a in acts]

    def explained(self, message: int, verdict: Verdict) -> list[tuple[str, str]]:
        """(label, what it does) for every action chosen or in the best response that has a `does`."""
        shown = set(verdict.helped + verdict.fine + verdict.unwise + verdict.missing)
        return [(a.label, a.does) for a in self.actions if a.does and a.id in shown]

    def best_labels(self, message: int) -> list[str]:
        best = self.messages[message].best
        return [a.label for a in self.actions if a.id in best]


@dataclass(frozen=True)
class InboxRun:
    """Where a pupil is in an inbox. Every method returns a new run; none can fail."""

    total: int
    index: int = 0  # the message on screen (== total when the inbox is finished)
    chosen: frozenset[str] = frozenset()
    verdict: Verdict | None = None  # set once Done is pressed, cleared by Try again
    right: frozenset[int] = field(default_factory=frozenset)  # messages answered best at some try

    @property
    def finished(self) -> bool:
        return self.index >= self.total

    def choose(self, inbox: Inbox, chosen: object) -> InboxRun:
        if self.finished or self.verdict is not None:
            return self  # choices are locked while feedback is shown
        return replace(self, chosen=action_ids(chosen, inbox.ids))

    def done(self, inbox: Inbox) -> InboxRun:
        if self.finished:
            return self
        verdict = inbox.judge(self.index, self.chosen)
        right = self.right | {self.index} if verdict.correct else self.right
        return replace(self, verdict=verdict, right=right)

    def try_again(self) -> InboxRun:
        """Unlock the choices (kept as they were, so the pupil can change one thing)."""
        if self.finished:
            return self
        return replace(self, verdict=None)

    def next(self) -> InboxRun:
        """On to the next message; only once this one has been judged (not after nothing chosen)."""
        if self.finished or self.verdict is None or self.verdict.nothing:
            return self
        return replace(self, index=self.index + 1, chosen=frozenset(), verdict=None)

    def restart(self) -> InboxRun:
        return InboxRun(self.total)


# -- app walkthrough ----------------------------------------------------------------------
@dataclass(frozen=True)
class Control:
    """A button on the pretend screen."""

    label: Text
    right: bool = False
    hint: Text | None = None  # said when this control is pressed but is not the right one


@dataclass(frozen=True)
class Step:
    screen: Text  # the heading at the top of the pretend screen
    do: Text  # what to do now, e.g. "Open the menu."
    controls: tuple[Control, ...]
    show: Text | None = None  # what the screen shows, e.g. the message

    def check(self) -> Iterator[tuple[str, str]]:
        rights = sum(c.right for c in self.controls)
        if rights != 1:
            yield "controls", f"has {rights} controls with `right: true`; expected exactly one"
        if not 2 <= len(self.controls) <= MAX_CONTROLS:
            yield "controls", f"has {len(self.controls)} controls; expected 2 to {MAX_CONTROLS}"
        labels = [c.label for c in self.controls]
        if len(set(labels)) != len(labels):
            yield "controls", "has two controls with the same label; a pupil could not tell them apart"
        for c, control in enumerate(self.controls, 1):
            if not control.right and not control.hint:
                yield f"controls[{c}].hint", "is missing; a wrong control needs a hint"


@dataclass(frozen=True)
class Task:
    name: Text  # e.g. "Block Zed"
    steps: tuple[Step, ...]
    done: Text  # what has happened now: who is told, what the other person sees


@dataclass(frozen=True)
class WalkthroughWords:
    step: NofTotal  # e.g. "Step {n} of {total}"
    well_done: Text  # shown with a task's `done` text
    next_task: Text
    start_again: Text
    finished: Text  # after the last task


def control_index(pressed: object, count: int) -> int | None:
    """A control number from whatever was sent, or None if it is not one of `count` controls."""
    if isinstance(pressed, bool) or not isinstance(pressed, int):
        return None
    return pressed if 0 <= pressed < count else None


@dataclass(frozen=True, kw_only=True)
class Walkthrough(Activity):
    """Press the right control at each step of a pretend app; a wrong press gets a hint."""

    app: Text
    tasks: tuple[Task, ...]
    words: WalkthroughWords

    def counted(self) -> tuple[tuple[str, ...], int] | None:
        return ("tasks",), len(self.tasks)

    def check(self) -> Iterator[tuple[str, str]]:
        if not self.tasks:
            yield "tasks", "needs at least one task"
        for t, task in enumerate(self.tasks, 1):
            if not task.steps:
                yield f"tasks[{t}].steps", "needs at least one step"
            right = [next((i for i, c in enumerate(s.controls) if c.right), -1) for s in task.steps]
            for s in range(1, len(right)):
                if right[s] == right[s - 1] >= 0:
                    yield (f"tasks[{t}].steps[{s + 1}].controls", ("has the right control in the same place as "
                           "the step before, so pressing one button twice (or a double click) passes both "
                           "steps; move it up or down"))


@dataclass(frozen=True)
class WalkRun:
    """Where a pupil is in a walkthrough. Every method returns a new run; none can fail."""

    task: int = 0
    step: int = 0  # == len(steps) once the task is done
    hint: str | None = None  # the hint for the last wrong press, until the next press

    def task_done(self, walk: Walkthrough) -> bool:
        return self.task < len(walk.tasks) and self.step >= len(walk.tasks[self.task].steps)

    def finished(self, walk: Walkthrough) -> bool:
        return self.task >= len(walk.tasks) - 1 and self.task_done(walk)

    def current(self, walk: Walkthrough) -> Step | None:
        if self.task >= len(walk.tasks) or self.task_done(walk):
            return None
        return walk.tasks[self.task].steps[self.step]

    def press(self, walk: Walkthrough, pressed: object) -> WalkRun:
        step = self.current(walk)
        if step is None:
            return self
        i = control_index(pressed, len(step.controls))
        if i is None:
            return self
        control = step.controls[i]
        if control.right:
            return replace(self, step=self.step + 1, hint=None)
        return replace(self, hint=control.hint)

    def next_task(self, walk: Walkthrough) -> WalkRun:
        if not self.task_done(walk) or self.finished(walk):
            return self
        return WalkRun(task=self.task + 1)

    def restart(self) -> WalkRun:
        return WalkRun()
