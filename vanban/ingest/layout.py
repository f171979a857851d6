"""Reading order of the two-column header of a first page, from positioned text segments.

Vietnamese documents open with two columns (domain spec §1.4, §3.2): left, the issuing body and
its number ("Số …"); right, the national motto or "ĐẢNG CỘNG SẢN VIỆT NAM" and the place-date
line. Text extraction and OCR often interleave them line by line ("Số 36-HD/VPTW Hà Nội, ngày
03 …"). Given text segments with boxes (from pypdfium2 text rectangles, pdfplumber words or
Tesseract word boxes), :func:`header_columns` finds the header zone — the lines at the top of
the page down to the place-date line, stopping early at a line that crosses the middle (the
centred title) or at a large vertical gap — and returns its left column then its right column, each top-down.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

_PLACE_DATE = re.compile(r"(?i)ng[aàả]y\W{0,3}\S{0,6}\W{0,3}th[aá]ng")
"""The place-date line ("Hà Nội, ngày 03 tháng 4 năm 2018") closes the right column; lenient
about tone marks because OCR drops them."""

_GAP_LINES = 2.5
"""A vertical gap larger than this many line heights ends the header zone."""
_CENTRED = 0.08
"""A segment spanning the middle whose centre is this close to it (share of the page width) is
centred: the title or body text, which ends the header zone."""


@dataclass(frozen=True)
class Segment:
    """A run of text on one line with its box (top-down coordinates: ``top < bottom``)."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str


@dataclass(frozen=True)
class HeaderColumns:
    """The header zone split into its columns, and where the zone ends."""

    left: list[str]
    right: list[str]
    bottom: float

    @property
    def text(self) -> str:
        """Left column lines, then right column lines."""
        return "\n".join([*self.left, *self.right])


def _lines(segments: list[Segment]) -> list[list[Segment]]:
    """Group segments into visual lines (overlapping vertical extent), top-down."""
    lines: list[list[Segment]] = []
    for seg in sorted(segments, key=lambda s: (s.top, s.x0)):
        if lines:
            last = lines[-1]
            top, bottom = min(s.top for s in last), max(s.bottom for s in last)
            middle = (seg.top + seg.bottom) / 2
            if top <= middle <= bottom:
                last.append(seg)
                continue
        lines.append([seg])
    return [sorted(line, key=lambda s: s.x0) for line in lines]


def header_columns(segments: list[Segment], page_width: float) -> HeaderColumns | None:
    """Split the header zone at the top of a page into columns; None if it has not two.

    Args:
        segments: Text runs of the page (any order), blank ones ignored.
        page_width: Width of the page in the segments' unit.
    """
    segments = [s for s in segments if s.text.strip()]
    if not segments:
        return None
    mid = page_width / 2
    height = statistics.median(s.bottom - s.top for s in segments)
    left: list[Segment] = []
    right: list[Segment] = []
    bottom = None
    for line in _lines(segments):
        line_top = min(s.top for s in line)
        if bottom is not None and line_top - bottom > _GAP_LINES * height:
            break
        if any(_centred(s, mid, page_width) for s in line):
            break  # the centred title (or body text) starts
        for seg in line:
            (left if (seg.x0 + seg.x1) / 2 < mid else right).append(seg)
        bottom = max(s.bottom for s in line)
        if any((seg.x0 + seg.x1) / 2 >= mid and _PLACE_DATE.search(seg.text) for seg in line):
            break
    if not left or not right or bottom is None:
        return None
    return HeaderColumns(_column_lines(left), _column_lines(right), bottom)


def _centred(seg: Segment, mid: float, width: float) -> bool:
    return seg.x0 < mid < seg.x1 and abs((seg.x0 + seg.x1) / 2 - mid) < _CENTRED * width


def _column_lines(segments: list[Segment]) -> list[str]:
    return [" ".join(s.text.strip() for s in line) for line in _lines(segments)]
