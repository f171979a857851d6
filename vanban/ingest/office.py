"""Office files: DOCX with python-docx, legacy DOC with Debian's antiword, OpenDocument text
(.odt, the ODF format Vietnamese state bodies are asked to use) from its XML with lxml, and RTF
with striprtf.

Paragraphs and tables are read in document order. A two-column table at the very top is
the document header (issuer and number left, motto and place-date right): it is read column by
column, left before right, as the PDF reader orders page 1. Text typed in pre-Unicode fonts
(.VnTime, VNI-Times) is converted per paragraph (:mod:`vanban.ingest.legacy_fonts`).
"""

from __future__ import annotations

import codecs
import re
import shutil
import subprocess
import time
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

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


def _table_lines(cells: list[list[str]], header: bool) -> list[str]:
    """Lines of a table given as rows of cell texts (a header table column by column)."""
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
            rows = Table(child, document).rows
            cells = [[cell.text.strip() for cell in row.cells] for row in rows]
            lines.extend(_table_lines(cells, header=at_top))
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


_ODF = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
}
_T, _TABLE = "{%s}" % _ODF["text"], "{%s}" % _ODF["table"]


def _odf_inline(element: Any) -> str:
    """The text of a paragraph: ``text:s`` spaces, tabs and line breaks kept, notes' marks
    dropped (their bodies are read after the paragraph)."""
    parts = [element.text or ""]
    for child in element:
        tag = child.tag
        if tag == _T + "s":
            parts.append(" " * int(child.get(_T + "c", "1")))
        elif tag == _T + "tab":
            parts.append("\t")
        elif tag == _T + "line-break":
            parts.append("\n")
        elif tag != _T + "note":
            parts.append(_odf_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _odf_lines(container: Any, lines: list[str]) -> None:
    """Append the lines of the block elements of ``container`` in document order."""
    for child in container:
        tag = child.tag
        if tag in (_T + "p", _T + "h"):
            lines.append(_odf_inline(child))
            for body in child.iter(_T + "note-body"):
                _odf_lines(body, lines)
        elif tag == _TABLE + "table":
            rows = [[" ".join(_odf_inline(p) for p in cell.iter(_T + "p", _T + "h")).strip()
                     for cell in row.iter(_TABLE + "table-cell")]
                    for row in child.iter(_TABLE + "table-row")]
            lines.extend(_table_lines(rows, header=not any(line.strip() for line in lines)))
        elif tag != _T + "tracked-changes":  # deleted text is not the document's
            _odf_lines(child, lines)  # lists, list items, sections: their paragraphs in order


def read_odt(path: Path, options: ExtractOptions) -> list[PageText]:
    """Read an OpenDocument text file (.odt): paragraphs, headings, lists, tables, footnotes."""
    from lxml import etree

    started = time.perf_counter()
    try:
        with zipfile.ZipFile(path) as z:
            content = z.read("content.xml")
        root = etree.fromstring(content, etree.XMLParser(resolve_entities=False, huge_tree=True))
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as e:
        raise InputFileError(path, f"corrupt OpenDocument file ({e})") from e
    lines: list[str] = []
    for text in root.iterfind("office:body/office:text", _ODF):
        _odf_lines(text, lines)
    seconds = time.perf_counter() - started
    return _converted_pages(["\n".join(lines)], "lxml", etree.__version__, seconds)


_CODE_PAGE = re.compile(rb"\\ansicpg(\d+)")


def read_rtf(path: Path, options: ExtractOptions) -> list[PageText]:
    """Read an RTF file: ``\\uN`` characters as they are, ``\\'xx`` bytes in the document's
    code page (``\\ansicpg``, Windows-1258 in Vietnamese Word), legacy fonts converted."""
    import striprtf
    from striprtf.striprtf import rtf_to_text

    started = time.perf_counter()
    data = path.read_bytes()
    found = _CODE_PAGE.search(data[:4096])
    encoding = f"cp{found.group(1).decode()}" if found else "cp1252"
    try:
        codecs.lookup(encoding)
    except LookupError:
        encoding = "cp1252"
    try:
        text = rtf_to_text(data.decode("latin-1"), encoding=encoding, errors="replace")
    except (ValueError, IndexError) as e:
        raise InputFileError(path, f"corrupt RTF document ({e})") from e
    seconds = time.perf_counter() - started
    return _converted_pages([text], "striprtf", striprtf.__version__, seconds)
