"""Character pictures: small SVG files drawn into the lesson page itself.

A picture is inlined into the page's HTML (no URL to serve, nothing for the page's content
security policy to allow, works in any notebook front end). Inlined markup runs in the page,
so :func:`svg_problems` accepts only drawing elements (shapes, groups, gradients, clip paths:
an HTML element such as <meta> or <form> would leave the drawing and act on the page) and
refuses anything that could run code or fetch from elsewhere: scripts, ``on…=`` handlers,
links other than ``#…`` within the picture, ``<foreignObject>`` (HTML inside SVG),
animations (they can rewrite a link), ``url(…)`` pointing outside the picture, and
``<style>`` elements (inlined, their rules would apply to the whole page).
:func:`inline_svg` then names the picture for screen readers.
"""

from __future__ import annotations

import itertools
import re
from xml.parsers import expat

from markupsafe import Markup

from .schema import short

MAX_BYTES = 16_000  # inlined into every page that shows it: keep pictures small
DRAWING = {"svg", "g", "defs", "symbol", "use", "path", "circle", "ellipse", "rect", "line", "polyline",
           "polygon", "lineargradient", "radialgradient", "stop", "clippath", "mask", "pattern", "title", "desc"}
NOT_DRAWING = ("is not a drawing element; expected only shapes (path, circle, ellipse, rect, line, polyline, "
               "polygon), groups (g, defs, symbol, use), gradients, clipPath, mask, pattern, title and desc "
               "(from Inkscape, save as Plain SVG; draw words as shapes, or leave them to the lesson)")
# Elements that run code, embed other documents, or can change a link after the checks.
REFUSED = {"script", "foreignobject", "iframe", "embed", "object", "handler", "listener",
           "set", "animate", "animatemotion", "animatetransform", "discard"}
RESTYLES = "a <style> element would restyle the whole lesson page; colour shapes with fill= and stroke= instead"
LINK_ATTRIBUTES = {"href", "src"}
_URL = re.compile(r"url\(([^)]*)", re.IGNORECASE)
_CSS_DANGER = re.compile(r"@import|expression\s*\(|javascript:", re.IGNORECASE)
_PROLOGUE = re.compile(r"\A\s*(<\?xml[^>]*\?>\s*)?(<!--.*?-->\s*)*", re.DOTALL)
_ID = re.compile(r"(?<=\s)id=([\"'])(.*?)\1")
_instances = itertools.count(1)


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
    depth = 0

    def here() -> int:
        return int(parser.CurrentLineNumber)

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal depth
        local = name.rpartition(":")[2].lower()
        if depth == 0 and name != "svg":
            found.append((here(), f"starts with <{name}>; expected an <svg> picture"))
        elif depth == 0 and "viewBox" not in attrs:
            found.append((here(), "<svg> has no viewBox; add one (e.g. viewBox=\"0 0 120 120\") so it can be resized"))
        elif depth == 0 and (problem := _viewbox_problem(attrs["viewBox"])):
            found.append((here(), problem))
        depth += 1
        if local in REFUSED:
            found.append((here(), f"<{name}> is not allowed in a lesson picture; remove it"))
        elif local == "style":
            found.append((here(), RESTYLES))
        elif local not in DRAWING or ":" in name:
            found.append((here(), f"<{name}> {NOT_DRAWING}"))
        for attr, value in attrs.items():
            attr_local = attr.rpartition(":")[2].lower()
            if attr_local.startswith("on"):
                found.append((here(), f"the {attr}= attribute runs code; remove it"))
            elif attr_local in LINK_ATTRIBUTES and not value.strip().startswith("#"):
                found.append((here(), f"{attr}=\"{short(value)}\" points outside the picture; "
                                      "expected only links to '#…' inside it"))
            else:
                found.extend((here(), problem) for problem in _url_problems(value, attr))

    def instruction(target: str, _data: str) -> None:
        found.append((here(), f"the <?{target} …?> instruction is not allowed in a lesson picture; remove it"))

    parser.StartElementHandler = start
    parser.ProcessingInstructionHandler = instruction
    try:
        parser.Parse(text, True)
    except expat.ExpatError as err:
        found.append((err.lineno, f"is not a well-formed SVG file ({expat.ErrorString(err.code)}); "
                                  "check that every tag is closed"))
    return found


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


def inline_svg(text: str, label: str) -> str:
    """SVG file text → markup for an HTML page: no XML prologue, and the root <svg> named
    `label` for screen readers (role="img"). Call only on text with no :func:`svg_problems`."""
    body = re.sub(r">\s+<", "><", _PROLOGUE.sub("", text, count=1).strip())  # no text between tags to keep
    named = Markup('<svg class="sl-character" role="img" aria-label="{label}" focusable="false"').format(label=label)
    return re.sub(r"\A<svg\b", lambda _: named, body, count=1)


def unique_ids(markup: str) -> str:
    """Give the ids in one drawing of a picture a prefix of their own (and every `#id`
    reference with them): two pictures on one page, or one drawn twice, never share an id."""
    ids = {match.group(2) for match in _ID.finditer(markup)}
    if not ids:
        return markup
    prefix = f"sl-pic{next(_instances)}-"
    for old in sorted(ids, key=len, reverse=True):
        escaped = re.escape(old)
        markup = re.sub(rf"(?<=\s)id=([\"']){escaped}\1", rf"id=\g<1>{prefix}{old}\g<1>", markup)
        markup = re.sub(rf"#{escaped}(?=[\"')\s])", f"#{prefix}{old}", markup)
    return markup
