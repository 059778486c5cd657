"""The facts in facts/ (helplines, apps, age rules, laws): each kind read once per library, and
the checks on them: unknown and stray files, facts changed since they were accepted or not checked
for a year, bands a service names, secondary sources."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from .facts import Helpline, Sourced
from .files import Files
from .schema import ContentError, Problem, line_in, line_of, suggest

S = TypeVar("S", bound=Sourced)


@dataclass
class Facts(Files):
    """The lessons tree's files and its facts (the library's facts part)."""

    _facts: dict[type[Sourced], dict[str, Sourced]] = field(default_factory=dict, repr=False)

    def facts(self, kind: type[S]) -> dict[str, S]:
        """Every fact of one kind, from its file in facts/ (read once per library)."""
        if kind not in self._facts:
            self._facts[kind] = self._must(self.fact_path(kind), dict[str, kind])  # type: ignore[valid-type]
        return self._facts[kind]  # type: ignore[return-value]

    def fact_path(self, kind: type[Sourced]) -> Path:
        file = next(name for name, k in Sourced.FILES.items() if k is kind)
        return self.root / "facts" / f"{file}.yaml"

    @property
    def helplines(self) -> dict[str, Helpline]:
        return self.facts(Helpline)

    def confidential_services(self) -> list[str] | None:
        """Names of the services whose own pages say they are confidential (the only things a
        lesson may call confidential); None (not known) while helplines.yaml has problems."""
        try:
            return [str(h.name) for h in self.helplines.values() if h.confidential]
        except ContentError:
            return None

    def facts_problems(self) -> list[Problem]:
        """Every problem in facts/: unreadable files, unknown files, facts not checked for a year."""
        from . import fingerprints  # `check` only: a lesson's kernel never reads the fingerprints

        problems: list[Problem] = []
        folder = self.root / "facts"
        known = {f"{name}.yaml" for name in Sourced.FILES}
        for path in sorted(folder.iterdir()) if folder.is_dir() else []:
            if path.name in known or path.name == fingerprints.FILE or path.name.startswith("."):
                continue
            if re.fullmatch(r"[a-z0-9][a-z0-9-]*\.yaml", path.name):
                problems.append(Problem(self.rel(path), 1, "(file name)", "is not a kind of fact; expected "
                                        f"one of: {', '.join(sorted(known))}"))
            else:  # a backup such as `helplines (copy).yaml` or `apps.yaml.bak`: never read
                problems.append(Problem(self.rel(path), 1, "(file name)", (
                    "is a stray file (a backup or a copy?), not read as facts: facts/ holds only "
                    f"{', '.join(sorted(known))} and {fingerprints.FILE}; move it out of the lessons folder, or "
                    "delete it"), warning=True))
        today = dt.date.today()
        stamps = fingerprints.read(folder)
        if stamps is None:
            problems.append(Problem(self.rel(folder / fingerprints.FILE), 1, "(file)",
                                    "is missing, so changed facts cannot be told from checked ones; run "
                                    "`safety-lessons check --accept` to record the facts as they are", warning=True))
        for name, kind in Sourced.FILES.items():
            try:
                facts = self.facts(kind)
            except ContentError as err:
                problems.extend(err.problems)
                continue
            file = self.rel(self.fact_path(kind))
            problems.extend(Problem(file, line_of(fact), key, message, warning=not error)
                            for key, fact in facts.items()
                            for error, message in fingerprints.drift(stamps or {}, name, key, fact)
                            if stamps is not None)
            problems.extend(
                Problem(file, line_of(fact, "checked"), f"{key}.checked",
                        f"last checked {fact.checked}, over a year ago; check the source and update the date",
                        warning=True)
                for key, fact in facts.items() if fact.stale(today))
        problems.extend(self._band_word_problems())
        return problems

    def _band_word_problems(self) -> Iterator[Problem]:
        """A service's `when-by-band` names only bands in catalogue.yaml."""
        try:
            services, bands = self.helplines, list(self.catalogue.bands)
        except ContentError:
            return  # that file's own problems say what is wrong
        file = self.rel(self.fact_path(Helpline))
        for key, service in services.items():
            for band in service.when_by_band or {}:
                if band not in bands:
                    yield Problem(file, line_in(service, f"when-by-band.{band}", line_of(service)),
                                  f"{key}.when-by-band.{band}", f"'{band}' is not a band in catalogue.yaml; expected "
                                  f"one of: {', '.join(bands)}{suggest(band, bands)}")

    def source_problems(self, shown: dict[tuple[str, str], list[str]]) -> list[Problem]:
        """A secondary source is an error for a fact pupils see (`shown`: (file, id) → lessons that
        show it) and a warning for one no lesson shows yet."""
        problems = []
        for name, kind in Sourced.FILES.items():
            try:
                facts = self.facts(kind)
            except ContentError:
                continue  # facts_problems reports it
            file = self.rel(self.fact_path(kind))
            for key, fact in facts.items():
                if fact.source_kind != "secondary":
                    continue
                where = shown.get((name, key))
                if where:
                    message = (f"pupils see this fact ({', '.join(where)}), but its source is secondary; find the "
                               "primary source (the service's own page, the law or the regulator) and update "
                               "source, source-kind and checked, or stop showing it")
                else:
                    message = ("the source is secondary (not the service's own page, the law or the regulator); "
                               "find the primary source before a lesson shows it")
                problems.append(Problem(file, line_of(fact, "source_kind"), f"{key}.source-kind", message,
                                        warning=not where))
        return problems

    def accept_facts(self) -> int:
        """Record every fact as it is now in facts/fingerprints.txt (raises ContentError if a facts
        file cannot be read: fix it first)."""
        from . import fingerprints

        every = [(name, key, fact) for name, kind in Sourced.FILES.items() for key, fact in self.facts(kind).items()]
        return fingerprints.write(self.root / "facts", every)
