"""Character pictures: small SVG files drawn into the lesson page itself.

A picture is inlined into the page's HTML (no URL to serve, nothing for the page's content
security policy to allow, works in any notebook front end). Inlined markup runs in the page,
and a browser reads it with its HTML parser, not the XML one the file was checked with: they
disagree (``<!-->`` closes a comment in HTML, not in XML; ``<title>`` holds HTML), so markup
passed on as written could be harmless to one and run code in the other. So:

- :func:`svg_problems` tells a curriculum lead, file:line, what in a picture cannot be drawn
  into a page (`safety-lessons check`): anything that is not a drawing element (scripts,
  ``<foreignObject>``, animations, ``<style>``, HTML elements), ``on…=`` handlers, links and
  ``url(…)`` other than to ``#…`` within the picture, and attributes or values outside the list
  below. A picture with a problem is left out of the page.
- :func:`inline_svg` is the safety boundary: it rebuilds the picture from the XML parser's own
  events, keeping only drawing elements, listed attributes with plain values (re-escaped), and
  words in ``<title>``/``<desc>``; comments, processing instructions, CDATA and all else are
  dropped. What reaches the page is exactly that serialisation of the checked tree.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from xml.parsers import expat

from markupsafe import Markup, escape

from .schema import short

MAX_BYTES = 16_000  # inlined into every page that shows it: keep pictures small
# Drawing elements, spelt as SVG spells them (a page's HTML parser matches them in any case).
ELEMENTS = {name.lower(): name for name in (
    "svg", "g", "defs", "symbol", "use", "path", "circle", "ellipse", "rect", "line", "polyline", "polygon",
    "linearGradient", "radialGradient", "stop", "clipPath", "mask", "pattern", "title", "desc")}
DRAWING = set(ELEMENTS)
WORDS = {"title", "desc"}  # the only elements that keep text (words only: in HTML they hold HTML)
NOT_DRAWING = ("is not a drawing element; expected only shapes (path, circle, ellipse, rect, line, polyline, "
               "polygon), groups (g, defs, symbol, use), gradients, clipPath, mask, pattern, title and desc "
               "(from Inkscape, save as Plain SVG; draw words as shapes, or leave them to the lesson)")
# Elements that run code, embed other documents, or can change a link after the checks.
REFUSED = {"script", "foreignobject", "iframe", "embed", "object", "handler", "listener",
           "set", "animate", "animatemotion", "animatetransform", "discard"}
RESTYLES = "a <style> element would restyle the whole lesson page; colour shapes with fill= and stroke= instead"
# Colour and line: attributes, and the properties a style= may set (Inkscape writes style=).
PAINT = {"fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap",
         "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "opacity",
         "stop-color", "stop-opacity", "clip-path", "clip-rule", "mask", "color", "visibility", "display",
         "vector-effect", "paint-order", "shape-rendering"}
# No class= (it would pick up the page's styles) and no role=, aria-…= (the page names the picture).
ATTRIBUTES = {name.lower(): name for name in (
    *PAINT, "id", "href", "xlink:href", "style", "viewBox", "preserveAspectRatio", "width", "height", "x", "y",
    "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "d", "points", "pathLength",
    "transform", "offset", "gradientUnits", "gradientTransform", "spreadMethod", "clipPathUnits", "maskUnits",
    "maskContentUnits", "patternUnits", "patternContentUnits", "patternTransform")}
SILENT = {"version", "baseprofile", "xml:space"}  # say nothing a page needs: dropped without a word
LINK_ATTRIBUTES = {"href", "src"}
FUNCTIONS = {"rgb", "rgba", "hsl", "hsla", "matrix", "translate", "scale", "rotate", "skewx", "skewy"}
SVG_NS = "http://www.w3.org/2000/svg"
PLAIN = ("is not a plain value; expected numbers, colours, path data, transforms (matrix(…), translate(…)…) "
         "and url(#…)")
_URL = re.compile(r"url\(([^)]*)", re.IGNORECASE)
_CSS_DANGER = re.compile(r"@import|expression\s*\(|javascript:", re.IGNORECASE)
_NAME = re.compile(r"[A-Za-z_][\w.-]*")  # an id (no quote, space or '#': references stay exact)
_REF = re.compile(r"url\(\s*(['\"]?)\s*#([A-Za-z_][\w.-]*)\s*\1\s*\)", re.IGNORECASE)
_PLAIN = re.compile(r"[\w\s#.,%+!()-]*")  # no quote, colon, semicolon, backslash, slash, brace or '<'
_CALL = re.compile(r"([\w-]*)\(")
_HASH = re.compile(r"\s*#([A-Za-z_][\w.-]*)\s*")
_ID_PREFIX = "sl-pic0-"  # in every id and #reference inline_svg writes; unique_ids numbers each drawing
_instances = itertools.count(1)


def _element_problems(name: str, attrs: dict[str, str], open_elements: list[str]) -> Iterator[str]:
    """Why an element (inside `open_elements`, outermost first) may not be drawn: the picture
    must be an <svg> with a usable viewBox, of drawing elements, with only words in text."""
    local = name.rpartition(":")[2].lower()
    if not open_elements and name != "svg":
        yield f"starts with <{name}>; expected an <svg> picture"
    elif not open_elements and "viewBox" not in attrs:
        yield "<svg> has no viewBox; add one (e.g. viewBox=\"0 0 120 120\") so it can be resized"
    elif not open_elements and (problem := _viewbox_problem(attrs["viewBox"])):
        yield problem
    if local in REFUSED:
        yield f"<{name}> is not allowed in a lesson picture; remove it"
    elif local == "style":
        yield RESTYLES
    elif local not in DRAWING or ":" in name:
        yield f"<{name}> {NOT_DRAWING}"
    elif open_elements and open_elements[-1] in WORDS:
        yield f"<{name}> is inside <{open_elements[-1]}>; expected only words there"


def svg_problems(text: str) -> list[tuple[int, str]]:
    """Why an SVG file may not be drawn into a lesson page: (line, problem) pairs, [] if safe."""
    found: list[tuple[int, str]] = []
    if len(text.encode("utf-8")) > MAX_BYTES:
        found.append((1, f"is {len(text.encode('utf-8')) // 1000} KB; expected at most {MAX_BYTES // 1000} KB "
                         "(simplify the drawing)"))
    declaration = re.search(r"<!(DOCTYPE|ENTITY)", text, re.IGNORECASE)
    if declaration:  # entities can expand without end or read files: refuse before parsing
        line = text.count("\n", 0, declaration.start()) + 1
        return [*found, (line, f"a <!{declaration.group(1)}> declaration is not allowed in a lesson picture; "
                                "remove it")]
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    open_elements: list[str] = []

    def here() -> int:
        return int(parser.CurrentLineNumber)

    def start(name: str, attrs: dict[str, str]) -> None:
        found.extend((here(), problem) for problem in _element_problems(name, attrs, open_elements))
        open_elements.append(name.rpartition(":")[2].lower())
        for attr, value in attrs.items():
            found.extend((here(), problem) for problem in _attribute_problems(attr, value))

    def end(_name: str) -> None:
        open_elements.pop()

    def instruction(target: str, _data: str) -> None:
        found.append((here(), f"the <?{target} …?> instruction is not allowed in a lesson picture; remove it"))

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.ProcessingInstructionHandler = instruction
    try:
        parser.Parse(text, True)
    except expat.ExpatError as err:
        found.append((err.lineno, f"is not a well-formed SVG file ({expat.ErrorString(err.code)}); "
                                  "check that every tag is closed"))
    return found


def _attribute_problems(attr: str, value: str) -> list[str]:
    """Why one attribute cannot be drawn as written ([] if it is kept, or dropped as saying nothing)."""
    attr_local = attr.rpartition(":")[2].lower()
    if attr_local.startswith("on"):
        return [f"the {attr}= attribute runs code; remove it"]
    if attr_local in LINK_ATTRIBUTES and not value.strip().startswith("#"):
        return [f"{attr}=\"{short(value)}\" points outside the picture; expected only links to '#…' inside it"]
    if problems := _url_problems(value, attr):
        return problems
    if attr.lower() in SILENT or attr.lower().startswith("xmlns"):
        return []
    if attr.lower() == "class":
        return ["class= would pick up the lesson page's styles; colour shapes with fill= and stroke= instead"]
    name = ATTRIBUTES.get(attr.lower())
    if name is None:
        return [f"the {attr}= attribute is not one a lesson picture may use; expected drawing attributes such as "
                "fill, stroke, stroke-width, opacity, d, cx, cy, r, x, y, width, height, transform, id"]
    if name == "style":
        return [f"style= {problem}" for problem in _style(value)[1]]
    if _value(name, value) is None:
        if name == "id":
            return [f"id=\"{short(value)}\" is not a usable id; expected letters, digits, '-', '_' and '.', "
                    "starting with a letter"]
        if name in ("href", "xlink:href"):
            return [f"{attr}=\"{short(value)}\" does not name a part of the picture; expected '#' and an id"]
        return [f"{attr}=\"{short(value)}\" {PLAIN}"]
    return []


def _viewbox_problem(value: str) -> str:
    """Why a viewBox cannot be a character's picture ("" if it is four numbers with width = height:
    pictures are drawn in a square beside an activity's title)."""
    try:
        _, _, width, height = (float(n) for n in re.split(r"[\s,]+", value.strip()))
    except ValueError:
        return f"viewBox=\"{short(value)}\" is not four numbers; expected one like viewBox=\"0 0 120 120\""
    if width <= 0 or width != height:
        return (f"viewBox=\"{short(value)}\" is not square; expected the same width and height (e.g. "
                "viewBox=\"0 0 120 120\"): pictures are drawn in a square beside the title")
    return ""


def _url_problems(value: str, attr: str) -> list[str]:
    problems = []
    if any(not m.group(1).strip().strip("'\"").strip().startswith("#") for m in _URL.finditer(value)):
        problems.append(f"{attr}= uses url(…) outside the picture; expected only url(#…)")
    if _CSS_DANGER.search(value):
        problems.append(f"{attr}= uses @import, expression() or javascript:; remove it")
    return problems


def _plain(value: str) -> str | None:
    """A paint or geometry value as the page gets it (each url(#id) with the picture's prefix), or
    None if it is more than numbers, names, colours, transforms and links within the picture."""
    value = _REF.sub(lambda m: f"url(#{m.group(2)})", value.strip())
    if not _PLAIN.fullmatch(value):
        return None
    for call in _CALL.finditer(value):
        name = call.group(1).lower()
        if not (name in FUNCTIONS or (name == "url" and _REF.match(value, call.start()))):
            return None
    return re.sub(r"url\(#", f"url(#{_ID_PREFIX}", value, flags=re.IGNORECASE)


def _style(value: str) -> tuple[str, list[str]]:
    """A style= value rebuilt from its colour and line properties alone, and what was left out."""
    kept, problems = [], []
    for declaration in filter(str.strip, value.split(";")):
        prop, colon, setting = (part.strip() for part in declaration.partition(":"))
        plain = _plain(setting) if colon and prop.lower() in PAINT else None
        if plain is None:
            problems.append(f"'{short(declaration.strip())}' is not a colour or line property with a plain value; "
                            "expected e.g. fill:#f5c542 or stroke-width:2")
        else:
            kept.append(f"{prop.lower()}:{plain}")
    return ";".join(kept), problems


def _value(name: str, value: str) -> str | None:
    """The value attribute `name` (as SVG spells it) gets in the page, or None to leave it out."""
    if name == "id":
        return _ID_PREFIX + value if _NAME.fullmatch(value) else None
    if name in ("href", "xlink:href"):
        link = _HASH.fullmatch(value)
        return f"#{_ID_PREFIX}{link.group(1)}" if link else None
    if name == "style":
        return _style(value)[0] or None
    return _plain(value)


def inline_svg(text: str, label: str) -> str:
    """SVG file text → markup for an HTML page, rebuilt from the XML parser's events: drawing
    elements with their listed attributes (values re-escaped) and words in <title>/<desc>, the
    root <svg> named `label` for screen readers (role="img"); "" if the text is not an SVG
    picture. Everything else is dropped with what it holds: only :func:`svg_problems` says why."""
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    out: list[str] = []
    kept: list[tuple[str, int]] = []  # open elements written: name, index of their start tag in `out`
    skipped = 0  # depth inside an element left out

    def refuse(*_: object) -> None:
        raise ValueError("a declaration")  # entities: refused before any can expand

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal skipped
        element = ELEMENTS.get(name.lower())
        if skipped or element is None or (not kept and element != "svg") or (kept and kept[-1][0] in WORDS):
            skipped += 1
            return
        tag = Markup("<{}").format(element) if kept else Markup(
            '<svg class="sl-character" role="img" aria-label="{}" focusable="false" xmlns="{}"').format(label, SVG_NS)
        written: set[str] = set()
        for attr, value in attrs.items():
            name_ = ATTRIBUTES.get(attr.lower())
            if name_ is not None and name_ not in written and (clean := _value(name_, value)) is not None:
                written.add(name_)
                tag += Markup(' {}="{}"').format(name_, clean)
        kept.append((element, len(out)))
        out.append(str(tag + Markup(">")))

    def end(_name: str) -> None:
        nonlocal skipped
        if skipped:
            skipped -= 1
            return
        element, at = kept.pop()
        if at == len(out) - 1:
            out[at] = out[at][:-1] + "/>"  # nothing inside: <rect …/>
        else:
            out.append(f"</{element}>")

    def words(data: str) -> None:
        if not skipped and kept and kept[-1][0] in WORDS:
            out.append(str(escape(data)))

    parser.StartDoctypeDeclHandler = refuse
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = words
    try:
        parser.Parse(text, True)
    except (expat.ExpatError, ValueError):
        return ""
    return "".join(out)


def unique_ids(markup: str) -> str:
    """Give the ids in one drawing of a picture (from :func:`inline_svg`) a prefix of their own,
    and every `#id` reference with them: two pictures on one page, or one drawn twice, never
    share an id (nor take a name the page's own scripts use)."""
    if _ID_PREFIX not in markup:
        return markup
    prefix = f"sl-pic{next(_instances)}-"
    return markup.replace(f' id="{_ID_PREFIX}', f' id="{prefix}').replace(f"#{_ID_PREFIX}", f"#{prefix}")
