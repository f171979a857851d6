"""Input discovery: files and folders, recursive, sorted, no hidden or store files."""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.errors import InputFileError
from vanban.ingest.discover import iter_input_files


def test_walks_sorted_and_skips_hidden_and_store_files(tmp_path: Path) -> None:
    for rel in ["b.txt", "a.pdf", "sub/c.docx", "sub/.hidden.txt", ".git/x.txt", "sub/~$c.docx",
                "processed/vanban.sqlite", "processed/vanban.sqlite-wal", "z/y/d.html"]:  # fmt: skip
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_input_files([tmp_path])]
    assert found == ["a.pdf", "b.txt", "sub/c.docx", "z/y/d.html"]


def test_files_given_explicitly_and_duplicates(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / ".b.txt").write_text("x")
    found = list(iter_input_files([tmp_path / ".b.txt", tmp_path, str(tmp_path / "a.txt")]))
    assert found == [tmp_path / ".b.txt", tmp_path / "a.txt"]


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="no such file or folder"):
        list(iter_input_files([tmp_path / "nope"]))
