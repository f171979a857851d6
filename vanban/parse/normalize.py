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
from typing import Any

import re


from vanban.parse import fastre, patterns

try:  # vectorised same-length character maps (10x faster than str.translate on Vietnamese)
    import numpy as np
except ImportError:  # pragma: no cover - numpy is a dependency; keep a pure-Python path
    np = None  # type: ignore[assignment]

_CHAR_MAP: dict[int, str] = {
    0x00D0: "Đ", 0x00F0: "đ", 0x0189: "Đ", 0x0256: "đ",
    # "Đ"/"đ" left over from legacy fonts a converter missed (VNI "Ñ"/"ñ", TCVN3 "§"): no
    # Unicode Vietnamese text has them ("40/2006/QÑ-BGDĐT", "47/2004/Q§-UB").
    0x00D1: "Đ", 0x00F1: "đ", 0x00A7: "Đ",
    0xFF0F: "/", 0x2215: "/", 0x2044: "/",
    0x00A0: " ", 0x2007: " ", 0x202F: " ", 0x2009: " ", 0x200A: " ", 0x3000: " ",
    ord("\r"): " ", ord("|"): " ", ord("\t"): " ",
    0x2502: " ", 0x2503: " ", 0x2551: " ",  # box-drawing cell walls: "│ 05/1998/QĐ-UB │ 12/01/1998 │"
}
# Footnote marks glued to a symbol ("26-NQ/TW¹ ngày …"): superscript digits become spaces.
for _code in (0x00B9, 0x00B2, 0x00B3, *range(0x2070, 0x207A)):
    _CHAR_MAP[_code] = " "
for _code in (*range(0x2010, 0x2016), 0x2212, 0x2043, 0xFE58, 0xFE63, 0xFF0D):
    _CHAR_MAP[_code] = "-"
# Characters the two regex engines class differently (``fastre.disagreements``: lone combining
# marks, numeric symbols such as "½" and "①", U+001C-U+001F), so that a pattern gives the same
# matches on either engine: the separators become spaces, the rest U+FFFD. None of them is part
# of a word, number or symbol the parser reads.
_WORDISH, _SPACEISH = fastre.disagreements()
for _code in _WORDISH:
    _CHAR_MAP.setdefault(_code, "\ufffd")
for _code in _SPACEISH:
    _CHAR_MAP.setdefault(_code, " ")
_TRANSLATE = str.maketrans(_CHAR_MAP)
_NEEDS_MAP = re.compile("[" + "".join(re.escape(chr(c)) for c in _CHAR_MAP) + "]")

_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def _may_remove(text: str) -> bool:
    """Whether ``text`` holds a removal (``NORMALIZE_REMOVALS``); one ``in`` per character is
    a memchr-speed scan, far cheaper than a regex character class over the whole text."""
    return "**" in text or any(c in text for c in _INVISIBLE)
_REMOVALS_AND_MARKS = fastre.compile(patterns.NORMALIZE_REMOVALS + "|" + patterns.MARK_CLUSTER)


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
    """A same-length character map applied with numpy over UTF-16 code units (UTF-32 when the
    text has characters beyond the BMP); ``str.translate`` for short texts or without numpy."""

    def __init__(self, mapping: dict[int, str]) -> None:
        self._translate = str.maketrans(mapping)
        self.wide: Any = None
        self.narrow: Any = None
        if np is not None:
            table = np.arange(0x110000, dtype=np.uint32)
            for code, new in mapping.items():
                table[code] = ord(new)
            self._set(table)

    def _set(self, wide: np.ndarray) -> None:
        self.wide = wide
        # Every map here sends BMP characters to BMP characters, so the first 64K entries form
        # a complete 16-bit table (128 KB instead of 4 MB: it stays in cache).
        self.narrow = wide[:0x10000].astype(np.uint16)

    def after(self, first: _CharTable) -> _CharTable:
        """The map "``first``, then this one" (one pass instead of two)."""
        out = _CharTable({})
        out._translate = {c: self._translate.get(ord(v), v) if isinstance(v, str) else v
                          for c, v in first._translate.items()}
        for c, v in self._translate.items():
            out._translate.setdefault(c, v)
        if self.wide is not None and first.wide is not None:
            out._set(self.wide[first.wide])
        return out

    def __call__(self, text: str) -> str:
        units = _Units.of(text)
        return text.translate(self._translate) if units is None else units.apply(self)


class _Units:
    """The code units of one text, encoded once for several same-length maps."""

    def __init__(self, codes: np.ndarray, wide: bool) -> None:
        self.codes, self.wide = codes, wide

    @classmethod
    def of(cls, text: str) -> _Units | None:
        """None when numpy is missing, the text is short, or it holds lone surrogates."""
        if np is None or len(text) < 256:
            return None
        try:
            data = text.encode("utf-16-le")
        except UnicodeEncodeError:  # lone surrogates: leave them to str.translate
            return None
        if len(data) == 2 * len(text):
            return cls(np.frombuffer(data, dtype=np.uint16), False)
        return cls(np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32), True)

    def mapped(self, table: _CharTable) -> np.ndarray:
        return np.take(table.wide if self.wide else table.narrow, self.codes)

    def decode(self, codes: np.ndarray) -> str:
        return codes.tobytes().decode("utf-32-le" if self.wide else "utf-16-le")

    def apply(self, table: _CharTable) -> str:
        return self.decode(self.mapped(table))


_FOLDER: _CharTable | None = None
_MAPPER: _CharTable | None = None
_MAP_FOLDER: _CharTable | None = None


def fold(text: str) -> str:
    """Return a same-length matching key: lower case, no diacritics, "đ" -> "d".

    >>> fold("Nghị quyết SỐ 25")
    'nghi quyet so 25'
    """
    global _FOLDER
    if _FOLDER is None:
        _FOLDER = _CharTable(_FOLD_MAP)
    return _FOLDER(text)


def _mapper() -> _CharTable:
    global _MAPPER
    if _MAPPER is None:
        _MAPPER = _CharTable(dict(_CHAR_MAP))
    return _MAPPER


def _map_chars(text: str) -> str:
    if _NEEDS_MAP.search(text) is None:
        return text
    return _mapper()(text)


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _in_bmp(char: str) -> str:
    """One character beyond the Basic Multilingual Plane as one inside it: its compatibility
    form when that is one BMP character (the "mathematical bold" letters and digits some PDFs
    use for bold text: "𝐍" -> "N"), else U+FFFD. One code point for one: offsets stay."""
    compat = unicodedata.normalize("NFKC", char)
    return compat if len(compat) == 1 and compat <= "\uffff" else "\ufffd"


def _bmp_only(text: str) -> str:
    return _ASTRAL.sub(lambda m: _in_bmp(m.group()), text)


def _map_and_fold(text: str) -> tuple[str, str | None]:
    """(``_map_chars(text)``, ``fold`` of it) from one encoding of ``text``; the fold is None
    (computed lazily) when numpy is not used. Characters beyond the BMP are mapped into it
    first (:func:`_in_bmp`; rare: only such a text is checked again)."""
    global _MAP_FOLDER
    units = _Units.of(text)
    if units is not None and units.wide:
        text = _bmp_only(text)
        units = _Units.of(text)
    if units is None:
        if not text.isascii() and _ASTRAL.search(text):
            text = _bmp_only(text)
        return _map_chars(text), None
    mapper = _mapper()
    if _MAP_FOLDER is None:
        fold("")
        assert _FOLDER is not None
        _MAP_FOLDER = _FOLDER.after(mapper)
    mapped = units.mapped(mapper)
    out = text if np.array_equal(mapped, units.codes) else units.decode(mapped)
    return out, units.apply(_MAP_FOLDER)


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
    _folded: str | None = field(default=None, repr=False, compare=False)

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

    @property
    def folded(self) -> str:
        """``fold(self.text)``, computed once (or given by :func:`normalize`)."""
        folded = self._folded
        if folded is None:
            folded = fold(self.text)
            object.__setattr__(self, "_folded", folded)
        return folded


_PAGE_BREAK_JUNK = fastre.compile(patterns.PAGE_BREAK_JUNK)


def _page_breaks(text: str) -> list[tuple[int, int, str]]:
    """Removals of page numbers and running heads inside a symbol cut at its hyphen
    (``patterns.PAGE_BREAK_JUNK``), tried only after each line-final "-" (``str.find``)."""
    edits = []
    at = text.find("-\n")
    while at >= 0:
        m = _PAGE_BREAK_JUNK.match(text, at + 2)
        if m is not None:
            edits.append((m.start(), m.end(), ""))
        at = text.find("-\n", at + 2)
    return edits


_MARKDOWN_ESCAPED = frozenset("\\`*_{}[]()#+-.!|<>~")
_LINE_TAGS = ("<br>", "<br/>", "<br />")


def _markdown(text: str) -> list[tuple[int, int, str]]:
    """Converter markdown inside the text: the backslash of an escaped mark ("3567/UBND\\-KTTH",
    "1\\. Nghị định") is removed, a line break tag of a table cell ("UBND TỈNH<br>SỞ TÀI CHÍNH")
    becomes a line break."""
    edits = []
    at = text.find("\\")
    while at >= 0:
        if text[at + 1:at + 2] in _MARKDOWN_ESCAPED and at + 1 < len(text):
            edits.append((at, at + 1, ""))
            at += 1  # "\\\\" is one escaped backslash
        at = text.find("\\", at + 1)
    if "<br" in text:
        for tag in _LINE_TAGS:
            at = text.find(tag)
            while at >= 0:
                edits.append((at, at + len(tag), "\n"))
                at = text.find(tag, at + len(tag))
    return edits


_PAGE_FURNITURE = fastre.compile(patterns.PAGE_FURNITURE)


def _page_furniture(text: str) -> list[tuple[int, int, str]]:
    """Removals of gazette running heads and of page numbers at form feeds
    (``patterns.PAGE_FURNITURE``); tried only when the text has a form feed or a gazette head."""
    return [(m.start(), m.end(), "") for m in _PAGE_FURNITURE.finditer(text)]


def _edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) of every removal and mark composition, in text order."""
    edits = _removals_and_marks(text)
    extra = _page_breaks(text) if "-\n" in text else []
    if "\f" in text or "BÁO/" in text or "BAO/" in text or "BÁO /" in text:
        taken = extra
        extra = taken + [f for f in _page_furniture(text)
                         if not any(s < f[1] and f[0] < e for s, e, _ in taken)]
    if "\\" in text or "<br" in text:
        extra += _markdown(text)
    if extra:
        edits = sorted(edits + [b for b in extra
                                if not any(s < b[1] and b[0] < e for s, e, _ in edits)])
    return edits


def _removals_and_marks(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) of every removal and mark composition, in text order.

    NFC text (the usual case) only has removals: they are found with ``str.find`` (a regex
    over the whole text costs more than the rest of the normalisation).
    """
    if unicodedata.is_normalized("NFC", text):
        if not _may_remove(text):
            return []
        edits = []
        for chunk in ("**", *_INVISIBLE):
            at = text.find(chunk)
            while at >= 0:
                edits.append((at, at + len(chunk), ""))
                at = text.find(chunk, at + len(chunk))
        edits.sort()
        return edits
    edits = []
    for match in _REMOVALS_AND_MARKS.finditer(text):
        chunk = match.group()
        new = "" if chunk == "**" or unicodedata.category(chunk[0]) == "Cf" and len(chunk) == 1 \
            else unicodedata.normalize("NFC", chunk)
        if new != chunk:
            edits.append((match.start(), match.end(), new))
    return edits


def normalize(text: str) -> Normalized:
    """Normalize ``text`` for matching; see the module docstring.

    >>> n = normalize("Số 665 - CT/ÐU **bold**")
    >>> n.text
    'Số 665 - CT/ĐU bold'
    >>> n.to_source(n.text.index("bold"))
    17
    """
    pieces: list[str] = []
    norm_points, src_points = [0], [0]
    last = out_len = 0
    for start, end, new in _edits(text):
        pieces.append(text[last:start])
        out_len += start - last
        norm_points.append(out_len)
        src_points.append(start)
        pieces.append(new)
        out_len += len(new)
        last = end
        norm_points.append(out_len)
        src_points.append(last)
    pieces.append(text[last:])
    out, folded = _map_and_fold("".join(pieces) if len(pieces) > 1 else text)
    # The fold, when made with the map from the same code units, comes along (else lazily).
    return Normalized(out, text, tuple(norm_points), tuple(src_points), folded)
