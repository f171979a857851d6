"""Normalisation before any regex, with an offset map back to the original text.

``normalize(text)`` returns a :class:`Normalized` whose ``text`` is NFC, has look-alike letters
mapped ("Ð" U+00D0 -> "Đ"), dashes and slashes unified, and converter artefacts removed
("**bold**" markers, zero-width characters, soft hyphens, lone "|" table cells). Only mark
composition and removals change the length; each records a breakpoint, so ``to_source(i)`` maps
any normalized offset back to the original by bisection — no per-character tables.

Tone placement (domain 5.3) is handled the way the spec recommends: matching runs on the folded
key, where "hoà" and "hòa" are both "hoa", and the strings the parser outputs go through
:func:`canonical_tones` ("Uỷ ban" -> "Ủy ban").

``fold(text)`` gives a same-length, lower-case, diacritic-free key ("Nghị quyết" -> "nghi
quyet") on which type words, dates and cue words are matched, so OCR text that lost its marks
still matches (domain 5.5).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

import re

import regex

from vanban.parse import patterns

try:  # vectorised same-length character maps (10x faster than str.translate on Vietnamese)
    import numpy as np
except ImportError:  # pragma: no cover - numpy is a dependency; keep a pure-Python path
    np = None

_CHAR_MAP: dict[int, str] = {
    0x00D0: "Đ", 0x00F0: "đ", 0x0189: "Đ", 0x0256: "đ",
    0xFF0F: "/", 0x2215: "/", 0x2044: "/",
    0x00A0: " ", 0x2007: " ", 0x202F: " ", 0x2009: " ", 0x200A: " ", 0x3000: " ",
    ord("\r"): " ", ord("|"): " ", ord("\t"): " ",
}
# Footnote marks glued to a symbol ("26-NQ/TW¹ ngày …"): superscript digits become spaces.
for _code in (0x00B9, 0x00B2, 0x00B3, *range(0x2070, 0x207A)):
    _CHAR_MAP[_code] = " "
for _code in (*range(0x2010, 0x2016), 0x2212, 0x2043, 0xFE58, 0xFE63, 0xFF0D):
    _CHAR_MAP[_code] = "-"
_TRANSLATE = str.maketrans(_CHAR_MAP)
_NEEDS_MAP = re.compile("[" + "".join(re.escape(chr(c)) for c in _CHAR_MAP) + "]")

_REMOVALS = re.compile(patterns.NORMALIZE_REMOVALS)
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")


def _may_remove(text: str) -> bool:
    return "**" in text or _INVISIBLE.search(text) is not None
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
_TONE_RE = re.compile(
    r"(?<![qQ])[oOuU][" + "".join(sorted({k[1] for k in _TONES})) + r"](?![^\W\d_])"
)


def _retone(m: re.Match[str]) -> str:
    return _TONES.get(m.group(), m.group())


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


_FOLD_MAP = _fold_table()
_FOLD = str.maketrans(_FOLD_MAP)


class _CharTable:
    """A same-length character map applied with numpy over UTF-32 code units."""

    def __init__(self, mapping: dict[int, str]) -> None:
        self._translate = str.maketrans(mapping)
        self._table = None
        if np is not None:
            table = np.arange(0x110000, dtype=np.uint32)
            for code, new in mapping.items():
                table[code] = ord(new)
            self._table = table

    def __call__(self, text: str) -> str:
        if self._table is None or len(text) < 256:
            return text.translate(self._translate)
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        return self._table[codes].tobytes().decode("utf-32-le")


_FOLDER: _CharTable | None = None
_MAPPER: _CharTable | None = None


def fold(text: str) -> str:
    """Return a same-length matching key: lower case, no diacritics, "đ" -> "d".

    >>> fold("Nghị quyết SỐ 25")
    'nghi quyet so 25'
    """
    global _FOLDER
    if _FOLDER is None:
        _FOLDER = _CharTable(_FOLD_MAP)
    return _FOLDER(text)


def _map_chars(text: str) -> str:
    global _MAPPER
    if _NEEDS_MAP.search(text) is None:
        return text
    if _MAPPER is None:
        _MAPPER = _CharTable(dict(_CHAR_MAP))
    return _MAPPER(text)


def canonical_tones(text: str) -> str:
    """Move tone marks to the new placement: "Uỷ ban" -> "Ủy ban", "hoà" -> "hòa", "khoá" -> "khóa".

    Applied to the strings the parser outputs (issuers, places, titles); matching is
    tone-placement-blind already because it runs on the folded text.

    >>> canonical_tones("Uỷ ban nhân dân, CỘNG HOÀ, quý")
    'Ủy ban nhân dân, CỘNG HÒA, quý'
    """
    return _TONE_RE.sub(_retone, text)


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
    nfc = unicodedata.is_normalized("NFC", text)
    pattern = _REMOVALS if nfc else _REMOVALS_AND_MARKS
    pieces: list[str] = []
    norm_points, src_points = [0], [0]
    last = out_len = 0
    matches = pattern.finditer(text) if not nfc or _may_remove(text) else ()
    for match in matches:
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
    out = _map_chars("".join(pieces) if len(pieces) > 1 else text)
    return Normalized(out, text, tuple(norm_points), tuple(src_points))
