"""Promises the repository makes to newcomers and to CI."""

from __future__ import annotations

import ast
import re
import subprocess

from tests.conftest import REPO


def code_blocks(markdown: str) -> list[str]:
    return re.findall(r"```sh\n(.*?)\n```", markdown, flags=re.S)


def test_readme_opens_with_serve_then_test() -> None:
    serve, test = code_blocks((REPO / "README.md").read_text())[:2]
    assert "pip install" in serve and serve.endswith("safety-lessons serve")
    assert "pip install" in test and "[test]" in test and test.endswith("pytest")


def test_ci_runs_the_readmes_test_command() -> None:
    script = (REPO / ".ci" / "run").read_text()
    extract = script[script.index("command=$(") + len("command=$("):script.index("| head -n 1)")]
    found = subprocess.run(["bash", "-c", extract], cwd=REPO, capture_output=True, text=True, check=True)
    assert found.stdout.splitlines()[0] == code_blocks((REPO / "README.md").read_text())[1]


def test_the_password_meter_is_the_only_box_a_pupil_types_in() -> None:
    # tests/browser/test_privacy.py types a marker into every such box and finds it kept nowhere;
    # a new free-text box must join that test.
    views = REPO / "widgets" / "safety_lessons" / "views"
    typed = {p.name for p in views.glob("*.py") if re.search(r"\bw\.(Text|Textarea|Password)\(", p.read_text())}
    assert typed == {"passwords.py"}


def test_benchmarks_use_the_packages_harness_not_the_tests() -> None:
    # benchmarks/run.py and the browser tests start servers with one harness: safety_lessons.harness
    imported = set()
    for path in (REPO / "benchmarks").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module)
            elif isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
    assert "safety_lessons.harness" in imported
    assert not [m for m in imported if m.split(".")[0] == "tests"], "benchmarks/ must not import from tests/"
