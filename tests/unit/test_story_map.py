"""Stories as maps (the review pack) and the map's rules (`check`): no step out of reach, no unsafe
ending without a way on, no recovery reachable only through an unsafe choice. Small stories built
in Python, plus the shipped ones; nothing is served."""

from __future__ import annotations

import html
import re

import yaml
from safety_lessons.activities.story import Story
from safety_lessons.authoring.review_answers import answers
from safety_lessons.authoring.review_story import story_map_html
from safety_lessons.content.library import Library

from tests.conftest import LESSONS

from .test_story import choice, node, problems, story


def plain(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def recovering(way_in: bool) -> Story:
    """a → told (safe) or sent (unsafe); sent → help → better (recovery); with `way_in`, a also
    offers "it has already happened" (no `safe:`) straight to help."""
    first = [choice("told"), choice("sent", label="Send it", safe=False)]
    if way_in:
        first.append(choice("help", label="It has already happened: what now?", safe=None))
    return story({"a": node(*first), "sent": node(choice("help"), choice("worse", safe=False)),
                  "help": node(choice("better")), "told": node(ending="safe"), "better": node(ending="recovery"),
                  "worse": node(ending="unsafe")})


def test_a_recovery_reachable_only_through_an_unsafe_choice_is_refused() -> None:
    [(field, message)] = problems(recovering(way_in=False))
    assert field == "nodes.better"
    assert "recovery ending 'better'" in message and "only through an unsafe choice ('Send it' (step 'a'))" in message
    assert "It has already happened: what now?" in message  # the fix, in words
    assert problems(recovering(way_in=True)) == []


def test_an_unsafe_ending_needs_a_way_on_from_the_step_before() -> None:
    stuck = story({"a": node(choice("b"), choice("ok")),
                   "b": node(choice("bad", safe=False), choice("worse", safe=False)),
                   "ok": node(ending="safe"), "bad": node(ending="unsafe"), "worse": node(ending="unsafe")})
    found = problems(stuck)
    assert [f for f, _ in found] == ["nodes.bad", "nodes.worse"]
    assert "has no way on: going back from it, step 'b'" in found[0][1]
    # a "choose again" that is not unsafe and leads back to where a safe ending is reachable is a way on
    on = story({"a": node(choice("b"), choice("ok")),
                "b": node(choice("bad", safe=False), choice("a", label="Think again", safe=None)),
                "ok": node(ending="safe"), "bad": node(ending="unsafe")})
    assert problems(on) == []


def test_an_unreachable_step_is_still_refused() -> None:
    s = story({"a": node(choice("ok")), "ok": node(ending="safe"), "lost": node(ending="recovery")})
    assert [f for f, _ in problems(s)] == ["nodes.lost"]


def test_the_map_numbers_steps_from_the_start_and_names_each_ending_kind() -> None:
    s = recovering(way_in=True)
    assert s.in_order() == ["a", "told", "sent", "help", "worse", "better"]
    text = plain(str(story_map_html(s)))
    assert "Story map: 6 steps, 3 of them endings (1 safe, 1 unsafe, 1 recovery)" in text
    assert "Choice 2: Send it ✗ unsafe step 3 “Sent”" in text
    assert "Choice 3: It has already happened: what now? neither step 4 “Help”" in text
    assert "Ending 6 “Better”: recovery ending (it has already happened: what now?)" in text
    assert "Ending 5 “Worse”: unsafe ending" in text
    assert text.count("Reached without an unsafe choice.") == 2  # told and better


def test_every_shipped_story_is_a_map_with_its_endings(library: Library) -> None:
    maps = 0
    for band, topic, _ in library.lessons():
        for activity in library.lesson(band, topic).activities.values():
            if not isinstance(activity, Story):
                continue
            laid_out = answers(library, activity)
            assert laid_out is not None and laid_out.fields == {"nodes"}
            text = plain(str(laid_out.markup))
            maps += 1
            for node_id, n in activity.nodes.items():
                if n.ending is not None:
                    assert re.search(rf"Ending \d+ “[^”]+”: {n.ending} ending", text), (band, topic, node_id)
                for c in n.choices or ():
                    assert c.label in text
            assert "No choice leads here" not in text and "Reached only through an unsafe choice" not in text
    in_files = sum(a.get("kind") == "story" for path in LESSONS.glob("ages-*/*.yaml")
                   for a in yaml.safe_load(path.read_text(encoding="utf-8"))["activities"].values())
    assert maps == in_files >= 5  # every story the band folders hold, counted without the library
    sam = plain(str(story_map_html(next(a for a in library.lesson("ages-14-18", "meeting-online-friends")
                                         .activities.values() if isinstance(a, Story)))))
    assert "“Reported”: recovery ending" in sam


def test_quiz_sorter_and_pairs_show_the_right_answer(library: Library) -> None:
    quick = library.lesson("ages-11-14", "meeting-online-friends").activities["quick-check"]
    text = plain(str(answers(library, quick).markup))  # type: ignore[union-attr]
    assert ("Answer 2: They ask you to keep your chats secret from your family. ✓ right Yes. Asking for secrets"
            in text)
    assert "Answer 1: They chat about the game in the group chat. ✗ Not quite." in text
    sorter = library.lesson("ages-14-18", "meeting-online-friends").activities["warning-signs"]
    laid_out = answers(library, sorter)
    assert laid_out is not None and laid_out.fields == {"cards", "groups"}
    text = plain(str(laid_out.markup))
    for n, card in enumerate(sorter.cards, 1):  # type: ignore[attr-defined]
        group = next(g.label for g in sorter.groups if g.id == card.group)  # type: ignore[attr-defined]
        assert f"Card {n}: {card.text} {group}" in text
    pairs = [a for b, t, _ in library.lessons() for a in library.lesson(b, t).activities.values()
             if a.kind == "which-is-stronger"]
    assert pairs
    for activity in pairs:
        text = plain(str(answers(library, activity).markup))  # type: ignore[union-attr]
        for p in activity.pairs:  # type: ignore[attr-defined]
            assert f"{p.a if p.stronger == 'a' else p.b} ✓ right" in text


def test_a_wrongly_marked_answer_shows_at_a_glance(library: Library) -> None:
    import dataclasses

    quiz = library.lesson("ages-4-7", "privacy-and-friends").activities["quick-check"]
    q = quiz.questions[0]  # type: ignore[attr-defined]
    flipped = dataclasses.replace(q, answers=tuple(dataclasses.replace(a, correct=not a.correct) for a in q.answers))
    wrong = dataclasses.replace(quiz, questions=(flipped,))
    text = plain(str(answers(library, wrong).markup))  # type: ignore[union-attr]
    assert "Answer 1: Anyone who says hello. ✓ right" in text


def test_other_judged_kinds_get_a_table_of_right_choices(library: Library) -> None:
    requests = library.lesson("ages-4-7", "privacy-and-friends").activities["kit-requests"]
    laid_out = answers(library, requests)
    assert laid_out is not None and laid_out.fields == frozenset()  # its words stay in the table below
    assert "1. Gran Yes, Ask a grown-up No" in plain(str(laid_out.markup))
