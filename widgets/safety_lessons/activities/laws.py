"""What the law says: laws named by id, stated once in ``lessons/facts/laws.yaml``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..content.activity import Activity, Context
from ..content.facts import Law


@dataclass(frozen=True, kw_only=True)
class TheLaw(Activity):
    """What the law says about something, in plain words, from facts/laws.yaml (never written here)."""

    laws: tuple[str, ...]  # ids in facts/laws.yaml, shown in this order

    def counted(self) -> tuple[tuple[str, ...], int] | None:
        return ("laws",), len(self.laws)

    def facts(self) -> Iterator[tuple[str, str]]:
        return (("laws", law) for law in self.laws)

    def check(self) -> Iterator[tuple[str, str]]:
        if not self.laws:
            yield "laws", "is empty; list at least one law id from facts/laws.yaml"
        if len(set(self.laws)) != len(self.laws):
            yield "laws", "names a law twice; keep each once"

    def check_with(self, ctx: Context) -> Iterator[tuple[str, str]]:
        known = ctx.facts(Law)
        for i, law in enumerate(self.laws, 1):
            if law not in known:
                yield f"laws[{i}]", f"'{law}' is not in facts/laws.yaml; expected one of: {', '.join(known)}"
