"""Received stamps in a header zone ("CÔNG VĂN ĐẾN Số: … Ngày: …", "Số đến: 1530", "ĐẾN
Số:….. Ngày: 22/9/2014"): found so that they are never taken for the document's own header.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

import re

import regex

from vanban.parse import fastre, patterns
from vanban.parse.lines import LONG_LINE, MOTTO, Line, is_caps
from vanban.parse.scan import positions

STAMP = fastre.compile(patterns.STAMP, re.MULTILINE)
DATE_LABEL = fastre.compile(r"(?i)\s*(?:ngày|ngay)\s*:")


# Every alternative of ``patterns.STAMP`` holds one of these words (compared lower-cased: the
# case-insensitive match folds each of their letters only to its upper/lower pair): "đến",
# "(lãnh|chỉ) đạo:", "xử lý chính".
_STAMP_WORDS = ("đến", "đạo", "xử")


def is_stamp(text: str) -> bool:
    """``text`` starts a stamp field ("Ngày:") or holds a stamp's title ("CÔNG VĂN ĐẾN")."""
    if ":" in text and DATE_LABEL.match(text):
        return True
    lower = text.lower()
    return any(w in lower for w in _STAMP_WORDS) and STAMP.search(text) is not None


def stamp_candidates(lines: list[Line]) -> list[int]:
    """Indices of the short lines (at most ``LONG_LINE``) holding ":" or a stamp word: found in
    those lines joined (and lower-cased) at once instead of line by line. Long lines are body
    text, never a stamp: leaving them out keeps the joined text to the header's few KB."""
    short = [i for i, line in enumerate(lines) if len(line.text) <= LONG_LINE]
    joined = "\n".join(lines[i].text for i in short)
    lower = joined.lower()
    if len(lower) != len(joined):  # a letter that lower-cases to two: go line by line
        return short
    starts, pos = [], 0
    for i in short:
        starts.append(pos)
        pos += len(lines[i].text) + 1
    found = {bisect_right(starts, at) - 1 for at in positions(joined, ":", 0, len(joined))}
    for word in _STAMP_WORDS:
        at = lower.find(word)
        while at >= 0:
            found.add(bisect_right(starts, at) - 1)
            at = lower.find(word, at + 1)
    return [short[k] for k in sorted(found)]


def stamp_lines(lines: list[Line], indices: Iterable[int] | None = None) -> set[int]:
    """Indices of the lines that are wholly a received stamp (and the caps line above one).

    A stamp in its own column of a layout-preserving text ("Số: 1457 /UBND-VX      CÔNG VĂN
    ĐẾN") is blanked in ``lines`` instead, with the stamp's field lines under it ("Số: 125",
    "Ngày: 3/5/2019", "Chuyển: …") and the receiving body above it: the document's own number
    and summary on the same lines are kept.
    """
    stamps = set()
    if indices is None:  # (the plain walk over every line gives the same: tests/parse)
        indices = stamp_candidates(lines) if lines else ()
    for i in indices:
        line = lines[i]
        if len(line.text) > LONG_LINE:
            continue
        if is_stamp(line.text):
            col = _stamp_column(line.text)
            if col is not None:
                _blank_stamp_column(lines, i, col)
                continue
            stamps.add(i)
            k = i - 1
            while k >= 0 and not lines[k].clean:
                k -= 1
            if k >= 0 and is_caps(lines[k].clean) and not MOTTO.search(lines[k].text):
                stamps.add(k)
    return stamps


# A column cell of a layout-preserving line: words one or two spaces apart (three or more
# spaces, or a tab, separate columns).
_CELL = fastre.compile(r"[^ \t]+(?: {1,2}[^ \t]+)*")
# A stamp field under the stamp's title: "Số: 125", "Ngày: 3/5/2019", "Chuyển: P.NVY".
_STAMP_FIELD = fastre.compile(r"\p{L}[\p{L} .]{0,20}:")
_COLUMN_SLACK = 3


def _stamp_column(text: str) -> int | None:
    """The column where a stamp cell starts, when the stamp is not the line's first cell."""
    cells = list(_CELL.finditer(text))
    for cell in cells[1:]:
        if is_stamp(cell.group()):
            return cell.start()
    return None


def _cell_at(text: str, col: int) -> regex.Match[str] | None:
    for cell in _CELL.finditer(text):
        if abs(cell.start() - col) <= _COLUMN_SLACK and cell.start() > 0:
            return cell
    return None


def _blank(lines: list[Line], i: int, col: int) -> None:
    line = lines[i]
    lines[i] = Line(line.text[:col] + " " * (len(line.text) - col), line.start)


def _blank_stamp_column(lines: list[Line], i: int, col: int) -> None:
    """Blank the stamp from ``col`` on line ``i``, its field lines below and its body above."""
    _blank(lines, i, col)
    for j in range(i + 1, min(len(lines), i + 6)):
        cell = _cell_at(lines[j].text, col)
        if cell is None or not (_STAMP_FIELD.match(cell.group()) or is_stamp(cell.group())):
            break
        _blank(lines, j, cell.start())
    k = i - 1
    while k >= 0 and not lines[k].clean:
        k -= 1
    cell = _cell_at(lines[k].text, col) if k >= 0 else None
    if cell is not None and is_caps(cell.group()) and not MOTTO.search(cell.group()):
        _blank(lines, k, cell.start())
