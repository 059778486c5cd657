"""`safety-lessons check`: the shipped lessons pass; every kind of mistake a curriculum lead
can make is reported as `file:line: field: problem`, all of them at once, never a traceback."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from safety_lessons.authoring.check import Report, check
from safety_lessons.cli import main
from safety_lessons.content import schema

Edit = Callable[[str, str, str], Path]


def problems(root: Path) -> list[str]:
    return [str(p) for p in check(root).problems]


def test_shipped_lessons_have_no_problems(shipped_report: Report) -> None:
    report = shipped_report
    assert report.errors == []
    assert report.lessons >= 4


def test_cli_prints_a_summary_and_exits_0(lessons_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(lessons_root)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1].endswith("0 problems, 0 warnings") or "0 problems" in out[-1]


def test_bad_yaml_names_file_and_line(lessons_copy: Path, edit: Edit,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    edit("ages-7-11/passwords.yaml", "    title: Strong or weak?", "    title: [Strong or weak?")
    assert main(["check", str(lessons_copy)]) == 1
    out = capsys.readouterr().out
    assert "lessons/ages-7-11/passwords.yaml:" in out and "(YAML)" in out
    assert "Traceback" not in out


def test_missing_field(lessons_copy: Path, edit: Edit) -> None:
    edit("ages-4-7/passwords.yaml", "    question: Pip's password is a secret key. Who can Pip tell?\n", "")
    found = problems(lessons_copy)
    assert any(p.startswith("lessons/ages-4-7/passwords.yaml:6: activities.who-can-know.question: is missing")
               for p in found), found


def test_misspelt_field_gets_a_suggestion(lessons_copy: Path, edit: Edit) -> None:
    edit("ages-7-11/passwords.yaml", "    add-button:", "    add-buton:")
    found = problems(lessons_copy)
    assert any("activities.three-words.add-buton: unknown field" in p and "did you mean 'add-button'" in p
               for p in found), found


def test_wrong_type(lessons_copy: Path, edit: Edit) -> None:
    edit("ages-7-11/passwords.yaml", "            correct: true\n            feedback: Yes. Your password",
         "            correct: maybe\n            feedback: Yes. Your password")
    found = problems(lessons_copy)
    assert any(":" in p and "correct: 'maybe' is not true or false" in p for p in found), found


def test_unknown_kind_lists_the_kinds(lessons_copy: Path, edit: Edit) -> None:
    edit("ages-4-7/passwords.yaml", "    kind: sorter", "    kind: soter")
    found = problems(lessons_copy)
    assert any("activities.who-can-know.kind: 'soter' is not a kind" in p and "did you mean 'sorter'" in p
               for p in found), found


def test_the_browsers_pure_python_parser_reports_the_same(lessons_copy: Path, edit: Edit,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Served kernels parse with libyaml; the static site's (in the browser) with pure Python."""
    edit("ages-7-11/passwords.yaml", "    title: Strong or weak?", "    title: [Strong or weak?")
    edit("ages-4-7/passwords.yaml", "    kind: sorter", "    kind: soter")
    assert schema.LOADER is yaml.CSafeLoader
    fast = problems(lessons_copy)
    monkeypatch.setattr(schema, "LOADER", yaml.SafeLoader)
    assert problems(lessons_copy) == fast and len(fast) >= 2


def test_every_problem_is_reported_at_once(lessons_copy: Path, edit: Edit) -> None:
    edit("ages-7-11/passwords.yaml", "    add-button:", "    add-buton:")
    edit("ages-4-7/passwords.yaml", "    kind: sorter", "    kind: soter")
    edit("ages-14-18/passwords.yaml", "        stronger: b\n        why: Symbol",
         "        stronger: c\n        why: Symbol")
    files = {p.split(":")[0] for p in problems(lessons_copy)}
    assert {"lessons/ages-7-11/passwords.yaml", "lessons/ages-4-7/passwords.yaml",
            "lessons/ages-14-18/passwords.yaml"} <= files


def test_yaml_surprises_do_not_change_text(lessons_copy: Path, edit: Edit) -> None:
    # `no` is a boolean and `0800` an octal number to plain YAML; to us they stay text.
    edit("ages-4-7/passwords.yaml", '      - id: no\n        label: "No, keep it secret"',
         "      - id: no\n        label: no")
    assert check(lessons_copy).errors == []


def test_password_examples_are_checked_with_the_estimator(lessons_copy: Path, edit: Edit) -> None:
    edit("ages-7-11/passwords.yaml", "      - text: qwerty\n        group: weak",
         "      - text: qwerty\n        group: strong")
    found = problems(lessons_copy)
    assert any("cards[4].group: 'qwerty' is scored 0 of 4" in p for p in found), found


def test_unknown_helper_and_missing_help(lessons_copy: Path, edit: Edit) -> None:
    edit("ages-4-7/passwords.yaml", "      - who: childline", "      - who: childlne")
    found = problems(lessons_copy)
    assert any("people[3].who: 'childlne' is not someone in school.yaml or a service in facts/helplines.yaml" in p
               and "(did you mean 'childline'?)" in p for p in found), found


def test_stale_fact_is_a_warning_not_an_error(lessons_copy: Path, edit: Edit) -> None:
    old = dt.date.today() - dt.timedelta(days=400)
    path = lessons_copy / "facts" / "helplines.yaml"
    path.write_text(re.sub(r"(?m)^  checked: .*$", f"  checked: {old.isoformat()}", path.read_text(), count=1))
    report = check(lessons_copy)
    assert report.errors == []
    assert any(p.warning and "childline.checked" in str(p) and "over a year ago" in str(p)
               for p in report.problems)


def test_fact_without_source(lessons_copy: Path, edit: Edit) -> None:
    edit("facts/helplines.yaml", "  source: https://learning.nspcc.org.uk/services/childline\n", "")
    found = problems(lessons_copy)
    assert any("facts/helplines.yaml" in p and "childline.source: is missing" in p for p in found), found


def test_fact_source_must_be_a_web_address(lessons_copy: Path, edit: Edit) -> None:
    edit("facts/helplines.yaml", "source: https://learning.nspcc.org.uk/services/childline",
         "source: the NSPCC website")
    found = problems(lessons_copy)
    assert any("childline.source: 'the NSPCC website' is not a web address" in p for p in found), found


def test_unknown_band_folder(lessons_copy: Path) -> None:
    (lessons_copy / "ages-7-10").mkdir()
    found = problems(lessons_copy)
    assert any("lessons/ages-7-10:1: (folder): 'ages-7-10' is not a band" in p for p in found), found


def _notebook(root: Path, ref: str) -> tuple[Path, dict]:  # type: ignore[type-arg]
    path = root / f"{ref}.ipynb"
    return path, json.loads(path.read_text())


def test_notebook_with_logic_is_refused(lessons_copy: Path) -> None:
    path, nb = _notebook(lessons_copy, "ages-7-11/passwords")
    nb["cells"].append({"cell_type": "code", "metadata": {}, "source": "import os\nos.listdir('/')",
                        "outputs": [], "execution_count": None})
    path.write_text(json.dumps(nb, indent=1))
    found = problems(lessons_copy)
    assert any("ages-7-11/passwords.ipynb:" in p and "holds code a lesson may not have" in p for p in found), found


def test_notebook_with_outputs_is_refused(lessons_copy: Path) -> None:
    path, nb = _notebook(lessons_copy, "ages-7-11/passwords")
    code = next(c for c in nb["cells"] if c["cell_type"] == "code")
    code["execution_count"] = 1
    path.write_text(json.dumps(nb, indent=1))
    assert any("has stored outputs" in p for p in problems(lessons_copy))


def test_notebook_showing_an_unknown_activity(lessons_copy: Path, edit: Edit) -> None:
    edit("ages-7-11/passwords.ipynb", 'lesson.show(\\"strong-or-weak\\")', 'lesson.show(\\"strong-or-week\\")')
    found = problems(lessons_copy)
    assert any('shows "strong-or-week", which is not an activity' in p for p in found), found


def test_notebook_for_the_wrong_lesson(lessons_copy: Path, edit: Edit) -> None:
    edit("ages-7-11/passwords.ipynb", 'open_lesson(\\"ages-7-11/passwords\\")',
         'open_lesson(\\"ages-4-7/passwords\\")')
    assert any('opens "ages-4-7/passwords" but this notebook is "ages-7-11/passwords"' in p
               for p in problems(lessons_copy))


def test_prose_too_hard_for_the_band(lessons_copy: Path, edit: Edit) -> None:
    edit("ages-4-7/passwords.ipynb", "# ", "# Notwithstanding considerable organisational "
         "responsibilities, authentication credentials necessitate confidentiality, "
         "particularly concerning unauthorised intermediaries. ")
    found = problems(lessons_copy)  # read aloud: long words (and long sentences) are what 4-7 checks
    assert any(re.match(r"lessons/ages-4-7/passwords\.ipynb:\d+: cell 1 \(", p) and "long words for this band" in p
               for p in found), found  # the line the words are on (issue 31)


def test_no_catalogue(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["check", str(tmp_path)])
    assert "no lessons folder" in str(exc.value)


def test_kinds_lists_every_kind_with_its_fields_and_an_example(lessons_root: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    from safety_lessons.registry import MODELS

    assert main(["kinds", str(lessons_root)]) == 0
    out = capsys.readouterr().out
    for kind in MODELS:
        section = out.split(f"\n{kind}: ", 1)[1].split("\n\n", 1)[0]
        assert "example: lessons/ages-" in section, kind
    assert "    cards: a list of a section with text, group, feedback" in out


def test_activity_text_too_hard_for_the_band(lessons_copy: Path, edit: Edit) -> None:
    edit("ages-4-7/passwords.yaml", "feedback: A mum, dad or carer can help keep your password safe.",
         "feedback: Parental guardians and designated caregivers are authorised intermediaries regarding "
         "confidential authentication credentials, notwithstanding organisational considerations. "
         "Unauthorised disclosure necessitates immediate notification of responsible individuals.")
    assert any(p.startswith("lessons/ages-4-7/passwords.yaml:18: activities.who-can-know.cards[1].feedback: ")
               and "long words for this band" in p for p in problems(lessons_copy)), problems(lessons_copy)
