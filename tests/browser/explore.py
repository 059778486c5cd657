"""A pupil (or teacher) who tries everything: drives each activity on a lesson page through its
states with the keyboard and checks every new kind of state with axe-core.

For each activity, in page order, the explorer repeatedly picks one control a pupil could use
now and uses it the way a keyboard user would (Enter on a button, Space on a radio button or
tick box, the down arrow on a drop-down, typing a made-up value into a text box), then waits
until the kernel has answered and the page has stopped changing. It picks, in this order:
controls that do not start things again ("Start again", "Try again") before those that do;
choices in a group whose feedback does not say "right" yet before solved ones (so a pupil who
keeps trying reaches the "all done" states); the least used; the first on the page. Each
control is used at most `MAX_USES` times and each activity gets at most `MAX_ACTIONS`
actions, so a run is bounded and, for the same lesson, the same every time.

After every action it summarises what the activity shows (tags, our CSS classes, disabled and
ticked states; not the words). When that summary has something new (feedback, an ending, a
verdict, a summary, a disabled button, a hint) it runs axe-core on the activity. In the
teacher view it first goes to the activity's step with the step bar and presses "Show answers".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import ElementHandle, Locator, Page

MADE_UP = ("otter", "-purple-kettle")  # what the explorer types: never a realistic password
MAX_ACTIONS = 60  # per activity, exploring deeply
LIGHT_ACTIONS = 3  # per activity, exploring lightly (enough for its first feedback)
MAX_USES = 2  # per control
QUIET_MS = 20  # the page has settled when nothing changed for this long after the kernel answered
NO_CONTROLS = {"help", "the-law"}  # kinds with nothing to press: their first state is all there is
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa", "best-practice"]},
               "resultTypes": ["violations"]}
SCRIPT = (Path(__file__).with_name("explore.js")).read_text(encoding="utf-8")
AXE_SCRIPT = Axe().axe_script


def prepare(page: Page) -> None:
    """Call before opening the lesson: lets `settle` see the page's messages to the kernel."""
    page.add_init_script(script=SCRIPT)


def settle(page: Page) -> None:
    """Wait until the kernel has answered every widget message and the page has stopped changing."""
    page.wait_for_function(f"() => window.__slExplore.settled({QUIET_MS})", polling="raf")


# Checking one element, the toolbar and the step bar (fixed to the top and bottom of the window) are
# hidden meanwhile: whatever has scrolled under them depends on the scroll position, and a control
# a pupil can scroll clear of them is not too small (axe's target-size would say "obscured").
# Checks of the whole page keep them, at a known scroll position (see `check_page`).
RUN_AXE = """async ([el, opts]) => {
  const bars = el ? Array.from(document.querySelectorAll(".sl-toolbar, .sl-steps")) : [];
  bars.forEach((bar) => { bar.style.visibility = "hidden"; });
  try { return await axe.run(el || document, opts); }
  finally { bars.forEach((bar) => { bar.style.visibility = ""; }); }
}"""


def axe(page: Page, within: ElementHandle | None = None) -> list[str]:
    """axe-core's violations on the page (or inside one element), as short lines."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_SCRIPT)
    result: dict[str, Any] = page.evaluate(RUN_AXE, [within, AXE_OPTIONS])
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])}: {v['nodes'][0]['target']})"
            for v in result["violations"]]


def page_activities(page: Page, kinds: list[str]) -> list[dict[str, Any]]:
    """Each activity on the open page: its kind (one of `kinds`, or None) and its teacher-view step."""
    settle(page)
    return list(page.evaluate("kinds => window.__slExplore.activities(kinds)", kinds))


def steps(page: Page) -> int:
    """How many steps the lesson has (its step bar says "Step 1 of 6: …"); 1 without a bar."""
    bar = page.locator(".sl-step-where")
    return int(bar.inner_text().split()[3].rstrip(":")) if bar.count() else 1


def check_page(page: Page, where: str, teacher: bool, at: Collection[int] | None = None) -> tuple[int, list[str]]:
    """axe on the whole page as it is now: the pupil view from its top; the teacher view at each
    step (it shows one at a time), or at the steps `at` (0 is the first). Returns how many states
    were checked, and the violations."""
    problems: list[str] = []
    count = steps(page) if teacher else 1
    for step in range(count):
        if teacher and at is not None and step not in at:
            continue
        if teacher and count > 1:
            go_to_step(page, step)
        else:
            page.evaluate("window.scrollTo(0, 0)")
        settle(page)
        problems += [f"{where}, whole page{f' at step {step + 1}' if teacher else ''}: {v}" for v in axe(page)]
    return count, problems


@dataclass
class Exploration:
    """What exploring one page found."""

    where: str  # e.g. "ages-11-14/passwords (teacher)"
    actions: Counter[str] = field(default_factory=Counter)  # kind → actions taken
    changed: Counter[str] = field(default_factory=Counter)  # kind → actions that changed what it shows
    kinds: list[str] = field(default_factory=list)  # every activity's kind, in page order
    shown: dict[str, set[str]] = field(default_factory=dict)  # kind → every signature token it showed
    states: int = 0  # axe passes
    problems: list[str] = field(default_factory=list)


def act(page: Page, control: Locator, kind: str) -> None:
    """Use one control with the keyboard."""
    control.focus()
    if kind == "text":  # a short made-up word first (weak: the advice shows), then more words
        page.keyboard.press("End")
        page.keyboard.type(MADE_UP[1] if control.input_value() else MADE_UP[0])
    elif kind == "select":
        page.keyboard.press("ArrowDown")
    elif kind in ("radio", "checkbox"):
        page.keyboard.press("Space")
    else:
        page.keyboard.press("Enter")


def go_to_step(page: Page, step: int) -> None:
    """Teacher view: move the step bar to `step` with Back/Next, as a teacher would."""
    for _ in range(50):
        where = page.locator(".sl-step-where").inner_text()  # "Step 3 of 6: …"
        current = int(where.split()[1]) - 1
        if current == step:
            return
        nav = page.locator(".sl-step-next" if current < step else ".sl-step-back")
        nav.focus()
        page.keyboard.press("Enter")
    raise AssertionError(f"the step bar never reached step {step + 1}")


def reveal(page: Page, activity: Locator) -> None:
    """Teacher view: press the activity's "Show answers" (Space, as on any toggle)."""
    toggle = activity.locator("button.sl-reveal")
    if toggle.count() and toggle.inner_text().strip() == "Show answers":
        toggle.focus()
        page.keyboard.press("Space")
        settle(page)
        assert toggle.inner_text().strip() == "Hide answers", "Show answers did not answer the keyboard"


def explore(page: Page, where: str, kinds: list[str], teacher: bool = False,
            deep: bool | Collection[str] = True, only: Collection[str] | None = None) -> Exploration:
    """Try every activity on an open lesson page (or those of the kinds in `only`); see the module
    docstring. An activity is explored deeply if `deep` is True or names its kind; else it gets
    only `LIGHT_ACTIONS` and nothing is checked with axe (the caller checks the whole page)."""
    found = Exploration(where)
    for index, info in enumerate(page_activities(page, kinds)):
        kind = info["kind"]
        if kind is None:
            found.problems.append(f"activity {index + 1} has no known kind")
            continue
        found.kinds.append(kind)
        if only is not None and kind not in only:
            continue
        deeply = deep is True or (not isinstance(deep, bool) and kind in deep)
        most = MAX_ACTIONS if deeply else LIGHT_ACTIONS
        activity = page.locator(".sl-activity").nth(index)
        if teacher and info["step"] is not None:
            go_to_step(page, info["step"])
            reveal(page, activity)
        seen: set[str] = set()
        before: set[str] = set()
        uses: Counter[str] = Counter()
        for turn in range(most + 1):
            shown = set(page.evaluate("i => window.__slExplore.signature(i)", index))
            if turn and shown != before:
                found.changed[kind] += 1
            found.shown.setdefault(kind, set()).update(shown)
            if turn == 0 and not teacher:
                seen = set(shown)  # the pupil view's first state: the whole page is checked before exploring
            if deeply and not shown <= seen:  # something new on screen: check it
                seen |= shown
                found.states += 1
                label = f"{where}, {kind} #{index + 1} after {turn} actions"
                found.problems += [f"{label}: {v}" for v in axe(page, activity.element_handle())]
            oops = page.evaluate("i => window.__slExplore.oops(i)", index)
            if oops:
                found.problems.append(f"{where}, {kind} #{index + 1}: a handler failed after {turn} actions")
                break
            if turn == most:
                break
            controls = [c for c in page.evaluate("i => window.__slExplore.controls(i)", index)
                        if uses[c["key"]] < MAX_USES]
            if not controls:
                break
            pick = min(controls, key=lambda c: (c["reset"], c["solved"], uses[c["key"]], c["choice"], c["raw"]))
            uses[pick["key"]] += 1
            found.actions[kind] += 1
            before = shown
            act(page, activity.locator(page.evaluate("window.__slExplore.CONTROLS")).nth(pick["raw"]),
                pick["kind"])
            settle(page)
            if page.evaluate("window.__slExplore.focusLost()"):
                found.problems.append(f"{where}, {kind} #{index + 1}: keyboard focus lost after using "
                                      f"{pick['kind']} {pick['key'].split(':')[1]!r}")
    return found


TAB_LIMIT = 400  # Tab presses per page: more than any lesson has controls

# Called after each Tab: judges the element focused before (now that it has lost focus, compare
# how it and its two wrappers look with how they looked focused), then remembers the one focused now.
MEASURE = """() => {
  const look = (el) => {
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0
      && !/transparent|rgba\\(.*,\\s*0\\)$/.test(s.outlineColor);
    return (outline ? `outline ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : "")
      + (s.boxShadow !== "none" ? ` shadow ${s.boxShadow}` : "");
  };
  const chain = (el) => [el, el.parentElement, el.parentElement && el.parentElement.parentElement].filter(Boolean);
  const name = (el) => el.tagName.toLowerCase() + (el.className && typeof el.className === "string"
    ? "." + el.className.trim().split(/\\s+/).slice(-2).join(".") : "")
    + ` "${(el.textContent || el.getAttribute("aria-label") || el.title || "").trim().slice(0, 40)}"`;
  const state = window.__slFocus || (window.__slFocus = { prev: null, looks: [], seen: new Set() });
  let verdict = null;
  if (state.prev) {
    const now = chain(state.prev).map(look);
    const shows = state.looks.some((focused, i) => focused !== "" && focused !== now[i]);
    verdict = { name: name(state.prev), shows, focused: state.looks.join(" | ") };
  }
  const el = document.activeElement;
  const done = !el || el === document.body || state.seen.has(el);
  if (!done) {
    state.seen.add(el);
    state.prev = el;
    state.looks = chain(el).map(look);
  } else {
    state.prev = null;
  }
  return { verdict, done };
}"""


def tab_through(page: Page) -> tuple[int, list[str]]:
    """Tab through the whole page; return how many controls were reached and those whose focus
    changes neither an outline nor a shadow on them or their wrappers."""
    missing: list[str] = []
    reached = 0
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }")
    for _ in range(TAB_LIMIT):
        page.keyboard.press("Tab")
        result = page.evaluate(MEASURE)
        if result["verdict"]:
            reached += 1
            if not result["verdict"]["shows"]:
                missing.append(result["verdict"]["name"])
        if result["done"] and reached:
            return reached, missing
    raise AssertionError(f"Tab did not come round in {TAB_LIMIT} presses")
