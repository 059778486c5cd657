"""The `safety-lessons` command: `serve` lessons to a class, `check` their content, list the `kinds`
of activity."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .content.library import find_root


def _root(path: str | None) -> Path:
    try:
        return find_root(Path(path) if path else None)
    except FileNotFoundError as err:
        raise SystemExit(f"safety-lessons: {err}") from None


def _port(text: str) -> int:
    port = int(text)
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError("must be between 1 and 65535")
    return port


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="safety-lessons", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="serve the lessons to a class with Voila")
    serve.add_argument("path", nargs="?", help="the lessons folder (default: ./lessons)")
    serve.add_argument("--port", type=_port, default=8866, help="port to listen on (default 8866)")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on (default 127.0.0.1: this computer only)")
    serve.add_argument("--cull-after", type=int, default=300, metavar="SECONDS",
                       help="shut down a closed lesson's kernel after this many idle seconds (default 300)")

    check = commands.add_parser("check", help="check lesson content and notebooks")
    check.add_argument("path", nargs="?", help="the lessons folder (default: ./lessons)")

    kinds = commands.add_parser("kinds", help="list the kinds of activity a lesson can use, with their fields")
    kinds.add_argument("path", nargs="?", help="the lessons folder, for examples (default: ./lessons)")

    args = parser.parse_args(argv)
    root = _root(args.path)
    if args.command == "kinds":
        from .kinds import describe_kinds

        print(describe_kinds(root), end="")
        return 0
    if args.command == "check":
        from .check import check as run_check

        report = run_check(root)
        for problem in report.problems:
            print(problem)
        print(report.summary())
        return 1 if report.errors else 0

    from .server import ServeOptions
    from .server import serve as run_serve

    run_serve(ServeOptions(root=root, host=args.host, port=args.port, cull_after=max(1, args.cull_after)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
