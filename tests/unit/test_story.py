"""The story kind's logic: graph checks on good and broken stories, the pupil's walk, and
every way through every shipped meeting-online-friends story."""

from __future__ import annotations

import itertools
from collections import deque
from pathlib import Path
from typing import Any

import pytest
import yaml
from safety_lessons.activities.story import MAX_CHOICES, Choice, Node, Story, Walk
from safety_lessons.content.library import Library
from safety_lessons.content.schema import Problem, Reader, rules

BANDS = ("ages-4-7", "ages-7-11", "ages-11-14", "ages-14-18")
TOPIC = "meeting-online-friends"


# -- building small stories ----------------------------------------------------------------
def choice(goto: str, label: str | None = None, safe: bool | None = True,
           feedback: str | None = "Why.") -> Choice:
    return Choice(label=label or f"to {goto}", goto=goto, safe=safe, feedback=feedback)


def node(*choices: Choice, ending: Any = None, text: str = "Text.") -> Node:
    return Node(text=text, choices=list(choices) or None, ending=ending)


def story(nodes: dict[str, Node], start: str = "a", step_label: str = "Step {n}") -> Story:
    return Story(kind="story", start=start, step_label=step_label, ending_label="The end",
                 back_button="Go back", unsafe_lead="Stop and think.", rule="The rule.", nodes=nodes)


def good() -> Story:
    """a → b (safe) or c (unsafe); c → a (choose again) or bad (unsafe ending); b → ok."""
    return story({
        "a": node(choice("b"), choice("c", safe=False)),
        "b": node(choice("ok")),
        "c": node(choice("a", label="Choose again", safe=None, feedback=None),
                  choice("bad", safe=False)),
        "ok": node(ending="safe"),
        "bad": node(ending="unsafe"),
    })


def problems(s: Story) -> list[tuple[str, str]]:
    return list(rules(s))


def node_problems(n: Node) -> list[tuple[str, str]]:
    return list(n.check())


# -- check(): good and broken stories ------------------------------------------------------
def test_a_good_story_has_no_problems() -> None:
    assert problems(good()) == []
    assert all(node_problems(n) == [] for n in good().nodes.values())


def test_a_goto_to_a_missing_node_is_named() -> None:
    s = story({"a": node(choice("ok"), choice("nowhere")), "ok": node(ending="safe")})
    [(field, message)] = problems(s)
    assert field == "nodes.a.choices[2].goto"
    assert "'nowhere' (line 1) is not a node; expected one of: a, ok" in message


def test_a_missing_start_is_named() -> None:
    [(field, message)] = problems(story({"ok": node(ending="safe")}, start="begin"))
    assert field == "start" and "'begin' is not a node" in message


def test_the_start_cannot_be_an_ending() -> None:
    assert ("start", "'ok' is an ending; the story must start with a decision") in problems(
        story({"ok": node(ending="safe")}, start="ok"))


def test_an_unreachable_node_is_named() -> None:
    s = story({"a": node(choice("ok")), "ok": node(ending="safe"), "lost": node(choice("ok"))})
    [(field, message)] = problems(s)
    assert field == "nodes.lost" and "cannot be reached from the start" in message


def test_a_loop_with_no_way_out_is_found() -> None:
    s = story({"a": node(choice("b"), choice("ok")), "b": node(choice("c")), "c": node(choice("b")),
               "ok": node(ending="safe")})
    found = problems(s)
    assert [f for f, _ in found] == ["nodes.b", "nodes.c"]
    assert all("no ending can be reached" in m for _, m in found)


def test_a_loop_with_a_way_out_is_fine() -> None:
    s = story({"a": node(choice("b")), "b": node(choice("a"), choice("ok")), "ok": node(ending="safe")})
    assert problems(s) == []


def test_a_story_needs_a_reachable_safe_ending() -> None:
    s = story({"a": node(choice("bad", safe=False)), "bad": node(ending="unsafe")})
    assert ("nodes", "has no safe ending the pupil can reach; add a node with `ending: safe`") in problems(s)


def test_a_dead_end_node_needs_choices() -> None:
    [(field, message)] = node_problems(Node(text="Stuck."))
    assert field == "choices" and "not an ending, so it needs choices" in message


def test_a_dead_end_also_fails_the_story_check() -> None:
    s = story({"a": node(choice("stuck"), choice("ok")), "stuck": Node(text="Stuck."), "ok": node(ending="safe")})
    assert [f for f, _ in problems(s)] == ["nodes.stuck"]


def test_an_ending_has_no_choices() -> None:
    [(field, message)] = node_problems(node(choice("a"), ending="safe"))
    assert field == "choices" and "an ending has no choices" in message


def test_an_unsafe_choice_needs_feedback() -> None:
    [(field, message)] = node_problems(node(choice("b"), choice("c", safe=False, feedback=None)))
    assert field == "choices[2].feedback" and "unsafe choice needs feedback" in message


def test_too_many_choices_and_repeated_labels() -> None:
    many = node(*(choice(f"n{i}") for i in range(MAX_CHOICES + 1)))
    assert any(f"expected at most {MAX_CHOICES}" in m for _, m in node_problems(many))
    twice = node(choice("b", label="Same"), choice("c", label="Same"))
    assert any("same label" in m for _, m in node_problems(twice))


def test_the_step_label_needs_a_place_for_the_number() -> None:
    s = good()
    broken = story(dict(s.nodes), step_label="Step")
    assert problems(broken) == [("step-label", "must contain {n} where the step number goes, e.g. 'Step {n}'")]


# Every field a story needs but its nodes, as a lesson's YAML writes them (8 lines).
STORY_HEAD = """\
kind: story
start: a
step-label: Step {n}
ending-label: The end
back-button: Go back
unsafe-lead: Think.
rule: The rule.
nodes:
"""


def read_story(nodes: str) -> list[Problem]:
    """What the reader reports for a story with these `nodes:` (YAML, indented two spaces); lines
    are numbered as in the whole file, so a node's first line is line 9."""
    reader = Reader("story.yaml")
    reader.read(yaml.compose(STORY_HEAD + nodes), Story, "")
    return reader.problems


def test_a_story_with_an_unreadable_part_is_not_checked_twice() -> None:
    """A story with a part the reader cannot read is not checked by its rules (which would say node a
    leads nowhere): only the real problem is reported, and the rules run once it is fixed."""
    problems = read_story("""\
  a:
    text: Start.
    choices: [oops]
  ok:
    text: Done.
    ending: safe
""")
    assert [p.field for p in problems] == ["nodes.a.choices[1]"]


def test_reading_yaml_reports_the_line_of_a_dead_end() -> None:
    found = [str(p) for p in read_story("""\
  a:
    text: Start.
    choices:
      - label: On
        goto: b
  b:
    text: Stuck here.
""")]
    assert "story.yaml:15: nodes.b.choices: this node is not an ending, so it needs choices; " \
           "add `choices:` or `ending: safe`" in found


# -- the walk ------------------------------------------------------------------------------
def test_choosing_moves_on_with_feedback() -> None:
    s = good()
    walk = s.choose(s.begin(), 1)
    assert walk.path == ("a", "c") and walk.step == 2
    assert walk.feedback is not None and walk.feedback.safe is False and walk.feedback.text == "Why."
    assert s.step_text(walk) == "Step 2"


def test_choose_again_goes_back_instead_of_looping() -> None:
    s = good()
    walk = s.choose(s.choose(s.begin(), 1), 0)
    assert walk.path == ("a",) and walk.feedback is None


@pytest.mark.parametrize("index", [-1, 2, 99, "0", 0.0, None, True, [0], 10**100])
def test_anything_but_a_choice_changes_nothing(index: object) -> None:
    s = good()
    start = s.begin()
    assert s.choose(start, index) is start


def test_an_ending_has_nothing_to_choose_and_back_returns() -> None:
    s = good()
    end = s.choose(s.choose(s.begin(), 1), 1)
    assert s.ending_of(end) == "unsafe" and s.step_text(end) == "The end"
    assert s.choose(end, 0) is end
    assert s.back(end).path == ("a", "c")
    assert s.back(s.begin()).path == ("a",)


def test_an_invalid_walk_is_never_trusted() -> None:
    s = good()
    for bad in (Walk(()), Walk(("b",)), Walk(("a", "zz")), Walk(("a", "c", "a"))):
        assert not s.valid(bad)
        assert s.choose(bad, 0) is bad
        assert s.back(bad) == s.begin()


# -- every shipped story -------------------------------------------------------------------
@pytest.fixture(scope="module")
def stories(library: Library) -> dict[str, Story]:
    lib = library
    found = {}
    for band in BANDS:
        lesson = lib.lesson(band, TOPIC)
        [s] = [a for a in lesson.activities.values() if isinstance(a, Story)]
        found[band] = s
    return found


def every_walk(s: Story) -> set[tuple[str, ...]]:
    """Every position a pupil can reach by pressing choice and back buttons."""
    seen = {s.begin().path}
    queue = deque([s.begin()])
    while queue:
        walk = queue.popleft()
        options = s.node(walk).choices or ()
        for nxt in [s.choose(walk, i) for i in range(len(options))] + [s.back(walk)]:
            if nxt.path not in seen:
                seen.add(nxt.path)
                queue.append(nxt)
    return seen


@pytest.mark.parametrize("band", BANDS)
def test_shipped_story_passes_check(stories: dict[str, Story], band: str) -> None:
    assert problems(stories[band]) == []


@pytest.mark.parametrize("band", BANDS)
def test_every_path_reaches_an_ending_and_every_ending_is_reached(stories: dict[str, Story], band: str) -> None:
    s = stories[band]
    paths = list(s.paths())
    assert paths, "no way through the story"
    for path in paths:
        assert s.nodes[path[-1]].ending is not None
        assert len(set(path)) == len(path)
    assert {p[-1] for p in paths} == set(s.endings())
    assert set().union(*map(set, paths)) == set(s.nodes), "a node is on no way to an ending"
    assert {"safe", "unsafe"} <= {s.nodes[p[-1]].ending for p in paths} <= {"safe", "unsafe", "recovery"}


@pytest.mark.parametrize("band", BANDS)
def test_from_every_position_an_ending_is_reachable(stories: dict[str, Story], band: str) -> None:
    s = stories[band]
    walks = every_walk(s)
    assert {w[-1] for w in walks} == set(s.nodes)
    finishing = s.can_finish()
    assert all(w[-1] in finishing for w in walks)


@pytest.mark.parametrize("band", BANDS)
def test_safe_choices_always_lead_to_a_safe_ending(stories: dict[str, Story], band: str) -> None:
    """Only ever choosing safely ends well, by every route; and every decision has a safe choice."""
    s = stories[band]
    for node_id, n in s.nodes.items():
        if n.ending is None:
            assert any(c.safe for c in n.choices or ()), f"{band} {node_id}: no safe choice"
    stack = [s.begin()]
    ends = set()
    while stack:
        walk = stack.pop()
        n = s.node(walk)
        if n.ending is not None:
            ends.add(n.ending)
            continue
        stack.extend(s.choose(walk, i) for i, c in enumerate(n.choices or ()) if c.safe)
    assert ends == {"safe"}


@pytest.mark.parametrize("band", BANDS)
def test_every_choice_gives_its_own_feedback(stories: dict[str, Story], band: str) -> None:
    s = stories[band]
    for path in every_walk(s):
        walk = Walk(path)
        for i, c in enumerate(s.node(walk).choices or ()):
            after = s.choose(walk, i)
            assert after.here == c.goto
            if c.feedback:
                assert after.feedback is not None
                assert (after.feedback.safe, after.feedback.text) == (c.safe, c.feedback)
            else:
                assert after.feedback is None


@pytest.mark.parametrize("band", BANDS)
def test_unsafe_routes_have_a_way_back(stories: dict[str, Story], band: str) -> None:
    s = stories[band]
    for node_id in s.endings():
        if s.nodes[node_id].ending == "unsafe":
            for path in (p for p in s.paths() if p[-1] == node_id):
                assert s.back(Walk(path)).path == path[:-1]


@pytest.mark.parametrize("band", BANDS)
def test_the_ending_states_the_rule(stories: dict[str, Story], band: str) -> None:
    rule = stories[band].rule.lower()
    assert "grown-up" in rule or ("parent or carer" in rule and "trusted adult" in rule)
    assert "say" in rule or "permission" in rule
    if band != "ages-4-7":
        assert "public place" in rule


def test_stories_keep_to_the_safeguarding_rules(lessons_root: Path) -> None:
    for band in BANDS:
        text = (lessons_root / band / f"{TOPIC}.yaml").read_text(encoding="utf-8").lower()
        assert "screenshot" not in text and "screen shot" not in text
        helpers = yaml.safe_load(text)["activities"]["talk-to"]["people"]
        assert helpers[0]["who"] == "trusted-adult"
    for band in ("ages-7-11", "ages-11-14", "ages-14-18"):  # grooming goes to CEOP from 7 up
        text = (lessons_root / band / f"{TOPIC}.yaml").read_text(encoding="utf-8").lower()
        helpers = yaml.safe_load(text)["activities"]["talk-to"]["people"]
        assert "ceop" in {h["who"] for h in helpers}
        assert "fault" in text or band == "ages-7-11"  # "it is not your fault", never a promise of no trouble
    text = (lessons_root / "ages-14-18" / f"{TOPIC}.yaml").read_text(encoding="utf-8").lower()
    assert "don't pay" in text and "never forward" in text and "ceop" in text
    # no promise a school may not keep (outside the help card): say whose fault it is not
    activities = yaml.safe_load(text)["activities"]
    said = repr({k: v for k, v in activities.items() if v["kind"] != "help"})
    assert "not in trouble" not in said and "confidential" not in said
    assert "not sam's fault" in said and "not your fault" in said


def test_ages_14_18_sextortion_steps_are_choices_in_the_story(stories: dict[str, Story]) -> None:
    """The National Crime Agency's steps, in the order the blocking and reporting lessons teach them
    (report first, then block), are the safe way through the blackmail; paying, deleting everything,
    forwarding the image, blocking before reporting and keeping quiet are unsafe choices with calm feedback."""
    s = stories["ages-14-18"]
    safe_route = ["threat", "told-adult", "get-it-removed", "reported"]
    for here, there in itertools.pairwise(safe_route):
        assert any(c.goto == there and c.safe for c in s.nodes[here].choices or ()), here
    labels = " | ".join(c.label.lower() for n in safe_route[:-1] for c in s.nodes[n].choices or () if c.safe)
    for step in ("don't pay", "keep the chat", "tell a trusted adult", "report it to ceop", "then block",
                 "take it down", "report remove"):
        assert step in labels, step
    assert labels.index("report it to ceop") < labels.index("block")  # report first, then block
    unsafe = {c.label: c for n in s.nodes.values() for c in n.choices or () if c.safe is False}
    for label in ("Pay, so it goes away", "Delete the chat and the account, and tell no one",
                  "Forward the photo to a friend to ask what to do", "Block Ryan straight away, and report him later"):
        assert unsafe[label].feedback, label
    assert s.nodes["reported"].ending == "recovery"  # the end of "it has already happened: what now?"


def test_ages_14_18_it_has_already_happened_is_reachable_without_an_unsafe_choice(stories: dict[str, Story]) -> None:
    """A pupil this has already happened to reaches the blackmail's "what now" from the first step,
    without choosing to send a photo, and reads that it is not their fault."""
    s = stories["ages-14-18"]
    assert {"threat", "told-adult", "get-it-removed", "reported"} <= s.reachable(safe_only=True)
    way_in = [c for c in s.nodes[s.start].choices or () if c.goto == "already"]
    assert way_in and "already happened" in way_in[0].label.lower()
    assert "not sam's fault" in s.nodes["already"].text.lower()
