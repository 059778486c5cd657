"""The made-up people lessons picture (characters.yaml) and their SVG pictures: read once per
library, each picture made safe to put in a page when first shown, and the checks on both."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .files import Files
from .model import Cast
from .schema import ContentError, Problem, line_of


@dataclass
class CastFiles(Files):
    """The lessons tree's files and its characters with their pictures (the library's cast part)."""

    _pictures: dict[str, str] = field(default_factory=dict, repr=False)  # character id → markup ("": none)

    @property
    def cast_path(self) -> Path:
        return self.root / "characters.yaml"

    @cached_property
    def cast(self) -> Cast:
        return self._must(self.cast_path, Cast)

    @property
    def pictures_folder(self) -> Path:
        """Where characters.yaml says the pictures are (normally ../assets/characters)."""
        return Path(os.path.normpath(self.root / self.cast.pictures))

    def picture_path(self, character_id: str) -> Path:
        return self.pictures_folder / self.cast.characters[character_id].picture

    def picture(self, character_id: str) -> str:
        """A character's picture as markup to put in the page, named for screen readers; ""
        when it cannot be shown (`check` says why). Each file is read once, when first shown."""
        from .pictures import unique_ids  # a lesson with no pictures never loads the SVG checks

        if character_id not in self._pictures:
            self._pictures[character_id] = self._read_picture(character_id)
        return unique_ids(self._pictures[character_id])

    def _read_picture(self, character_id: str) -> str:
        from .pictures import inline_svg, svg_problems

        try:
            character = self.cast.characters.get(character_id)
            if character is None:
                return ""
            text = self.picture_path(character_id).read_text(encoding="utf-8")
        except (ContentError, OSError, UnicodeDecodeError):
            return ""
        return "" if svg_problems(text) else inline_svg(text, character.description)

    def cast_problems(self) -> list[Problem]:
        """Every problem in characters.yaml and the pictures it names (none if there is no file)."""
        from .pictures import svg_problems

        if not self.cast_path.is_file():
            return []
        try:
            cast = self.cast
        except ContentError as err:
            return err.problems
        problems: list[Problem] = []
        file = self.rel(self.cast_path)
        folder = self.pictures_folder
        if not folder.is_dir():
            return [Problem(file, line_of(cast, "pictures"), "pictures",
                            f"there is no folder {self.rel(folder)}; expected the folder of character "
                            "pictures, written from the lessons folder (e.g. ../assets/characters)")]
        for key, character in cast.characters.items():
            path = self.picture_path(key)
            if not path.is_file():
                problems.append(Problem(file, line_of(character, "picture"), f"characters.{key}.picture",
                                        f"there is no {character.picture} in {self.rel(folder)}; "
                                        "expected the SVG file of this character's picture"))
                continue
            try:
                found = svg_problems(path.read_text(encoding="utf-8"))
            except UnicodeDecodeError:
                found = [(1, "is not UTF-8 text; save the SVG as UTF-8")]
            problems.extend(Problem(self.rel(path), line, "(picture)", message) for line, message in found)
        return problems
