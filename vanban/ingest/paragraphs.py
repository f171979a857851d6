"""Paragraphs of a text-layer page, rebuilt from the boxes of its visual lines.

A PDF text layer breaks every visual line: "của Ban Chấp" ends one line and "hành Trung ương"
starts the next, and the title runs straight into the body with no blank line. Typed
documents (and the parser) put one paragraph on one line with a blank line between blocks.
From each line's box this module decides, between two consecutive lines, whether the second
one continues the same paragraph (joined with a space), starts a new paragraph (blank line),
or simply starts a new line (kept as it is):

* a vertical gap wider than the page's usual gap between lines by more than half a line
  height → new paragraph (title → body, headings, spaced paragraphs);
* the next line indented from the left margin while reaching the right margin (the first
  line of a justified paragraph) → new paragraph;
* the line reaches the right margin and the next starts at the left margin (and is not a list
  item: "- ", "a) ", "1. ") → the same paragraph, wrapped: joined with a space (Vietnamese does
  not hyphenate words);
* consecutive left-aligned lines in the same font, larger than the body's → one headline;
* otherwise (short, centred or ragged lines: header blocks, titles, signatures) → new line.

The characters of the page are kept as they are; only the separators between lines change.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Collection, Sequence
from dataclasses import dataclass

_GAP = 0.5
"""A gap between lines larger than this share of a line height separates paragraphs."""
_MARGIN = 0.6
"""Tolerance, in line heights, for a line to count as touching a margin."""
_INDENT = 0.8
"""A first line starts at least this many line heights right of the left margin."""
_HEADING = 1.15
"""Lines taller than this many body line heights are set in a heading font."""
_ITEM = re.compile(r"\s*(?:[-–+•*]|[a-zđ]\)|\d{1,2}[.)]|[IVX]{1,4}\.)\s")
"""A list item (recipients "- …", "a) …", "1. …", "II. …") never continues the line above."""


@dataclass(frozen=True)
class Line:
    """One visual line: its text and box in PDF coordinates (y grows upwards: ``top > bottom``)."""

    text: str
    x0: float
    x1: float
    bottom: float
    top: float


def join_lines(lines: Sequence[Line], breaks: Collection[int] = ()) -> str:
    """The lines as text, wrapped lines joined and paragraphs separated by a blank line.

    Args:
        lines: Visual lines in reading order.
        breaks: Indexes of lines that another source (Tesseract's layout analysis) says start
            a paragraph: a blank line goes before them unless their boxes show a wrapped line.
    """
    if not lines:
        return ""
    height = _body_height(lines)
    left, right = _margins(lines, height)
    pairs = list(zip(lines, lines[1:], strict=False))
    gaps = [a.bottom - b.top for a, b in pairs if b.top <= a.top]
    leading = statistics.median(gaps) if gaps else 0.0  # the usual space between two lines
    parts = [lines[0].text.strip()]
    for n, (prev, line) in enumerate(pairs, start=1):
        sep = _separator(prev, line, height, leading, left, right)
        parts.append("\n\n" if sep == "\n" and n in breaks else sep)
        parts.append(line.text.strip())
    return "".join(parts)


def _body_height(lines: Sequence[Line]) -> float:
    """The height of the lines that hold most of the page's characters (the body font)."""
    ranked = sorted((line.top - line.bottom, len(line.text)) for line in lines)
    half, seen = sum(n for _, n in ranked) / 2, 0
    for h, n in ranked:
        seen += n
        if seen >= half:
            return h or 1.0
    return ranked[-1][0] or 1.0


def _margins(lines: Sequence[Line], height: float) -> tuple[float, float]:
    """The left and right margins: the outermost edges of a short page; on a longer one the
    10th percentile of left edges (first-line indents and centred lines lie to its right)
    and the 90th percentile of right edges (an odd wide line does not move them)."""
    x0s = sorted(line.x0 for line in lines)
    x1s = sorted(line.x1 for line in lines)
    if len(lines) < 10:
        return x0s[0], x1s[-1]
    return x0s[(len(x0s) - 1) // 10], x1s[(len(x1s) - 1) * 9 // 10]


def _heading(prev: Line, line: Line, height: float) -> bool:
    """Both lines are set in the same font, larger than the body's."""
    a, b = prev.top - prev.bottom, line.top - line.bottom
    return a > _HEADING * height and abs(a - b) <= 0.05 * a


def _separator(
    prev: Line, line: Line, height: float, leading: float, left: float, right: float
) -> str:
    gap = prev.bottom - line.top
    if line.top > prev.top:  # the next line is not below: columns, stamps, reordered content
        return "\n"
    if gap > max(leading, 0.0) + _GAP * height:
        return "\n\n"
    tolerance = _MARGIN * height
    full = prev.x1 >= right - tolerance
    if line.x0 > left + _INDENT * height and line.x1 >= right - tolerance and line.x0 < right / 2:
        return "\n\n"
    if full and abs(line.x0 - left) <= tolerance and not _ITEM.match(line.text):
        return " "
    if _heading(prev, line, height) and abs(line.x0 - prev.x0) <= tolerance:
        return " "  # a headline in a larger font wrapped onto the next line
    return "\n"
