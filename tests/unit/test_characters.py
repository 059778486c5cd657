"""Characters: lessons/characters.yaml, the SVG pictures it names, and how lessons show them.

Every mistake a curriculum lead can make is reported by `check` as file:line; a picture that
could run code or fetch from elsewhere is refused; pages inline the picture named for screen
readers, read each file once and only when it is first shown."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import ipywidgets as w
import pytest
from safety_lessons import registry
from safety_lessons.activities.group_chat import GroupChat
from safety_lessons.authoring.check import check
from safety_lessons.authoring.kinds import describe_kinds
from safety_lessons.content.pictures import svg_problems
from safety_lessons.lesson import OpenLesson, open_lesson
from safety_lessons.views.group_chat import GroupChatView

from ..conftest import LESSONS, PICTURES
from .conftest import find

Edit = Callable[[str, str, str], Path]
Opened = Callable[[str], OpenLesson]
CAST = "lessons/characters.yaml"
KIT = "Kit, a girl with curly black hair and a yellow jumper, smiling"
SAFE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n{}\n</svg>\n'


def problems(root: Path) -> list[str]:
    return [str(p) for p in check(root).errors]


def line(path: Path, text: str) -> int:
    """The line of `path` where `text` first appears (so content edits don't break tests)."""
    return next(i for i, ln in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in ln)


def heading(widget: w.Widget) -> str:
    return str(find(widget, w.HTML, "sl-heading")[0].value)


# -- the shipped characters -------------------------------------------------------------------
def test_every_shipped_picture_is_safe_small_and_listed() -> None:
    cast = registry.library(LESSONS).cast.characters
    files = sorted(PICTURES.glob("*.svg"))
    assert sorted(c.picture for c in cast.values()) == [f.name for f in files]  # none missing, none stray
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert svg_problems(text) == [], path.name
        assert len(text.encode()) < 4000, path.name
        assert "<text" not in text and " id=" not in text, path.name  # text-free; nothing to clash on a page


def test_lessons_picture_their_characters() -> None:
    lib = registry.library(LESSONS)
    used: set[str] = set()
    pictured: set[str] = set()
    for band, topic, _ in lib.lessons():
        for activity in lib.lesson(band, topic).activities.values():
            for _, character in activity.characters():
                used.add(character)
                pictured.add(f"{band}/{topic}")
    assert used <= set(lib.cast.characters) and len(used) >= 20
    assert len(pictured) >= 20


# -- check: characters.yaml --------------------------------------------------------------------
def test_a_missing_field_is_named_with_its_line(lessons_copy: Path, edit: Edit) -> None:
    path = edit("characters.yaml", f"    description: {KIT}\n", "")
    found = problems(lessons_copy)
    assert f"{CAST}:{line(path, 'name: Kit')}: characters.kit.description: is missing; expected some text" \
        in found, found


def test_a_misspelt_field_gets_a_suggestion(lessons_copy: Path, edit: Edit) -> None:
    path = edit("characters.yaml", "    picture: kit.svg", "    pictur: kit.svg")
    found = problems(lessons_copy)
    assert any(p.startswith(f"{CAST}:{line(path, 'pictur: kit.svg')}: characters.kit.pictur: unknown field; "
                            "expected one of: name, picture, description") and "did you mean 'picture'" in p
               for p in found), found


def test_a_description_must_say_who_it_is(lessons_copy: Path, edit: Edit) -> None:
    path = edit("characters.yaml", f"description: {KIT}", "description: A girl with curly hair")
    found = problems(lessons_copy)
    assert any(p.startswith(f"{CAST}:{line(path, 'A girl with curly hair')}: characters.kit.description: "
                            "does not say who it is; expected it to name Kit") for p in found), found


def test_a_picture_must_be_an_svg_file_name(lessons_copy: Path, edit: Edit) -> None:
    path = edit("characters.yaml", "picture: kit.svg", "picture: ../secret/kit.png")
    found = problems(lessons_copy)
    assert any(p.startswith(f"{CAST}:{line(path, 'kit.png')}: characters.kit.picture: '../secret/kit.png' "
                            "is not an SVG file name") for p in found), found


def test_an_id_must_be_small_letters(lessons_copy: Path, edit: Edit) -> None:
    path = edit("characters.yaml", "  zara:\n", "  Zara Jones:\n")
    found = problems(lessons_copy)
    assert f"{CAST}:{line(path, 'Zara Jones:') + 1}: characters.Zara Jones: is not a usable id; expected small " \
        "letters, digits and hyphens, starting with a letter, e.g. kit" in found, found


def test_a_missing_picture_file_is_reported(lessons_copy: Path) -> None:
    (lessons_copy.parent / "assets" / "characters" / "kit.svg").unlink()
    found = problems(lessons_copy)
    where = line(lessons_copy / "characters.yaml", "picture: kit.svg")
    assert f"{CAST}:{where}: characters.kit.picture: there is no kit.svg in assets/characters; expected the " \
        "SVG file of this character's picture" in found, found


def test_a_missing_pictures_folder_is_reported(lessons_copy: Path, edit: Edit) -> None:
    edit("characters.yaml", "characters:\n", "pictures: ../drawings\ncharacters:\n")
    found = problems(lessons_copy)
    where = line(lessons_copy / "characters.yaml", "pictures: ../drawings")
    assert any(p.startswith(f"{CAST}:{where}: pictures: there is no folder drawings; expected the folder of "
                            "character pictures") for p in found), found


def test_an_unsafe_picture_is_reported_with_its_own_file_and_line(lessons_copy: Path) -> None:
    path = lessons_copy.parent / "assets" / "characters" / "kit.svg"
    path.write_text(path.read_text().replace("</svg>", '  <image href="https://example.com/x.png"/>\n</svg>'))
    found = problems(lessons_copy)
    assert f"assets/characters/kit.svg:{line(path, '<image')}: (picture): href=\"https://example.com/x.png\" " \
        "points outside the picture; expected only links to '#…' inside it" in found, found


def test_a_picture_folder_named_in_characters_yaml_is_used(lessons_copy: Path, edit: Edit) -> None:
    (lessons_copy.parent / "assets" / "characters").rename(lessons_copy.parent / "art")
    edit("characters.yaml", "characters:\n", "pictures: ../art\ncharacters:\n")
    assert problems(lessons_copy) == []
    assert registry.library(lessons_copy).picture("kit").startswith('<svg class="sl-character" role="img"')


# -- check: lessons naming characters -------------------------------------------------------
def test_an_unknown_character_in_an_activity_is_reported(lessons_copy: Path, edit: Edit) -> None:
    path = edit("ages-4-7/meeting-online-friends.yaml", "    character: kit", "    character: kitt")
    found = problems(lessons_copy)
    assert any(p.startswith(f"lessons/ages-4-7/meeting-online-friends.yaml:{line(path, 'character: kitt')}: "
                            "activities.kits-game.character: 'kitt' is not a character in characters.yaml; "
                            "expected one of: ")
               and "(did you mean 'kit'?); to add one, put it in lessons/characters.yaml" in p
               for p in found), found


def test_an_unknown_character_in_a_chat_member_is_reported(lessons_copy: Path, edit: Edit) -> None:
    path = edit("ages-14-18/group-chat-admin.yaml", "        character: nia", "        character: nina")
    found = problems(lessons_copy)
    assert any(p.startswith(f"lessons/ages-14-18/group-chat-admin.yaml:{line(path, 'character: nina')}: "
                            "activities.bake-sale.members[2].character: 'nina' is not a character")
               for p in found), found


def test_an_unknown_character_stops_the_lesson_for_its_author(lessons_copy: Path, edit: Edit,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    edit("ages-4-7/meeting-online-friends.yaml", "    character: kit", "    character: kitt")
    monkeypatch.setenv("SAFETY_LESSONS_ROOT", str(lessons_copy))
    with pytest.raises(Exception, match="'kitt' is not a character"):
        open_lesson("ages-4-7/meeting-online-friends")


def test_characters_yaml_missing_while_a_lesson_names_one(lessons_copy: Path) -> None:
    (lessons_copy / "characters.yaml").unlink()
    found = problems(lessons_copy)  # once, with that file, not for each of the 34 activities that name one
    assert found == [f"{CAST}:1: (file): is missing, but activities name characters from it (`character:`); put it "
                     "back (it should hold the made-up people lessons picture, with their pictures), or take "
                     "`character:` out of those activities"]


def test_a_broken_characters_yaml_is_reported_once_and_lessons_still_open(
        lessons_copy: Path, edit: Edit, monkeypatch: pytest.MonkeyPatch) -> None:
    edit("characters.yaml", "    name: Kit\n", "    name: [Kit\n")
    found = problems(lessons_copy)
    assert len(found) == 1 and found[0].startswith(f"{CAST}:") and "(YAML)" in found[0], found
    monkeypatch.setenv("SAFETY_LESSONS_ROOT", str(lessons_copy))
    lesson = open_lesson("ages-4-7/meeting-online-friends")  # decoration: its own problem breaks no lesson
    assert isinstance(lesson, OpenLesson)
    head = heading(lesson.show("kits-game"))
    assert "<svg" not in head and "Kit and the new friend" in head


def test_kinds_lists_character_as_a_field_every_activity_has() -> None:
    assert "`character:`" in describe_kinds(None).splitlines()[0]


# -- pages --------------------------------------------------------------------------------------
def test_the_frame_inlines_the_picture_beside_the_title(opened: Opened) -> None:
    widget = opened("ages-4-7/meeting-online-friends").show("kits-game")
    head = heading(widget)
    assert head.startswith('<div class="sl-head sl-with-character"><svg class="sl-character" role="img" '
                           f'aria-label="{KIT}" focusable="false"')
    assert head.index("<svg") < head.index('<h3 class="sl-title">Kit and the new friend</h3>')
    assert '<p class="sl-intro">Kit plays a game on a tablet.' in head
    assert "<?xml" not in head and head.count("<svg") == 1
    assert find(widget, w.HTML, "sl-heading")[0] is widget.children[0]


def test_an_activity_without_a_character_has_no_picture(opened: Opened) -> None:
    head = heading(opened("ages-4-7/meeting-online-friends").show("talk-to"))
    assert "<svg" not in head and "sl-with-character" not in head
    assert head == ('<div class="sl-head"><h3 class="sl-title">Who can help?</h3><p class="sl-intro">If someone '
                    "online makes you feel funny or worried, tell someone. It is not your fault.</p></div>")


def test_a_picture_that_cannot_be_shown_is_left_out_calmly(lessons_copy: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = lessons_copy.parent / "assets" / "characters" / "kit.svg"
    path.write_text(path.read_text().replace("</svg>", "<script>alert(1)</script></svg>"))
    monkeypatch.setenv("SAFETY_LESSONS_ROOT", str(lessons_copy))
    lesson = open_lesson("ages-4-7/reporting-concerns")
    assert isinstance(lesson, OpenLesson)
    head = heading(lesson.show("trusted-grown-ups"))
    assert "<svg" not in head and "alert" not in head and "Who can Kit tell?" in head


def test_pictures_are_read_when_first_shown_and_then_kept(lessons_copy: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []
    real = Path.read_text

    def counting(self: Path, *args: object, **kwargs: object) -> str:
        if self.suffix == ".svg":
            reads.append(self.name)
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", counting)
    monkeypatch.setenv("SAFETY_LESSONS_ROOT", str(lessons_copy))
    lesson = open_lesson("ages-4-7/reporting-concerns")
    assert isinstance(lesson, OpenLesson)
    assert reads == []  # opening a lesson reads no picture
    first = heading(lesson.show("trusted-grown-ups"))
    (lessons_copy.parent / "assets" / "characters" / "kit.svg").unlink()  # gone: the kept copy is used
    second = heading(lesson.show("what-should-kit-do"))
    assert reads == ["kit.svg"]
    assert f'aria-label="{KIT}"' in first and f'aria-label="{KIT}"' in second


def test_chat_messages_start_with_their_senders_picture_or_initial(lessons_copy: Path, edit: Edit,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    edit("ages-11-14/group-chat-admin.yaml", "        name: Casey\n        character: casey\n", "        name: Casey\n")
    monkeypatch.setenv("SAFETY_LESSONS_ROOT", str(lessons_copy))
    lesson = open_lesson("ages-11-14/group-chat-admin")
    assert isinstance(lesson, OpenLesson)
    activity = lesson.content.activities["drama-club"]
    assert isinstance(activity, GroupChat)
    chat = GroupChatView(activity, lesson).chat.value
    messages = re.findall(r'<li class="sl-chat-msg[^"]*">(.*?)</li>', chat, re.DOTALL)
    assert len(messages) == 6
    avatars = [re.match(r'<span class="sl-chat-avatar[^>]*>(.*?)</span><span class="sl-chat-words"><strong>(\w+):',
                        m, re.DOTALL) for m in messages]
    drawn = {a.group(2): a.group(1) for a in avatars if a is not None}
    assert list(drawn) == ["Casey", "Riley", "Ash", "Morgan", "Dev"]  # every message, in order
    assert drawn["Casey"] == "C"  # no character: the sender's initial
    assert all(drawn[who].startswith(f'<svg class="sl-character" role="img" aria-label="{who}, ')
               for who in ("Riley", "Ash", "Morgan", "Dev"))
    assert chat.count('<span class="sl-chat-avatar" aria-hidden="true"><svg') == 5  # the name follows in words
    assert chat.count('<span class="sl-chat-avatar sl-chat-initial" aria-hidden="true">C</span>') == 1


def test_a_chat_without_characters_has_no_avatars(lessons_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = lessons_copy / "ages-7-11" / "group-chat-admin.yaml"
    path.write_text(re.sub(r"\n\s+character: [a-z]+", "", path.read_text()))
    monkeypatch.setenv("SAFETY_LESSONS_ROOT", str(lessons_copy))
    lesson = open_lesson("ages-7-11/group-chat-admin")
    assert isinstance(lesson, OpenLesson)
    chat = find(lesson.show("pet-club"), w.HTML, "sl-chat")[0].value
    assert "sl-chat-avatar" not in chat and "<svg" not in chat and "So cute!" in chat
