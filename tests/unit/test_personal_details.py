"""Personal details (policy 5.5(1)): the spot-the-clues and make-it-safer logic, their views
driven as a browser would drive them, fuzzing of every handler, and content checks."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable
from functools import cache
from pathlib import Path

import ipywidgets as w
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safety_lessons import registry
from safety_lessons.activities import Feedback
from safety_lessons.activities.personal_details import Edit, MakeItSafer, Part, Post, SpotTheClues
from safety_lessons.authoring.check import Report, check
from safety_lessons.content.schema import rules
from safety_lessons.lesson import OpenLesson
from safety_lessons.views.common import is_shown
from safety_lessons.views.markup import text_of
from safety_lessons.views.personal_details import MakeItSaferView, SpotTheCluesView
from traitlets import TraitError

from .conftest import find

LESSONS = Path(__file__).resolve().parents[2] / "lessons"
BANDS = ["ages-4-7", "ages-7-11", "ages-11-14", "ages-14-18"]
TOPIC = "personal-details"
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def lesson(band: str) -> OpenLesson:
    library = registry.library(LESSONS)
    return OpenLesson(library, band, library.catalogue.bands[band], library.lesson(band, TOPIC), library.words(band))


def spots(band: str) -> list[SpotTheClues]:
    return [a for a in lesson(band).content.activities.values() if isinstance(a, SpotTheClues)]


def safers(band: str) -> list[MakeItSafer]:
    return [a for a in lesson(band).content.activities.values() if isinstance(a, MakeItSafer)]


ALL_SPOTS = [pytest.param(a, id=f"{b}-{i}") for b in BANDS for i, a in enumerate(spots(b))]
ALL_SAFERS = [pytest.param(a, id=f"{b}-{i}") for b in BANDS for i, a in enumerate(safers(b))]


# -- the shipped lessons ------------------------------------------------------------------

@pytest.mark.parametrize("band", BANDS)
def test_every_band_has_both_simulations_and_a_real_choice(band: str) -> None:
    assert spots(band), f"{band} has no spot-the-clues activity"
    for spot in spots(band):
        assert len(spot.post.clues) >= 3
        assert any(not p.clue for p in spot.post.parts), "no non-clue: picking would not be a choice"
    if band != "ages-4-7":
        assert safers(band), f"{band} has no make-it-safer activity"


# -- spot the clues -------------------------------------------------------------------------

@pytest.mark.parametrize("spot", ALL_SPOTS)
def test_every_part_gets_its_own_feedback(spot: SpotTheClues) -> None:
    for part in spot.post.parts:
        picked = spot.pick(frozenset(), part.id)
        assert picked is not None
        assert picked.feedback == Feedback(part.clue, part.feedback)
        assert picked.found == (frozenset({part.id}) if part.clue else frozenset())
        if part.clue:
            assert part.reveals and spot.stranger_knows(picked.found) == [part.reveals]


@pytest.mark.parametrize("spot", ALL_SPOTS)
def test_finding_every_clue_completes_in_any_order(spot: SpotTheClues) -> None:
    clues = [p.id for p in spot.post.clues]
    others = [p.id for p in spot.post.parts if not p.clue]
    total = len(clues)
    for order in itertools.islice(itertools.permutations(clues), 24):
        found: frozenset[str] = frozenset()
        for n, part_id in enumerate(order, 1):
            assert not spot.complete(found)
            for other in others:  # non-clues never count
                result = spot.pick(found, other)
                assert result is not None and result.found == found
            result = spot.pick(found, part_id)
            assert result is not None
            found = result.found
            assert spot.progress_text(found) == spot.progress.replace("{found}", str(n)).replace(
                "{total}", str(total))
        assert spot.complete(found)
        assert spot.stranger_knows(found) == [p.reveals for p in spot.post.clues]


@pytest.mark.parametrize("spot", ALL_SPOTS)
def test_picking_again_and_unknown_parts_change_nothing(spot: SpotTheClues) -> None:
    first = spot.post.clues[0].id
    once = spot.pick(frozenset(), first)
    assert once is not None
    twice = spot.pick(once.found, first)
    assert twice is not None and twice.found == once.found
    for junk in ("", "no-such-part", None, 3, ["x"], "\x00" * 10_000):
        assert spot.pick(once.found, junk) is None
    assert spot.valid(frozenset({"junk", first})) == frozenset({first})


# -- make it safer --------------------------------------------------------------------------

@pytest.mark.parametrize("safer", ALL_SAFERS)
def test_every_edit_changes_what_a_stranger_can_work_out(safer: MakeItSafer) -> None:
    before = safer.stranger_knows(frozenset())
    assert before == [p.reveals for p in safer.post.clues]
    for edit in safer.edits:
        applied = safer.toggle(frozenset(), edit.id, True)
        after = safer.stranger_knows(applied)
        assert len(after) < len(before), f"{edit.id} changes nothing a stranger can work out"
        gone = {p.reveals for p in safer.post.clues if p.id in edit.fixes}
        assert set(before) - set(after) == gone
        assert safer.said(applied, edit.id, True) == edit.feedback
        assert safer.toggle(applied, edit.id, False) == frozenset()
        assert safer.said(frozenset(), edit.id, False) == safer.undone


@pytest.mark.parametrize("safer", ALL_SAFERS)
def test_every_edit_together_leaves_nothing_and_shows_safer_words(safer: MakeItSafer) -> None:
    applied: frozenset[str] = frozenset()
    for n, edit in enumerate(safer.edits, 1):
        assert not safer.done(applied)
        applied = safer.toggle(applied, edit.id, True)
        assert len(applied) == n
    assert safer.done(applied)
    assert safer.count_text(applied) == safer.count.replace("{left}", "0").replace(
        "{total}", str(len(safer.post.clues)))
    for part in safer.post.parts:
        assert safer.shown(part, frozenset()) == part.label
        assert safer.shown(part, applied) == (part.safer if part.clue else part.label)


@pytest.mark.parametrize("safer", ALL_SAFERS)
def test_forged_edits_change_nothing(safer: MakeItSafer) -> None:
    first = safer.edits[0].id
    on = safer.toggle(frozenset(), first, True)
    for junk_id, junk_on in (("nope", True), (None, True), (first, "yes"), (first, 1), (first, None)):
        assert safer.toggle(on, junk_id, junk_on) == on
        assert safer.said(on, junk_id, junk_on) == ""


# -- check() rules ----------------------------------------------------------------------------

def _part(**kw: object) -> Part:
    base = {"id": "a-clue", "where": "picture", "label": "L", "clue": True, "feedback": "F", "reveals": "R"}
    return Part(**{**base, **kw})  # type: ignore[arg-type]


def _post(**kw: object) -> Post:
    base = {"name": "N", "picture": "P", "caption": "C", "parts": (_part(), _part(id="not", clue=False, reveals=None))}
    return Post(**{**base, **kw})  # type: ignore[arg-type]


def problems(obj: object) -> list[str]:
    return [f"{field}: {message}" for field, message in rules(obj)]


@pytest.mark.parametrize("obj, expected", [
    (_part(id="Bad Id"), "id: 'Bad Id' must be lower-case"),
    (_part(reveals=None), "reveals: a clue needs `reveals:`"),
    (_part(clue=False), "reveals: only clues have `reveals:`"),
    (_part(icon="not an emoji"), "icon: 'not an emoji' is not one emoji"),
    (_post(parts=(_part(), _part())), "parts: two parts have id 'a-clue'"),
    (_post(parts=(_part(clue=False, reveals=None),)), "parts: no part has `clue: true`"),
    (_post(caption="Hi {nope}"), "caption: {nope} is not a caption part"),
    (_post(parts=(_part(where="caption"),)), "caption: must hold {a-clue} exactly once"),
    (_post(parts=(_part(where="profile"),)), "profile-title: parts with `where: profile`"),
    (_post(parts=(_part(where="details"),)), "details-title: parts with `where: details`"),
    (SpotTheClues(kind="spot-the-clues", post=_post(), progress="{found} done", found_all="x"),
     "progress: must contain {total}"),
    (SpotTheClues(kind="spot-the-clues", post=_post(parts=(_part(),)), progress="{found}/{total}",
                  found_all="x"), "post.parts: every part is a clue"),
])
def test_check_rejects_bad_content_clearly(obj: object, expected: str) -> None:
    assert any(p.startswith(expected) for p in problems(obj)), problems(obj)


def _safer(**kw: object) -> MakeItSafer:
    base = {"kind": "make-it-safer", "post": _post(), "edits": (Edit("e", "E", ("a-clue",), "F"),),
                "before": "B", "after": "A", "count": "{left} of {total}", "nothing_left": "N", "undone": "U"}
    return MakeItSafer(**{**base, **kw})  # type: ignore[arg-type]


@pytest.mark.parametrize("kw, expected", [
    ({"count": "{left} left"}, "count: must contain {total}"),
    ({"edits": (Edit("e", "E", ("not",), "F"),)}, "edits[1].fixes: 'not' is not a clue"),
    ({"edits": (Edit("e", "E", ("a-clue",), "F"),) * 2}, "edits: two edits have id 'e'"),
    ({"post": _post(parts=(_part(), _part(id="b"), _part(id="n", clue=False, reveals=None)))},
     "edits: no edit fixes the clue 'b'"),
])
def test_make_it_safer_check(kw: dict[str, object], expected: str) -> None:
    assert any(p.startswith(expected) for p in problems(_safer(**kw))), problems(_safer(**kw))


@pytest.mark.parametrize("edit, expected", [
    (Edit("e", "E", (), "F"), "fixes: is empty"),
    (Edit("E!", "E", ("a-clue",), "F"), "id: 'E!' must be"),
])
def test_edit_check(edit: Edit, expected: str) -> None:
    assert any(p.startswith(expected) for p in problems(edit)), problems(edit)


def test_shipped_content_passes_check(shipped_report: Report) -> None:
    report = shipped_report
    mine = [p for p in report.problems if TOPIC in p.file]
    assert not mine, "\n".join(map(str, mine))


@pytest.mark.parametrize("old, new, where, line_has", [
    ("          reveals: Which school Sam goes to.\n", "",
     "activities.spot.post.parts[2].reveals: a clue needs", "id: school-badge"),
    ("{routine}", "{routines}", "activities.spot.post.caption: {routines} is not a caption part", "caption:"),
    ("        fixes: [location-tag]\n", "        fixes: [location-tags]\n",
     "activities.make-it-safer.edits[1].fixes: 'location-tags' is not a clue", "fixes: [location-tags]"),
    ("        fixes: [location-tag]\n", "        fixes: []\n",
     "activities.make-it-safer.edits[1].fixes: is empty", "fixes: []"),
    ("          clue: false\n", "          clue: perhaps\n",
     "activities.spot.post.parts[5].clue: 'perhaps' is not true or false", "clue: perhaps"),
    ("            correct: true\n", "            correct: maybe\n",  # no traceback from Quiz.check
     "activities.sharing-well.questions[1].answers[1].correct: 'maybe' is not true or false", "correct: maybe"),
    ("      scene: street\n", "      scene: beach\n", "activities.spot.post.scene: 'beach' is not allowed",
     "scene: beach"),
])
def test_a_broken_lesson_file_names_file_line_and_field(edit: Callable[[str, str, str], Path],
                                                        lessons_copy: Path, old: str, new: str,
                                                        where: str, line_has: str) -> None:
    path = edit(f"ages-7-11/{TOPIC}.yaml", old, new)
    report = check(lessons_copy)
    found = [p for p in report.errors if p.file.endswith(f"ages-7-11/{TOPIC}.yaml")]
    match = [p for p in found if f"{p.field}: {p.message}".startswith(where)]
    assert match, [str(p) for p in found]
    text = path.read_text(encoding="utf-8").splitlines()
    assert line_has in text[match[0].line - 1], (match[0].line, text[match[0].line - 1])


# -- the views, driven like a browser --------------------------------------------------------

def spot_view(band: str) -> tuple[SpotTheCluesView, SpotTheClues]:
    spot = spots(band)[0]
    return SpotTheCluesView(spot, lesson(band)), spot


def safer_view(band: str) -> tuple[MakeItSaferView, MakeItSafer]:
    safer = safers(band)[0]
    return MakeItSaferView(safer, lesson(band)), safer


@pytest.mark.parametrize("band", BANDS)
def test_spot_view_by_clicks(band: str) -> None:
    view, spot = spot_view(band)
    buttons = find(view.widget, w.Button, "sl-pd-part")
    assert len(buttons) == len(spot.post.parts) and set(buttons) == set(view.buttons.values())
    by_label = view.buttons
    assert all(by_label[p.id].description.endswith(p.label) for p in spot.post.parts)
    assert all(b.tooltip for b in buttons)
    feedback = find(view.widget, w.HTML, "sl-live")[0]
    other = next(p for p in spot.post.parts if not p.clue)
    by_label[other.id].click()
    assert text_of(lesson(band).words.say("try-again")) in feedback.value and "✗" in by_label[other.id].description
    for n, clue in enumerate(spot.post.clues, 1):
        by_label[clue.id].click()
        assert text_of(lesson(band).words.say("right")) in feedback.value
        assert f"{n} of {len(spot.post.clues)}" in view.progress.value
        assert text_of(spot.progress_text(view.found)) in feedback.value  # announced with the feedback
        assert by_label[clue.id].description.startswith("✓") and "sl-pd-found" in by_label[clue.id]._dom_classes
    assert text_of(spot.found_all) in view.summary.value
    view.restart.click()
    assert view.found == frozenset() and view.summary.value == "" and feedback.value == ""
    assert not any("✓" in b.description or "✗" in b.description for b in buttons)


@pytest.mark.parametrize("band", [b for b in BANDS if safers(b)])
def test_safer_view_by_ticks(band: str) -> None:
    view, safer = safer_view(band)
    boxes = find(view.widget, w.Checkbox)
    assert [b.description for b in boxes] == [e.label for e in safer.edits]
    total = len(safer.post.clues)
    assert view.after.value.count("<li>") == total
    for box in boxes:
        box.value = True
        assert view.after.value.count("<li>") == len(safer.stranger_knows(view.applied))
    assert view.after.value.count("<li>") == 0 and "sl-right" in view.after.value
    hidden = [p for p in safer.post.parts if p.clue and not p.safer]
    assert all(not is_shown(view.pieces[p.id]) for p in hidden)
    boxes[0].value = False
    assert text_of(safer.undone) in view.feedback.value
    view.restart.click()
    assert not any(b.value for b in boxes) and view.applied == frozenset() and view.feedback.value == ""
    assert view.after.value.count("<li>") == total


def test_a_failing_handler_shows_a_kind_message(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    view, _ = spot_view("ages-7-11")

    def broken(*_: object) -> None:
        raise RuntimeError("secret-marker")

    monkeypatch.setattr(SpotTheClues, "pick", broken)
    find(view.widget, w.Button, "sl-pd-part")[0].click()
    assert text_of(view.page.words.say("something-went-wrong")) in view.feedback.value
    err = capsys.readouterr().err
    assert "RuntimeError" in err and "secret-marker" not in err


# -- fuzzing: whatever arrives, nothing escapes and the state stays valid ---------------------

ANYTHING = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                     st.text(max_size=200),
                     st.builds(lambda c, n: c * n, st.characters(), st.integers(10_000, 200_000)),
                     st.lists(st.text(max_size=5), max_size=3),
                     st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))


def assert_spot_state(view: SpotTheCluesView, spot: SpotTheClues) -> None:
    clue_ids = {p.id for p in spot.post.clues}
    assert view.found <= clue_ids
    assert view.not_clues <= {p.id for p in spot.post.parts if not p.clue}
    assert spot.progress_text(view.found) in view.progress.value
    assert (view.summary.value != "") == spot.complete(view.found)


@FUZZ
@given(band=st.sampled_from(BANDS), actions=st.lists(st.one_of(st.integers(0, 20), st.just("restart"), ANYTHING),
                                                     max_size=40))
def test_fuzz_spot_handlers(band: str, actions: list[object]) -> None:
    view, spot = spot_view(band)
    buttons = find(view.widget, w.Button, "sl-pd-part")
    for action in actions:
        if action == "restart":
            view.restart.click()
        elif isinstance(action, int) and not isinstance(action, bool) and 0 <= action < len(buttons):
            buttons[action].click()
        else:  # a forged message to a part's button: anything but a click is dropped
            buttons[0]._handle_custom_msg({"event": action}, [])
        assert "sl-oops" not in view.feedback.value
        assert_spot_state(view, spot)


@FUZZ
@given(band=st.sampled_from([b for b in BANDS if safers(b)]),
       actions=st.lists(st.tuples(st.one_of(st.integers(0, 10), ANYTHING), ANYTHING), max_size=40))
def test_fuzz_safer_handlers(band: str, actions: list[tuple[object, object]]) -> None:
    view, safer = safer_view(band)
    boxes = find(view.widget, w.Checkbox)
    ids = [e.id for e in safer.edits]
    for target, value in actions:
        if isinstance(target, int) and not isinstance(target, bool) and 0 <= target < len(boxes):
            try:  # a forged value, as the comm would deliver it: ipywidgets refuses what is not true or false
                boxes[target].set_state({"value": value})
            except TraitError:
                pass
        elif target == "restart":
            view.restart.click()
        assert "sl-oops" not in view.feedback.value
        assert view.applied <= set(ids)
        assert [b.value for b in boxes] == [i in view.applied for i in ids]
        assert view.after.value.count("<li>") == len(safer.stranger_knows(view.applied))


@FUZZ
@given(clicks=st.lists(st.integers(0, 9), min_size=50, max_size=200))
def test_fuzz_rapid_repeated_clicks(clicks: list[int]) -> None:
    view, spot = spot_view("ages-7-11")
    buttons = find(view.widget, w.Button, "sl-pd-part")
    ids = list(view.buttons)  # page order, as find() returns the buttons
    for i in clicks:
        buttons[i % len(buttons)].click()
    assert_spot_state(view, spot)
    expected = {ids[i % len(buttons)] for i in clicks} & {p.id for p in spot.post.clues}
    assert view.found == expected


def test_content_is_escaped() -> None:
    spot = spots("ages-7-11")[0]
    nasty = dataclasses.replace(spot.post, name="<script>x</script>", parts=tuple(
        dataclasses.replace(p, feedback="<img src=x onerror=alert(1)>") for p in spot.post.parts))
    view = SpotTheCluesView(dataclasses.replace(spot, post=nasty), lesson("ages-7-11"))
    find(view.widget, w.Button, "sl-pd-part")[0].click()
    html = "".join(h.value for h in find(view.widget, w.HTML))
    assert "<script>" not in html and "<img" not in html
