"""Word files: DOCX with python-docx, legacy DOC with Debian's antiword.

DOCX paragraphs and tables are read in document order. A two-column table at the very top is
the document header (issuer and number left, motto and place-date right): it is read column by
column, left before right, as the PDF reader orders page 1. Text typed in pre-Unicode fonts
(.VnTime, VNI-Times) is converted per paragraph (:mod:`vanban.ingest.legacy_fonts`).
"""

from __future__ import annotations

import shutil
import subprocess
import time
import unicodedata
import zipfile
from pathlib import Path

from vanban.errors import InputFileError, MissingDependencyError
from vanban.ingest.legacy_fonts import convert_blocks
from vanban.ingest.options import ExtractOptions
from vanban.ingest.syllables import syllable_share
from vanban.models import PAGE_SEPARATOR, PageText

ANTIWORD_TIMEOUT_S = 120


def _converted_pages(chunks: list[str], engine: str, version: str | None, seconds: float) -> list[PageText]:
    """PageText records for converted documents, legacy fonts converted, NFC."""
    pages = []
    for number, chunk in enumerate(chunks, start=1):
        text, legacy = convert_blocks(unicodedata.normalize("NFC", chunk))
        text = unicodedata.normalize("NFC", text)
        pages.append(
            PageText(
                number=number,
                text=text,
                method="converted",
                engine=engine,
                engine_version=version,
                encoding="+".join(legacy) or None,
                quality=round(syllable_share(text), 4),
                seconds=round(seconds / len(chunks), 4),
                warnings=[f"converted from the {e.upper()} font encoding" for e in legacy]
                + ([] if text.strip() else ["no text on this page"]),
            )
        )
    return pages


def _table_lines(table: object, header: bool) -> list[str]:
    rows = table.rows  # type: ignore[attr-defined]
    cells = [[cell.text.strip() for cell in row.cells] for row in rows]
    if header and cells and all(len(r) == 2 for r in cells):
        return [r[0] for r in cells if r[0]] + [r[1] for r in cells if r[1]]
    lines = []
    for row in cells:
        unique = [c for i, c in enumerate(row) if c and c not in row[:i]]  # merged cells repeat
        if unique:
            lines.append("\t".join(unique))
    return lines


def read_docx(path: Path, options: ExtractOptions) -> list[PageText]:
    """Read a .docx: paragraphs and tables in order (header table column by column)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    started = time.perf_counter()
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise InputFileError(path, f"corrupt Word document ({e})") from e
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            at_top = not any(line.strip() for line in lines)
            lines.extend(_table_lines(Table(child, document), header=at_top))
    text = "\n".join(lines)
    return _converted_pages([text], "python-docx", docx.__version__, time.perf_counter() - started)


def read_doc(path: Path, options: ExtractOptions) -> list[PageText]:
    """Read a legacy Word 97-2003 .doc with antiword (UTF-8 output, form feeds = pages)."""
    antiword = shutil.which("antiword")
    if antiword is None:
        raise MissingDependencyError(
            "antiword is needed to read .doc files: install the Debian package antiword "
            "(apt-get install antiword)"
        )
    started = time.perf_counter()
    try:
        proc = subprocess.run(
            [antiword, "-m", "UTF-8.txt", "-w", "0", str(path)],
            capture_output=True,
            timeout=ANTIWORD_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as e:
        raise InputFileError(path, f"antiword took more than {ANTIWORD_TIMEOUT_S} s") from e
    if proc.returncode != 0:
        reason = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = reason[-1] if reason else f"exit status {proc.returncode}"
        raise InputFileError(path, f"not a readable Word 97-2003 document (antiword: {detail})")
    text = proc.stdout.decode("utf-8", "replace")
    chunks = text.split(PAGE_SEPARATOR)
    if len(chunks) > 1 and not chunks[-1].strip():
        chunks.pop()
    return _converted_pages(chunks, "antiword", None, time.perf_counter() - started)
