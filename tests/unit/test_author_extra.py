"""JupyterLab is for authors (issue 14, point 8): it is the `author` extra, not a core dependency;
the classroom server, the static build and the tests never import it; the README says how curriculum
leads install it. (A fresh venv with `pip install -e .` alone serving the lessons was checked by hand:
see the branch's report; the browser tests serve the lessons in the full test install.)"""

from __future__ import annotations

import ast
import re

import pytest

from tests.conftest import REPO

tomllib = pytest.importorskip("tomllib")  # Python 3.11+
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]


def names(requirements: list[str]) -> list[str]:
    return [re.split(r"[<>=!~;\[ ]", r, maxsplit=1)[0].lower().replace("_", "-") for r in requirements]


def test_jupyterlab_is_only_in_the_author_extra() -> None:
    extras = PROJECT["optional-dependencies"]
    assert "jupyterlab" not in names(PROJECT["dependencies"])
    assert names(extras["author"]) == ["jupyterlab"]
    # what JupyterLab used to bring that the classroom needs: the kernel, Markdown for the review pack
    assert {"ipykernel", "markdown-it-py", "voila", "jupyterlab-widgets"} <= set(names(PROJECT["dependencies"]))
    assert "safety-lessons[author]" not in extras["test"]  # no test needs JupyterLab (nbval runs on ipykernel)
    assert "safety-lessons[author]" in extras["dev"]


def test_no_code_imports_jupyterlab() -> None:
    for folder in ("widgets", "tests", "benchmarks"):
        for path in (REPO / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    imported = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom):
                    imported = [node.module or ""]
                else:
                    continue
                assert not any(n == "jupyterlab" or n.startswith("jupyterlab.") for n in imported), path


def test_readme_says_how_curriculum_leads_install_it() -> None:
    readme = (REPO / "README.md").read_text()
    leads = readme[readme.index("## For curriculum leads"):readme.index("## For developers")]
    assert "```sh\n.venv/bin/pip install -e '.[author]'\n.venv/bin/jupyter lab lessons\n```" in leads
