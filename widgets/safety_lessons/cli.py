"""The `safety-lessons` command: `serve` lessons to a class, `check` their content, write the
`review-pack`, list the `kinds` of activity, start a `new` lesson, `build-static` the whole site."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .authoring.new import OWN_POLICY
from .content.files import find_root
from .server.options import add_flags, from_args

CHECK_HELP = """\
Check every lesson, the facts, school.yaml, catalogue.yaml and characters.yaml, and list what is wrong.

Each line names one thing to fix, once:

  FILE:LINE: FIELD: WHAT IS WRONG; WHAT TO DO
  lessons/ages-7-11/passwords.yaml:34: activities.strong-or-weak.title: …
  lessons/ages-7-11/passwords.ipynb:138: cell 12 (## What we learned): …

FIELD is where in the file: a field of a YAML file, as `safety-lessons kinds KIND` lays them out
(questions[2].answers[1].feedback is the feedback of the first answer of the second question), or
a notebook cell, numbered from the top as JupyterLab shows them, with its heading (or the heading
it is under). (YAML) means the file itself cannot be read, for example a colon inside text; (file)
and (file name) are about the whole file.

Fix every problem before pupils use the lessons: a lesson whose content has a problem shows
pupils a calm "please tell your teacher" note instead of its activities, and build-static stops.
A line with "warning:" is something to look at soon, but it stops nothing: a fact not checked
for over a year, text a # cut off, a stray file (a backup) in a band folder, …
When a shared file (school.yaml, a facts file) has a problem, it is listed once, with that file:
fix it and run check again, and the lessons that use it are checked in full.

The last line counts them: "32 lessons and 39 content files checked: 0 problems, 1 warning".

Exit code: 0 when there are no problems (warnings allowed), 1 when there is at least one problem
(so a script or the static-site build can stop), 2 when the command itself was mistyped."""


def _root(path: str | None) -> Path:
    try:
        return find_root(Path(path) if path else None)
    except FileNotFoundError as err:
        raise SystemExit(f"safety-lessons: {err}") from None








def _warm(root: Path, ref: str | None) -> str | None:
    if ref is None:
        return None
    ref = ref.strip("/").removesuffix(".ipynb")
    band, _, topic = ref.partition("/")
    if not topic or "/" in topic or not (root / band / f"{topic}.ipynb").is_file():
        raise SystemExit(f"safety-lessons: --warm {ref}: no such lesson; give band/topic, "
                         "e.g. ages-11-14/passwords (the lessons are listed on the landing page)")
    return ref


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="safety-lessons", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="serve the lessons to a class with Voila")
    serve.add_argument("path", nargs="?", help="the lessons folder (default: ./lessons)")
    add_flags(serve)
    serve.add_argument("--signed-only", action="store_true",
                       help="serve only lessons signed off as they are now (safety-lessons sign-off); the others "
                            "show pupils a calm 'not ready yet' page")

    check = commands.add_parser("check", help="check lesson content and notebooks", description=CHECK_HELP,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    check.add_argument("path", nargs="?", help="the lessons folder (default: ./lessons)")
    check.add_argument("--accept", action="store_true",
                       help="first record every fact as it is now (facts/fingerprints.txt): after you have "
                            "checked changed facts against their sources")

    pack = commands.add_parser("review-pack", help="write every word pupils see, the teacher notes and the facts "
                                                     "behind them as one printable page, for sign-off")
    pack.add_argument("outfile", nargs="?", default="review-pack.html",
                      help="the HTML file to write (default: review-pack.html)")
    pack.add_argument("--lessons", dest="path", metavar="PATH", help="the lessons folder (default: ./lessons)")
    pack.add_argument("--band", action="append", default=[], metavar="BAND", help="only this band (repeatable)")
    pack.add_argument("--topic", action="append", default=[], metavar="TOPIC", help="only this topic (repeatable)")
    pack.add_argument("--lesson", action="append", default=[], metavar="BAND/TOPIC",
                      help="only this lesson: a preview of one lesson after an edit (repeatable)")
    pack.add_argument("--since", metavar="REVISION",
                      help="only lessons whose words or facts changed since this git revision (a re-review)")
    pack.add_argument("--changed", action="store_true",
                      help="only lessons not signed off as they are now (lessons/sign-off.json), each with what "
                           "changed since it was signed, word by word; no git needed")

    signing = commands.add_parser(
        "sign-off", help="record who approved a lesson, and when, with the text they approved (lessons/sign-off.json)")
    signing.add_argument("lesson", nargs="*", metavar="BAND/TOPIC",
                         help="the lessons approved (e.g. ages-11-14/passwords), or `words` for the words around "
                              "every lesson")
    signing.add_argument("--all", action="store_true", help="every lesson, and the words around every lesson")
    signing.add_argument("--by", required=True, metavar="NAME",
                         help='who approved them, as it should be recorded, e.g. "A. Okafor, DSL" (the only '
                              "name the file holds)")
    signing.add_argument("--lessons", dest="path", metavar="PATH", help="the lessons folder (default: ./lessons)")

    kinds = commands.add_parser("kinds", help="list the kinds of activity a lesson can use, with their fields")
    kinds.add_argument("kind", nargs="?", metavar="KIND",
                       help="one kind (e.g. quiz): all its fields, nested, which are optional, and an example to copy")
    kinds.add_argument("path", nargs="?", help="the lessons folder, for examples (default: ./lessons)")

    new = commands.add_parser(
        "new", help="start a new lesson: its notebook, its YAML with an example activity, and its topic")
    new.add_argument("lesson", metavar="BAND/TOPIC", help="e.g. ages-7-11/fake-news (a new topic is added to "
                     "catalogue.yaml)")
    new.add_argument("--kind", action="append", required=True, metavar="KIND",
                     help="the kind of the example activity (repeat for more than one); `safety-lessons kinds` "
                          "lists them")
    new.add_argument("--policy", metavar="TEXT",
                     help=f"for a new topic: the point of §5.5 it teaches, e.g. 5.5(3), or where it comes from, "
                          f"e.g. PSHE (default: {OWN_POLICY!r})")
    new.add_argument("--title", metavar="TEXT",
                     help="for a new topic: its title as pupils see it (default: the topic name as typed, e.g. "
                          "ages-7-11/AI-images gives \"AI images\")")
    new.add_argument("--lessons", dest="path", metavar="PATH", help="the lessons folder (default: ./lessons)")

    static = commands.add_parser(
        "build-static", help="build every lesson as a static web site that runs in the browser (no server)")
    static.add_argument("outdir", help="the folder to write the site to (replaced if it exists)")
    static.add_argument("path", nargs="?", help="the lessons folder (default: ./lessons)")
    static.add_argument("--signed-only", action="store_true",
                        help="build only lessons signed off as they are now; the others show a calm 'not ready "
                             "yet' page")
    static.add_argument("--swap-lessons", action="store_true",
                        help="a lesson chosen from a lesson page (its 'All lessons' list) opens in that page's "
                             "Python, in a second or two, instead of starting Python again")
    static.add_argument("--lean", action="store_true",
                        help="lesson pages without Voici's JupyterLab application: the lesson's Python alone, "
                             "ready sooner (not with --swap-lessons)")

    args = parser.parse_args(argv)
    if args.command == "kinds" and args.kind and args.path is None and Path(args.kind).is_dir():
        args.kind, args.path = None, args.kind  # `kinds PATH`, as before there was KIND
    root = _root(args.path)
    if getattr(args, "signed_only", False):
        from .kernel_env import SIGNED_ONLY_ENV

        os.environ[SIGNED_ONLY_ENV] = "1"  # read where the lessons are staged (pages.lesson_copies)
    if args.command == "kinds":
        return _kinds(root, args.kind)
    if args.command == "check":
        from .authoring.check import check as run_check

        if args.accept and (code := _accept(root)):
            return code
        report = run_check(root)
        for problem in report.problems:
            print(problem)
        print(report.summary())
        return 1 if report.errors else 0

    if args.command == "review-pack":
        return _review_pack(root, args)
    if args.command == "sign-off":
        return _sign_off(root, args)
    if args.command == "new":
        return _new(root, args)
    if args.command == "build-static":
        return _build_static(root, Path(args.outdir), swap_lessons=args.swap_lessons, lean=args.lean)

    from .server.app import serve as run_serve

    run_serve(from_args(args, root=root, warm=_warm(root, args.warm)))
    return 0


def _kinds(root: Path, kind: str | None) -> int:
    from .authoring.kinds import describe_kind, describe_kinds
    from .content.schema import suggest
    from .registry import MODELS

    if kind is None:
        print(describe_kinds(root), end="")
        return 0
    if kind not in MODELS:
        print(f"safety-lessons: '{kind}' is not a kind of activity; expected one of: "
              f"{', '.join(MODELS)}{suggest(kind, MODELS)}", file=sys.stderr)
        return 2
    print(describe_kind(kind, root), end="")
    return 0


def _review_pack(root: Path, args: argparse.Namespace) -> int:
    from .authoring.review_pack import Selection, write_pack
    from .content.schema import ContentError

    selection = Selection(tuple(args.band), tuple(args.topic), tuple(x.strip("/") for x in args.lesson), args.since,
                          args.changed)
    outfile = Path(args.outfile)
    try:
        pack = write_pack(root, outfile, selection)
    except (ContentError, ValueError) as err:
        print(f"safety-lessons: {err}", file=sys.stderr)
        return 1
    for problem in pack.problems:
        print(f"not included: {problem}", file=sys.stderr)
    print(f"Wrote {outfile} ({pack.lessons} lessons, {outfile.stat().st_size // 1024} KB). Open it in a browser "
          "to read it, or print it (A4).")
    return 1 if pack.problems else 0


def _sign_off(root: Path, args: argparse.Namespace) -> int:
    import datetime as dt

    from .authoring.check import check as run_check
    from .authoring.signoff import FILE, WORDS, SignOffError, day, sign
    from .content.schema import ContentError
    from .registry import library

    by = " ".join(args.by.split())
    if not by:
        print('safety-lessons sign-off: --by is empty; give the name and role to record, e.g. --by "A. Okafor, DSL"',
              file=sys.stderr)
        return 2
    try:
        lessons = [f"{band}/{topic}" for band, topic, _ in library(root).lessons()]
    except ContentError as err:  # catalogue.yaml or school.yaml (which may hide lessons) cannot be read
        print(f"safety-lessons sign-off: not signed: {err}", file=sys.stderr)
        return 1
    refs = [*lessons, WORDS] if args.all else [x.strip("/").removesuffix(".ipynb") for x in args.lesson]
    unknown = [ref for ref in refs if ref not in lessons and ref != WORDS]
    if not refs or unknown:
        print(f"safety-lessons sign-off: {'no such lesson: ' + ', '.join(unknown) if unknown else 'no lesson named'}; "
              "give band/topic (e.g. ages-11-14/passwords), `words`, or --all", file=sys.stderr)
        return 2
    report = run_check(root)
    files = {p.file.removeprefix(f"{root.name}/").rsplit(".", 1)[0] for p in report.errors}  # band/topic
    blocked = {ref for ref in refs if ref in files}
    if blocked:
        for problem in report.errors:
            print(problem, file=sys.stderr)
        print(f"safety-lessons sign-off: not signed: {', '.join(sorted(blocked))} still "
              f"{'has' if len(blocked) == 1 else 'have'} problems (above); fix them, run `safety-lessons check`, "
              "and sign again", file=sys.stderr)
        return 1
    try:
        done = sign(root, refs, by, dt.date.today())
    except (ContentError, SignOffError, ValueError) as err:
        print(f"safety-lessons sign-off: not signed: {err}", file=sys.stderr)
        return 1
    print(f"Signed off {len(done)} {'lesson' if len(done) == 1 else 'lessons'} for {by}, "
          f"{day(dt.date.today())}: {', '.join(done)}. Recorded in {root.name}/{FILE}: keep it with your lessons.")
    return 0


def _new(root: Path, args: argparse.Namespace) -> int:
    from .authoring.new import ScaffoldError, new_lesson

    try:
        made = new_lesson(root, args.lesson, args.kind, args.policy, title=args.title)
    except ScaffoldError as err:
        print(f"safety-lessons new: {err}", file=sys.stderr)
        return 1
    ref = f"{made.notebook.parent.name}/{made.notebook.stem}"
    rel = root.parent
    print(f"Made the lesson {ref}:")
    print(f"  {made.notebook.relative_to(rel)}: its prose, teacher notes and activities (edit in JupyterLab)")
    print(f"  {made.content.relative_to(rel)}: the words of its activities (edit in any text editor)")
    if made.new_topic:
        print(f"  {(root / 'catalogue.yaml').relative_to(rel)}: the new topic {made.notebook.stem} (check its title, "
              "policy and summary)")
    print("Replace the example words with your own, then run `safety-lessons check`.")
    return 0


def _accept(root: Path) -> int:
    from .content.schema import ContentError
    from .registry import library

    try:
        count = library(root).accept_facts()
    except ContentError as err:
        print("\n".join(str(p) for p in err.problems))
        print("safety-lessons: facts not accepted; fix the problems above first", file=sys.stderr)
        return 1
    print(f"Accepted {count} facts as checked (facts/fingerprints.txt).")
    return 0


def _build_static(root: Path, outdir: Path, *, swap_lessons: bool = False, lean: bool = False) -> int:
    from .static_site import BuildError, build_static

    try:
        lessons = build_static(root, outdir, swap_lessons=swap_lessons, lean=lean)
    except BuildError as err:
        print(f"safety-lessons: {err}", file=sys.stderr)
        return 1
    print(f"Built {len(lessons)} lessons into {outdir}. Copy that folder to any web server; "
          f"pupils open {outdir.name}/index.html from it. Nothing is fetched from the internet. "
          f"The teacher views are in {outdir.name}/teacher/: put that folder behind your staff login "
          "(README: the static site).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
