"""Find the input files under the paths a user gives: files and folders, recursively, sorted."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from vanban.errors import InputFileError

STORE_SUFFIXES = (".sqlite", ".sqlite-wal", ".sqlite-shm", ".sqlite-journal", ".db", ".db-wal")
"""Our own store files (and SQLite's side files) are never documents."""


def _skipped(name: str) -> bool:
    """Hidden files, editor/Office lock files and store files."""
    return name.startswith((".", "~$")) or name.endswith(STORE_SUFFIXES)


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Yield every input file under ``paths``, each once, in a stable sorted order.

    Folders are walked recursively in sorted order; hidden files and folders (``.git``,
    ``.DS_Store``), Office lock files (``~$x.docx``) and the store's own files are skipped. A
    file named explicitly is always yielded, even if hidden.

    Raises:
        InputFileError: A path does not exist.
    """
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found: Iterable[Path] = _walk(path)
        elif path.exists() or path.is_symlink():
            found = [path]
        else:
            raise InputFileError(path, "no such file or folder")
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                yield file


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not _skipped(name):
                yield Path(root) / name
