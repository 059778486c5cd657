"""An id a content file names that does not exist (a service, an app, a person in school, …): one
message with the ids there are, the closest one ("did you mean"), and where a new one is added with
the fields it needs, read from the file's own shape so the advice never drifts from the schema."""

from __future__ import annotations

from collections.abc import Iterable

from .facts import Sourced
from .schema import expected_fields, suggest

SCHOOL_FILE = "lessons/school.yaml"


def unknown(value: str, what: str, options: Iterable[str], add: str = "") -> str:
    """``'childine' is not a service in facts/helplines.yaml; expected one of: …
    (did you mean 'childline'?); to add a new one, …``."""
    known = list(dict.fromkeys(options))
    return (f"'{value}' is not {what}; expected one of: {', '.join(known)}{suggest(value, known)}"
            + (f"; {add}" if add else ""))


def add_fact(kind: type[Sourced], noun: str = "one") -> str:
    """Where a new fact of one kind goes, and its fields: ``to add a new one, put it in
    lessons/facts/helplines.yaml with `name:`, … (and, if needed, …)``."""
    file = next(name for name, k in Sourced.FILES.items() if k is kind)
    return f"to add a new {noun}, put it in lessons/facts/{file}.yaml with {expected_fields(kind)}"


def add_person() -> str:
    return (f"people in school are the roles {SCHOOL_FILE} sets: trusted-adult and safeguarding-lead, and any "
            "other role your school gives words there (form-tutor, head-of-year: …)")


def add_service_or_person() -> str:
    """For a place that takes a service or a person in school (a help card's `who`, a route)."""
    return f"{add_fact(_helpline(), 'service')}; {add_person()}"


def _helpline() -> type[Sourced]:
    return Sourced.FILES["helplines"]
