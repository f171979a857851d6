"""Tesseract OCR of one page image: one thread per process, a time limit, never a dead batch.

Measured on the project's 2-core machine (issue #3): Tesseract with its default OpenMP threading
is 6x slower than with ``OMP_THREAD_LIMIT=1``, so each Tesseract process gets one thread and
parallelism comes from worker processes. Images go to Tesseract as uncompressed files (encoding
a noisy 300 dpi scan as PNG costs more than the OCR saves). A timeout or crash on a page gives
an empty page and a warning; a missing Tesseract or language pack is one clear error naming the
Debian package.

Text is returned as Tesseract gives it, in NFC, except that the Icelandic eth ``Ð``/``ð`` that
``vie`` outputs for ``Đ``/``đ`` is mapped back (domain spec §5.2): an eth is never right in
Vietnamese, and exact citation recall on a synthetic scan went from 78 % to 100 % with the map.
A run of D-with-stroke glyphs holding an eth (``QĐÐ``, ``QĐÐĐ``: one "Đ" read twice) becomes one
"Đ" first.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import re
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytesseract
from PIL import Image

from vanban.errors import MissingDependencyError
from vanban.ingest.images import deskew, to_ocr_image
from vanban.ingest.layout import Segment, header_columns
from vanban.ingest.options import ExtractOptions
from vanban.ingest.paragraphs import Line, join_lines
from vanban.ingest.syllables import syllable_share
from vanban.models import PageText

log = logging.getLogger(__name__)

ENGINE = "tesseract"
TRANSFER_FORMAT = "BMP"
"""How page images are handed to Tesseract: uncompressed (PNG encoding of scans is slow)."""

_ETH = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})
_DOUBLED_D = re.compile("[\u0110\u00d0]*\u00d0[\u0110\u00d0]*")
"""``vie`` often reads one "Đ" as "ĐÐ" or "ĐÐĐ" (``QĐÐ``): a run holding an eth is one Đ."""
_LOW_CONFIDENCE = 50.0
"""Below this mean word confidence a page is tried again after orientation detection."""


@dataclass
class OcrResult:
    """The text of one image and how the OCR went."""

    text: str
    confidence: float | None
    seconds: float
    engine_version: str
    warnings: list[str] = field(default_factory=list)


@contextlib.contextmanager
def _one_thread() -> Iterator[None]:
    """Run Tesseract subprocesses with ``OMP_THREAD_LIMIT=1`` (pytesseract passes os.environ)."""
    old = os.environ.get("OMP_THREAD_LIMIT")
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("OMP_THREAD_LIMIT", None)
        else:
            os.environ["OMP_THREAD_LIMIT"] = old


@functools.lru_cache(maxsize=16)
def _check(cmd: str, language: str) -> str:
    try:
        version = str(pytesseract.get_tesseract_version())
        installed = set(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractNotFoundError, OSError) as e:
        raise MissingDependencyError(
            f"Tesseract OCR is not installed or not runnable ({cmd!r}): install the Debian "
            "packages tesseract-ocr and tesseract-ocr-vie (apt-get install tesseract-ocr "
            "tesseract-ocr-vie)"
        ) from e
    missing = [lang for lang in language.split("+") if lang not in installed]
    if missing:
        packages = " ".join(f"tesseract-ocr-{lang}" for lang in missing)
        raise MissingDependencyError(
            f"Tesseract has no language data for {', '.join(missing)}: install the Debian "
            f"package {packages} (apt-get install {packages})"
        )
    return version


def check_tesseract(language: str = "vie") -> str:
    """Return Tesseract's version; raise if it or the language data is missing.

    Raises:
        MissingDependencyError: Naming the Debian package to install (``tesseract-ocr``,
            ``tesseract-ocr-vie``).
    """
    return _check(pytesseract.pytesseract.tesseract_cmd, language)


def _config(psm: int) -> str:
    return f"--psm {psm}"


def _lines(data: dict[str, list]) -> list[tuple[tuple[int, int, int], list[int]]]:
    """Word indexes of each Tesseract line, keyed by (block, paragraph, line), in its order."""
    lines: list[tuple[tuple[int, int, int], list[int]]] = []
    for i, word in enumerate(data["text"]):
        if not word.strip():
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        if not lines or lines[-1][0] != key:
            lines.append((key, []))
        lines[-1][1].append(i)
    return lines


def _segments(data: dict[str, list], words: list[int]) -> list[Segment]:
    """Split one line's words where the gap is wider than two word heights (a column gap)."""
    runs: list[list[int]] = [[words[0]]]
    for prev, cur in zip(words, words[1:], strict=False):
        gap = data["left"][cur] - (data["left"][prev] + data["width"][prev])
        if gap > 2 * max(data["height"][prev], 1):
            runs.append([cur])
        else:
            runs[-1].append(cur)
    return [
        Segment(
            min(data["left"][i] for i in run),
            min(data["top"][i] for i in run),
            max(data["left"][i] + data["width"][i] for i in run),
            max(data["top"][i] + data["height"][i] for i in run),
            " ".join(data["text"][i].strip() for i in run),
        )
        for run in runs
    ]


def _data_to_text(data: dict[str, list], header_width: int | None = None) -> str:
    """Rebuild text from Tesseract's words: wrapped lines joined into paragraphs.

    With ``header_width`` (page 1), the two-column header is put first, left column then right.
    The remaining lines are joined by :func:`~vanban.ingest.paragraphs.join_lines` from their
    boxes; where Tesseract starts a new paragraph and the boxes do not say the line wraps, a
    blank line separates them.
    """
    lines = _lines(data)
    head = ""
    skip_above = -1.0
    if header_width:
        segments = [seg for _, words in lines for seg in _segments(data, words)]
        columns = header_columns(segments, header_width)
        if columns is not None:
            head, skip_above = columns.text, columns.bottom
    rest = [
        (key, words)
        for key, words in lines
        if max(data["top"][i] + data["height"][i] for i in words) > skip_above
    ]
    boxes = [_line_box(data, words) for _, words in rest]
    breaks = {n for n in range(1, len(rest)) if rest[n][0][:2] != rest[n - 1][0][:2]}
    body = join_lines(boxes, breaks=breaks)
    return "\n\n".join(part for part in (head, body) if part)


def _line_box(data: dict[str, list], words: list[int]) -> Line:
    """One Tesseract line as a :class:`Line` (image y flipped so that ``top > bottom``)."""
    return Line(
        " ".join(data["text"][i].strip() for i in words),
        x0=min(data["left"][i] for i in words),
        x1=max(data["left"][i] + data["width"][i] for i in words),
        bottom=-max(data["top"][i] + data["height"][i] for i in words),
        top=-min(data["top"][i] for i in words),
    )


def _confidence(data: dict[str, list]) -> float | None:
    """Mean confidence of the recognised words (Tesseract's 0-100), None with no words."""
    confs = [
        float(conf)
        for conf, word in zip(data["conf"], data["text"], strict=True)
        if word.strip() and float(conf) >= 0
    ]
    return round(sum(confs) / len(confs), 2) if confs else None


def _run(
    image: Image.Image, options: ExtractOptions, psm: int, header: bool
) -> tuple[str, float | None]:
    image.format = TRANSFER_FORMAT
    with _one_thread():
        data = pytesseract.image_to_data(
            image,
            lang=options.ocr_language,
            config=_config(psm),
            output_type=pytesseract.Output.DICT,
            timeout=options.ocr_timeout_s,
        )
    text = _data_to_text(data, image.width if header else None)
    return fix_eth(unicodedata.normalize("NFC", text)), _confidence(data)


def fix_eth(text: str) -> str:
    """Map Tesseract's eth back to Đ/đ; a run of Đ glyphs holding an eth is one Đ."""
    return _DOUBLED_D.sub("\u0110", text).translate(_ETH)


def _rotation(image: Image.Image, options: ExtractOptions) -> int:
    """Degrees to rotate ``image`` counter-clockwise to make it upright (Tesseract OSD), or 0."""
    try:
        with _one_thread():
            osd = pytesseract.image_to_osd(
                image, config="--psm 0", output_type=pytesseract.Output.DICT,
                timeout=options.ocr_timeout_s,
            )  # fmt: skip
    except (pytesseract.TesseractError, RuntimeError):
        return 0  # too little text to tell
    if float(osd.get("orientation_conf", 0)) < 2.0:
        return 0
    return int(osd.get("rotate", 0))


def ocr_image(
    image: Image.Image, options: ExtractOptions, *, psm: int | None = None, header: bool = False
) -> OcrResult:
    """OCR one page image; a timeout or crash yields empty text and a warning, not an error.

    The image is greyscaled (or binarised, see ``options.binarize``) and straightened; when the
    result is poor, Tesseract's orientation detection decides whether a rotated page reads
    better. With ``header`` (a first page), the two-column header is put in reading order.

    Raises:
        MissingDependencyError: Tesseract or the language data is not installed.
    """
    started = time.perf_counter()
    version = check_tesseract(options.ocr_language)
    page = to_ocr_image(image, binarize=options.binarize)
    warnings: list[str] = []
    if options.deskew:
        page, angle = deskew(page)
        if angle:
            warnings.append(f"deskewed by {angle:+.2f}°")
    try:
        text, conf = _run(page, options, psm or options.body_psm, header)
        if options.deskew and (conf is None or conf < _LOW_CONFIDENCE):
            text, conf = _try_upright(page, options, psm or options.body_psm, header, (text, conf), warnings)
    except RuntimeError as e:  # pytesseract's timeout
        log.warning("OCR timed out after %s s", options.ocr_timeout_s)
        text, conf = "", None
        warnings.append(f"OCR timed out after {options.ocr_timeout_s:g} s ({e}); page left empty")
    except pytesseract.TesseractError as e:
        log.warning("Tesseract failed: %s", e)
        text, conf = "", None
        warnings.append(f"Tesseract failed (status {e.status}: {e.message}); page left empty")
    return OcrResult(text, conf, time.perf_counter() - started, version, warnings)


def _try_upright(
    page: Image.Image,
    options: ExtractOptions,
    psm: int,
    header: bool,
    first: tuple[str, float | None],
    warnings: list[str],
) -> tuple[str, float | None]:
    rotate = _rotation(page, options)
    if not rotate:
        return first
    turned = page.rotate(rotate, expand=True, fillcolor=255)
    text, conf = _run(turned, options, psm, header)
    if (conf or 0) > (first[1] or 0):
        warnings.append(f"page rotated by {rotate}° (orientation detection)")
        return text, conf
    return first


def ocr_page(number: int, result: OcrResult, warnings: list[str], seconds: float) -> PageText:
    """The :class:`~vanban.models.PageText` of an OCR'd page (warns when it is empty)."""
    warnings = [*warnings, *result.warnings]
    if not result.text.strip():
        warnings.append("no text recognised on this page")
    return PageText(
        number=number,
        text=result.text,
        method="ocr",
        engine=ENGINE,
        engine_version=result.engine_version,
        quality=round(syllable_share(result.text), 4),
        ocr_confidence=result.confidence,
        seconds=round(seconds, 4),
        warnings=warnings,
    )
