"""A story as a map in the review pack: each step with its words and choices, where each choice
leads, whether it is safe, and each ending with its kind (safe, unsafe, recovery: "it has already
happened, what now?"), so a safeguarding lead can follow every branch on paper."""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup

from ..activities.story import Story
from ..views.markup import html, join
from .review_labels import step_name

ENDINGS = {"safe": "safe ending", "unsafe": "unsafe ending", "recovery": "recovery ending (it has already happened: "
           "what now?)"}
CHOICE_KINDS = {True: ("safe", "✓ safe"), False: ("unsafe", "✗ unsafe"), None: ("neither", "neither")}


def where(story: Story, node_id: str, numbers: dict[str, int]) -> Markup:
    """How the map names where a choice leads: "step 3 “Pressure”" or "“Told” (safe ending)"."""
    node = story.nodes.get(node_id)
    if node is None:
        return html('<span class="warn">“{id}”, which is not a step</span>', id=node_id)
    if node.ending is not None:
        return html('ending {n} “{name}” <span class="{kind}">({what})</span>', n=numbers[node_id],
                    name=step_name(node_id), kind="warn" if node.ending == "unsafe" else "ok",
                    what=ENDINGS[node.ending])
    return html("step {n} “{name}”", n=numbers[node_id], name=step_name(node_id))


def story_map_html(story: Story, fill: Callable[[str], str] = str) -> Markup:
    order = story.in_order()
    numbers = {node_id: n for n, node_id in enumerate(order, 1)}
    reachable, safely = story.reachable(), story.reachable(safe_only=True)
    kinds = [str(story.nodes[e].ending) for e in order if story.nodes[e].ending is not None]
    summary = ", ".join(f"{kinds.count(k)} {k}" for k in ENDINGS if kinds.count(k))
    parts = [html('<p class="map-summary">Story map: {steps} steps, {endings} of them endings ({summary}). It starts '
                  "at step 1 “{start}”. A pupil can always go back one step, or start again.</p>",
                  steps=len(order), endings=len(kinds), summary=summary, start=step_name(story.start))]
    for node_id in order:
        node = story.nodes[node_id]
        chat = join(html("<li><strong>{who}:</strong> {says}</li>", who=fill(m.who), says=fill(m.says))
                    for m in node.chat or ())
        notes = []
        if node_id not in reachable:
            notes.append(html('<span class="warn">No choice leads here: pupils never see it.</span>'))
        elif node.ending in ("recovery", "safe"):
            notes.append(html('<span class="{k}">{t}</span>', k="ok" if node_id in safely else "warn",
                              t="Reached without an unsafe choice." if node_id in safely
                              else "Reached only through an unsafe choice."))
        if node.ending is not None:
            head = html('<h6 class="ending {kind}">Ending {n} “{name}”: {what}</h6>', kind=node.ending,
                        n=numbers[node_id], name=step_name(node_id), what=ENDINGS[node.ending])
        else:
            head = html("<h6>Step {n} “{name}”{start}</h6>", n=numbers[node_id], name=step_name(node_id),
                        start=" (the start)" if node_id == story.start else "")
        rows = join(html('<tr><th scope="row">Choice {i}: {label}</th><td class="choice {kind}">{says}</td>'
                         "<td>{goto}</td><td>{feedback}</td></tr>", i=i, label=fill(c.label),
                         kind=CHOICE_KINDS[c.safe][0], says=CHOICE_KINDS[c.safe][1],
                         goto=html("this step again (choose again)") if c.goto == node_id
                         else where(story, c.goto, numbers), feedback=fill(c.feedback) if c.feedback else "none")
                    for i, c in enumerate(node.choices or (), 1))
        choices = html('<table class="choices"><thead><tr><th scope="col">Choice</th><th scope="col">Kind</th>'
                       '<th scope="col">Leads to</th><th scope="col">Feedback (as the pupil arrives)</th></tr>'
                       "</thead><tbody>{rows}</tbody></table>", rows=rows) if node.choices else ""
        parts.append(html('<div class="map-step">{head}{chat}<p>{text}</p>{notes}{choices}</div>', head=head,
                          chat=html('<ul class="chat">{c}</ul>', c=chat) if chat else "", text=fill(node.text),
                          notes=html('<p class="map-note">{n}</p>', n=join(notes, " ")) if notes else "",
                          choices=choices))
    return join(parts)
