"""A lesson's cost in its kernel: the processor time a real kernel (ipykernel, through
jupyter_client, as Voila starts it) spends on a lesson's code cells, against the bare one-button
notebook's cell, with the lesson opened as `serve` hands it over (its content kept by the server,
content.snapshot) or read from the YAML, and opened in one cell or in the older two.

Run on demand from the repository root (it writes only a temporary folder, removed at the end):

    PYTHONPATH=widgets .venv/bin/python benchmarks/kernel_cpu.py --lesson ages-11-14/passwords --repeat 7

Each round starts one kernel per arm, in turn, so a busy machine slows every arm alike; the figures
are medians of each kernel's own processor time (user + system), not wall-clock time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

import psutil
from jupyter_client.manager import KernelManager

REPO = Path(__file__).resolve().parents[1]
LESSONS = REPO / "lessons"
BARE = ("import ipywidgets as w\nb = w.Button(description='Click me')\n"
        "b.on_click(lambda _: setattr(b, 'description', 'Clicked'))\nb")


def code_cells(ref: str, *, split: bool) -> list[str]:
    """The notebook's code cells; `split`: its opening as the older two cells."""
    notebook = json.loads((LESSONS / f"{ref}.ipynb").read_text(encoding="utf-8"))
    cells = ["".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == "code"]
    return [*cells[0].split("\n", 1), *cells[1:]] if split else cells


def cpu(pid: int) -> float:
    times = psutil.Process(pid).cpu_times()
    return times.user + times.system


def run(cells: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(processor seconds of the kernel's start, of running `cells`) in a new kernel."""
    manager = KernelManager(kernel_name="python3")
    manager.start_kernel(env=env, cwd=str(LESSONS))
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=120)
        pid = manager.provisioner.process.pid  # type: ignore[union-attr]
        started = cpu(pid)
        for cell in cells:
            reply = client.execute_interactive(cell, timeout=120, output_hook=lambda _: None)
            if reply["content"]["status"] != "ok":
                raise RuntimeError(f"{cell!r}: {reply['content'].get('ename')}")
        return started, cpu(pid) - started
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lesson", default="ages-11-14/passwords")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    sys.path.insert(0, str(REPO / "widgets"))
    from safety_lessons.content.snapshot import keep
    from safety_lessons.kernel_env import CONTENT_ENV, ROOT_ENV, SERVED_ENV
    from safety_lessons.registry import library

    band, _, topic = args.lesson.partition("/")
    base = {k: v for k, v in os.environ.items() if not k.startswith(("SAFETY_LESSONS", "JUPYTER"))}
    base.update({ROOT_ENV: str(LESSONS.resolve()), SERVED_ENV: "1"})
    with tempfile.TemporaryDirectory(prefix="kernel-cpu-") as folder:
        assert keep(Path(folder), library(LESSONS.resolve()), band, topic), "the lesson could not be kept"
        kept = {**base, CONTENT_ENV: folder}
        arms = {
            "bare one-button": ([BARE], base),
            "lesson: two opening cells, YAML read (before)": (code_cells(args.lesson, split=True), base),
            "lesson: one opening cell, YAML read": (code_cells(args.lesson, split=False), base),
            "lesson: one opening cell, content kept by serve (after)": (code_cells(args.lesson, split=False), kept),
        }
        found: dict[str, list[tuple[float, float]]] = {name: [] for name in arms}
        for _ in range(args.repeat):
            for name, (cells, env) in arms.items():
                found[name].append(run(cells, env))
    print(f"## Kernel processor time, {args.lesson}: medians of {args.repeat} kernels each "
          f"(load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    bare = statistics.median(c for _, c in found["bare one-button"])
    for name, rows in found.items():
        start, cells = statistics.median(s for s, _ in rows), statistics.median(c for _, c in rows)
        print(f"- {name}: {len(arms[name][0])} cells {cells * 1000:.0f} ms (bare + {(cells - bare) * 1000:.0f} ms); "
              f"kernel start {start * 1000:.0f} ms")


if __name__ == "__main__":
    main()
