"""What the landing page prefetches for a lesson page (compat item 12)."""

from __future__ import annotations

from pathlib import Path

import pytest
from safety_lessons.server.app import FRONT_END, PAGE_FILES, lesson_front_end
from safety_lessons.server.compat import front_end_urls, webpack_chunks
from safety_lessons.static_site.build import _template_dir


def test_webpack_chunks_are_followed_from_chunk_to_chunk(tmp_path: Path) -> None:
    (tmp_path / "main.js").write_text("Promise.all([r.e(1), r.e(2)]).then(r.bind(r, 2))")
    (tmp_path / "1.js").write_text("n.e(3); n.e(1)")  # a chunk naming one seen already
    (tmp_path / "2.js").write_text("no chunks here")
    (tmp_path / "3.js").write_text("t.e(9)")  # 9.js is not there: left out
    (tmp_path / "4.js").write_text("never asked for")
    assert sorted(webpack_chunks(tmp_path, "main.js", lambda c: f"{c}.js")) == ["1.js", "2.js", "3.js", "main.js"]


def test_a_lesson_pages_files_are_listed_below_the_servers_address(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JUPYTER_PATH", str(_template_dir().parents[2]))  # the classroom template, as `serve` sets it
    urls = front_end_urls("/school/", "classroom", PAGE_FILES, FRONT_END)
    assert all(u.startswith("/school/voila/") for u in urls)
    assert "/school/voila/static/voila.js" in urls
    assert sum(u.startswith("/school/voila/static/") and u.endswith(".voila.js") for u in urls) > 50
    assert any(u.startswith("/school/voila/labextensions/@jupyter-widgets/jupyterlab-manager/static/remoteEntry.")
               for u in urls)
    chunks = [u for u in urls if "/labextensions/" in u and "remoteEntry" not in u and u.endswith(".js")]
    assert chunks == [], chunks  # an extension's chunks are asked for by version: `<id>.<hash>.js?v=<hash>`
    assert any("/templates/classroom/static/classroom.js?v=" in u for u in urls)
    assert "/school/voila/templates/classroom/static/fonts/atkinson-hyperlegible-latin-400-normal.woff2" in urls
    assert len(urls) == len(set(urls))
    assert lesson_front_end("/x/") == lesson_front_end("/x/")  # worked out once per address
