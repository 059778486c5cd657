"""Sign-off (issue 30): the fingerprint of what a lesson says (what changes it and what does not),
the record a school keeps (round trip, only the names given), and `review-pack --changed`, which
shows what changed word by word from the record alone, with no git."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from safety_lessons import registry
from safety_lessons.authoring import signoff
from safety_lessons.authoring.review_changes import word_diff
from safety_lessons.authoring.review_pack import Selection, build, document
from safety_lessons.cli import main

LESSON = "ages-4-7/passwords"
ON = dt.date(2026, 3, 3)
Edit = Callable[[str, str, str], Path]


def plain(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def prints(root: Path, ref: str = LESSON) -> str:
    return signoff.approved(registry.library(root), ref).fingerprint


# -- the fingerprint ------------------------------------------------------------------------------

CHANGES = {  # each edit is something a safeguarding lead must see again
    "pupil words": ("ages-4-7/passwords.yaml", "Friends are great.", "Friends are lovely."),
    "which answers are right": ("ages-4-7/passwords.yaml", "correct: false", "correct: true"),
    "a fact it uses": ("facts/helplines.yaml", "Call 0800 1111,", "Call 0800 1112,"),
    "the school's words": ("school.yaml", "At school, there is a grown-up whose job is to keep you safe.",
                           "Ms Okafor keeps you safe. She is in room 12."),  # (the 4-7 band's own words)
    "its title": ("ages-4-7/passwords.yaml", "title: Passwords are like a secret key", "title: Secret keys"),
}
SAME = {  # each leaves what pupils are told as it was
    "a YAML comment": ("ages-4-7/passwords.yaml", "activities:", "# a note for authors\nactivities:"),
    "a fact's checked date": ("facts/helplines.yaml", "checked: 2026-11-30", "checked: 2026-12-01"),
    "a fact it does not use": ("facts/apps.yaml", "name: TikTok", "name: TikTok (the app)"),
    "another lesson": ("ages-7-11/passwords.yaml", "title: Strong passwords", "title: Strong passwords, 7-11"),
}


@pytest.mark.parametrize("what", CHANGES)
def test_what_changes_the_fingerprint(what: str, lessons_copy: Path, edit: Edit) -> None:
    before = prints(lessons_copy)
    edit(*CHANGES[what])
    assert prints(lessons_copy) != before


@pytest.mark.parametrize("what", SAME)
def test_what_leaves_the_fingerprint_alone(what: str, lessons_copy: Path, edit: Edit) -> None:
    before = prints(lessons_copy)
    edit(*SAME[what])
    assert prints(lessons_copy) == before


def test_notebook_prose_and_teacher_notes_count_but_outputs_and_wrapping_do_not(lessons_copy: Path) -> None:
    path = lessons_copy / "ages-4-7" / "passwords.ipynb"
    notebook = json.loads(path.read_text(encoding="utf-8"))
    before = prints(lessons_copy)

    def save() -> str:
        path.write_text(json.dumps(notebook, indent=1), encoding="utf-8")
        return prints(lessons_copy)

    notebook["metadata"]["authors"] = ["someone"]
    cell = next(c for c in notebook["cells"] if c["cell_type"] == "markdown")
    cell["source"] = [line.replace(" ", "\n", 1) for line in cell["source"]]  # rewrapped, same words
    assert save() == before
    cell["source"].append("\nOne more sentence.")
    assert save() != before
    cell["source"].pop()
    notes = next(c for c in notebook["cells"] if "teacher" in c.get("metadata", {}).get("tags", []))
    notes["source"].append("\nA new line for teachers.")
    assert save() != before


def test_a_story_whose_choice_leads_elsewhere_is_changed(lessons_copy: Path, edit: Edit) -> None:
    ref = "ages-14-18/meeting-online-friends"
    before = signoff.approved(registry.library(lessons_copy), ref)
    edit("ages-14-18/meeting-online-friends.yaml", "goto: told", "goto: cold")
    after = signoff.approved(registry.library(lessons_copy), ref)
    assert after.fingerprint != before.fingerprint
    [change] = signoff.changes(before, after)
    assert change.where == "Activity sams-story: Step “Move app”, choice 2, leads to"
    assert (change.old, change.new) == ("told", "cold")


# -- the record -----------------------------------------------------------------------------------

def test_the_record_round_trips_and_holds_only_the_name_given(lessons_copy: Path) -> None:
    assert signoff.read(lessons_copy).signed == {}
    assert signoff.sign(lessons_copy, [LESSON, signoff.WORDS], "A. Okafor, DSL", ON) == [LESSON, "words"]
    record = signoff.read(lessons_copy)
    lib = registry.library(lessons_copy)
    signed = record.signed[LESSON]
    assert (signed.by, signed.on) == ("A. Okafor, DSL", ON)
    assert signed.approved == signoff.approved(lib, LESSON) and signed.fingerprint == prints(lessons_copy)
    assert signoff.status(lib, record, LESSON).signed and signoff.status(lib, record, LESSON).words == ""
    assert signoff.status(lib, record, "ages-7-11/passwords").words == "Not signed off"
    signoff.sign(lessons_copy, [LESSON], "B. Shah, head teacher", ON + dt.timedelta(days=1))
    again = signoff.read(lessons_copy)
    assert again.signed[LESSON].by == "B. Shah, head teacher"
    assert again.earlier[LESSON] == [{"by": "A. Okafor, DSL", "on": "2026-03-03", "fingerprint": signed.fingerprint}]
    raw = signoff.path(lessons_copy).read_text(encoding="utf-8")
    names = set(re.findall(r'"by": "([^"]*)"', raw))
    assert names == {"A. Okafor, DSL", "B. Shah, head teacher"}  # no other person's name (no login, no git user)


def test_a_changed_lesson_says_since_when(lessons_copy: Path, edit: Edit) -> None:
    signoff.sign(lessons_copy, [LESSON], "A. Okafor, DSL", ON)
    edit("ages-4-7/passwords.yaml", "Friends are great.", "Friends are lovely.")
    now = signoff.status(registry.library(lessons_copy), signoff.read(lessons_copy), LESSON)
    assert not now.signed and now.words == "Changed since sign-off on 3 March"


def test_a_damaged_record_is_named_with_its_line(lessons_copy: Path) -> None:
    signoff.path(lessons_copy).write_text('{\n "signed": {\n  "ages-4-7/passwords": {"by": "X"}\n }\n}\n',
                                          encoding="utf-8")
    with pytest.raises(signoff.SignOffError, match=r"lessons/sign-off.json:3: the sign-off of ages-4-7/passwords "
                                                   r"is not as `safety-lessons sign-off` writes it"):
        signoff.read(lessons_copy)
    signoff.path(lessons_copy).write_text('{\n "signed": {,\n', encoding="utf-8")
    with pytest.raises(signoff.SignOffError, match=r"sign-off.json:2: is damaged on this line"):
        signoff.read(lessons_copy)
    signoff.path(lessons_copy).write_text("[]\n", encoding="utf-8")
    with pytest.raises(signoff.SignOffError, match=r"sign-off.json:1: is not a sign-off record"):
        signoff.read(lessons_copy)
    # a teacher's page is not broken by it: every lesson says it is not signed off
    assert {status.words for status in signoff.statuses(lessons_copy).values()} == {"Not signed off"}


def test_the_command_signs_and_refuses_what_it_cannot(lessons_copy: Path, edit: Edit,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sign-off", LESSON, "--by", "  A. Okafor,   DSL ", "--lessons", str(lessons_copy)]) == 0
    assert "Signed off 1 lesson for A. Okafor, DSL" in capsys.readouterr().out
    assert main(["sign-off", "ages-4-7/no-such", "--by", "A", "--lessons", str(lessons_copy)]) == 2
    assert "no such lesson: ages-4-7/no-such" in capsys.readouterr().err
    edit("ages-7-11/passwords.yaml", "correct: true", "correct: maybe")
    assert main(["sign-off", "ages-7-11/passwords", "--by", "A", "--lessons", str(lessons_copy)]) == 1
    err = capsys.readouterr().err
    assert "lessons/ages-7-11/passwords.yaml:" in err and "not signed: ages-7-11/passwords still has problems" in err
    assert "ages-7-11/passwords" not in signoff.read(lessons_copy).signed


# -- review-pack --changed, without git -----------------------------------------------------------

def test_word_diff_marks_only_the_words_that_changed() -> None:
    old, new = word_diff("Call 0800 1111, or chat online.", "Call 0800 1112, or chat online. Free.")
    assert str(old) == "Call 0800 <del>1111,</del> or chat online."
    assert str(new) == "Call 0800 <ins>1112,</ins> or chat online. <ins>Free.</ins>"


def test_changed_lists_only_what_differs_from_what_was_signed(lessons_copy: Path, edit: Edit,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")  # no git (nor anything else) to run
    lib = registry.library(lessons_copy)
    every = [f"{b}/{t}" for b, t, _ in lib.lessons()]
    signoff.sign(lessons_copy, [*every, signoff.WORDS], "A. Okafor, DSL", ON)
    nothing = build(registry.library(lessons_copy), Selection(changed=True))
    assert nothing.lessons == 0 and nothing.parts == []
    edit("ages-4-7/passwords.yaml", "Friends are great.", "Friends are lovely.")
    edit("facts/laws.yaml", "name: Sharing, or threatening to share, intimate images",
         "name: Sharing, or threatening to share, nude images")
    lib = registry.library(lessons_copy)
    law = ("laws", "sharing-intimate-images")
    using_laws = {f"{b}/{t}" for b, t, _ in lib.lessons()
                  if any(law in a.facts() for a in lib.lesson(b, t).activities.values())}
    pack = build(lib, Selection(changed=True))
    whole = document(lib, pack, Selection(changed=True))
    shown = set(re.findall(r'<article class="lesson" id="([^"]+)"', whole))
    assert shown == {LESSON, *using_laws} and pack.lessons == len(shown)
    assert 'id="words"' not in whole  # signed as it is
    assert "Changed since sign-off on 3 March 2026 by A. Okafor, DSL: 1 change." in plain(whole)
    assert "Friends are <del>great.</del>" in whole and "Friends are <ins>lovely.</ins>" in whole
    assert not re.search(r"Activity [a-z0-9-]+:", plain(whole))  # activities are named by kind and title, not id
    assert re.search(r"Sorter “Who can know Pip's password\?”: Card \d, feedback Friends are great", plain(whole))
    assert "Fact laws: sharing-intimate-images, Name" in plain(whole)  # a fact: its old and new value
    assert "threatening to share, <del>intimate</del> images" in whole
    assert "threatening to share, <ins>nude</ins> images" in whole
    assert "not signed off as they are now" in whole  # the pack says what it holds


def test_changed_includes_a_lesson_never_signed(lessons_copy: Path) -> None:
    signoff.sign(lessons_copy, [LESSON], "A. Okafor, DSL", ON)
    pack = build(registry.library(lessons_copy), Selection(lessons=(LESSON, "ages-7-11/passwords"), changed=True))
    text = plain("".join(pack.parts))
    assert pack.lessons == 1 and "Not signed off yet." in text


# -- teachers see it, pupils never; --signed-only ------------------------------------------------

def staged(root: Path, signed_only: bool = False) -> dict[str, dict[str, object]]:
    from safety_lessons.server.pages import lesson_copies

    return {name: json.loads(text) for name, text in lesson_copies(registry.library(root), signed_only).items()}


def note(copy: dict[str, object]) -> object:
    return copy["metadata"]["safety_lessons"].get("signoff")  # type: ignore[index]


def test_only_a_teachers_copy_carries_the_sign_off_note(lessons_copy: Path, edit: Edit) -> None:
    copies = staged(lessons_copy)
    assert {note(c) for name, c in copies.items() if name.startswith("teacher/")} == {"Not signed off"}
    assert {note(c) for name, c in copies.items() if not name.startswith("teacher/")} == {None}
    signoff.sign(lessons_copy, [LESSON], "A. Okafor, DSL", ON)
    assert note(staged(lessons_copy)[f"teacher/{LESSON}.ipynb"]) is None  # signed as it is: nothing to say
    edit("ages-4-7/passwords.yaml", "Friends are great.", "Friends are lovely.")
    copies = staged(lessons_copy)
    assert note(copies[f"teacher/{LESSON}.ipynb"]) == "Changed since sign-off on 3 March"
    assert "sign-off" not in json.dumps(copies[f"{LESSON}.ipynb"]).lower()  # the pupil's copy says nothing of it


def test_signed_only_stages_a_calm_page_for_the_rest(lessons_copy: Path) -> None:
    signoff.sign(lessons_copy, [LESSON], "A. Okafor, DSL", ON)
    copies = staged(lessons_copy, signed_only=True)
    signed, other = copies[f"{LESSON}.ipynb"], copies["ages-7-11/passwords.ipynb"]
    assert len(signed["cells"]) > 3  # type: ignore[arg-type]
    [cell] = other["cells"]  # type: ignore[misc]
    assert "This lesson is not ready yet" in cell["source"] and "Please tell your teacher" in cell["source"]
    teachers = copies["teacher/ages-7-11/passwords.ipynb"]["cells"]
    assert [c["source"] for c in teachers] == [cell["source"]]  # type: ignore[attr-defined]
    assert staged(lessons_copy)["ages-7-11/passwords.ipynb"]["cells"] != other["cells"]  # only when asked
