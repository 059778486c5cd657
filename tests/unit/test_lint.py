"""The code stays ruff clean and mypy --strict clean (both as configured in pyproject.toml).

Both tools come with the `test` extra, so CI (CI=true) always runs them: a missing tool fails
there. On a developer's machine without them the tests skip and say how to install them.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys

import pytest

from tests.conftest import REPO

LINTED = ["widgets", "tests", "benchmarks"]


def run_tool(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    if importlib.util.find_spec(module) is None:
        why = f"{module} is not installed; pip install -e '.[test]'"
        if os.environ.get("CI"):
            pytest.fail(f"{why} (CI must run the lint gate, not skip it)")
        pytest.skip(why)
    return subprocess.run([sys.executable, "-m", module, *args], cwd=REPO, capture_output=True, text=True,
                          timeout=600, check=False)


def passes(done: subprocess.CompletedProcess[str]) -> None:
    if done.returncode != 0:
        pytest.fail(f"{' '.join(done.args[2:])} found problems:\n{done.stdout}{done.stderr}", pytrace=False)


def test_ruff_finds_nothing() -> None:
    passes(run_tool("ruff", "check", "--output-format", "concise", *LINTED))


def test_mypy_strict_finds_nothing() -> None:
    # The files and strictness come from [tool.mypy]; the cache (.mypy_cache, which ignores
    # itself in git) makes a rerun take about a second instead of several.
    passes(run_tool("mypy", "--cache-dir", str(REPO / ".mypy_cache")))


def test_a_missing_tool_fails_in_ci_and_skips_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must run the lint gate"):
        run_tool("no_such_lint_tool")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="no_such_lint_tool is not installed"):
        run_tool("no_such_lint_tool")
