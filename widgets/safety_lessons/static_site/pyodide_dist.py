"""An offline Pyodide for the static site: the runtime from the npm registry and every Python
package a lesson needs as a wheel beside it, listed in a rewritten ``pyodide-lock.json``.

Pyodide's own lock file points at packages on its CDN. Ours lists only the files we ship, so a
lesson page asks for nothing but files from the site. Everything is downloaded once into a cache
(the build may use the package registries; the built site never does) and checked against the
registry's published digest.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.metadata as metadata
import importlib.util
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from . import bytecode

NPM_REGISTRY = "https://registry.npmjs.org"
# What the kernel loads before the first cell runs (the Pyodide kernel's own needs + ours). The
# kernel installs each of its own needs again unless this list names it exactly as it does
# (`pyodide_kernel`, not the project's name: 0.3 s a page); Pyodide itself reads either spelling.
KERNEL = ["micropip", "piplite", "pyodide_kernel", "ipykernel", "comm", "ipython", "jedi", "sqlite3",
          "widgetsnbextension"]
LESSONS = ["safety-lessons", "ipywidgets", "pyyaml", "zxcvbn", "markupsafe"]
PRELOAD = [*KERNEL, *LESSONS]  # `loadPyodideOptions.packages`
SITE_PYODIDE = "static/pyodide"  # where a site holds it, from the site's top
# Pure-Python packages taken from PyPI at the version Pyodide's lock names (or ours has installed).
FROM_LOCK = ["micropip", "packaging", "ipython", "traitlets"]
FROM_HERE = ["comm", "ipywidgets", "zxcvbn"]  # the versions this toolkit is tested with
# Compiled packages Pyodide serves only from its CDN, left out: lessons never use them.
NOT_SHIPPED = {"sqlite3", "matplotlib"}  # IPython keeps no history without SQLite; no plots
# Shipped empty, so the kernel does not install them at start and IPython goes without: jedi gives
# completion (and parso with it), which no lesson page offers; 1 s of every page's start.
LEFT_OUT = {"jedi": "completion"}
# Bytecode only, as Pyodide's own packages: no page shows a traceback or asks `inspect` for source
# (a traceback still names the file and line), and a page then unpacks half as much.
KEEP_SOURCES = False
PURE = re.compile(r"-(py3|py2\.py3)-none-any\.whl$")


class BuildError(RuntimeError):
    """A step of the static build failed; the message says which and why."""


@dataclass(frozen=True)
class Wheel:
    name: str  # normalised project name, e.g. "pyodide-kernel"
    version: str
    path: Path
    imports: tuple[str, ...]
    depends: tuple[str, ...] = ()


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def fetch_runtime(version: str, cache: Path) -> Path:
    """The `pyodide` npm package, unpacked; its tarball's sha512 is checked against the registry."""
    target = cache / f"pyodide-{version}"
    if (target / "pyodide.js").is_file():
        return target
    with urllib.request.urlopen(f"{NPM_REGISTRY}/pyodide/{version}", timeout=60) as answer:
        dist = json.load(answer)["dist"]
    with urllib.request.urlopen(dist["tarball"], timeout=300) as answer:
        data = answer.read()
    algorithm, _, expected = dist["integrity"].partition("-")
    if base64.b64encode(hashlib.new(algorithm, data).digest()).decode() != expected:
        raise BuildError(f"pyodide {version} from npm does not match its published {algorithm} digest")
    partial = cache / f"pyodide-{version}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        archive.extractall(partial, filter="data")
    (partial / "package").rename(target)
    shutil.rmtree(partial, ignore_errors=True)
    return target


def _pip(args: list[str], env: dict[str, str] | None = None) -> None:
    done = subprocess.run([sys.executable, "-m", "pip", *args, "-q", "--disable-pip-version-check"],
                          capture_output=True, text=True, env={**os.environ, **(env or {})})
    if done.returncode:
        raise BuildError(f"pip {' '.join(args)} failed:\n{done.stderr.strip()[-2000:]}")


def _one(folder: Path, name: str, version: str) -> Path | None:
    stem = normalise(name).replace("-", "_")
    for path in folder.glob("*.whl"):
        wheel_name, wheel_version = path.name.split("-")[:2]
        if normalise(wheel_name).replace("-", "_") == stem and wheel_version == version:
            return path
    return None


def fetch_wheel(name: str, version: str, cache: Path, *, build: bool = False) -> Path:
    """A pure-Python wheel of name==version from PyPI (built from its source if `build`)."""
    folder = cache / "wheels"
    folder.mkdir(parents=True, exist_ok=True)
    found = _one(folder, name, version)
    if found:
        return found
    spec = f"{name}=={version}"
    if build:  # PyYAML without its optional C part is pure Python
        _pip(["wheel", "--no-deps", "--no-binary", name, "--only-binary", ":none:", spec, "-w", str(folder)],
             env={"PYYAML_FORCE_LIBYAML": "0", "PYYAML_FORCE_CYTHON": "0", "PIP_CONSTRAINT": ""})
    else:
        _download([spec], folder)
    found = _one(folder, name, version)
    if found is None or not PURE.search(found.name):
        raise BuildError(f"no pure-Python wheel of {spec} (got {found.name if found else 'nothing'})")
    return found


def fetch_wheels(wanted: Iterable[tuple[str, str]], cache: Path) -> None:
    """Download into the cache, in one pip call, the wheels of `wanted` (name, version) it lacks:
    pip starts and reads the index once rather than once a package (most of a fresh build's wait)."""
    folder = cache / "wheels"
    folder.mkdir(parents=True, exist_ok=True)
    missing = [f"{name}=={version}" for name, version in wanted if _one(folder, name, version) is None]
    if missing:
        _download(missing, folder)


def _download(specs: list[str], folder: Path) -> None:
    _pip(["download", "--no-deps", "--only-binary", ":all:", "--python-version", "3.13",
          "--implementation", "py", "--platform", "any", *specs, "-d", str(folder)], env={"PIP_CONSTRAINT": ""})


def write_wheel(folder: Path, name: str, version: str, files: Iterable[tuple[str, bytes]]) -> Path:
    """A minimal, valid wheel holding `files` (archive name, content)."""
    dist = f"{name.replace('-', '_')}-{version}"
    meta = {
        f"{dist}.dist-info/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n".encode(),
        f"{dist}.dist-info/WHEEL": b"Wheel-Version: 1.0\nGenerator: safety-lessons\nRoot-Is-Purelib: true\n"
                                   b"Tag: py3-none-any\n",
    }
    return bytecode.zip_wheel(folder / f"{dist}-py3-none-any.whl", [*files, *meta.items()], f"{dist}.dist-info")


def toolkit_wheel(folder: Path) -> Wheel:
    """This toolkit's own Python package, as installed here (editable or not)."""
    package = Path(__file__).resolve().parent.parent
    files = sorted((f"safety_lessons/{p.relative_to(package).as_posix()}", p.read_bytes())
                   for p in package.rglob("*.py") if "__pycache__" not in p.parts)
    version = metadata.version("safety-lessons")
    return Wheel("safety-lessons", version, write_wheel(folder, "safety-lessons", version, files),
                 ("safety_lessons",), ("ipywidgets", "pyyaml", "zxcvbn", "markupsafe"))


def without_speedups(folder: Path, name: str, module: str) -> Wheel:
    """A package as installed here, as a pure-Python wheel without its compiled part: Pyodide serves
    the compiled build only from its CDN. (MarkupSafe then uses its own pure-Python escape.)"""
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        raise BuildError(f"{name} is not installed here")
    root = Path(spec.origin).parent
    files = sorted((f"{module}/{p.relative_to(root).as_posix()}", p.read_bytes()) for p in root.rglob("*")
                   if p.suffix in (".py", ".pyi", ".typed") and "__pycache__" not in p.parts)
    version = metadata.version(name)
    return Wheel(name, version, write_wheel(folder, name, version, files), (module,))


def no_sqlite(folder: Path) -> Wheel:
    """Pyodide's SQLite is a compiled package served only from its CDN. Lessons do not use it;
    IPython keeps no history without it. This empty wheel satisfies the kernel's request for it."""
    return empty(folder, "sqlite3")


def empty(folder: Path, name: str) -> Wheel:
    """A wheel named `name` holding no module: the kernel finds the package it asks for, and
    `import name` fails, as where it is not installed."""
    return Wheel(name, "0", write_wheel(folder, name, "0", []), ())


def kernel_extension() -> Path:
    """The Pyodide kernel's JupyterLab extension, as installed here."""
    folder = Path(sys.prefix) / "share/jupyter/labextensions/@jupyterlite/pyodide-kernel-extension"
    if not (folder / "package.json").is_file():
        raise BuildError(f"the Pyodide kernel's extension is not installed in {folder}")
    return folder


def kernel_wheels() -> list[Wheel]:
    """The Pyodide kernel's own wheels, shipped inside its JupyterLab extension."""
    prefix = kernel_extension() / "static" / "pypi"
    imports = {"pyodide-kernel": "pyodide_kernel", "ipykernel": "ipykernel", "piplite": "piplite",
               "widgetsnbextension": "widgetsnbextension"}
    wheels = []
    for path in sorted(prefix.glob("*.whl")):
        name, version = normalise(path.name.split("-")[0]), path.name.split("-")[1]
        if name == "widgetsnbextension" and not version.startswith("4."):
            continue  # the ipywidgets 7 shim; ours is ipywidgets 8
        wheels.append(Wheel(name, version, path, (imports[name],),
                            ("comm", "ipython") if name in ("pyodide-kernel", "ipykernel") else ()))
    return wheels


def build(out: Path, cache: Path, *, say: Callable[[str], None] = print) -> list[str]:
    """Fill `out` with Pyodide and every wheel a lesson needs, compiled where a CPython of the
    runtime's version is found (else `say` so); return the packages a kernel loads at start (for
    `loadPyodideOptions.packages`)."""
    from jupyterlite_pyodide_kernel.constants import PYODIDE_VERSION

    runtime = fetch_runtime(PYODIDE_VERSION, cache)
    lock = json.loads((runtime / "pyodide-lock.json").read_text())
    upstream = {normalise(name): entry for name, entry in lock["packages"].items()}

    out.mkdir(parents=True, exist_ok=True)
    for name in ("pyodide.js", "pyodide.mjs", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip",
                 "package.json"):
        shutil.copy2(runtime / name, out / name)

    wanted: dict[str, Wheel] = {}  # each package, its path still unknown; then fetched
    built = {"pyyaml"}  # from its source

    def take(name: str, version: str, *, depends: Iterable[str] = ()) -> None:
        entry = upstream.get(name, {})
        wanted[name] = Wheel(name, version, Path(), tuple(entry.get("imports", [name.replace("-", "_")])),
                             tuple(normalise(d) for d in (entry.get("depends") or depends)))
        for dep in wanted[name].depends:
            if dep not in wanted and dep not in NOT_SHIPPED and dep not in LEFT_OUT:
                take(dep, upstream[dep]["version"])

    for name in FROM_LOCK:
        take(name, upstream[name]["version"])
    for name in FROM_HERE:
        take(name, metadata.version(name), depends=["traitlets"] if name == "comm" else ())
    take("pyyaml", upstream["pyyaml"]["version"])
    fetch_wheels([(w.name, w.version) for w in wanted.values() if w.name not in built], cache)
    wheels = {name: replace(w, path=fetch_wheel(name, w.version, cache, build=name in built))
              for name, w in wanted.items()}
    wheels["ipywidgets"] = Wheel("ipywidgets", wheels["ipywidgets"].version, wheels["ipywidgets"].path,
                                 ("ipywidgets",), ("comm", "ipython", "traitlets", "widgetsnbextension"))
    for wheel in [*kernel_wheels(), no_sqlite(cache / "wheels"), toolkit_wheel(cache / "wheels"),
                  without_speedups(cache / "wheels", "markupsafe", "markupsafe"),
                  *(empty(cache / "wheels", name) for name in LEFT_OUT)]:
        wheels[wheel.name] = wheel

    minor = ".".join(lock["info"]["python"].split(".")[:2])
    python = bytecode.find_python(minor)
    if python is None:
        say(f"build-static: no Python {minor} found (python{minor} on PATH or in ~/.pyenv/versions), so the "
            f"site's packages are not compiled: each lesson page starts a few seconds slower")
    packages = {}
    for wheel in wheels.values():
        shipped = out / wheel.path.name
        if python is None:
            shutil.copy2(wheel.path, shipped)
        else:
            shipped = compiled(wheel.path, out, cache, python, minor)
        packages[wheel.name] = {
            "name": wheel.name, "version": wheel.version, "file_name": shipped.name,
            "install_dir": "site", "package_type": "package", "imports": list(wheel.imports),
            "depends": [d for d in wheel.depends if d in wheels],
            "sha256": hashlib.sha256(shipped.read_bytes()).hexdigest(), "unvendored_tests": False,
        }
    # Pyodide's own lock says 0.28.0.dev0 in 0.29.0: ours names the runtime it ships.
    info = {**lock["info"], "version": json.loads((runtime / "package.json").read_text())["version"]}
    (out / "pyodide-lock.json").write_text(json.dumps({"info": info, "packages": packages}, indent=1))
    return PRELOAD


def compiled(wheel: Path, out: Path, cache: Path, python: Path, minor: str) -> Path:
    """`wheel` compiled into `out`, from the cache when this very wheel was compiled before."""
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()[:16]
    folder = cache / "compiled" / f"{digest}-{minor}-{'sources' if KEEP_SOURCES else 'bytecode'}"
    done = folder / bytecode.compiled_name(wheel.name, minor)
    if not done.is_file():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        try:
            bytecode.compile_wheel(wheel, folder, python, minor, keep_sources=KEEP_SOURCES)
        except RuntimeError as err:
            shutil.rmtree(folder, ignore_errors=True)
            raise BuildError(str(err)) from err
    shutil.copy2(done, out / done.name)
    return out / done.name


def versioned(site: Path) -> str:
    """Move the site's Pyodide folder to a name that changes whenever anything in it changes
    (static/pyodide-<digest>), so a web server may tell browsers to keep its files for a year;
    return that name, from the site's top."""
    folder = site / SITE_PYODIDE
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    name = f"{SITE_PYODIDE}-{digest.hexdigest()[:12]}"
    folder.rename(site / name)
    return name
