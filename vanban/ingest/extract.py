"""One input file -> an :class:`~vanban.models.ExtractedDocument`, page by page, with provenance.

The kind of file is detected from its bytes (then its extension); each kind has one reader
returning :class:`~vanban.models.PageText` records. Bad input raises an
:class:`~vanban.errors.InputFileError` subclass naming the file and the reason, so that the
batch runner can report it and go on.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
import time
from collections.abc import Callable
from pathlib import Path

from vanban.errors import InputFileError
from vanban.ingest.detect import HEAD_BYTES, detect_kind, looks_like_text
from vanban.ingest.encoding import decode_text
from vanban.ingest.options import ExtractOptions
from vanban.ingest.syllables import syllable_share
from vanban.models import PAGE_SEPARATOR, ExtractedDocument, PageText

__all__ = ["EXTRACTOR_VERSION", "ExtractOptions", "extract_text", "sha256_file"]

log = logging.getLogger(__name__)

EXTRACTOR_VERSION = "2"
"""Bump whenever extraction output changes: the store re-extracts files of older versions."""

Reader = Callable[[Path, ExtractOptions], list[PageText]]

_READERS: dict[str, str] = {
    "pdf": "vanban.ingest.pdf:read_pdf",
    "image": "vanban.ingest.images:read_image",
    "docx": "vanban.ingest.office:read_docx",
    "doc": "vanban.ingest.office:read_doc",
    "odt": "vanban.ingest.office:read_odt",
    "rtf": "vanban.ingest.office:read_rtf",
    "html": "vanban.ingest.html:read_html",
    "text": "vanban.ingest.extract:read_plain_text",
}


def sha256_file(path: str | Path) -> str:
    """Hex SHA-256 of a file's bytes, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _probe(path: Path) -> tuple[bytes, int]:
    """Return the first bytes and the size of ``path``; translate OS errors to InputFileError."""
    if path.is_dir():
        raise InputFileError(path, "is a folder, not a file")
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(HEAD_BYTES)
    except FileNotFoundError as e:
        raise InputFileError(path, "no such file") from e
    except PermissionError as e:
        raise InputFileError(path, "cannot read the file: permission denied") from e
    except OSError as e:
        raise InputFileError(path, f"cannot read the file: {e.strerror or e}") from e
    if size == 0:
        raise InputFileError(path, "empty file (0 bytes)")
    return head, size


def _reader(kind: str) -> Reader:
    module, name = _READERS[kind].split(":")
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


def extract_text(path: str | Path, *, options: ExtractOptions | None = None) -> ExtractedDocument:
    """Extract the text of one file, page by page, with how each page was obtained.

    Args:
        path: A PDF, image (PNG/JPEG/TIFF, multi-page too), DOCX, DOC, HTML or text file.
        options: Extraction options; defaults are the measured best.

    Returns:
        The extracted document; pages are NFC text.

    Raises:
        InputFileError: Empty, unreadable, corrupt file, or no text found at all.
        EncryptedFileError: A password-protected PDF.
        UnsupportedFormatError: A file of a type vanban does not read.
        MissingDependencyError: Tesseract, its language data or antiword is missing.
    """
    path = Path(path)
    opts = options or ExtractOptions()
    head, size = _probe(path)
    kind = detect_kind(path, head)
    pages = _reader(kind)(path, opts)
    if not any(p.text.strip() for p in pages):
        notes = sorted({w for p in pages for w in p.warnings})
        detail = f" ({'; '.join(notes)})" if notes else ""
        raise InputFileError(path, f"no text found in this {kind} file{detail}")
    for page in pages:
        if PAGE_SEPARATOR in page.text:
            page.text = page.text.replace(PAGE_SEPARATOR, "\n")
    log.debug("%s: %s, %d pages", path, kind, len(pages))
    return ExtractedDocument(
        source=str(path),
        sha256=sha256_file(path),
        size=size,
        kind=kind,
        extractor_version=EXTRACTOR_VERSION,
        pages=pages,
    )


def read_plain_text(path: Path, options: ExtractOptions) -> list[PageText]:
    """Read a text file (any supported encoding); form feeds separate pages."""
    started = time.perf_counter()
    data = path.read_bytes()
    if not looks_like_text(data[:HEAD_BYTES]):
        raise InputFileError(path, "not a text file: binary content")
    text, encoding = decode_text(data)
    chunks = text.split(PAGE_SEPARATOR)
    seconds = (time.perf_counter() - started) / len(chunks)
    return [
        PageText(
            number=i,
            text=chunk,
            method="plain_text",
            engine="vanban",
            engine_version=EXTRACTOR_VERSION,
            encoding=encoding,
            quality=round(syllable_share(chunk), 4),
            seconds=round(seconds, 6),
            warnings=[] if chunk.strip() else ["no text on this page"],
        )
        for i, chunk in enumerate(chunks, start=1)
    ]

