"""PDF pages: the text layer when it is good, OCR when it is missing or garbage.

Bulk text comes from pypdfium2 (measured 1,617 pages/s here against pdfplumber's 22.5). The
two-column header of page 1 is put in reading order from positioned text runs
(:mod:`vanban.ingest.layout`); the runs come from pypdfium2's text rectangles by default, or from
pdfplumber's words (``header_engine="pdfplumber"``, page 1 only) — the benchmark measures both.

Each page's text layer is converted from TCVN3/VNI when it is legacy-font mojibake, then scored
(share of Vietnamese syllables). No text, only a stamp's worth of text over a scanned image, or
a score under ``min_quality`` sends the page to OCR, rendered by pypdfium2 straight to a PIL
image (no PNG round trip). The page keeps the text layer if OCR reads it no better.
"""

from __future__ import annotations

import ctypes
import logging
import re
import time
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from vanban.errors import EncryptedFileError, InputFileError
from vanban.ingest.layout import Segment, header_columns
from vanban.ingest.legacy_fonts import convert_blocks
from vanban.ingest.options import ExtractOptions
from vanban.ingest.paragraphs import Line, join_lines
from vanban.ingest.syllables import syllable_share
from vanban.models import PageText

log = logging.getLogger(__name__)

ENGINE = "pypdfium2"
ENGINE_VERSION = f"{pdfium.version.PYPDFIUM_INFO} (pdfium {pdfium.version.PDFIUM_INFO})"
_LINE = re.compile(r"[^\r\n]+")
"""A visual line of a pdfium text layer (pdfium ends each with CR LF)."""
_STAMP_LETTERS = 200
"""A page with a large image and fewer letters than this has only a stamp's text layer."""
_HEADER_SHARE = 0.45
"""The two-column header lies in the top 45 % of page 1."""
_BODY_CHARS = 120
"""Characters read below the header share before giving up on finding more header text."""
_LARGE_IMAGE = 0.5
"""Share of the page area an image must cover to count as a scan."""


def _open(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise EncryptedFileError(
                path,
                "encrypted PDF (password protected); decrypt it first, e.g. "
                "`qpdf --decrypt --password=PASSWORD in.pdf out.pdf`",
            ) from e
        raise InputFileError(path, f"corrupt or truncated PDF ({e})") from e


def read_pdf(path: Path, options: ExtractOptions) -> list[PageText]:
    """Extract every page of a PDF; a page that fails to load is empty with a warning."""
    pdf = _open(path)
    try:
        count = len(pdf)
        if count == 0:
            raise InputFileError(path, "corrupt or truncated PDF (no pages)")
        return [_read_page(path, pdf, index, options) for index in range(count)]
    finally:
        pdf.close()


def _read_page(path: Path, pdf: pdfium.PdfDocument, index: int, options: ExtractOptions) -> PageText:
    started = time.perf_counter()
    try:
        page = pdf[index]
    except pdfium.PdfiumError as e:
        return PageText(number=index + 1, text="", method="text_layer", engine=ENGINE,
                        engine_version=ENGINE_VERSION, warnings=[f"page cannot be loaded: {e}"])  # fmt: skip
    try:
        text, encoding, warnings = _text_layer(path, page, index, options)
        quality = syllable_share(text)
        reason = _ocr_reason(page, text, quality, options)
        if reason:
            ocr_page = _ocr_page(page, index, options, reason)
            if _better(ocr_page, text, quality, options):
                ocr_page.seconds = round(time.perf_counter() - started, 4)
                return ocr_page
            warnings.append(f"OCR ({reason}) read no better than the text layer; kept the text layer")
        return PageText(
            number=index + 1,
            text=text,
            method="text_layer",
            engine=ENGINE,
            engine_version=ENGINE_VERSION,
            encoding=encoding,
            quality=round(quality, 4),
            seconds=round(time.perf_counter() - started, 4),
            warnings=warnings,
        )
    finally:
        page.close()


def _text_layer(
    path: Path, page: pdfium.PdfPage, index: int, options: ExtractOptions
) -> tuple[str, str | None, list[str]]:
    """NFC text of the page's text layer: page 1's header in order, wrapped lines joined into
    paragraphs (:mod:`vanban.ingest.paragraphs`), legacy fonts converted."""
    textpage = page.get_textpage()
    try:
        raw_text = textpage.get_text_range()
        lines = _visual_lines(textpage, raw_text)
        text = None
        if index == 0 and options.header_layout and raw_text.strip():
            text = _header_in_order(path, page, textpage, raw_text, lines, options)
        if text is None:
            text = join_lines(lines) if options.paragraphs else raw_text
    finally:
        textpage.close()
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    converted, legacy = convert_blocks(text)
    if legacy:
        names = "+".join(legacy)
        return converted, names, [f"text layer converted from the {names.upper()} font encoding"]
    return text, None, []


def _visual_lines(textpage: pdfium.PdfTextPage, text: str) -> list[Line]:
    """The page's lines as pdfium breaks them, each with the box of its first and last glyph.

    Only two or three character boxes are read per line, so this stays cheap on long pages.
    """
    rect = pdfium_c.FS_RECTF()
    get_box, raw = pdfium_c.FPDFText_GetLooseCharBox, textpage.raw

    def box(index: int) -> tuple[float, float, float, float] | None:
        # Loose boxes span the font's ascent and descent: equal heights for every glyph of a
        # line, so gaps between lines are comparable (tight boxes of "c" and "Đ" differ).
        if text[index].isspace() or not get_box(raw, index, rect):
            return None
        x0, x1, y0, y1 = rect.left, rect.right, rect.bottom, rect.top
        return (x0, x1, y0, y1) if x1 - x0 > 0.1 and y1 - y0 > 0.5 else None

    found: list[tuple[str, tuple[float, float, float, float] | None]] = []
    for match in _LINE.finditer(text):
        start, end = match.span()
        first = next((b for i in range(start, min(end, start + 8)) if (b := box(i))), None)
        last = next((b for i in range(end - 1, max(start, end - 8) - 1, -1) if (b := box(i))), None)
        if first is not None and last is not None:
            bottom, top = min(first[2], last[2]), max(first[3], last[3])
            found.append((match.group(), (first[0], last[1], bottom, top)))
        elif match.group().strip():  # text without glyph boxes: kept, placed by its neighbours
            found.append((match.group(), None))
    boxes = [b for _, b in found if b is not None]
    if not boxes:
        return [Line(t, 0.0, 0.0, 0.0, 0.0) for t, _ in found]
    lines, near = [], boxes[0]
    for line_text, b in found:
        near = b or near
        x0, x1, bottom, top = near if b else (near[0], near[0], near[2], near[2])
        lines.append(Line(line_text, x0, x1, bottom, top))
    return lines


def _pdfium_segments(
    page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, text: str
) -> list[Segment]:
    """Runs of characters on one line, split at line breaks and at column-wide gaps.

    (pypdfium2's own text rectangles may span both header columns, so characters are grouped
    here.) Only the top of the page matters: reading stops after ``_BODY_CHARS`` characters
    below ``_HEADER_SHARE`` of the page height. Character boxes come straight from pdfium
    through reused ctypes doubles: this loop is most of the cost of reading a text-layer PDF.
    """
    height = page.get_height()
    floor = height * (1 - _HEADER_SHARE)
    segments: list[Segment] = []
    chars: list[str] = []
    box_x0 = box_x1 = box_bottom = box_top = 0.0
    last: tuple[float, float, float, float] | None = None  # last visible box of the run
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    get_box, raw = pdfium_c.FPDFText_GetCharBox, textpage.raw
    below = 0

    def close() -> None:
        if last is not None:
            segments.append(
                Segment(box_x0, height - box_top, box_x1, height - box_bottom, "".join(chars))
            )
        chars.clear()

    for index, ch in enumerate(text):
        if ch == "\n" or ch == "\r":
            close()
            last = None
            continue
        get_box(raw, index, left, right, bottom, top)
        x0, x1, y0, y1 = left.value, right.value, bottom.value, top.value
        if y1 < floor:
            below += 1
            if below > _BODY_CHARS:
                break
        if x1 - x0 > 0.1 and y1 - y0 > 0.5:  # a visible glyph (not a space or a marker)
            if last is not None and (x0 - last[2] > 2 * (last[3] - last[1]) or x1 < last[0]):
                close()
                last = None
            if last is None:
                box_x0, box_x1, box_bottom, box_top = x0, x1, y0, y1
            else:
                box_x0, box_x1 = min(box_x0, x0), max(box_x1, x1)
                box_bottom, box_top = min(box_bottom, y0), max(box_top, y1)
            last = (x0, y0, x1, y1)
        chars.append(ch)
    close()
    return segments


def _pdfplumber_segments(path: Path) -> tuple[list[Segment], float]:
    import pdfplumber

    with pdfplumber.open(path, pages=[1]) as pdf:
        page = pdf.pages[0]
        words = page.extract_words(keep_blank_chars=True, x_tolerance=1.5)
        segments = [Segment(w["x0"], w["top"], w["x1"], w["bottom"], w["text"]) for w in words]
        return segments, float(page.width)


def _header_in_order(
    path: Path,
    page: pdfium.PdfPage,
    textpage: pdfium.PdfTextPage,
    text: str,
    lines: list[Line],
    options: ExtractOptions,
) -> str | None:
    """Page-1 text with the header's left column before its right column, then the rest of
    the page; None when the page has no two-column header."""
    if options.header_engine == "pdfplumber":
        segments, width = _pdfplumber_segments(path)
    else:
        segments, width = _pdfium_segments(page, textpage, text), page.get_width()
    columns = header_columns(segments, width)
    if columns is None:
        return None
    height = page.get_height()
    below = [s.top for s in segments if s.top >= columns.bottom - 1]
    cut = min(below, default=height)
    boundary = height - (columns.bottom + cut) / 2  # PDF y of the middle of the gap
    rest = [line for line in lines if (line.top + line.bottom) / 2 < boundary]
    if options.paragraphs:
        return columns.text + "\n\n" + join_lines(rest)
    return columns.text + "\n" + "\n".join(line.text for line in rest)


def _letters(text: str) -> int:
    return sum(map(str.isalpha, text))


def _image_cover(page: pdfium.PdfPage) -> float:
    """Share of the page covered by its largest image object."""
    area = page.get_width() * page.get_height() or 1.0
    best = 0.0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        best = max(best, (right - left) * (top - bottom) / area)
    return best


def _ocr_reason(page: pdfium.PdfPage, text: str, quality: float, options: ExtractOptions) -> str:
    """Why this page should be OCR'd ('' when its text layer is good)."""
    letters = _letters(text)
    if options.force_ocr:
        return "forced"
    if letters == 0:
        return "no text layer"
    if letters < _STAMP_LETTERS and _image_cover(page) >= _LARGE_IMAGE:
        return f"only {letters} letters of text over a scanned image"
    if letters >= options.min_letters and quality < options.min_quality:
        return f"garbled text layer (quality {quality:.2f} < {options.min_quality:g})"
    if letters < options.min_letters and _image_cover(page) > 0:
        return f"only {letters} letters of text"
    return ""


def _render(page: pdfium.PdfPage, options: ExtractOptions, warnings: list[str]):  # noqa: ANN202
    width, height = page.get_size()
    scale = options.dpi / 72
    pixels = width * scale * height * scale
    if pixels > options.max_image_pixels:
        scale *= (options.max_image_pixels / pixels) ** 0.5
        warnings.append(f"page rendered at {scale * 72:.0f} dpi (too large for {options.dpi} dpi)")
    return page.render(scale=scale, grayscale=True).to_pil()


def _ocr_page(page: pdfium.PdfPage, index: int, options: ExtractOptions, reason: str) -> PageText:
    from vanban.ingest.ocr import ocr_image, ocr_page

    warnings = [f"OCR: {reason}"]
    image = _render(page, options, warnings)
    result = ocr_image(image, options, header=index == 0 and options.header_layout)
    return ocr_page(index + 1, result, warnings, result.seconds)


def _better(ocr_page: PageText, text: str, quality: float, options: ExtractOptions) -> bool:
    """Keep OCR unless the text layer was substantial and OCR scores lower."""
    if options.force_ocr or _letters(text) < options.min_letters:
        return True
    return (ocr_page.quality or 0.0) >= quality
