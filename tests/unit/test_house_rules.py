"""The code's comments and docstrings say the behaviour, not where a test or a README section is:
those move and are renamed, and a pointer to them drifts. The compat seam is the one exception: each
of its items names the tests that pin it (an upgrade runs exactly those), so every test it names must
exist. Words shown to people (a message's "README: …") are strings, not comments, and stay."""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import REPO

CODE = sorted([*(REPO / "widgets").rglob("*.py"), *(REPO / "benchmarks").rglob("*.py")])
TEMPLATES = sorted((REPO / "widgets").rglob("*.yaml"))  # what `new` writes from: their comments too
SEAM = {REPO / "widgets" / "safety_lessons" / "compat.py", REPO / "widgets" / "safety_lessons" / "server" / "compat.py"}
# A test file (`tests/…`, `test_x.py`), a test (`test_x_y`) or the README.
CITES = re.compile(r"\btests/|\btest_\w+|\bREADME\b")
TEST_FILE = re.compile(r"\b(?:tests/(?:unit|browser)/)?(test_\w+)\.py\b")
TEST_NAME = re.compile(r"\b(test_\w+)\b(?!\.py)")


def remarks(source: str) -> Iterator[tuple[int, str]]:
    """(line, text) of each comment and docstring in a module's source."""
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            yield token.start[0], token.string
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \
                    and isinstance(first.value.value, str):
                yield first.lineno, first.value.value


def citations(path: Path) -> list[str]:
    return [f"{path.relative_to(REPO)}:{line}: {text.strip()[:100]}"
            for line, text in remarks(path.read_text(encoding="utf-8")) if CITES.search(text)]


def test_no_comment_or_docstring_points_at_a_test_or_the_readme() -> None:
    found = [cited for path in CODE if path not in SEAM for cited in citations(path)]
    found += [f"{path.relative_to(REPO)}:{n}: {line.strip()}" for path in TEMPLATES
              for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
              if "#" in line and CITES.search(line[line.index("#"):])]
    assert found == [], "say the behaviour instead of where a test or README section is"


def test_the_rule_sees_comments_and_docstrings_but_not_messages() -> None:
    source = ('"""Opens a lesson (tests/unit/test_x.py)."""\n'
              "def f() -> str:\n"
              '    """See the README."""\n'
              '    return "README: Characters"  # as test_every_lesson checks\n')
    assert [line for line, text in remarks(source) if CITES.search(text)] == [4, 1, 3]
    assert not any(CITES.search(text) for _, text in remarks('x = "see tests/ and the README"\n'))


def test_every_test_the_compat_seam_names_exists() -> None:
    """An upgrade runs the tests each item names: a renamed or removed test would leave an item unpinned."""
    tests = {path.stem: path.read_text(encoding="utf-8") for path in (REPO / "tests").rglob("test_*.py")}
    named = 0
    for seam in SEAM:
        for line, text in remarks(seam.read_text(encoding="utf-8")):
            files = TEST_FILE.findall(text)
            for name in files:
                assert name in tests, f"{seam.name}:{line} names {name}.py, which is not a test file"
            for test in set(TEST_NAME.findall(text)) - set(files):
                assert any(re.search(rf"def {test}\b", body) for body in tests.values()), \
                    f"{seam.name}:{line} names {test}, which no test file defines"
            named += len(files)
    assert named > 10  # the seam does name its tests (so this check reads them)


def test_every_content_module_has_a_test_file_of_its_own() -> None:
    """content/ is read by every process: each of its modules is tested directly, in a file named after it."""
    content = REPO / "widgets" / "safety_lessons" / "content"
    tests = {path.name for path in (REPO / "tests" / "unit").glob("test_*.py")}
    missing = [path.name for path in sorted(content.glob("*.py"))
               if path.name != "__init__.py" and f"test_{path.name}" not in tests]
    assert missing == []
