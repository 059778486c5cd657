"""`serve`'s settings, each declared once, with its default, its check and its help: the server
reads them as `ServeOptions`, and `safety-lessons serve`'s flags are made from them (`add_flags`,
`from_args`). A default that is a limit of its own (a browser's lessons, a kernel's idle time and
memory, the pulse's minimum) is the guard's, limits.py's or the pulse's, read from there.
Plain Python: the command reads this module for every command it runs."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..pulse_link import FLOOR
from ..pulse_link import MINIMUM as PULSE_MINIMUM
from .guard import PER_ADDRESS, PER_CLIENT, Guard, allowed_names, available_memory_mib, memory_budget
from .limits import IDLE_LIMIT, KERNEL_MEMORY, MAX_CLASS

LOOPBACK = "127.0.0.1"
MAX_CLASS_SIZE = MAX_CLASS  # kernels kept warm at most (≈ 70 MiB each)
FRONT_ENDS = ("voila", "lean")  # the lesson page's script: Voila's application, or our own (assets/frontend/)
LEAST_MEMORY = 256  # MiB: the least `--kernel-memory` takes (a lesson's kernel uses 120-170)


def _port(text: str) -> int:
    port = int(text)
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError("must be between 1 and 65535")
    return port


def _class_size(text: str) -> int:
    size = int(text)
    if not 1 <= size <= MAX_CLASS_SIZE:
        raise argparse.ArgumentTypeError(f"must be between 1 and {MAX_CLASS_SIZE}")
    return size


def _count(text: str) -> int:
    count = int(text)
    if count < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return count


def _code(text: str) -> str:
    if len("".join(text.split())) < 4:
        raise argparse.ArgumentTypeError("must be at least 4 characters (not counting spaces)")
    return text


def _at_least(least: int) -> Callable[[str], int]:
    def number(text: str) -> int:
        value = int(text)
        if value < least:
            raise argparse.ArgumentTypeError(f"must be at least {least}")
        return value

    return number


def _seconds(text: str) -> int:
    return max(1, int(text))  # (0 or less: at once, the shortest the culler takes)


def _pulse_minimum(text: str) -> int:
    value = int(text)
    if value < FLOOR:
        raise argparse.ArgumentTypeError(f"must be at least {FLOOR}: with fewer answers, a teacher could "
                                         "tell who chose what")
    return value


def setting(default: Any, help: str, **flag: Any) -> Any:
    """A setting: its default, and its flag's help (``%(default)s`` says the default) and
    argparse arguments (`type` checks a value as typed, `metavar` names it)."""
    return field(default=default, metadata={"help": help, **flag})


@dataclass(frozen=True)
class ServeOptions:
    root: Path
    host: str = setting(LOOPBACK, "address to listen on (default %(default)s: this computer only)")
    port: int = setting(8866, "port to listen on (default %(default)s)", type=_port)
    cull_after: int = setting(300, "shut down a closed lesson's kernel after this many idle seconds "
                                   "(default %(default)s)", type=_seconds, metavar="SECONDS")
    warm: str | None = setting(None, "keep kernels ready for this one lesson, so a whole class can open it at once "
                                     "(e.g. ages-11-14/passwords)", metavar="BAND/TOPIC")
    class_size: int = setting(30, "with --warm: how many pupils' kernels to keep ready (default %(default)s)",
                              type=_class_size, metavar="N")
    max_kernels: int | None = setting(None, "pupils' lessons open at once, at most (default: as many as the free "
                                            "memory holds)", type=_count, metavar="N")
    per_client: int = setting(PER_CLIENT, "lessons one browser may have open at once (default %(default)s; 0: no "
                                          "limits per browser or per address at all)", type=_count, metavar="N")
    per_address: int = setting(PER_ADDRESS, "lessons one address may have open at once: a computer, or a school "
                                            "proxy or network a whole class comes through (default %(default)s; "
                                            "0: no limit)", type=_count, metavar="N")
    hostnames: tuple[str, ...] = setting((), "with --host: another name pupils open the lessons by (this "
                                             "computer's own names are known)", flag="--hostname",
                                         action="append", metavar="NAME")
    class_code: str | None = setting(None, "pupils type this code once before any lesson (no accounts)",
                                     type=_code, metavar="CODE")
    teacher_code: str | None = setting(None, "teachers type this code once before any teacher view",
                                       type=_code, metavar="CODE")
    idle_limit: int = setting(IDLE_LIMIT, "stop a lesson's kernel when its page has not been used for this long; "
                                          "the page offers to carry on (default %(default)s: two hours)",
                              type=_at_least(1), metavar="SECONDS")
    kernel_memory: int = setting(KERNEL_MEMORY, "memory each lesson's kernel may use (default %(default)s)",
                                 type=_at_least(LEAST_MEMORY), metavar="MiB")
    pulse_minimum: int = setting(PULSE_MINIMUM, "class pulse: the teacher sees a question's counts only once N "
                                                f"pupils answered it (default %(default)s, at least {FLOOR})",
                                 type=_pulse_minimum, metavar="N")
    front_end: str = setting("lean", "what draws a lesson page: lean (default: one small script of our own), or "
                                     "voila (Voila's own JupyterLab-based page, eight times the script)",
                             choices=FRONT_ENDS)

    def guard(self) -> Guard:
        budget = self.max_kernels if self.max_kernels is not None else memory_budget(available_memory_mib())
        return Guard(names=allowed_names(self.host, self.hostnames), max_kernels=budget, per_client=self.per_client,
                     per_address=self.per_address, class_code=self.class_code, teacher_code=self.teacher_code)

    @property
    def pooled(self) -> int:
        """Warm kernels kept ready (none without --warm)."""
        return self.class_size if self.warm else 0

    @property
    def warm_notebook(self) -> str | None:
        """The warmed lesson as Voila names it: its pupil's copy in the staged folder."""
        from .pages import copy_path

        if self.warm is None:
            return None
        band, _, topic = self.warm.partition("/")
        return copy_path(band, topic, teacher=False)

    @property
    def url(self) -> str:
        host = "localhost" if self.host in (LOOPBACK, "localhost") else self.host
        return f"http://{host}:{self.port}/"


def _settings() -> list[dataclasses.Field[Any]]:
    return [f for f in dataclasses.fields(ServeOptions) if "help" in f.metadata]


def add_flags(parser: argparse.ArgumentParser) -> None:
    """A flag for each setting: `--name-of-it` (or its own), its check, its default and its help."""
    for setting_ in _settings():
        flag = dict(setting_.metadata)
        name = flag.pop("flag", "--" + setting_.name.replace("_", "-"))
        default = [] if flag.get("action") == "append" else setting_.default
        parser.add_argument(name, dest=setting_.name, default=default, **flag)


def from_args(args: argparse.Namespace, **given: Any) -> ServeOptions:
    """The settings `add_flags`' flags were given, and those in `given` (the lessons folder, say)."""
    values = {s.name: getattr(args, s.name) for s in _settings()}
    values["hostnames"] = tuple(values["hostnames"])
    return ServeOptions(**{**values, **given})
