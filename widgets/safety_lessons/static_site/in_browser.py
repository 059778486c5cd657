"""Python's half of the lean static page (`build-static --lean`): a lesson's cells run in Pyodide
(a web worker's), with no IPython shell and no kernel. ipywidgets speaks to the page's widget
manager through the `comm` package, whose `create_comm` and `get_comm_manager` exist to be
replaced: each widget message becomes one JSON text (and its binary buffers) handed to `send`.

Importing this module imports nothing else of the toolkit (its package's `__init__` is lazy).
"""

from __future__ import annotations

import ast
import json
import sys
import types
from collections.abc import Callable, Sequence
from typing import Any

# (JSON text of {msg_type, content, metadata}, binary buffers): what the page's widget manager is given
Send = Callable[[str, list[memoryview]], None]


def stand_in_ipython() -> None:
    """ipywidgets imports IPython for `get_ipython` (None here: no shell, so a failing callback is
    logged, not shown), `display`/`clear_output` (for `interact` and `Output`, which no lesson uses)
    and `InteractiveShell` (named, not used, by `Output`). IPython's own start is 1.5 s of a page;
    this is the little of it those imports need. A real IPython already imported is left alone."""
    if "IPython" in sys.modules:
        return

    def get_ipython() -> None:
        return None

    def nothing(*args: Any, **kwargs: Any) -> None:
        return None

    class InteractiveShell:
        @classmethod
        def initialized(cls) -> bool:
            return False

    modules = {name: types.ModuleType(name) for name in
               ("IPython", "IPython.display", "IPython.core", "IPython.core.interactiveshell")}
    modules["IPython"].get_ipython = get_ipython  # type: ignore[attr-defined]
    modules["IPython.display"].display = nothing  # type: ignore[attr-defined]
    modules["IPython.display"].clear_output = nothing  # type: ignore[attr-defined]
    modules["IPython.core.interactiveshell"].InteractiveShell = InteractiveShell  # type: ignore[attr-defined]
    modules["IPython"].display = modules["IPython.display"]  # type: ignore[attr-defined]
    modules["IPython"].core = modules["IPython.core"]  # type: ignore[attr-defined]
    modules["IPython.core"].interactiveshell = modules["IPython.core.interactiveshell"]  # type: ignore[attr-defined]
    sys.modules.update(modules)


def prepare() -> None:
    """Import what any lesson page's Python may need (ipywidgets, and the toolkit with every kind's
    model and view), the stand-in IPython first: the build keeps Python's memory from here as the
    pages' snapshot. (A page without one imports only what its lesson asks for.)"""
    stand_in_ipython()
    import comm  # noqa: F401
    import ipywidgets  # noqa: F401

    from ..lesson import open_lesson  # noqa: F401
    from ..registry import BY_NAME, MODELS

    for kind in BY_NAME.values():
        kind.view_class()
        MODELS.get(kind.name)


class Page:
    """One lesson page's Python: cells run in one namespace, widget messages both ways."""

    def __init__(self, send: Send) -> None:
        import comm
        from comm.base_comm import BaseComm, CommManager

        stand_in_ipython()
        self.namespace: dict[str, Any] = {"__name__": "__main__"}
        self.manager = CommManager()

        class PageComm(BaseComm):
            def publish_msg(self, msg_type: str, data: dict[str, Any] | None = None,
                            metadata: dict[str, Any] | None = None,
                            buffers: Sequence[Any] | None = None, **keys: Any) -> None:
                content = {"comm_id": self.comm_id, "data": data or {}, **keys}
                message = {"msg_type": msg_type, "content": content, "metadata": metadata or {}}
                send(json.dumps(message), [memoryview(b) for b in buffers or ()])

        comm.create_comm = PageComm
        comm.get_comm_manager = lambda: self.manager
        import ipywidgets

        ipywidgets.register_comm_target()

    def run(self, source: str) -> dict[str, Any]:
        """Run one cell: its last expression's display data (a widget's view, else its text), `{}`
        for none, or `{"error": its type}` (logged by the page; a pupil never sees a traceback)."""
        try:
            tree = ast.parse(source, "<cell>")
            last = tree.body[-1].value if tree.body and isinstance(tree.body[-1], ast.Expr) else None
            if last is not None:
                tree.body.pop()
            exec(compile(tree, "<cell>", "exec"), self.namespace)
            if last is None:
                return {}
            value = eval(compile(ast.Expression(last), "<cell>", "eval"), self.namespace)
        except Exception as error:  # the page shows the cell empty
            return {"error": type(error).__name__}
        return shown(value)

    def receive(self, text: str, buffers: Sequence[Any] = ()) -> None:
        """A message from the page's widget manager: a comm's message, opening or closing."""
        message = json.loads(text)
        message["buffers"] = [memoryview(b) for b in buffers]
        handlers: dict[str, Callable[[Any, str, dict[str, Any]], None]] = {
            "comm_msg": self.manager.comm_msg, "comm_open": self.manager.comm_open,
            "comm_close": self.manager.comm_close}
        handle = handlers.get(message.get("msg_type"))
        if handle is not None:
            handle(None, "", message)


def shown(value: Any) -> dict[str, Any]:
    """What a cell whose last expression is `value` displays (as IPython would, for the two kinds a
    lesson shows: a widget, or a plain value)."""
    if value is None:
        return {}
    bundle = getattr(value, "_repr_mimebundle_", None)
    if bundle is not None:
        data = bundle()
        return {"data": data[0] if isinstance(data, tuple) else data}
    return {"data": {"text/plain": repr(value)}}
