"""Reading and checking content: the files under lessons/ (notebooks, lesson YAML, catalogue,
facts, school, characters, words) as checked, typed values with file:line problems, and the rules
`check` applies to them (safeguarding words, counts, reading level, facts and their remits).

No widgets and no server: a lesson's kernel, `check`, `serve`, `build-static` and the review
pack all read content through here. `library.Library` is the way in."""
