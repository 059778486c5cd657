"""Pictures that read one way to an XML parser and another to a browser's HTML parser: shared by
the in-process test of the rebuilt markup (tests/unit/test_characters.py) and the one that puts
it into Chromium's own parser (tests/browser/test_characters.py). Each would call `alert(n)`
(or fetch from elsewhere) if it reached a page as written."""

from __future__ import annotations

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">{}</svg>'
XLINK = 'xmlns:xlink="http://www.w3.org/1999/xlink"'
# The issue's picture: a comment to XML; to HTML, `<!-->` ends the comment and the <img> runs.
ISSUE = "<!--><img src=x onerror=alert(1)>-->"

PAYLOADS: dict[str, str] = {
    "comment closed by <!-->": SVG.format(ISSUE),
    "comment closed by <!--->": SVG.format("<!---><img src=x onerror=alert(2)>-->"),
    "comment closed by --!>": SVG.format("<!-- --!><img src=x onerror=alert(3)> -->"),  # not XML: refused
    "CDATA in a title": SVG.format("<title><![CDATA[x><img src=x onerror=alert(4)>]]></title>"),
    "CDATA closing a desc": SVG.format("<desc><![CDATA[</desc><img src=x onerror=alert(5)>]]></desc>"),
    "CDATA outside any words": SVG.format("<g><![CDATA[</svg><img src=x onerror=alert(6)>]]></g>"),
    "</svg> in an attribute": SVG.format('<rect fill="&lt;/svg>&lt;img src=x onerror=alert(7)>"/>'),
    "quote in an attribute": SVG.format('<rect fill="red&quot; onload=&quot;alert(8)"/>'),
    "quote in an id": SVG.format('<rect id="a&quot; onload=&quot;alert(9)"/>'),
    "quote in a link": SVG.format('<rect id="a"/><use href="#a&quot; onload=&quot;alert(10)"/>'),
    "<style> element": SVG.format("<style>@import url(http://127.0.0.9/a.css);</style>"),
    "<style> in CDATA": SVG.format("<style><![CDATA[</style><img src=x onerror=alert(11)>]]></style>"),
    "<img> in a title": SVG.format('<title><img src="x" onerror="alert(12)"/></title>'),
    "escaped <img> in a title": SVG.format("<title>&lt;img src=x onerror=alert(13)&gt;</title>"),
    "character references": SVG.format("<desc>&#60;img src=x onerror=alert(14)&#62;</desc>"),
    "entity declared": '<!DOCTYPE svg [<!ENTITY i "&#60;img src=x onerror=alert(15)&#62;">]>' + SVG.format(
        "<title>&i;</title>"),
    "processing instruction": SVG.format("<?x ><img src=x onerror=alert(16)>?>"),
    "xml-stylesheet": '<?xml-stylesheet href="http://127.0.0.9/a.css"?>' + SVG.format("<rect/>"),
    "xlink:href javascript:": SVG.format(f'<a {XLINK} xlink:href="javascript:alert(17)"><rect/></a>'),
    "xlink:href on use": SVG.format(f'<use {XLINK} xlink:href="javascript:alert(18)"/>'),
    "other prefix for xlink": SVG.format('<use xmlns:x="http://www.w3.org/1999/xlink" x:href="data:,alert(19)"/>'),
    "entity in an href": SVG.format('<a href="&#106;avascript:alert(20)"><rect/></a>'),
    "uppercase script": SVG.format("<SCRIPT>alert(21)</SCRIPT>"),
    "uppercase img": SVG.format('<IMG SRC="x" ONERROR="alert(22)"/>'),
    "uppercase handler": SVG.format('<Rect ONLOAD="alert(23)" FILL="red"/>'),
    "namespaced script": SVG.format('<svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(24)</svg:script>'),
    "onload on the root": SVG.replace("<svg ", '<svg onload="alert(25)" ').format("<rect/>"),
    "handler on a shape": SVG.format('<circle r="5" onmouseover="alert(26)"/>'),
    "style fetching": SVG.format('<rect style="background:url(http://127.0.0.9/t.png);fill:red"/>'),
    "fill fetching": SVG.format('<rect fill="url(http://127.0.0.9/p.svg#g)"/>'),
    "escaped url": SVG.format("<rect style=\"fill:u\\72l(http://127.0.0.9/t.png)\"/>"),
    "foreignObject": SVG.format('<foreignObject><img src="x" onerror="alert(27)"/></foreignObject>'),
    "image": SVG.format('<image href="x" onerror="alert(28)"/>'),
    "animation": SVG.format('<a href="#"><set attributeName="href" to="javascript:alert(29)"/><rect/></a>'),
    "iframe": SVG.format('<iframe srcdoc="&lt;script>alert(30)&lt;/script>"/>'),
    "HTML breakout": SVG.format('<p><img src="x" onerror="alert(31)"/></p>'),
    "noscript": SVG.format('<noscript><p title="&lt;/noscript>&lt;img src=x onerror=alert(32)>"/></noscript>'),
    "class and role": SVG.format('<rect class="jp-Notebook sl-help" role="button" aria-label="x"/>'),
    "root not svg": "<html><body><img src=\"x\" onerror=\"alert(33)\"/></body></html>",
}
