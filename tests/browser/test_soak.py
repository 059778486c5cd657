"""A bounded soak: a class of simulated pupils (websocket clients, not browsers) open lessons,
click and type through the widget comm at a steady rate (real choices mixed with forged
values), then leave. With ``--cull-after 10`` every kernel must be gone soon after, with no
errors, and the server's memory must come back down.

Settings (environment variables), for a longer run on demand:

    SOAK_PUPILS   pupils at once                     (default 10)
    SOAK_SECONDS  seconds each pupil keeps acting    (default 6; CI total stays under ~45 s)
    SOAK_RATE     messages per second per pupil      (default 5)

    SOAK_PUPILS=30 SOAK_SECONDS=300 PYTHONPATH=widgets python -m pytest tests/browser/test_soak.py -s -n0

Memory is read from /proc (VmRSS of the server and of each kernel); the figures are printed
(run with ``-s``) and asserted only with a generous ratio, never against wall-clock times.
"""

from __future__ import annotations

import asyncio
import os
import random
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .harness import Server
from .pupil import Pupil, event_loop

PUPILS = int(os.environ.get("SOAK_PUPILS", "10"))
SECONDS = float(os.environ.get("SOAK_SECONDS", "6"))
WARM_UP = 2  # seconds the warm-up pupil acts: enough for every kind of message once
RATE = float(os.environ.get("SOAK_RATE", "5"))
CULL_WAIT = 90  # seconds for every kernel to be culled after the pupils leave
MIB = 1024 * 1024
LESSONS = [f"{band}/{topic}" for band in ("ages-4-7", "ages-7-11", "ages-11-14", "ages-14-18")
           for topic in ("passwords", "age-limits", "block-and-report", "group-chat-admin", "meeting-online-friends",
                         "personal-details", "privacy-and-friends", "reporting-concerns")]
CHOICES = ("RadioButtonsModel", "ToggleButtonsModel", "DropdownModel")
FORGED: list[Any] = [None, 99, -1, "0", 1.5, [], {}, "x" * 100_000, "\u202e\x00🙂"]


def rss(pid: int) -> int:
    """Resident memory of one process in bytes (0 if it has gone)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def kernel_rss(server: Server) -> int:
    return sum(rss(pid) for pid in server.kernels())


def server_pid(server: Server) -> int:
    """The Voila process (the harness starts it through `python -m safety_lessons.cli`)."""
    assert server.process is not None
    return server.process.pid


@pytest.fixture
def culling_server(lessons_root: Path, tmp_path: Path) -> Iterator[Server]:
    # 10 s: long enough that no kernel is culled between two cells while a busy machine renders its page
    srv = Server(lessons_root, tmp_path / "serve.log", extra=["--cull-after", "10"]).start()
    yield srv
    srv.stop()


def action(pupil: Pupil, rng: random.Random) -> None:
    """One click or keystroke: mostly what a pupil could do, sometimes a forged value."""
    models = pupil.models
    ids = [i for i, m in models.items() if m["state"].get("_model_name") in (*CHOICES, "TextModel", "ButtonModel",
                                                                              "CheckboxModel")]
    if not ids:
        pupil.send("shell", "kernel_info_request", {})
        return
    model_id = rng.choice(ids)
    name = models[model_id]["state"]["_model_name"]
    forged = rng.random() < 0.3
    if name == "ButtonModel":
        pupil.click(model_id)
    elif name in CHOICES:
        options = len(models[model_id]["state"].get("_options_labels", [])) or 1
        pupil.update(model_id, {"index": rng.choice(FORGED) if forged else rng.randrange(options)})
    elif name == "CheckboxModel":
        pupil.update(model_id, {"value": rng.choice(FORGED) if forged else rng.random() < 0.5})
    else:
        word = rng.choice(["lantern", "walrus", "password", "Tr0ub4dor&3", "🙂", "pickle"])
        pupil.update(model_id, {"value": rng.choice(FORGED) if forged else word * rng.randint(1, 4)})


async def one_pupil(server: Server, number: int, errors: list[str], seconds: float = SECONDS) -> int:
    """Open a lesson, act at the steady rate for `seconds`, check the lesson still answers, leave."""
    rng = random.Random(number)
    ref = LESSONS[number % len(LESSONS)]
    sent = 0
    pupil = Pupil(server.url, ref)
    try:
        await pupil.open()
        await pupil.learn_models()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            action(pupil, rng)
            sent += 1
            await asyncio.sleep(1 / RATE)
        if not await pupil.alive(90):
            errors.append(f"pupil {number} ({ref}): the kernel stopped answering")
        errors.extend(f"pupil {number} ({ref}): {leak}" for leak in pupil.leaks())
        errors.extend(f"pupil {number} ({ref}): a handler failed" for m in pupil.received
                      if "sl-oops" in str(m.get("content")))
    except Exception as err:
        errors.append(f"pupil {number} ({ref}): {type(err).__name__}: {err}")
    finally:
        await pupil.close()
    return sent


async def a_class(server: Server, errors: list[str]) -> tuple[int, int]:
    """All pupils at once; returns (messages sent, peak RSS of the kernels while they acted)."""
    tasks = [asyncio.ensure_future(one_pupil(server, n, errors)) for n in range(PUPILS)]
    peak = 0
    while not all(t.done() for t in tasks):
        peak = max(peak, kernel_rss(server) + rss(server_pid(server)))
        await asyncio.sleep(1)
    return sum(t.result() for t in tasks), peak


def wait_for_no_kernels(server: Server) -> bool:
    deadline = time.monotonic() + CULL_WAIT
    while time.monotonic() < deadline:
        if not server.kernels():
            return True
        time.sleep(0.5)
    return not server.kernels()


def test_a_class_comes_and_goes_and_memory_returns(culling_server: Server) -> None:
    srv = culling_server
    pid = server_pid(srv)
    assert Path(f"/proc/{pid}").is_dir()
    errors: list[str] = []
    with event_loop(CULL_WAIT + 10 * SECONDS + 30 * PUPILS) as run:
        # warm-up: one pupil, so the baseline includes what any first page loads into the server
        run(one_pupil(srv, PUPILS, errors, WARM_UP))
        assert wait_for_no_kernels(srv), "the warm-up kernel was not culled"
        before = rss(pid)
        sent, peak = run(a_class(srv, errors))
    assert wait_for_no_kernels(srv), f"kernels still running {CULL_WAIT}s after the class left: {srv.kernels()}"
    bound = min(2 * before + 50 * MIB, peak)
    deadline = time.monotonic() + 30  # the server drops its buffers for culled kernels
    while (after := rss(pid)) >= bound and time.monotonic() < deadline:
        time.sleep(0.5)
    print(f"\nsoak: {PUPILS} pupils for {SECONDS:g}s at {RATE:g}/s: {sent} messages, {len(errors)} errors; "
          f"server RSS before {before / MIB:.0f} MiB, peak server+kernels {peak / MIB:.0f} MiB, "
          f"server after {after / MIB:.0f} MiB, kernels after: {len(srv.kernels())}")
    assert errors == []
    assert sent >= PUPILS  # every pupil acted
    # generous: the server may keep caches, but must not hold on to what a class of kernels used
    assert after < 2 * before + 50 * MIB, f"server RSS grew from {before / MIB:.0f} to {after / MIB:.0f} MiB"
    assert after < peak
