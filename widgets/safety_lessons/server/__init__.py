"""The classroom server (`safety-lessons serve`): everything that runs in its process. A lesson
page's request stays inside this folder: app (the routes), guard, limits, pages, pulse."""

import sys

# jsonschema (imported by jupyter_server's events and by nbformat) imports `rfc3987_syntax` at once
# where it is installed, and that compiles about 38 Lark grammars: over a second of CPU at every
# start of `serve`, for the two `iri` formats no schema in this process uses. Unimportable, it is
# skipped as jsonschema skips any format checker whose package is missing (python-jsonschema#1428).
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]
