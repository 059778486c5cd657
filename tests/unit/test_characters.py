"""Characters: lessons/characters.yaml, the SVG pictures it names, and how lessons show them.

Every mistake a curriculum lead can make is reported by `check` as file:line; a picture that
could run code or fetch from elsewhere is refused; pages inline the picture named for screen
readers, read each file once and only when it is first shown."""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from xml.parsers import expat

import ipywidgets as w
import pytest
from safety_lessons.activities.group_chat import GroupChat
from safety_lessons.authoring.check import check
from safety_lessons.authoring.kinds import describe_kinds
from safety_lessons.content.library import Library
from safety_lessons.content.pictures import ATTRIBUTES, DRAWING, PAINT, WORDS, inline_svg, svg_problems, unique_ids
from safety_lessons.lesson import OpenLesson, open_lesson
from safety_lessons.registry import MODELS
from safety_lessons.views.group_chat import GroupChatView

from ..conftest import LESSONS, PICTURES
from ..svg_payloads import ISSUE, PAYLOADS
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
    cast = Library(LESSONS, MODELS).cast.characters
    files = sorted(PICTURES.glob("*.svg"))
    assert sorted(c.picture for c in cast.values()) == [f.name for f in files]  # none missing, none stray
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert svg_problems(text) == [], path.name
        assert len(text.encode()) < 4000, path.name
        assert "<text" not in text and " id=" not in text, path.name  # text-free; nothing to clash on a page


def test_lessons_picture_their_characters() -> None:
    lib = Library(LESSONS, MODELS)
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
    assert Library(lessons_copy, MODELS).picture("kit").startswith('<svg class="sl-character" role="img"')


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


# -- the SVG check ----------------------------------------------------------------------------
UNSAFE = {
    "script": ("<script>alert(1)</script>", "<script> is not allowed"),
    "namespaced script": ('<svg:script xmlns:svg="http://www.w3.org/2000/svg"/>', "<svg:script> is not allowed"),
    "event handler": ('<rect width="5" height="5" onclick="alert(1)"/>', "onclick= attribute runs code"),
    "load handler": ('<g onLoad="x()"/>', "onLoad= attribute runs code"),
    "external href": ('<a href="https://example.com/"><rect/></a>', "points outside the picture"),
    "javascript href": ('<a href="javascript:alert(1)"><rect/></a>', "points outside the picture"),
    "external xlink:href": ('<use xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="other.svg#a"/>',
                            "xlink:href=\"other.svg#a\" points outside the picture"),
    "data image": ('<image href="data:image/png;base64,AAAA"/>', "points outside the picture"),
    "foreignObject": ("<foreignObject><p>hi</p></foreignObject>", "<foreignObject> is not allowed"),
    "external url in a fill": ('<rect fill="url(https://example.com/p.svg#g)"/>', "url(…) outside the picture"),
    "external url in a style": ("<rect style=\"fill: url('x.svg#g')\"/>", "url(…) outside the picture"),
    "style element": ("<style>button { display: none }</style>", "would restyle the whole lesson page"),
    "animation rewriting a link": ('<a href="#"><set attributeName="href" to="javascript:x()"/></a>',
                                   "<set> is not allowed"),
    "iframe": ('<iframe src="https://example.com"/>', "<iframe> is not allowed"),
    # HTML elements leave the drawing when a page parses it, and act on the page:
    "meta refresh": ('<meta http-equiv="refresh" content="0; url=https://example.com/"/>',
                     "<meta> is not a drawing element"),
    "form": ('<form action="https://example.com/"><input name="password"/></form>',
             "<form> is not a drawing element"),
    "text": ("<text>Hello</text>", "<text> is not a drawing element"),
    "editor's own elements": ('<sodipodi:namedview xmlns:sodipodi="http://sodipodi.sourceforge.net/"/>',
                              "save as Plain SVG"),
}


@pytest.mark.parametrize("construct", UNSAFE)
def test_svg_check_refuses_each_unsafe_construct(construct: str) -> None:
    markup, expected = UNSAFE[construct]
    found = svg_problems(SAFE.format(markup))
    assert found and all(where == 2 for where, _ in found), found
    assert any(expected in message for _, message in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ('<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY a "b">]>\n<svg viewBox="0 0 1 1">&a;</svg>',
     (2, "a <!DOCTYPE> declaration is not allowed")),
    ('<?xml version="1.0"?>\n<?xml-stylesheet href="https://example.com/a.css"?>\n<svg viewBox="0 0 1 1"/>',
     (2, "the <?xml-stylesheet …?> instruction is not allowed")),
    ('<svg viewBox="0 0 1 1">\n<rect>\n</svg>', (3, "is not a well-formed SVG file")),
    ('<html viewBox="0 0 1 1"/>', (1, "starts with <html>; expected an <svg> picture")),
    ("<svg>\n</svg>", (1, "<svg> has no viewBox")),
    ('<svg viewBox="0 0 120 90"/>', (1, 'viewBox="0 0 120 90" is not square')),
    ('<svg viewBox="0, 0, 0, 0"/>', (1, "is not square")),
    ('<svg viewBox="wide"/>', (1, 'viewBox="wide" is not four numbers')),
    ('<svg viewBox="0 0 1 1">' + "<!-- x -->" * 2000 + "</svg>", (1, "KB; expected at most 16 KB")),
])
def test_svg_check_refuses_what_is_not_a_plain_picture(text: str, expected: tuple[int, str]) -> None:
    found = svg_problems(text)
    assert any(where == expected[0] and expected[1] in message for where, message in found), found


def test_svg_check_allows_links_within_the_picture() -> None:
    text = SAFE.format('<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>\n'
                       '<rect id="r" fill="url(#g)" style="fill: url( \'#g\' )"/><use href="#r"/>'
                       '<g clip-path="url(#r)"><title>A square</title></g>')
    assert svg_problems('<?xml version="1.0" encoding="UTF-8"?>\n<!-- drawn by hand -->\n' + text) == []
    assert svg_problems('<svg viewBox=" -5,-5  10 10"/>') == []  # commas and spaces both separate


def test_inline_svg_strips_the_prologue_and_names_the_picture() -> None:
    text = '<?xml version="1.0"?>\n<!-- a comment -->\n' + SAFE.format("<rect/>")
    markup = inline_svg(text, 'Kit & "friends"')
    assert markup.startswith('<svg class="sl-character" role="img" aria-label="Kit &amp; &#34;friends&#34;" '
                             'focusable="false" xmlns=')
    assert "<?xml" not in markup and "comment" not in markup and markup.endswith("</svg>")


def test_each_drawing_of_a_picture_gets_ids_of_its_own() -> None:
    markup = inline_svg(SAFE.format('<linearGradient id="g"/><rect id="fff" fill="url(#g)"/><use href="#fff"/>'
                                    '<use xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href=" #fff "/>'
                                    "<g clip-path=\"url( '#g' )\" style='fill: url(\"#g\"); stroke: #fff'/>"), "A")
    first, second = unique_ids(markup), unique_ids(markup)
    ids = [re.findall(r' id="([^"]+)"', m) for m in (first, second)]
    assert len(ids[0]) == 2 and not set(ids[0]) & set(ids[1])
    for drawing, (g, fff) in zip((first, second), ids, strict=True):
        assert f'fill="url(#{g})"' in drawing and f'<use href="#{fff}"/>' in drawing
        assert f'xlink:href="#{fff}"' in drawing
        assert f'<g clip-path="url(#{g})" style="fill:url(#{g});stroke:#fff"/>' in drawing  # a colour stays a colour
    plain = inline_svg(SAFE.format("<rect/>"), "A")
    assert unique_ids(plain) == plain


# -- what reaches the page: the picture rebuilt from the XML parser's events ---------------------
ROOT = {"class", "role", "aria-label", "focusable", "xmlns"}  # what inline_svg writes on the root itself
TAG = r'<(?P<name>[a-zA-Z]+)(?: [a-zA-Z:-]+="[^"<>]*")*/?>|</[a-zA-Z]+>'
SERIALISED = re.compile(rf"(?:{TAG}|[^<>]+)*")  # tags with double-quoted, escaped values, and words


class Events(HTMLParser):
    """What an HTML parser finds in markup: elements with their attributes, words with where they
    are, and anything else (comments, declarations, instructions) an allowlist would not expect."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.words: list[tuple[str, str]] = []
        self.other: list[str] = []
        self.open: list[str] = []
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.words.append((self.open[-1] if self.open else "", data))

    def handle_comment(self, data: str) -> None:
        self.other.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.other.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.other.append(f"<?{data}>")

    def unknown_decl(self, data: str) -> None:
        self.other.append(f"<![{data}]>")


def plain(name: str, value: str) -> bool:
    """Whether an attribute value can only draw: no link out, no script, no CSS escape, and in a
    style= only colour and line properties."""
    if name == "style":
        return all(prop.strip() in PAINT and plain("", setting)
                   for prop, _, setting in (d.partition(":") for d in value.split(";")))
    return not re.search(r"javascript|url\((?!#)|[\\:;]", value, re.IGNORECASE)


def not_allowed(markup: str) -> list[str]:
    """What in `markup` is more than listed drawing elements with listed attributes and words in
    <title> or <desc> (lower case: an HTML parser matches SVG names in any case)."""
    found = [] if SERIALISED.fullmatch(markup) else ["markup other than plain tags and words"]
    page = Events(markup)
    attributes = {name.lower() for name in ATTRIBUTES}
    for tag, attrs in page.elements:
        found += [f"<{tag}>"] if tag not in DRAWING else []
        found += [f"{tag} {name}=" for name in attrs if name not in attributes and not (tag == "svg" and name in ROOT)]
        found += [f"{tag} {name}={value}" for name, value in attrs.items()
                  if name != "xmlns" and not plain(name, value or "")]
    found += [f"words in <{where or 'the page'}>" for where, data in page.words if where not in WORDS]
    return found + page.other


def test_the_allowlist_check_sees_what_a_browser_would_run() -> None:
    raw = PAYLOADS["comment closed by <!-->"]  # the picture as written, as inlined before the rebuild
    assert svg_problems(raw) == []  # the XML check passes it: it is a comment to XML
    assert not_allowed(raw) and not_allowed(SAFE.format('<title><img src="x" onerror="alert(1)"/></title>'))
    assert not_allowed(SAFE.format('<rect fill="red" onload="alert(1)"/>'))
    assert not_allowed('<svg viewBox="0 0 1 1"><rect style="background:url(http://example.com/t.png)"/></svg>')


@pytest.mark.parametrize("name", PAYLOADS)
def test_a_picture_that_confuses_parsers_reaches_the_page_inert(name: str) -> None:
    markup = inline_svg(PAYLOADS[name], "A picture")
    assert not_allowed(markup) == [], markup
    assert "<img" not in markup.lower() and "onerror" not in re.sub(r"<(title|desc)>.*?</\1>", "", markup)
    assert ISSUE not in markup and "<!" not in markup and "<?" not in markup and "CDATA" not in markup


def test_words_in_a_title_are_kept_as_words() -> None:
    markup = inline_svg(PAYLOADS["CDATA in a title"], "A")
    assert markup.endswith("<title>x&gt;&lt;img src=x onerror=alert(4)&gt;</title></svg>")
    assert inline_svg(SAFE.format("<title>Kit &amp; Pip</title>"), "A").endswith("<title>Kit &amp; Pip</title></svg>")


def tree(text: str) -> list[tuple[int, str, dict[str, str]]]:
    """Every element of an SVG file as its XML parser reads it: depth, lower-case name, attributes."""
    parser = expat.ParserCreate()
    found: list[tuple[int, str, dict[str, str]]] = []
    depth = 0

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal depth
        found.append((depth, name.lower(), {k.lower(): v for k, v in attrs.items() if k != "xmlns"}))
        depth += 1

    def end(_name: str) -> None:
        nonlocal depth
        depth -= 1

    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.Parse(text, True)
    return found


@pytest.mark.parametrize("path", sorted(PICTURES.glob("*.svg")), ids=lambda p: p.name)
def test_every_shipped_picture_is_drawn_as_drawn(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    markup = inline_svg(text, "A")
    assert not_allowed(markup) == []
    drawn = tree(markup)
    assert drawn[0][2].keys() >= {"class", "role", "aria-label", "focusable"}
    for attr in ("class", "role", "aria-label", "focusable"):
        del drawn[0][2][attr]
    assert drawn == tree(text)  # every element, in place, with every attribute and value


@pytest.mark.parametrize(("markup", "expected"), [
    ('<rect class="big"/>', "class= would pick up the lesson page's styles"),
    ('<rect data-x="1"/>', "the data-x= attribute is not one a lesson picture may use"),
    ('<rect fill="var(--jp-brand-color1)"/>', 'fill="var(--jp-brand-color1)" is not a plain value'),
    ('<rect id="a b"/>', 'id="a b" is not a usable id'),
    ('<rect id="a"/><use href="#"/>', 'href="#" does not name a part of the picture'),
    ('<rect style="fill:red;position:fixed"/>', "style= 'position:fixed' is not a colour or line property"),
    ("<title><rect/></title>", "<rect> is inside <title>; expected only words there"),
])
def test_svg_check_names_what_the_page_would_not_get(markup: str, expected: str) -> None:
    text = SAFE.format(markup)
    found = svg_problems(text)
    assert any(where == 2 and expected in message for where, message in found), found
    assert "big" not in inline_svg(text, "A") and "position" not in inline_svg(text, "A")


def test_what_says_nothing_is_dropped_quietly() -> None:
    text = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" '
            'viewBox="0 0 10 10" xml:space="preserve"><rect fill="red"/></svg>')
    assert svg_problems(text) == []
    assert inline_svg(text, "A").endswith('xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect fill="red"/>'
                                          "</svg>")


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
