"""Citations in running text: one symbol scan, then a look left and a look right per symbol.

Left of the symbol (folded text, bounded window): the type word, "số", a name or an issuer
between them ("Luật Bảo vệ môi trường số …", "Quyết định của Bộ Chính trị số …"). Right of it:
the date, "của <issuer>", the term (khóa). Then enumerations share what one item states for
all (:mod:`vanban.parse.enumerations`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

import regex

from vanban.parse import fastre, patterns
from vanban.parse.dates import date_of, match_date_after
from vanban.parse.enumerations import link_enumerations, respective_dates
from vanban.parse.names import canonical_issuer
from vanban.parse.normalize import Normalized, fold
from vanban.parse.scan import matches_at, positions
from vanban.parse.symbols import (
    SymbolParts,
    implied_type,
    issuer_from_code,
    issuer_unit_shape,
    parts_from_match,
)
from vanban.parse.tables import TYPE_ABBREVIATIONS, TYPE_WORDS
from vanban.symbols import symbol_key

SYMBOL_RE = fastre.compile(patterns.SYMBOL)
"""The symbol grammar for anchored matches (``re``: a third of ``regex``'s cost per call)."""
SYMBOL_SCAN = regex.compile(patterns.SYMBOL)
"""The same grammar for a scan of a whole text (``regex`` scans it ten times faster)."""
# Where a symbol can start: a digit not inside another code or number (``SYMBOL``'s look-behind).
_SYMBOL_START = regex.compile(r"(?:(?<![\p{Lu}\d/.&\-])|(?<=\WO)|(?<=\AO))(?<!\d:)\d"
                              r"|(?<![\p{L}\d])[Ol](?=[\dOl]{0,3}[ ]{0,3}-[ ]{0,3}[A-ZĐ])")  # scans stretches: regex
SLASH_REACH = 48
"""How far after its start a symbol's first "/" (or "HĐBT") can stand: number (9 characters:
"12345.12a"), hyphen with OCR spaces (11), party type code (25), spaces before "/" (3)."""
_SO_BEFORE = fastre.compile("(?r)" + patterns.SO_BEFORE)
_TYPE_WORD = fastre.compile(patterns.TYPE_WORD)
_ABBR_BEFORE = fastre.compile("(?r)" + patterns.ABBR_BEFORE)
_ISSUER_AFTER = fastre.compile(patterns.ISSUER_AFTER)
_ISSUER_BETWEEN = fastre.compile(patterns.ISSUER_BETWEEN)
_TERM_AFTER = fastre.compile(patterns.TERM_AFTER)
_DATE_COLUMN = fastre.compile(patterns.DATE_COLUMN)
_DATE_AT = fastre.compile(f"(?:{patterns.DATE_NUM}|{patterns.DATE_WORDS})")
_DATE_BEFORE = regex.compile(patterns.DATE_BEFORE)
_DATE_BEFORE_REACH = 160
# What cannot stand inside a name before "số": sentence marks, or a number other than the
# count of laws an omnibus law amends ("Luật sửa đổi, bổ sung một số điều của 37 luật có liên
# quan đến quy hoạch số 35/2018/QH14").
_NAME_STOP = fastre.compile(r"[.;:!?\n\"\u201c\u201d]|\d(?!\d{0,2}\s{1,3}luat\b)")
_WS = fastre.compile(r"\s+")

_TYPE_BY_KEY = {t.key: t for t in TYPE_WORDS}
_TYPES_BY_LAST: dict[str, list[str]] = {}
for _t in TYPE_WORDS:
    _TYPES_BY_LAST.setdefault(_t.key.rsplit(" ", 1)[-1], []).append(_t.key)
for _keys in _TYPES_BY_LAST.values():
    _keys.sort(key=len, reverse=True)
LEFT_WINDOW = 160
TYPE_WINDOW = 64
TYPE_REACH = 44
"""The type word, "số" and what decides them ("bộ luật", "pháp luật", a plural) lie within the
last ``TYPE_REACH`` characters of the whitespace-collapsed text before a symbol; ``TYPE_WINDOW``
raw characters give that many unless they hold long whitespace runs (then ``LEFT_WINDOW``)."""
NAME_WINDOW = 100


@dataclass
class Mention:
    """One symbol found in the text, with what stands around it (normalized offsets)."""

    parts: SymbolParts
    symbol: str
    start: int
    end: int
    left: int
    tail_end: int
    doc_type: str | None = None
    type_word: str | None = None
    date: dt.date | None = None
    impossible_date: bool = False
    issuer: str | None = None
    term: str | None = None
    relation: str = "cites"
    flags: list[str] = field(default_factory=list)
    own_issuer: bool = False
    enum_prev: Mention | None = None


@lru_cache(maxsize=8192)
def _key(symbol: str) -> str:
    return symbol_key(symbol)


def _type_key(matched: str) -> str:
    return _WS.sub(" ", matched)


def type_ending(tail: str) -> tuple[str, int] | None:
    """The type word ``tail`` (folded) ends with, and its length: "… nghi quyet" -> Nghị quyết."""
    cut = tail.rfind(" ")
    for key in _TYPES_BY_LAST.get(tail[cut + 1:], ()):
        if tail.endswith(key) and (len(tail) == len(key) or not tail[-len(key) - 1].isalnum()):
            if key == "luat" and tail.endswith("phap luat"):
                return None
            return _TYPE_BY_KEY[key].name, len(key)
    return None


def _left_context(norm: Normalized, start: int) -> tuple[int, str | None, str | None, bool]:
    """(left offset, type word, issuer before the number, "số" seen) for a symbol at ``start``.

    Forms: "Nghị quyết số 25-NQ/TW", "Kết luận 03-KL/TW", "số: 326/…", "số31-QĐ/TW",
    "các Quyết định số …", "Bộ luật số …", "NĐ 30/2020/NĐ-CP".
    """
    folded = norm.folded
    lo = max(0, start - TYPE_WINDOW)
    tail = " ".join(folded[lo:start].split())
    if lo and len(tail) < TYPE_REACH:  # long whitespace runs: look further back
        lo = max(0, start - LEFT_WINDOW)
        tail = " ".join(folded[lo:start].split())
    has_so = False
    if tail.endswith(":"):
        tail = tail[:-1].rstrip()
    if tail.endswith("so") and (len(tail) == 2 or not tail[-3].isalnum()):
        has_so, tail = True, tail[:-2].rstrip()
    found = type_ending(tail)
    if found is not None:
        name, length = found
        left_text = tail[:len(tail) - length].rstrip()
        if name == "Luật" and left_text.endswith(" bo"):
            name, length = "Bộ luật", length + 3
        return _plural_back(folded, offset_back(folded, start, length)), name, None, has_so
    if has_so:
        so = _SO_BEFORE.search(folded, lo, start)
        if so is not None:
            return _named_before(norm, so.start(), start)
    abbr = _ABBR_BEFORE.search(norm.text, lo, start) if norm.text[start - 1:start] == " " else None
    if abbr is not None:
        return abbr.start(), TYPE_ABBREVIATIONS[abbr.group("abbr")], None, "số" in abbr.group()
    return start, None, None, has_so


def _plural_back(folded: str, left: int) -> int:
    """Include a plural marker before the type word: "các Quyết định số …"."""
    j = left
    while j > 0 and folded[j - 1] in " \t\n":
        j -= 1
    for word in ("cac", "nhung"):
        k = j - len(word)
        if k >= 0 and folded.startswith(word, k) and (k == 0 or not folded[k - 1].isalnum()):
            return k
    return left


def offset_back(folded: str, start: int, length: int) -> int:
    """Offset of the ``length``-th non-space-collapsed character before ``start``.

    ``length`` counts characters of the whitespace-collapsed tail (words joined by one space)
    from the end of the type word's text; walk back over the real text to find where it began.
    """
    i = start
    # skip the "số", ":" and spaces after the type word
    while i > 0 and folded[i - 1] in " \t\n\f:":
        i -= 1
    if folded.endswith("so", 0, i) and (i == 2 or not folded[i - 3].isalnum()):
        i -= 2
        while i > 0 and folded[i - 1] in " \t\n\f:":
            i -= 1
    seg = folded[i - length:i]
    if i >= length and seg.isprintable() and "  " not in seg:
        return i - length  # single spaces only: the collapsed text is the text itself
    remaining = length
    while remaining > 0 and i > 0:
        i -= 1
        if folded[i].isspace():
            while i > 0 and folded[i - 1].isspace():
                i -= 1
        remaining -= 1
    return i


def _named_before(norm: Normalized, so_start: int, start: int) -> tuple[int, str | None, str | None, bool]:
    """A type word, then a name or "của <issuer>", then "số": "Luật Đất đai số …",
    "Luật Ban hành văn bản quy phạm pháp luật số …" (the last capitalised type word wins: the
    name may hold lower-case type words), "Quyết định của Bộ Chính trị số …"."""
    folded = norm.folded
    lo = max(0, so_start - NAME_WINDOW)
    stop = max((folded.rfind(c, lo, so_start) for c in ".;:!?\n\"\u201c\u201d"), default=-1)
    lo = max(lo, stop + 1)
    words = [w for w in _TYPE_WORD.finditer(folded, lo, so_start) if norm.text[w.start()].isupper()]
    word = words[-1] if words else None
    for earlier in words[:-1]:  # "Luật sửa đổi, bổ sung một số điều của Luật A và Luật B số …"
        if folded.startswith(" sua doi", earlier.end()):
            word = earlier
            break
    if word is None or _NAME_STOP.search(folded, word.end(), so_start):
        return so_start, None, None, True
    name = _TYPE_BY_KEY[_type_key(word.group("type"))].name
    issuer = None
    between = _ISSUER_BETWEEN.fullmatch(folded, word.end(), so_start)
    if between is not None:
        issuer = canonical_issuer(norm.text[between.start("iss"):between.end("iss")])
    return word.start(), name, issuer, True


def _right_context(norm: Normalized, mention: Mention) -> None:
    """Fill date, issuer and term from what follows the symbol; set ``tail_end``."""
    folded = norm.folded
    pos = mention.end
    date_m = match_date_after(folded, pos) if _near(folded, "ngay", pos, 14) else None
    if date_m is None and folded[pos:pos + 1] in (" ", "\t", "|"):  # a table's date column
        date_m = _DATE_COLUMN.match(folded, pos)
    if date_m is None:
        below = _cell_below(folded, mention)
        if below is not None:  # a table cell wrapped under the symbol: "… 56/2017/NQ-HĐND \n ngày …"
            mention.date, mention.impossible_date = date_of(below)
    if date_m is not None:
        mention.date, mention.impossible_date = date_of(date_m)
        pos = date_m.end()
    iss = _ISSUER_AFTER.match(norm.text, pos) if _near(folded, "cua", pos, 8) else None
    if iss is not None:
        raw = norm.text[iss.start("iss"):iss.end("iss")]
        mention.issuer = canonical_issuer(raw) or mention.issuer
        mention.own_issuer = True
        pos = iss.end("iss")
    term = _TERM_AFTER.match(folded, pos) if _near(folded, "khoa", pos, 8) else None
    if term is not None:
        mention.term = norm.text[term.start("term"):term.end("term")].upper()
        pos = term.end()
    if date_m is None and iss is not None and _near(folded, "ngay", pos, 14):
        late = match_date_after(folded, pos)
        if late is not None:
            mention.date, mention.impossible_date = date_of(late)
            pos = late.end()
    mention.tail_end = pos


_COLUMN_GAP = "   "


_CODE_BELOW = regex.compile(r"[A-ZĐ][A-ZĐa-z0-9&.]{0,24}(?=\s)")


def _wrapped_code(text: str, m: regex.Match[str]) -> SymbolParts | None:
    """A symbol cut at its hyphen inside a layout table cell, its rest on the next line in the
    same column ("15/2019/QĐ-   Ban hành …" over "UBND ngày 10/4/2019"): the whole symbol."""
    eol = text.find("\n", m.end())
    if eol < 0:
        return None
    column = m.start() - (text.rfind("\n", 0, m.start()) + 1)
    below = text[eol + 1:eol + 1 + column + 4]
    indent = len(below) - len(below.lstrip(" "))
    if "\n" in below or abs(indent - column) > 3:
        return None
    rest = _CODE_BELOW.match(text, eol + 1 + indent)
    if rest is None:
        return None
    whole = SYMBOL_RE.fullmatch(m.group() + "-" + rest.group())
    return parts_from_match(whole) if whole is not None else None


def _cell_below(folded: str, mention: Mention) -> regex.Match[str] | None:
    """The date under a symbol in a layout table whose cell wraps: the symbol's line goes on to
    other columns (or ends), and the next line holds "ngày <date>" in the symbol's cell, which
    begins after the last wide gap before the symbol ("Nghị quyết 56/2017/NQ-HĐND", "Được
    thay thế bởi Nghị quyết số 32/2023/NQ-HĐND", each with "ngày …" on the line under it)."""
    eol = folded.find("\n", mention.end)
    rest = folded[mention.end:eol].strip() if eol >= 0 else ""
    if eol < 0 or not (folded.startswith(_COLUMN_GAP, mention.end)
                       or folded.startswith("-" + _COLUMN_GAP, mention.end)
                       or not rest or rest == "ngay"):
        return None
    line_start = folded.rfind("\n", 0, mention.start) + 1
    gap = folded.rfind(_COLUMN_GAP, line_start, mention.start)
    cell = (gap + len(_COLUMN_GAP) if gap >= 0 else line_start) - line_start
    column = mention.start - line_start
    below = eol + 1
    lo = below + max(0, cell - 3)
    text = folded[lo:below + column + 4]
    if "\n" in text:
        return None
    at = lo + len(text) - len(text.lstrip(" "))
    if at >= below + column + 4:
        return None
    if rest == "ngay":  # "… số 25/2022/NQ-HĐND ngày" over "09/12/2022" in the cell below
        return _DATE_AT.match(folded, at)
    if not folded.startswith("ngay", at):  # the symbol's own wrapped rest first: "UBND ngày …"
        word = folded[at:folded.find(" ", at, at + 26)] if " " in folded[at:at + 26] else ""
        if not word or not fold(mention.symbol).endswith("-" + word):
            return None
        at += len(word) + 1
        if not folded.startswith("ngay", at):
            return None
    return match_date_after(folded, at)


def _near(folded: str, word: str, pos: int, reach: int) -> bool:
    """Cheap prefilter: ``word`` occurs within ``reach`` characters after ``pos``."""
    return folded.find(word, pos, pos + reach + len(word)) >= 0


_FORM_WORDS = ("mau", "bieu mau", "bieu", "phu luc", "to khai")
_FORM_TAIL = 24


_COPY_CODES = ("SY", "SL", "SaoY")
_COPY_REACH = 60


def _copy_stamp(folded: str, start: int, parts: SymbolParts) -> bool:
    """A certified copy's stamp: "SAO Y BẢN CHÍNH … Số: 412/SY-VP", "SAO LỤC … 15/SL-VP"."""
    first = parts.type_code or (parts.issuers[0] if parts.issuers else "")
    if first not in _COPY_CODES:
        return False
    before = folded[max(0, start - _COPY_REACH):start]
    return "sao y" in before or "sao luc" in before


def _broken_number(folded: str, start: int) -> bool:
    """Whether a one- or two-digit number and one space stand between "số" and ``start``:
    "Thông tư số 1 3/2019/TT-BNV" cites 13/2019 or 1/2019, never "3/2019"."""
    j = start - 1
    k = j
    while k > 0 and folded[k - 1].isdigit() and j - k < 2:
        k -= 1
    return k < j and not folded[k - 1:k].isdigit() and folded.endswith("so ", 0, k)


def _form_number(folded: str, start: int) -> bool:
    """Whether "<form word> [số]" stands right before ``start``: "Mẫu số 04/SS-HĐĐT", "theo
    mẫu 01/ĐK-TCT", "Phụ lục số 02/PL-BTC", "Biểu số 05/KH-ĐT". A form or annex has a number
    and a code but is part of a document, never a document cited."""
    tail = " ".join(folded[max(0, start - _FORM_TAIL):start].split()).rstrip(" :")
    if tail.endswith(" so"):
        tail = tail[:-3]
    return any(tail.endswith(w) and (len(tail) == len(w) or not tail[-len(w) - 1].isalnum())
               for w in _FORM_WORDS)


def _doc_type(word: str | None, parts: SymbolParts) -> str | None:
    """The type word, unless it only says "Văn bản"/"Công văn" and the symbol knows better."""
    implied = implied_type(parts)
    if word is None:
        return implied
    if word == "Văn bản":
        return implied or "Công văn"
    if word == "Công văn" and implied and implied != "Công văn":
        return implied
    if word == "Chương trình" and implied == "Chương trình":
        return word
    return word


def find_symbols(text: str) -> Iterator[regex.Match[str]]:
    """``SYMBOL_SCAN.finditer(text)``, tried only at the digits up to ``SLASH_REACH`` characters
    before a "/" or "HĐBT": every symbol holds one of them that near its start (``str.find``
    finds them at memchr speed; the full regex costs ~10 ns a character of the whole text)."""
    marks = positions(text, "/", 0, len(text))
    at = text.find("HĐBT")
    if at >= 0:
        while at >= 0:
            marks.append(at)
            at = text.find("HĐBT", at + 1)
        marks.sort()
    if len(marks) * SLASH_REACH > len(text):  # dense marks (tables of dates): stretches cover it all
        return SYMBOL_SCAN.finditer(text)
    return symbols_near(text, marks)


def symbols_near(text: str, marks: list[int]) -> Iterator[regex.Match[str]]:
    """The symbol matches starting in the merged stretches [mark - SLASH_REACH, mark) of the
    sorted ``marks`` (the same as the full scan when marks hold every "/" and "HĐBT")."""
    starts: list[int] = []
    lo = hi = 0
    for mark in marks:
        if mark - SLASH_REACH > hi:
            if hi > lo:
                starts += [m.start() for m in _SYMBOL_START.finditer(text, lo, hi)]
            lo = mark - SLASH_REACH
        hi = mark
    if hi > lo:
        starts += [m.start() for m in _SYMBOL_START.finditer(text, lo, hi)]
    return matches_at(SYMBOL_RE, text, starts)


def find_mentions(norm: Normalized, own_symbol: str | None = None) -> list[Mention]:
    """Every citation of another document in ``norm``, in text order."""
    own = _key(own_symbol) if own_symbol else None
    mentions: list[Mention] = []
    for m in find_symbols(norm.text):
        parts = parts_from_match(m)
        if norm.text.startswith("-" + _COLUMN_GAP, m.end()):
            parts = _wrapped_code(norm.text, m) or parts
        if parts is None:
            continue
        start = m.start()
        lead = norm.text[start - 1] if start else ""
        if lead in ("l", "O") and (start == 1 or not norm.text[start - 2].isalnum()):
            digit = "1" if lead == "l" else "0"  # OCR "l0/2021/…", "O8/2020/…"
            parts, start = replace(parts, number=digit + parts.number), start - 1
        elif lead == " " and _broken_number(norm.folded, start):
            continue  # "số 1 3/2019/TT-BNV": an OCR space inside the number; no guess
        left, word, issuer, has_so = _left_context(norm, start)
        if not parts.strong and word is None and not (
                (has_so and len(parts.issuers) >= 2) or issuer_unit_shape(parts)):
            continue  # "số 01/GTGT": a weak one-code symbol needs a type word
        if _copy_stamp(norm.folded, start, parts):
            continue  # "SAO Y BẢN CHÍNH / Số: 412/SY-VP": the copy's own number
        if (word is None or left < start - _FORM_TAIL) and _form_number(norm.folded, start):
            continue  # "Mẫu số 04/SS-HĐĐT", "Phụ lục số 02/PL-BTC": a form, not a document
        symbol = parts.canonical
        if own is not None and _key(symbol) == own:
            continue
        mention = Mention(parts, symbol, start, m.end(), left, m.end(), type_word=word,
                          issuer=issuer, own_issuer=issuer is not None)
        mention.doc_type = _doc_type(word, parts)
        _right_context(norm, mention)
        if mention.issuer is None:
            mention.issuer = issuer_from_code(parts)
        mentions.append(mention)
    link_enumerations(norm.folded, mentions)
    respective_dates(norm.folded, mentions)
    for mention in mentions:
        if mention.date is None and mention.type_word is not None:
            _date_before(norm.folded, mention)
    return mentions


def _date_before(folded: str, mention: Mention) -> None:
    """The date of a sentence that opens with it and issues or sends the document ("Ngày
    09/10/2024, Văn phòng Chính phủ có Văn bản số 2785/VPCP-V.III …")."""
    lo = max(0, mention.left - _DATE_BEFORE_REACH)
    if folded.find("nga", lo, mention.left) < 0:
        return
    m = _DATE_BEFORE.search(folded, lo, mention.left)
    if m is not None:
        mention.date, mention.impossible_date = date_of(m)
