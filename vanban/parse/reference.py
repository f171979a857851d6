"""``parse_reference``: what a user types on the command line -> a canonical query.

"25-NQ/TW", "25/NQ-TW" (shapes swapped: Party issuers get the Party shape back), "nghị quyết
25-NQ/TW", "25-nq/tw" (case restored from the code tables), "Chỉ thị số 18/2000/CT-TTg ngày
21/9/2000".
"""

from __future__ import annotations

import datetime as dt

import regex
from pydantic import BaseModel, ConfigDict

from vanban.errors import ParseError
from vanban.parse import patterns
from vanban.parse.dates import find_date
from vanban.parse.normalize import normalize
from vanban.parse.symbols import SymbolParts, canon_code, implied_type, state_parts
from vanban.parse.tables import ISSUERS, TYPE_WORDS

_REFERENCE = regex.compile(patterns.REFERENCE_SYMBOL, regex.IGNORECASE)
_TYPE_AT = regex.compile(rf"(?P<type>{patterns.TYPE_ALT})(?![\w])")
_SEGMENT = regex.compile(r"\s*[-/]\s*")
_PARTY_EXTRA = regex.compile(r"HĐNN\d*|CTN")


class RefQuery(BaseModel):
    """A document reference as a user typed it, made canonical."""

    model_config = ConfigDict(frozen=True)

    symbol: str
    doc_type: str | None = None
    date: dt.date | None = None


def _is_party_issuer(code: str, type_code: str | None) -> bool:
    entry = ISSUERS.get(code)
    if entry is not None:
        return entry.party
    if code.endswith(("TU", "HU", "QU", "ĐU", "ĐUK", "TW")):
        return True
    return bool(_PARTY_EXTRA.fullmatch(code)) and type_code in ("L", "LCT", "NQ")


def _restore(seg: str) -> str:
    """Canonical case of a typed code segment ("nq" -> "NQ", "ttg" -> "TTg", "qđi" -> "QĐi")."""
    return canon_code(seg.upper())


def _parts(m: regex.Match[str]) -> SymbolParts:
    segs = [_restore(s) for s in _SEGMENT.split(m.group("rest")) if s]
    number = m.group("num")
    year = m.group("year")
    if year or len(segs) < 2:
        return state_parts(number, year, "-".join(segs)) or SymbolParts(
            number, year, None, tuple(segs), None, False)
    type_code, issuers = segs[0], tuple(segs[1:])
    if _is_party_issuer(issuers[0], type_code):
        return SymbolParts(number, None, type_code, issuers, None, True)
    return state_parts(number, None, "-".join(segs)) or SymbolParts(
        number, None, type_code, issuers, None, False)


def parse_reference(text: str) -> RefQuery:
    """Parse a typed reference into a canonical symbol, its type and date.

    >>> parse_reference("25/nq-tw").symbol
    '25-NQ/TW'
    >>> parse_reference("Chỉ thị số 18/2000/CT-TTg ngày 21/9/2000").date.isoformat()
    '2000-09-21'

    Raises:
        ParseError: when ``text`` holds no number-symbol.
    """
    norm = normalize(text.strip())
    m = _REFERENCE.search(norm.text)
    if m is None:
        raise ParseError(f"not a document reference: {text!r} (expected e.g. '25-NQ/TW')")
    parts = _parts(m)
    doc_type = None
    folded = norm.folded
    word = _TYPE_AT.search(folded, 0, m.start())
    if word is not None:
        key = regex.sub(r"\s+", " ", word.group("type"))
        doc_type = next(t.name for t in TYPE_WORDS if t.key == key)
    doc_type = doc_type if doc_type not in (None, "Văn bản") else implied_type(parts)
    date = find_date(folded, m.end())
    return RefQuery(symbol=parts.canonical, doc_type=doc_type, date=date)
