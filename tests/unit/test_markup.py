"""views/markup.py: values put into markup are escaped unless they are markup already."""

from __future__ import annotations

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
