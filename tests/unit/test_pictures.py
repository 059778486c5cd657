"""Character pictures (content/pictures.py): the allowlist check that refuses an SVG that could run
code, fetch from elsewhere or restyle the page, each refusal with its line; and the picture a page
gets, rebuilt from the parser's events so that only what was checked can reach it."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from xml.parsers import expat

import pytest
from safety_lessons.content.pictures import ATTRIBUTES, DRAWING, PAINT, WORDS, inline_svg, svg_problems, unique_ids

from ..conftest import PICTURES
from ..svg_payloads import ISSUE, PAYLOADS

SAFE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n{}\n</svg>\n'


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
