"""What kind of file is this? Magic bytes first, the extension second.

A ``.pdf`` that is really a PNG is read as a PNG; a file whose extension promises a binary
format that its content does not have, or whose content is binary of no known type, is an
:class:`~vanban.errors.UnsupportedFormatError` naming the file and what was found.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from vanban.errors import UnsupportedFormatError

HEAD_BYTES = 8192
"""How much of a file :func:`detect_kind` looks at."""

KINDS = ("pdf", "image", "docx", "doc", "odt", "rtf", "html", "text")

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image"),
    (b"\xff\xd8\xff", "image"),  # JPEG
    (b"II*\x00", "image"),  # TIFF, little-endian
    (b"MM\x00*", "image"),  # TIFF, big-endian
    (b"GIF87a", "image"),
    (b"GIF89a", "image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "doc"),  # OLE2: Word 97-2003 (antiword tells others)
    (b"{\\rtf", "rtf"),
)

_EXTENSIONS = {
    ".pdf": "pdf",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".tif": "image",
    ".tiff": "image",
    ".gif": "image",
    ".webp": "image",
    ".bmp": "image",
    ".docx": "docx",
    ".doc": "doc",
    ".odt": "odt",
    ".rtf": "rtf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".csv": "text",
}

_OTHER_FORMATS = {
    b"PK\x03\x04": "a ZIP archive that is neither a Word .docx nor an OpenDocument .odt",
    b"\x1f\x8b": "a gzip archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
}

_HTML = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")


def _magic_kind(path: Path, head: bytes) -> str | None:
    if b"%PDF-" in head[:1024]:
        return "pdf"
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image"
    if head.startswith(b"PK\x03\x04"):
        return _zipped_kind(path)
    return None


def _zipped_kind(path: Path) -> str | None:
    """The kind of a ZIP that holds a Word document ("docx") or an OpenDocument text ("odt")."""
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "content.xml" in names and "mimetype" in names:
                return "odt" if z.read("mimetype").strip() == _ODT_MIME else None
    except (zipfile.BadZipFile, OSError):
        return None
    return None


_ODT_MIME = b"application/vnd.oasis.opendocument.text"


def looks_like_text(head: bytes) -> bool:
    """True when ``head`` is plausibly text: UTF-16 with a BOM or few control bytes."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if utf16_without_bom(head):
        return True
    if b"\x00" in head:
        return False
    return len(_CONTROL.findall(head)) <= max(2, len(head) // 200)


def utf16_without_bom(head: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when ``head`` looks like BOM-less UTF-16, else None.

    In UTF-16 Vietnamese text the high byte of most characters is zero (ASCII letters, spaces,
    digits) while the low byte almost never is.
    """
    even, odd = head[0::2], head[1::2]
    if len(head) < 8:
        return None
    for zeros, other, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= len(zeros) // 2 and other.count(0) <= len(other) // 20:
            return name
    return None


def _looks_like_html(head: bytes) -> bool:
    probe = head.replace(b"\x00", b"")  # UTF-16 pages
    return _HTML.search(probe[:4096]) is not None


def detect_kind(path: Path, head: bytes) -> str:
    """Return the kind of ``path`` (one of :data:`KINDS`) from its first bytes and extension.

    Raises:
        UnsupportedFormatError: The content is of no type vanban reads, or contradicts an
            extension that names a binary format.
    """
    kind = _magic_kind(path, head)
    if kind is not None:
        return kind
    for magic, what in _OTHER_FORMATS.items():
        if head.startswith(magic):
            raise UnsupportedFormatError(path, f"unsupported file type: {what}")
    by_extension = _EXTENSIONS.get(path.suffix.lower())
    text_like = looks_like_text(head)
    if text_like and _looks_like_html(head) and by_extension in (None, "html", "text"):
        return "html"
    if by_extension in (None, "text", "html") and text_like:
        return by_extension or "text"
    if by_extension in ("pdf", "image", "docx", "doc", "odt", "rtf"):
        found = "plain text" if text_like else "binary data of an unknown type"
        raise UnsupportedFormatError(
            path, f"named {path.suffix} but its content is not a {by_extension} file ({found})"
        )
    raise UnsupportedFormatError(path, "unsupported file type: binary data of an unknown type")
