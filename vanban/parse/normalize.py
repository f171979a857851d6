"""Normalisation before any regex, with an offset map back to the original text.

``normalize(text)`` returns a :class:`Normalized` whose ``text`` is NFC, has look-alike letters
mapped ("Ð" U+00D0 -> "Đ"), dashes and slashes unified, converter artefacts removed ("**bold**"
markers, zero-width characters, soft hyphens, lone "|" table cells) and tone marks in the new
placement ("hoà" -> "hòa", "Uỷ" -> "Ủy"). Only three operations change the length (mark
composition, removals); each one records a breakpoint, so ``to_source(i)`` maps any normalized
offset back to the original by bisection — no per-character tables.

``fold(text)`` gives a same-length, lower-case, diacritic-free key ("Nghị quyết" -> "nghi
quyet") on which type words, dates and cue words are matched, so OCR text that lost its marks
still matches (domain 5.5).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

import regex

from vanban.parse import patterns

_CHAR_MAP: dict[int, str] = {
    0x00D0: "Đ", 0x00F0: "đ", 0x0189: "Đ", 0x0256: "đ",
    0xFF0F: "/", 0x2215: "/", 0x2044: "/",
    0x00A0: " ", 0x2007: " ", 0x202F: " ", 0x2009: " ", 0x200A: " ", 0x3000: " ",
    ord("\r"): " ", ord("|"): " ", ord("\t"): " ",
}
for _code in (*range(0x2010, 0x2016), 0x2212, 0x2043, 0xFE58, 0xFE63, 0xFF0D):
    _CHAR_MAP[_code] = "-"
_TRANSLATE = str.maketrans(_CHAR_MAP)

_REMOVALS = regex.compile(patterns.NORMALIZE_REMOVALS)
_REMOVALS_AND_MARKS = regex.compile(patterns.NORMALIZE_REMOVALS + "|" + patterns.MARK_CLUSTER)


def _tone_table() -> dict[str, str]:
    """Old tone placement (tone on the second vowel) -> new placement (on the first)."""
    table: dict[str, str] = {}
    pairs = {"o": "ae", "O": "AE", "u": "y", "U": "Y"}
    tones = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
    for first, seconds in pairs.items():
        for second in seconds + seconds.swapcase():
            for tone in tones:
                old = first + unicodedata.normalize("NFC", second + tone)
                new = unicodedata.normalize("NFC", first + tone) + second
                table[old] = new
    return table


_TONES = _tone_table()
_TONE_RE = regex.compile(
    r"(?<![qQ])(?:" + "|".join(sorted(_TONES, key=len, reverse=True)) + r")(?!\p{L})"
)


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
    for code in (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base.isascii() and base.isalpha():
            table[code] = base.lower()
        elif len(char.lower()) == 1:
            table[code] = char.lower()
    table[0x0110] = table[0x0111] = "d"
    return table


_FOLD = str.maketrans(_fold_table())


def fold(text: str) -> str:
    """Return a same-length matching key: lower case, no diacritics, "đ" -> "d".

    >>> fold("Nghị quyết SỐ 25")
    'nghi quyet so 25'
    """
    return text.translate(_FOLD)


@dataclass(frozen=True)
class Normalized:
    """Normalized text plus breakpoints mapping its offsets to the source text."""

    text: str
    source: str
    _norm_points: tuple[int, ...] = field(default=(0,), repr=False)
    _src_points: tuple[int, ...] = field(default=(0,), repr=False)

    def to_source(self, i: int, *, end: bool = False) -> int:
        """Map normalized offset ``i`` to the source offset.

        ``end=True`` maps an exclusive end offset: it stays before text removed at ``i``.
        """
        points = self._norm_points
        if end:
            k = bisect_left(points, i)
            if k < len(points) and points[k] == i:
                return self._src_points[k]
        k = max(bisect_right(points, i) - 1, 0)
        return self._src_points[k] + (i - points[k])

    @cached_property
    def folded(self) -> str:
        """``fold(self.text)``, computed once."""
        return fold(self.text)


def normalize(text: str) -> Normalized:
    """Normalize ``text`` for matching; see the module docstring.

    >>> n = normalize("Số 665 - CT/ÐU **bold**")
    >>> n.text
    'Số 665 - CT/ĐU bold'
    >>> n.to_source(n.text.index("bold"))
    17
    """
    pattern = _REMOVALS if unicodedata.is_normalized("NFC", text) else _REMOVALS_AND_MARKS
    pieces: list[str] = []
    norm_points, src_points = [0], [0]
    last = out_len = 0
    for match in pattern.finditer(text):
        chunk = match.group()
        new = "" if chunk == "**" or unicodedata.category(chunk[0]) == "Cf" and len(chunk) == 1 \
            else unicodedata.normalize("NFC", chunk)
        if new == chunk:
            continue
        pieces.append(text[last:match.start()])
        out_len += match.start() - last
        norm_points.append(out_len)
        src_points.append(match.start())
        pieces.append(new)
        out_len += len(new)
        last = match.end()
        norm_points.append(out_len)
        src_points.append(last)
    pieces.append(text[last:])
    out = "".join(pieces).translate(_TRANSLATE)
    out = _TONE_RE.sub(lambda m: _TONES[m.group()], out)
    return Normalized(out, text, tuple(norm_points), tuple(src_points))
