"""The lessons' servers as child processes, for the browser tests and the benchmarks alike:
`safety-lessons serve` on a free loopback port (`Server`), a built static site behind
``python -m http.server`` (`StaticSite`), and the Chromium both drive.

In the package, not beside the tests: the benchmarks must not import the test tree, and this is the
serving side of the package, checked by the same ruff and mypy --strict as `serve` itself. The
standard library only; helpers that drive a page (screenshots, keyboard paths) stay with the tests.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")  # Debian's (`playwright install` does not work here)
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
READY_TIMEOUT = 60  # seconds for a server to start or a lesson to render, on a busy CI machine

S = TypeVar("S", bound="Server")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    """One `safety-lessons serve` process on a free loopback port, in a process group of its own.

    A subclass may run another server (`command`), as the benchmark's bare Voila does."""

    root: Path
    log: Path
    extra: list[str] = field(default_factory=list)
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def lesson_url(self, ref: str) -> str:
        return f"{self.url}voila/render/{ref}.ipynb"

    def command(self) -> list[str]:
        # Every page a test or benchmark opens comes from this one address: no limit per address
        # unless `extra` sets one.
        return [sys.executable, "-m", "safety_lessons.cli", "serve", str(self.root),
                "--port", str(self.port), "--per-client", "0", *self.extra]

    def start(self: S, timeout: float = READY_TIMEOUT) -> S:
        """Start the server and wait until it answers (200, or 503 while its kernels warm up)."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "SAFETY_LESSONS"))}
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(self.command(), stdout=out, stderr=subprocess.STDOUT, env=env,
                                            start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited:\n{self.log.read_text()}")
            try:
                with urllib.request.urlopen(self.url, timeout=2) as response:
                    if response.status in (200, 503):
                        return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"server did not answer in {timeout}s:\n{self.log.read_text()}")

    def kernels(self) -> list[int]:
        """Process ids of the kernels this server runs now."""
        assert self.process is not None
        out = subprocess.run(["ps", "-ww", "-o", "pid=,args=", "--ppid", str(self.process.pid)],
                             capture_output=True, text=True, check=False).stdout
        return [int(line.split()[0]) for line in out.splitlines() if "ipykernel" in line]

    def stop(self, timeout: float = 15) -> str:
        """Stop the server and its kernels (SIGTERM, SIGKILL after `timeout`); its log."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        return self.log.read_text(errors="replace")


STOPPING = "Handle signal 15."  # the server's log line when it is asked to stop
SOCKET_GONE = "ZMQError: Socket operation on non-socket"


def tracebacks(log: str) -> list[str]:
    """The tracebacks in a server's log, each as one block of lines, leaving out two a kernel prints
    as the server stops, not of ours: its own KeyboardInterrupt while it was still starting
    (jupyter_client interrupts every kernel, SIGINT, before asking it to shut down, so stopping the
    server while the warm pool refills prints one), and, once the server is stopping, ipykernel
    finding its sockets already closed beneath it."""
    blocks: list[tuple[bool, list[str]]] = []  # (after the server began to stop, lines)
    margin = -1  # the open block's indent; the first line not indented beyond it names the exception
    stopping = False
    for line in log.splitlines():
        stopping = stopping or STOPPING in line
        indent = len(line) - len(line.lstrip())
        if "Traceback (most recent call last)" in line:
            blocks.append((stopping, [line]))
            margin = indent
        elif margin >= 0:
            blocks[-1][1].append(line)
            margin = margin if indent > margin else -1
    return [text for stopped, text in ((stopped, "\n".join(lines)) for stopped, lines in blocks)
            if not ("ipykernel_launcher" in text and text.rstrip().endswith("KeyboardInterrupt"))
            and not (stopped and "/ipykernel/" in text and text.rstrip().endswith(SOCKET_GONE))]


class StaticSite:
    """A built site served by `python -m http.server`: nothing but files."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "http.server", str(self.port), "--bind", "127.0.0.1", "-d", str(folder)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + READY_TIMEOUT
        while True:
            try:
                urllib.request.urlopen(self.url, timeout=2).close()
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def lesson_url(self, ref: str, *, teacher: bool = False) -> str:
        """A lesson's pupil page, or its teacher view in the teacher site (the site's teacher/ folder)."""
        return f"{self.url}teacher/voici/render/lessons/teacher/{ref}.html" if teacher \
            else f"{self.url}voici/render/lessons/{ref}.html"

    def kernels(self) -> list[int]:
        return []  # Python runs in the browser: no kernel process on the server

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
