"""Every name safety-lessons takes from a library that the library does not document (a private
attribute, an undocumented method, class or setting), a section per library, each saying why it is
needed and which tests cover it: so an upgrade is a two-file job. This module holds what runs in a
pupil's kernel (IPython, ipywidgets, the kernel's own id); `server/compat.py` what runs in the server.

tests/unit/test_compat.py fails when an installed version differs from `CHECKED`, and when one of
these names is used anywhere else in the package. To upgrade: read each item of both modules against
the new version's source, adjust it there, run the tests named with it, then move `CHECKED` on.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

# The versions every item here and in server/compat.py was checked against.
# (pyproject.toml pins each to its version here.)
CHECKED = {"voila": "0.5.13", "jupyter_server": "2.21.1", "ipython": "9.19.1", "ipywidgets": "8.1.9"}


# -- Voila, in the kernel
#
# 15. A kernel's own id (class pulse, pulse_link.py). Voila runs `os.environ["VOILA_KERNEL_ID"] = <id>`
#     in every kernel before the notebook, a warm one too (`NotebookRenderer`), and its documentation
#     names the variable only for `get_query_string`: a pupil's page says which page it is by it,
#     matched to the kernel its lesson request was given (`Recording`, item 5).
#     (tests/unit/test_pulse.py; tests/browser/test_pulse.py)


def own_kernel_id() -> str | None:
    """(15) This kernel's id, as the server knows it; None outside a Voila kernel."""
    import os

    return os.environ.get("VOILA_KERNEL_ID") or None


# -- IPython and ipywidgets
#
# 9. Quiet tracebacks. ipywidgets answers a widget message it cannot apply (a forged value of the
#    wrong type, an index out of range) with `shell.showtraceback()`, which ipykernel sends to every
#    page on the kernel as an `error` message through `shell._showtraceback` (the hook ipykernel
#    itself overrides): the full traceback, with the server's file paths and the value sent. IPython
#    has no setting for this (`set_custom_exc` covers code run in cells, not widget messages).
#    (tests/unit/test_fuzz_views.py, tests/browser/test_security.py)
# 10. A widget's CSS classes. ipywidgets documents `add_class` and `remove_class` but no way to read
#    them back; they are the `_dom_classes` trait. (tests/unit/test_modes.py, test_story_views.py)
# 11. Quiet kernel logs. ipykernel's comm manager logs a comm it cannot open (an unknown widget
#    module or class from a forged `comm_open`) on the loggers "ipykernel.comm" and "Comm" with the
#    full traceback, which the kernel sends to every page as its stderr; the kernel itself logs a
#    message it could not read (a MemoryError at its memory bound) on "IPKernelApp", traceback and
#    all, to the teacher's terminal. `quiet_kernel_logs` keeps one line and the error's type.
#    (tests/browser/test_limits.py)
# 14. Shared default models. ipywidgets gives each new widget its own Layout, and most their own
#    style model, from the `layout` and `style` traits' `make_dynamic_default` (its `InstanceDict`,
#    a traitlets `Instance`); views/sharing.py then swaps most of them for shared ones and closes
#    them. While `default_models` is on, those traits make no model: they return the shared one of
#    the trait's class, so a lesson's kernel does not make, compare and close ~2 models per widget.
#    (tests/unit/test_sharing.py)
# 19. Every widget the kernel holds (the static site's page that keeps its Python, swap.py, closes
#    a lesson's before the next runs). ipywidgets keeps them in `ipywidgets.widgets.widget._instances`;
#    its public `Widget.widgets` is the same dict, deprecated with a warning. (tests/unit/test_swap.py)


def live_widgets() -> list[Any]:
    """(19) Every open widget in this kernel."""
    from ipywidgets.widgets.widget import _instances

    return list(_instances.values())


def quiet_tracebacks(instruction: str, shell: Any = None) -> None:
    """(9) Make the kernel report errors to the page as their type only, then `instruction` (the
    words' `tell-your-teacher`). The message keeps its shape, so Voila and nbclient behave the
    same. Idempotent; authors in JupyterLab keep full tracebacks."""
    if shell is None:
        from IPython import get_ipython

        shell = get_ipython()
    if shell is None or getattr(shell, "_sl_quiet_tracebacks", False):
        return
    original = shell._showtraceback

    def quiet(etype: type[BaseException], evalue: object, stb: object) -> None:
        original(etype, "", [f"{etype.__name__}: {instruction}"])

    shell._showtraceback = quiet
    shell._sl_quiet_tracebacks = True


def classes(widget: Any) -> tuple[str, ...]:
    """(10) The CSS classes `add_class` gave a widget (none for a widget that takes no classes)."""
    return tuple(getattr(widget, "_dom_classes", ()))


class OneLine(logging.Filter):
    """A record's first line and its error's type, without the traceback. Its arguments are left
    out (a kernel's may quote what a page sent) unless `formatted` (tornado's name a callback)."""

    def __init__(self, formatted: bool = False) -> None:
        super().__init__()
        self.formatted = formatted

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info or record.stack_info:
            kind = record.exc_info[0].__name__ if record.exc_info and record.exc_info[0] else "error"
            text = record.getMessage() if self.formatted else str(record.msg)
            first = text.splitlines()[0][:120] if text else "error"
            record.msg, record.args = "%s (%s)", (first, kind)
            record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True


def quiet_kernel_logs() -> None:
    """(11) The kernel's and comm manager's errors as one line with the error's type: no traceback."""
    for name in ("ipykernel.comm", "Comm", "IPKernelApp"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, OneLine) for f in logger.filters):
            logger.addFilter(OneLine())


@contextmanager
def default_models(model: Callable[[type[Any]], Any]) -> Iterator[None]:
    """(14) While inside, a widget made without a layout (or style) is given `model(the trait's
    class)`, e.g. ``model(Layout)``, instead of a new model of its own. Not re-entrant."""
    traits = _default_traits()
    for trait in traits:
        trait.make_dynamic_default = functools.partial(model, trait.klass)
    try:
        yield
    finally:
        for trait in traits:
            del trait.make_dynamic_default  # back to ipywidgets' own (the class's method)


@functools.cache
def _default_traits() -> tuple[Any, ...]:
    """(14) Every `layout` and `style` trait of ipywidgets' widget classes (subclasses share theirs)."""
    import ipywidgets as w
    from ipywidgets.widgets.trait_types import InstanceDict

    def every(cls: type[Any]) -> Iterator[type[Any]]:
        yield cls
        for sub in cls.__subclasses__():
            yield from every(sub)

    found = {id(trait): trait for cls in every(w.DOMWidget) for name in ("layout", "style")
             if isinstance(trait := cls.class_traits().get(name), InstanceDict)}
    return tuple(found.values())
