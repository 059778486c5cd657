"""A pupil without a browser: GET a lesson page, then talk to its kernel over the same
websocket the page uses (`/api/kernels/<id>/channels`), sending whatever a hand-written
client could send. Used by the security and soak tests.

The widget models a page shows are learned the way ipywidgets' own front-end learns them:
open a comm to ``jupyter.widget.control`` and send ``request_states``; the kernel answers
with every model's id and state on iopub.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.websocket import WebSocketClientConnection, websocket_connect

CONFIG = re.compile(r'<script id="jupyter-config-data" type="application/json">(.*?)</script>', re.S)
TIMEOUT = 180  # seconds for a page to render or a reply to come, on a busy CI machine


@contextmanager
def event_loop(timeout: float = 600) -> Iterator[Callable[[Any], Any]]:
    """``with event_loop() as run: run(coroutine)``: an asyncio loop in its own thread.
    Playwright's sync API keeps the main thread's loop busy (so ``asyncio.run`` fails after a
    browser test), and a pupil's websocket keeps reading while the browser acts."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield lambda coro: asyncio.run_coroutine_threadsafe(coro, loop).result(timeout=timeout)
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        loop.close()


def kernel_id(page: str) -> str:
    """The kernel id Voila embeds in a lesson page's config JSON."""
    found = CONFIG.search(page)
    if not found:
        raise AssertionError("no jupyter-config-data in the page")
    return str(json.loads(found.group(1))["kernelId"])


@dataclass
class Pupil:
    """One pupil's page, driven over HTTP and the kernel websocket."""

    base: str  # http://127.0.0.1:PORT/
    ref: str  # e.g. "ages-11-14/passwords"
    session: str = field(default_factory=lambda: uuid.uuid4().hex)
    kernel: str = ""
    cookie: str = ""
    ws: WebSocketClientConnection | None = None
    received: list[dict[str, Any]] = field(default_factory=list)
    models: dict[str, dict[str, Any]] = field(default_factory=dict)  # model id → state
    closed: bool = False
    _reader: asyncio.Task[None] | None = None

    async def open(self) -> Pupil:
        """Load the page (the kernel runs the lesson), then connect to its kernel."""
        response = await AsyncHTTPClient().fetch(
            f"{self.base}voila/render/{self.ref}.ipynb", request_timeout=TIMEOUT, connect_timeout=TIMEOUT)
        self.cookie = "; ".join(c.split(";", 1)[0] for c in response.headers.get_list("Set-Cookie"))
        self.kernel = kernel_id(response.body.decode())
        await self.connect()
        return self

    async def connect(self) -> None:
        ws_url = self.base.replace("http", "ws", 1) + f"api/kernels/{self.kernel}/channels?session_id={self.session}"
        request = HTTPRequest(ws_url, headers={"Cookie": self.cookie}, connect_timeout=TIMEOUT,
                              request_timeout=TIMEOUT)
        self.ws = await websocket_connect(request, max_message_size=64 * 1024 * 1024)
        self.closed = False
        self._reader = asyncio.ensure_future(self._read())

    async def _read(self) -> None:
        assert self.ws is not None
        while True:
            raw = await self.ws.read_message()
            if raw is None:
                self.closed = True
                return
            if isinstance(raw, str):
                self.received.append(json.loads(raw))

    def send(self, channel: str, msg_type: str, content: dict[str, Any],
             metadata: dict[str, Any] | None = None) -> str:
        """Send one message as the page's JavaScript would; returns its msg_id."""
        assert self.ws is not None
        msg_id = uuid.uuid4().hex
        header = {"msg_id": msg_id, "msg_type": msg_type, "username": "pupil", "session": self.session,
                  "date": time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime()), "version": "5.3"}
        message = {"header": header, "parent_header": {}, "metadata": metadata or {}, "content": content,
                   "channel": channel, "buffers": []}
        self.ws.write_message(json.dumps(message))
        return msg_id

    async def wait_for(self, match: Any, seconds: float = TIMEOUT) -> dict[str, Any] | None:
        """The first received message for which `match(message)` is true, or None after `seconds`."""
        deadline = time.monotonic() + seconds
        seen = 0
        while time.monotonic() < deadline:
            for message in self.received[seen:]:
                if match(message):
                    return message
            seen = len(self.received)
            if self.closed:
                return None
            await asyncio.sleep(0.05)
        return next((m for m in self.received if match(m)), None)

    def replies_to(self, msg_id: str) -> list[dict[str, Any]]:
        return [m for m in self.received if m.get("parent_header", {}).get("msg_id") == msg_id]

    async def alive(self, seconds: float = TIMEOUT) -> bool:
        """The kernel answers a `kernel_info_request` (one of Voila's allowed message types)."""
        msg_id = self.send("shell", "kernel_info_request", {})
        reply = await self.wait_for(lambda m: m.get("parent_header", {}).get("msg_id") == msg_id
                                    and m["header"]["msg_type"] == "kernel_info_reply", seconds)
        return reply is not None

    async def learn_models(self) -> dict[str, dict[str, Any]]:
        """Every widget model of the page, with its state, as ipywidgets' front-end asks for them."""
        comm_id = uuid.uuid4().hex
        self.send("shell", "comm_open", {"comm_id": comm_id, "target_name": "jupyter.widget.control",
                                         "data": {}}, metadata={"version": "1.0.0"})
        self.send("shell", "comm_msg", {"comm_id": comm_id, "data": {"method": "request_states"}})
        reply = await self.wait_for(lambda m: m["header"]["msg_type"] == "comm_msg"
                                    and m["content"].get("comm_id") == comm_id
                                    and m["content"]["data"].get("method") == "update_states")
        if reply is None:
            raise AssertionError("the kernel did not answer request_states")
        self.models = dict(reply["content"]["data"]["states"])
        return self.models

    def of(self, model_name: str, dom_class: str | None = None) -> list[str]:
        """Ids of the models of one kind (e.g. "TextModel"), optionally with a CSS class."""
        return [i for i, s in self.models.items() if s["state"].get("_model_name") == model_name
                and (dom_class is None or dom_class in s["state"].get("_dom_classes", []))]

    def update(self, model_id: str, state: dict[str, Any]) -> str:
        """A forged widget update, exactly what a widget's front-end sends when a pupil acts."""
        return self.send("shell", "comm_msg", {"comm_id": model_id, "data": {
            "method": "update", "state": state, "buffer_paths": []}})

    def click(self, model_id: str) -> str:
        return self.send("shell", "comm_msg", {"comm_id": model_id, "data": {
            "method": "custom", "content": {"event": "click"}}})

    def value_of(self, model_id: str) -> Any:
        """The latest `value` the kernel sent for a model (echo or update), else its first state."""
        for message in reversed(self.received):
            content = message.get("content", {})
            if message["header"]["msg_type"] == "comm_msg" and content.get("comm_id") == model_id:
                state = content.get("data", {}).get("state", {})
                if "value" in state:
                    return state["value"]
        return self.models[model_id]["state"].get("value")

    def text_sent_back(self) -> str:
        """Everything the kernel sent this page, as one string (for leak checks)."""
        return "\n".join(json.dumps(m) for m in self.received)

    def leaks(self) -> list[str]:
        """Messages that would show a pupil a traceback or where the server keeps its files."""
        bad = []
        for m in self.received:
            kind = m["header"]["msg_type"]
            text = json.dumps(m.get("content", {}))
            content = m.get("content", {})
            detailed = kind == "error" and (content.get("evalue") or len(content.get("traceback", [])) > 1)
            if detailed or any(s in text for s in LEAK_SIGNS):
                bad.append(f"{kind}: {text[:300]}")
        return bad

    async def close(self) -> None:
        if self.ws is not None:
            self.ws.close()
        if self._reader is not None:
            try:
                await asyncio.wait_for(self._reader, 10)
            except (asyncio.TimeoutError, Exception):
                self._reader.cancel()


LEAK_SIGNS = ("Traceback", "File \\\"/", "site-packages", "/work/", "/home/", "/tmp/", "/usr/", ".py\\\"", ".py:")
