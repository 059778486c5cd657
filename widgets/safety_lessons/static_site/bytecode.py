"""The site's pure-Python wheels with their modules compiled, as Pyodide ships its own packages:
a page's Python then imports bytecode instead of compiling every module's source as it starts.

The bytecode must come from a CPython of the runtime's minor version (3.13 for Pyodide 0.29):
bytecode differs between minor versions. A build on a machine without one ships the sources
alone, and says so. Unlike Pyodide's own compiler, the wheel's RECORD is rewritten, so micropip
still reads a valid wheel.

With `keep_sources`, each module keeps its source beside `__pycache__/<module>.cpython-3XX.pyc`
compiled unchecked (Python uses it without reading the source again, whatever the files' times
after unpacking); without, `<module>.pyc` replaces the source, as in Pyodide's wheels.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path

COMPILE = """import json, py_compile, sys
for source, target, shown in json.load(sys.stdin):
    py_compile.compile(source, target, shown, doraise=True,
                       invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
"""


def find_python(minor: str, path: str | None = None, home: Path | None = None) -> Path | None:
    """A CPython `minor` ("3.13") to compile with: `python3.13` on PATH, else the newest
    ~/.pyenv/versions/3.13.*; None if neither runs and says it is that version."""
    found = shutil.which(f"python{minor}", path=path if path is not None else os.environ.get("PATH"))
    versions = (home or Path.home()) / ".pyenv" / "versions"
    candidates = [Path(found)] if found else []
    candidates += sorted(versions.glob(f"{minor}.*/bin/python3"), key=_version, reverse=True)
    for candidate in candidates:
        try:
            said = subprocess.run([str(candidate), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                                  capture_output=True, text=True, timeout=30).stdout.strip()
        except OSError:
            continue
        if said == minor:
            return candidate
    return None


def _version(python: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", python.parents[1].name))


def record(entries: Iterable[tuple[str, bytes]], dist_info: str) -> bytes:
    """A wheel's RECORD for `entries` (archive name, content), listing itself last without a hash."""
    lines = [f"{arc},sha256={base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b'=').decode()},"
             f"{len(data)}\n" for arc, data in entries]
    return ("".join(lines) + f"{dist_info}/RECORD,,\n").encode()


def zip_wheel(path: Path, entries: list[tuple[str, bytes]], dist_info: str) -> Path:
    """Write a wheel of `entries` and its RECORD at `path`, reproducibly (fixed times, sorted)."""
    members = [(arc, data) for arc, data in entries if arc != f"{dist_info}/RECORD"]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for arc, data in sorted([*members, (f"{dist_info}/RECORD", record(members, dist_info))]):
            info = zipfile.ZipInfo(arc, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return path


def compiled_name(wheel: str, minor: str) -> str:
    """`pkg-1.0-py2.py3-none-any.whl` → `pkg-1.0-cp313-none-any.whl`: bytecode is for one Python."""
    name, version = wheel.split("-")[:2]
    return f"{name}-{version}-cp{minor.replace('.', '')}-none-any.whl"


def compile_wheel(wheel: Path, folder: Path, python: Path, minor: str, *, keep_sources: bool) -> Path:
    """`wheel` with every module compiled by `python` (CPython `minor`), written into `folder`."""
    with zipfile.ZipFile(wheel) as archive:
        entries = [(arc, archive.read(arc)) for arc in archive.namelist()
                   if not arc.endswith((".pyc", "/")) and "/__pycache__/" not in f"/{arc}"]
    dist_info = next(arc.split("/")[0] for arc, _ in entries if arc.split("/")[0].endswith(".dist-info")
                     and arc.endswith("/WHEEL"))
    tag = f"cp{minor.replace('.', '')}"
    sources = [arc for arc, _ in entries if arc.endswith(".py")]
    with tempfile.TemporaryDirectory(prefix="safety-lessons-pyc-") as tmp:
        jobs, contents = [], dict(entries)
        for number, arc in enumerate(sources):
            (Path(tmp) / f"{number}.py").write_bytes(contents[arc])
            jobs.append((f"{tmp}/{number}.py", f"{tmp}/{number}.pyc", arc))
        done = subprocess.run([str(python), "-c", COMPILE], input=json.dumps(jobs), capture_output=True,
                              text=True, timeout=600)
        if done.returncode:
            raise RuntimeError(f"compiling {wheel.name} failed:\n{done.stderr.strip()[-2000:]}")
        compiled = {arc: (Path(tmp) / f"{number}.pyc").read_bytes() for number, arc in enumerate(sources)}
    out: list[tuple[str, bytes]] = []
    for arc, data in entries:
        if arc in compiled:
            folder_of, _, module = arc.rpartition("/")
            if keep_sources:
                out.append((arc, data))
                cache = f"{folder_of}/__pycache__" if folder_of else "__pycache__"
                out.append((f"{cache}/{module[:-3]}.cpython-{tag[2:]}.pyc", compiled[arc]))
            else:
                out.append((f"{arc}c", compiled[arc]))
        elif arc == f"{dist_info}/WHEEL":  # one tag, the compiled one
            lines = [line for line in data.decode().splitlines() if not line.startswith("Tag:")]
            out.append((arc, "\n".join([*lines, f"Tag: {tag}-none-any", ""]).encode()))
        else:
            out.append((arc, data))
    return zip_wheel(folder / compiled_name(wheel.name, minor), out, dist_info)
