"""`review-pack --changed`: what changed in a lesson since it was signed off, word by word, old
and new side by side (from the text the sign-off record keeps: no git needed)."""

from __future__ import annotations

from collections.abc import Mapping
from difflib import SequenceMatcher

from markupsafe import Markup

from ..views.markup import html, join
from .signoff import Approved, Change, Signature, changes, day, display


def word_diff(old: str, new: str) -> tuple[Markup, Markup]:
    """`old` with the words taken out marked, and `new` with the words put in marked."""
    a, b = old.split(), new.split()
    before: list[Markup] = []
    after: list[Markup] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        gone, came = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        if tag == "equal":
            before.append(html("{t}", t=gone))
            after.append(html("{t}", t=came))
            continue
        if gone:
            before.append(html("<del>{t}</del>", t=gone))
        if came:
            after.append(html("<ins>{t}</ins>", t=came))
    return join(before, " "), join(after, " ")


def change_row(change: Change, names: Mapping[str, str]) -> Markup:
    if change.old is None:
        old, new = html('<span class="none">(not there when signed)</span>'), html("<ins>{t}</ins>", t=change.new)
    elif change.new is None:
        old, new = html("<del>{t}</del>", t=change.old), html('<span class="none">(taken out)</span>')
    else:
        old, new = word_diff(change.old, change.new)
    return html('<tr><th scope="row">{where}</th><td>{old}</td><td>{new}</td></tr>',
                where=display(change.where, names), old=old, new=new)


def changes_html(signature: Signature | None, now: Approved, names: Mapping[str, str]) -> Markup:
    """The box at the top of a lesson in a `--changed` pack: not signed yet, or each change since."""
    if signature is None:
        return html('<div class="changes"><p><strong>Not signed off yet.</strong> Everything below is for review.</p>'
                    "</div>")
    found = list(changes(signature.approved, now))
    rows = join(change_row(c, names) for c in found)
    return html('<div class="changes"><p><strong>Changed since sign-off on {on} by {by}:</strong> {n} '
                "{things}. Words taken out are struck through; words put in are underlined. The whole lesson, as it "
                'is now, follows.</p><table class="diff"><thead><tr><th scope="col">Where</th><th scope="col">'
                'When signed</th><th scope="col">Now</th></tr></thead><tbody>{rows}</tbody></table></div>',
                on=day(signature.on), by=signature.by, n=len(found), things="change" if len(found) == 1 else "changes",
                rows=rows)
