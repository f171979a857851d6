"""Symbol grammar: split a matched number-symbol into its parts, repair OCR damage, canonicalise.

The three grammars of the domain spec (section 0): State ``N/[YYYY/]TYPE-ISSUER[-…]`` (or a
công văn's ``N/ISSUER-UNIT``), Party ``N-TYPE/ISSUER`` and consolidated ``N/VBHN-ISSUER``.
Repairs are done by the code tables only: a missing hyphen ("NĐCP" -> "NĐ-CP") when the code
splits unambiguously, a doubled last letter ("QĐĐ" -> "QĐ"), "D" for "Đ" in known codes
("BGDDT" -> "BGDĐT"), canonical case of mixed-case codes ("QĐI" -> "QĐi", "TTG" -> "TTg").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from vanban.parse import fastre, patterns
from vanban.parse.tables import (
    ISSUERS,
    LOCAL_SUFFIXES,
    PARTY_TYPE_CODES,
    TERM_ISSUERS,
    TYPE_CODES,
)
from vanban.symbols import canonical_symbol, is_department_code

_SHAPES = {name: fastre.compile(getattr(patterns, name.upper()))
           for name in ("party", "state", "old", "hdbt")}
_SPLIT_DASH = fastre.compile(r"\s*-+\s*(?:-\s*)*|\s*\n\s*")
_TERM_CODE = fastre.compile(r"(?P<base>QH|UBTVQH|HĐNN)(?P<term>\d{1,2})?")

_CODES_CI = {c.upper(): c for c in (*TYPE_CODES, *ISSUERS)}
_CODES_FOLDED = {c.upper().replace("Đ", "D"): c for c in (*TYPE_CODES, *ISSUERS) if "Đ" in c}


@dataclass(frozen=True)
class SymbolParts:
    """A parsed number-symbol."""

    number: str
    year: str | None
    type_code: str | None
    issuers: tuple[str, ...]
    unit: str | None
    party_shape: bool

    @property
    def canonical(self) -> str:
        """The canonical symbol string ("25-NQ/TW", "18/2000/CT-TTg", "3431/TCHQ-TXNK")."""
        return _canonical(self)

    def _build(self) -> str:
        if self.party_shape:
            body = f"{self.number}-{self.type_code}/{'-'.join(self.issuers)}" if self.type_code \
                else f"{self.number}-{'-'.join(self.issuers)}"
        else:
            codes = ([self.type_code] if self.type_code else []) + list(self.issuers)
            year = f"{self.year}/" if self.year else ""
            body = f"{self.number}/{year}{'-'.join(codes)}"
        if self.unit:
            body += f"/{self.unit}"
        return canonical_symbol(body)

    @property
    def main_issuer(self) -> str | None:
        """The first issuer code (for a joint document, the lead issuer)."""
        return self.issuers[0] if self.issuers else None

    @property
    def is_cong_van(self) -> bool:
        """State shape without a type code and with an issuer-unit pair (3431/TCHQ-TXNK)."""
        return not self.party_shape and self.type_code is None and len(self.issuers) >= 2

    @property
    def strong(self) -> bool:
        """True when the symbol stands on its own without a type word before it."""
        if self.year or (self.type_code and (self.type_code in TYPE_CODES)):
            return True
        return any(is_known_issuer(code) for code in self.issuers)


@lru_cache(maxsize=8192)
def _canonical(parts: SymbolParts) -> str:
    return parts._build()


@lru_cache(maxsize=4096)
def canon_code(seg: str) -> str:
    """Return a code segment in canonical case, with dictionary-only repairs.

    >>> canon_code("QĐI"), canon_code("BGDDT"), canon_code("QĐĐ"), canon_code("TXNK")
    ('QĐi', 'BGDĐT', 'QĐ', 'TXNK')
    """
    if seg in TYPE_CODES or seg in ISSUERS or _TERM_CODE.fullmatch(seg):
        return seg
    upper = seg.upper()
    if upper in _CODES_CI:
        return _CODES_CI[upper]
    if upper in _CODES_FOLDED:
        return _CODES_FOLDED[upper]
    if len(seg) >= 3 and seg[-1] == seg[-2] and seg[:-1] in (*TYPE_CODES, *ISSUERS):
        return seg[:-1]
    return seg


def is_known_issuer(code: str) -> bool:
    """True for issuer codes of the tables, term codes (QH14) and local compounds (BTGTU)."""
    if code in ISSUERS or _TERM_CODE.fullmatch(code):
        return True
    return code.endswith(LOCAL_SUFFIXES) and len(code) <= 8 and code.isupper()


def is_local_issuer(code: str | None) -> bool:
    """True when the issuer code needs a scope (TU, HU, ĐU, ĐUK, UBND, HĐND, BTGTU…)."""
    if not code:
        return False
    entry = ISSUERS.get(code)
    if entry is not None:
        return entry.local
    return code.endswith(LOCAL_SUFFIXES) and not code.endswith("TW") or is_department_code(code)


def _split_missing_hyphen(seg: str) -> tuple[str, str] | None:
    """Split "NĐCP" into ("NĐ", "CP") when exactly one split uses two known codes."""
    found = []
    for i in range(1, len(seg)):
        head, tail = canon_code(seg[:i]), canon_code(seg[i:])
        if head in TYPE_CODES and (tail in ISSUERS or _TERM_CODE.fullmatch(tail)):
            found.append((head, tail))
    return found[0] if len(found) == 1 else None


def parts_from_match(m: regex.Match[str]) -> SymbolParts | None:
    """Build :class:`SymbolParts` from a match of ``patterns.SYMBOL``; None if not a symbol."""
    return _parts_of(m.group(), m.lastgroup)


_OCR_DIGITS = str.maketrans("lO", "10")


def _ocr_digits(text: str) -> str:
    """OCR's "l" for "1" and "O" for "0" in a year or after a digit ("20l3" -> "2013", "3l" ->
    "31", "2O23" -> "2023"; a number's real letter suffix is never a lower-case "l" or an "O")."""
    return text if text.isdigit() else text.translate(_OCR_DIGITS)


@lru_cache(maxsize=8192)
def _parts_of(raw: str, shape: str | None) -> SymbolParts | None:
    m = _SHAPES[shape].fullmatch(raw)
    if m is None:  # pragma: no cover - the shape regex matched this text in the scan
        return None
    if shape == "party":
        return _party(_ocr_digits(m.group("pnum")), m.group("ptype"), m.group("piss"))
    if shape == "state":
        year = m.group("year")
        return state_parts(_ocr_digits(m.group("num")), year and _ocr_digits(year),
                           m.group("code"))
    if shape == "old":
        return _party(m.group("onum"), m.group("otype"), m.group("oiss"))
    return SymbolParts(m.group("hnum"), None, None, (m.group("hiss"),), None, True)


def _party(number: str, type_code: str, issuer: str) -> SymbolParts | None:
    type_code = canon_code(type_code)
    issuers = tuple(canon_code(s) for s in _SPLIT_DASH.split(issuer) if s)
    return SymbolParts(number, None, type_code, issuers, None, True)


def state_parts(number: str, year: str | None, code: str) -> SymbolParts | None:
    """Parse the code part of a State-shape symbol ("CT-TTg", "TCHQ-TXNK", "QH14")."""
    main, _, unit = code.partition("/")
    segs = [canon_code(s) for s in _SPLIT_DASH.split(main) if s]
    if not segs:
        return None
    first = segs[0]
    if first not in TYPE_CODES and not is_known_issuer(first):
        split = _split_missing_hyphen(first)
        if split:
            segs = [*split, *segs[1:]]
    type_code = segs[0] if segs[0] in TYPE_CODES and len(segs) > 1 else None
    if segs[0] in ("L", "PL") and len(segs) > 1:
        type_code = segs[0]
    issuers = tuple(segs[1:] if type_code else segs)
    unit_code = canon_code(unit.strip()) if unit else None
    return SymbolParts(number, year, type_code, issuers, unit_code, False)


_CODE_LETTERS = fastre.compile(r"[A-ZĐ](?:[A-ZĐ&]{1,9}|[A-ZĐ&]{0,8}[0-9]{1,2})")
_UNIT = fastre.compile(r"[A-ZĐ](?:[A-ZĐ&]|[a-z](?![a-z])){0,9}(?:[0-9]{1,2}|\.[IVX]{1,4})?")


@lru_cache(maxsize=4096)
def issuer_unit_shape(parts: SymbolParts) -> bool:
    """A State công văn number standing without a type word: ``N/ISSUER-UNIT`` with an
    all-capitals issuer code of 2-10 letters and a unit code ("456/SYT-NVY", "123/SKH&ĐT-ĐKKD",
    "2785/VPCP-V.III", "1988/VKSTC-V8", "418/SGDĐT-GDTrH"). A symbol with no type word is still a
    citation: the type is implied by the symbol. Forms ("01/GTGT", one code), mixed-case words
    and Party shapes are not this shape."""
    if not parts.is_cong_van or parts.year or parts.unit or len(parts.issuers) > 3:
        return False
    issuer, *units = parts.issuers
    return _CODE_LETTERS.fullmatch(issuer) is not None and len(issuer) >= 2 \
        and all(_UNIT.fullmatch(u) for u in units)


def implied_type(parts: SymbolParts) -> str | None:
    """The document type a symbol implies by its code ("CT" -> "Chỉ thị"); None if it has none.

    >>> implied_type(state_parts("3431", None, "TCHQ-TXNK"))
    'Công văn'
    """
    if parts.type_code:
        if parts.party_shape and parts.type_code in PARTY_TYPE_CODES:
            return PARTY_TYPE_CODES[parts.type_code][0]
        entry = TYPE_CODES.get(parts.type_code)
        return entry[0] if entry else None
    if parts.is_cong_van:
        return "Công văn"
    return None


def issuer_from_code(parts: SymbolParts) -> str | None:
    """The issuer a central code names on its own ("TTg" -> "Thủ tướng Chính phủ")."""
    code = parts.main_issuer
    if code is None:
        return None
    entry = ISSUERS.get(code)
    if entry is not None:
        return entry.name
    term = _TERM_CODE.fullmatch(code)
    return TERM_ISSUERS[term.group("base")][0] if term else None


def symbol_year(parts: SymbolParts) -> int | None:
    """The year printed in the symbol, if any."""
    return int(parts.year) if parts.year else None


def qh_term(parts: SymbolParts) -> int | None:
    """The National Assembly term of a "QHnn"/"UBTVQHnn" issuer code, if any."""
    for code in parts.issuers:
        term = _qh_term_of(code)
        if term is not None:
            return term
    return None


@lru_cache(maxsize=4096)
def _qh_term_of(code: str) -> int | None:
    term = _TERM_CODE.fullmatch(code)
    if term and term.group("term") and term.group("base") in ("QH", "UBTVQH"):
        return int(term.group("term"))
    return None
