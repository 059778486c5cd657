"""One client floods the server with lesson requests; how does another pupil's page fare?

    PYTHONPATH=widgets python benchmarks/flood.py [--requests 200] [--samples 3]

Starts `safety-lessons serve` with its default limits, times another pupil's lesson page (from a
second loopback address) on the idle server, then again while one client (127.0.0.1, in a
separate process: curl, 40 at a time) keeps sending GETs of a lesson page, `--requests` a round,
round after round until the pupil's pages are timed. Prints the
flood's answers, the kernels it got, the server's memory, and the pupil's page time during the
flood as a ratio of the idle one (same run, same machine). Not part of the test run.
"""

from __future__ import annotations

import argparse
import http.client
import os
import signal
import statistics
import subprocess
import tempfile
import time
from collections import Counter
from pathlib import Path

from safety_lessons.harness import READY_TIMEOUT, Server

LESSONS = Path(__file__).resolve().parents[1] / "lessons"
PAGE = "/voila/render/ages-4-7/passwords.ipynb"


def pupil_page(server: Server, source: str = "127.0.0.2") -> float:
    """Seconds for a pupil at another computer to get the whole lesson page (its kernel has run it)."""
    start = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=READY_TIMEOUT * 3,
                                            source_address=(source, 0))
    connection.request("GET", PAGE)
    response = connection.getresponse()
    response.read()
    connection.close()
    if response.status != 200:
        raise RuntimeError(f"the pupil's page answered {response.status}")
    return time.monotonic() - start


def rss_mib(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--samples", type=int, default=3)
    parser.add_argument("--target", default=PAGE, help="what the flood asks for (default: a lesson page; "
                        "/voila/static/landing.css measures what the flooding client itself costs here)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        server = Server(LESSONS, Path(tmp) / "serve.log", extra=["--per-client", "6"]).start()
        try:
            idle = [pupil_page(server, f"127.0.0.{2 + i}") for i in range(args.samples)]
            flood = subprocess.Popen(
                f"while :; do seq {args.requests} | xargs -P 40 -I{{}} curl -s -o /dev/null -w '%{{http_code}}\\n' "
                f"{server.url.rstrip('/')}{args.target}; done", shell=True, stdout=subprocess.PIPE, text=True,
                start_new_session=True)
            time.sleep(0.3)
            during = [pupil_page(server, f"127.0.0.{20 + i}") for i in range(args.samples)]
            os.killpg(flood.pid, signal.SIGTERM)
            answers = Counter(flood.communicate(timeout=60)[0].split())
            kernels = server.kernels()
            assert server.process is not None
            memory = rss_mib([server.process.pid, *kernels])
        finally:
            server.stop()
    ratio = statistics.median(during) / statistics.median(idle)
    print(f"{sum(answers.values())} GETs from one client while the pupils' pages were timed: {dict(answers)}")
    print(f"kernels after the flood: {len(kernels)} (the flood's and {2 * args.samples} pupils'), "
          f"server and kernels {memory:.0f} MiB")
    print(f"another pupil's page: idle {statistics.median(idle):.2f} s, during the flood "
          f"{statistics.median(during):.2f} s: {ratio:.2f}x (goal 1.5x)")


if __name__ == "__main__":
    main()
