"""Running a group chat: a thread turns hurtful and the pupil, as admin, acts (policy §5.5(8)).

The pupil takes admin actions one at a time (remove a message or a thread, mute or remove a
member, message someone privately, tell an adult, report). The chat changes after each one.
When they finish, :meth:`GroupChat.judge` looks at the ORDER and COMBINATION of what they did,
using rules written in the lesson's YAML:

``must-take``      the action should be taken (e.g. tell an adult);
``must-not-take``  the action should not be taken (e.g. remove the person being hurt);
``order``          ``action`` should come before ``then`` (fires when ``then`` was taken and
                   ``action`` was not taken before it: "you removed the thread before an adult saw it");
``not-alone``      ``action`` on its own is not enough without ``also`` (fires when ``action`` was
                   taken and ``also`` was not: "you muted Sam but the thread is still there").

Everything here is pure: a pupil's actions are a tuple of action ids; anything else that
arrives (a forged widget message, a repeat click) is ignored by :meth:`GroupChat.take`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from ..content.activity import Activity
from ..content.schema import Text

Does = Literal["remove-message", "remove-thread", "remove-member", "mute-member",
               "message-privately", "post", "tell-adult", "report"]
RuleKind = Literal["must-take", "must-not-take", "order", "not-alone"]

# What each kind of action points at (its `target:`): a message, a thread, a member or nothing.
TARGETS: dict[str, str | None] = {
    "remove-message": "message",
    "remove-thread": "thread",
    "remove-member": "member",
    "mute-member": "member",
    "message-privately": "member",
    "post": "thread",
    "tell-adult": None,
    "report": None,
}
MAX_ACTIONS = 50  # a pupil's sequence never grows past this, whatever arrives


@dataclass(frozen=True)
class Member:
    id: str
    name: Text
    character: str | None = None  # a character id from characters.yaml: their picture by each message


@dataclass(frozen=True)
class Message:
    id: str
    by: str  # a member id
    text: Text


@dataclass(frozen=True)
class Thread:
    id: str
    title: Text
    messages: tuple[Message, ...]


@dataclass(frozen=True)
class Action:
    id: str
    label: Text  # the button, e.g. "Message Jo privately"
    does: Does
    says: Text  # what happens, told straight after the pupil takes it
    target: str | None = None  # message, thread or member id (see TARGETS)
    text: Text | None = None  # for `does: post`: the message that appears in the chat


@dataclass(frozen=True)
class Rule:
    rule: RuleKind
    action: str
    feedback: Text  # said when the rule is broken
    praise: Text | None = None  # said when it is kept (optional)
    then: str | None = None  # for `order`
    also: str | None = None  # for `not-alone`


@dataclass(frozen=True)
class Said:
    """One line of the verdict: a rule kept (praise) or broken (feedback)."""

    kept: bool
    text: str


@dataclass(frozen=True)
class Verdict:
    correct: bool  # every rule kept
    lines: tuple[Said, ...]  # broken rules first, then praise, each in content order
    summary: str


@dataclass(frozen=True)
class ChatState:
    """What the chat looks like after some actions (derived, never stored)."""

    removed_messages: frozenset[str]
    removed_threads: frozenset[str]
    removed_members: frozenset[str]
    muted_members: frozenset[str]
    private: tuple[str, ...]  # member ids messaged privately, in order
    posts: tuple[tuple[str, str], ...]  # (thread id, text) the pupil posted
    told_adult: bool
    reported: bool


@dataclass(frozen=True, kw_only=True)
class GroupChat(Activity):
    """A mock group chat the pupil runs, with admin actions and rules that judge them."""

    chat_name: Text
    you: str  # the member id of the pupil
    you_are: Text  # how the chat labels the pupil, e.g. "you, the admin"
    reminder: Text | None = None
    adult_seen: Text | None = None  # shown once an adult is told (default: the words file's `adult-seen`)
    members: tuple[Member, ...]
    threads: tuple[Thread, ...]
    actions: tuple[Action, ...]
    rules: tuple[Rule, ...]
    finish_button: Text
    nothing_yet: Text  # said if the pupil finishes before taking any action
    all_kept: Text  # summary when every rule is kept
    some_broken: Text  # summary otherwise

    # -- content rules -------------------------------------------------------------
    def counted(self) -> tuple[tuple[str, ...], int] | None:
        return ("threads",), len(self.threads)

    def check(self) -> Iterator[tuple[str, str]]:
        members = [m.id for m in self.members]
        threads = [t.id for t in self.threads]
        messages = [m.id for t in self.threads for m in t.messages]
        actions = [a.id for a in self.actions]
        for name, ids in (("members", members), ("threads", threads), ("threads", messages),
                          ("actions", actions)):
            dup = _first_duplicate(ids)
            if dup is not None:
                yield name, f"the id '{dup}' is used twice; give each its own id"
        if self.you not in members:
            yield "you", f"'{self.you}' is not a member; expected one of: {', '.join(members)}"
        for i, t in enumerate(self.threads, 1):
            for j, m in enumerate(t.messages, 1):
                if m.by not in members:
                    yield (f"threads[{i}].messages[{j}].by",
                           f"'{m.by}' is not a member; expected one of: {', '.join(members)}")
        yield from self._action_problems({"message": messages, "thread": threads, "member": members})
        if not self.actions:
            yield "actions", "needs at least one action"
        yield from self._check_rules(actions)

    def _action_problems(self, known: dict[str, list[str]]) -> Iterator[tuple[str, str]]:
        """Each action's target is one of the ids (`known`, by kind) its `does` needs, and only a
        post has a text."""
        for i, a in enumerate(self.actions, 1):
            wants = TARGETS[a.does]
            if wants is None and a.target is not None:
                yield f"actions[{i}].target", f"`does: {a.does}` takes no target; remove `target:`"
            elif wants is not None and a.target not in known[wants]:
                yield (f"actions[{i}].target", (f"`does: {a.does}` needs the id of a {wants}; "
                       f"expected one of: {', '.join(known[wants])}"))
            elif wants == "member" and a.target == self.you:
                yield f"actions[{i}].target", "points at the pupil themself; choose another member"
            if (a.does == "post") != (a.text is not None):
                yield f"actions[{i}].text", "`text:` is needed for `does: post`, and only for it"

    def _check_rules(self, actions: list[str]) -> Iterator[tuple[str, str]]:
        ok = True
        for i, r in enumerate(self.rules, 1):
            where = f"rules[{i}]"
            for field, value in (("action", r.action), ("then", r.then), ("also", r.also)):
                if value is not None and value not in actions:
                    ok = False
                    yield f"{where}.{field}", f"'{value}' is not an action; expected one of: {', '.join(actions)}"
            if (r.rule == "order") != (r.then is not None):
                ok = False
                yield f"{where}.then", "`then:` is needed for `rule: order`, and only for it"
            if (r.rule == "not-alone") != (r.also is not None):
                ok = False
                yield f"{where}.also", "`also:` is needed for `rule: not-alone`, and only for it"
        if not any(r.rule == "must-take" for r in self.rules):
            yield "rules", "needs at least one `rule: must-take`, so a pupil knows what to aim for"
            return
        if not ok:
            return
        best = self.best()
        taken: tuple[str, ...] = ()
        for a in best:
            taken = self.take(taken, a)
        if taken != best:
            yield "rules", (f"the needed actions cannot all be taken in this order: {', '.join(best)}; "
                            "an action's message, thread or member is gone by the time it is needed")
        elif not self.judge(best).correct:
            yield "rules", ("no order of the must-take actions keeps every rule; check for an "
                            "action that is both needed and forbidden, or order rules in a circle")

    # -- the chat --------------------------------------------------------------------
    def action(self, action_id: str) -> Action:
        return next(a for a in self.actions if a.id == action_id)

    def characters(self) -> Iterator[tuple[str, str]]:
        yield from super().characters()
        for i, m in enumerate(self.members, 1):
            if m.character is not None:
                yield f"members[{i}].character", m.character

    def member_name(self, member_id: str) -> str:
        return next((m.name for m in self.members if m.id == member_id), member_id)

    def state(self, taken: tuple[str, ...]) -> ChatState:
        done = [self.action(a) for a in taken if a in self._ids()]

        def of(kind: str) -> frozenset[str]:
            return frozenset(a.target for a in done if a.does == kind and a.target is not None)

        return ChatState(
            removed_messages=of("remove-message"),
            removed_threads=of("remove-thread"),
            removed_members=of("remove-member"),
            muted_members=of("mute-member"),
            private=tuple(a.target for a in done if a.does == "message-privately" and a.target),
            posts=tuple((a.target, a.text) for a in done if a.does == "post" and a.target and a.text),
            told_adult=any(a.does == "tell-adult" for a in done),
            reported=any(a.does == "report" for a in done),
        )

    def available(self, taken: tuple[str, ...]) -> list[str]:
        """Actions the pupil can still take: not yet taken, and whatever they act on still there."""
        s = self.state(taken)
        thread_of = {m.id: t.id for t in self.threads for m in t.messages}
        out = []
        for a in self.actions:
            if a.id in taken:
                continue
            if a.does == "remove-message" and thread_of.get(a.target or "") in s.removed_threads:
                continue
            if a.does in ("remove-thread", "post") and a.target in s.removed_threads:
                continue
            if a.does in ("remove-member", "mute-member") and a.target in s.removed_members:
                continue
            out.append(a.id)
        return out

    def take(self, taken: tuple[str, ...], action_id: object) -> tuple[str, ...]:
        """The sequence after the pupil asks for `action_id`; unchanged if it cannot be taken
        now (unknown, already taken, its target gone, not a string, or too many actions)."""
        if (not isinstance(action_id, str) or len(taken) >= MAX_ACTIONS
                or action_id not in self.available(taken)):
            return taken
        return (*taken, action_id)

    def _ids(self) -> set[str]:
        return {a.id for a in self.actions}

    # -- judging --------------------------------------------------------------------
    def broken(self, rule: Rule, taken: tuple[str, ...]) -> bool:
        did = rule.action in taken
        if rule.rule == "must-take":
            return not did
        if rule.rule == "must-not-take":
            return did
        if rule.rule == "order":
            if rule.then not in taken:
                return False
            return not did or taken.index(rule.action) > taken.index(rule.then)
        return did and rule.also not in taken  # not-alone

    @staticmethod
    def earned(rule: Rule, taken: tuple[str, ...]) -> bool:
        """Whether a kept rule deserves its praise: an order kept by doing both things, not by
        doing neither; "not alone" kept by doing both, not by doing neither."""
        if rule.rule == "order":
            return rule.then in taken
        if rule.rule == "not-alone":
            return rule.action in taken
        return True

    def judge(self, taken: tuple[str, ...]) -> Verdict:
        """What the pupil's actions, in this order, got right and what to think about."""
        broken = [Said(False, r.feedback) for r in self.rules if self.broken(r, taken)]
        kept = [Said(True, r.praise) for r in self.rules
                if r.praise and not self.broken(r, taken) and self.earned(r, taken)]
        correct = not broken
        return Verdict(correct, (*broken, *kept), self.all_kept if correct else self.some_broken)

    def key_steps(self, taken: tuple[str, ...]) -> tuple[int, int]:
        """(done, of): how many must-take actions the pupil has taken so far."""
        needed = [r.action for r in self.rules if r.rule == "must-take"]
        return sum(a in taken for a in needed), len(needed)

    def best(self) -> tuple[str, ...]:
        """One sequence that keeps every rule, if the rules allow one: the must-take actions
        (and what they need `also`), ordered by the order rules, in content order otherwise."""
        needed: list[str] = []
        pending = [r.action for r in self.rules if r.rule == "must-take"]
        while pending:
            a = pending.pop(0)
            if a in needed:
                continue
            needed.append(a)
            for r in self.rules:  # what `a` needs: its `also`, and whatever must come before it
                if r.rule == "not-alone" and r.action == a and r.also:
                    pending.append(r.also)
                if r.rule == "order" and r.then == a:
                    pending.append(r.action)
        position = {a.id: i for i, a in enumerate(self.actions)}
        before = {a: {r.action for r in self.rules if r.rule == "order" and r.then == a} for a in needed}
        out: list[str] = []
        left = sorted(needed, key=lambda a: position.get(a, 0))
        while left:
            ready = [a for a in left if before[a] <= set(out)]
            if not ready:
                return tuple(out + left)  # a circle: judge() will say it cannot be kept
            out.append(ready[0])
            left.remove(ready[0])
        return tuple(out)


def _first_duplicate(ids: list[str]) -> str | None:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            return i
        seen.add(i)
    return None
