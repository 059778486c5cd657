"""views/markup.py: values put into markup are escaped unless they are markup already."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import safety_lessons.views
from safety_lessons.views.markup import html, join, sentence, text_of, trusted


def test_values_are_escaped() -> None:
    out = html('<p class="sl-question">{text}</p>', text='<script>alert("x")</script> & co')
    assert str(out) == '<p class="sl-question">&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; co</p>'


def test_markup_stays_markup_and_join_escapes_plain_text() -> None:
    items = join([html("<li>{x}</li>", x="a<b"), "c&d"], separator="\n")
    assert str(items) == "<li>a&lt;b</li>\nc&amp;d"
    assert str(html("<ul>{items}</ul>", items=items)) == "<ul><li>a&lt;b</li>\nc&amp;d</ul>"


def test_trusted_and_sentence() -> None:
    assert str(trusted("<svg></svg>")) == "<svg></svg>"
    link = html('<a href="{u}">{t}</a>', u="https://example.org/?a=1&b=2", t="Childline")
    out = sentence("Call <{name}> on {link}", link=link, name="x")
    assert str(out) == ('Call &lt;x&gt; on <a href="https://example.org/?a=1&amp;b=2">Childline</a>')
    assert text_of("a<b") == "a&lt;b"


# -- no view, nor the review pack, builds HTML by hand -----------------------------------------------
VIEWS = Path(safety_lessons.views.__file__).parent
PACKAGE = VIEWS.parent
# every module that writes HTML with views/markup.py (markup.py itself is where markup is made)
WRITE_HTML = [*(path for path in sorted(VIEWS.glob("*.py")) if path.name != "markup.py"),
              PACKAGE / "authoring" / "review_pack.py"]
TAG = re.compile(r"</?[a-zA-Z]")


def _tagged(node: ast.expr) -> bool:
    """A string literal or f-string whose literal text holds an HTML tag."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(TAG.search(node.value))
    return isinstance(node, ast.JoinedStr) and any(_tagged(part) for part in node.values)


def hand_built(source: str) -> list[tuple[int, str]]:
    """(line, top-level name) of each f-string, concatenation or %-format that writes an HTML tag."""
    found = []
    for top in ast.parse(source).body:
        name = getattr(top, "name", "")
        for node in ast.walk(top):
            if (isinstance(node, ast.JoinedStr) and _tagged(node)) or (
                    isinstance(node, ast.BinOp | ast.AugAssign) and isinstance(node.op, ast.Add | ast.Mod)
                    and any(_tagged(side) for side in ((node.left, node.right) if isinstance(node, ast.BinOp)
                                                       else (node.value,)))):
                found.append((node.lineno, name))
    return found


def test_the_check_finds_html_built_by_hand() -> None:
    source = ('def f(x):\n    a = f"<p>{x}</p>"\n    b = "<b>" + x\n    b += "</b>"\n    c = "<i>%s</i>" % x\n'
              '    return html("<p>{x}</p>", x=x) + f"{x}!" + "a < b"\n')
    assert sorted(line for line, _ in hand_built(source)) == [2, 3, 4, 5]


def test_no_view_builds_html_by_hand() -> None:
    """Views, and the review pack, write markup with views/markup.py (`html`, `join`), which escapes
    every value: an f-string or a concatenation that writes a tag relies on someone remembering to escape."""
    problems = [f"{path.relative_to(PACKAGE)}:{line} ({name or 'module'})"
                for path in WRITE_HTML for line, name in hand_built(path.read_text(encoding="utf-8"))]
    assert not problems, "HTML built by hand; use views/markup.py's html() and join():\n" + "\n".join(problems)

