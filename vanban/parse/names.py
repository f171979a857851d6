"""Names of bodies and places: canonical casing of issuer phrases and the locality they name.

``org_case("ĐẢNG ỦY VĂN PHÒNG CHÍNH PHỦ")`` -> "Đảng ủy Văn phòng Chính phủ" by the vocabulary
of organisation words in :mod:`vanban.parse.tables` (ND 30/2020 Phụ lục II casing: the body
type and the first word of its proper name capitalised, place names capitalised throughout).
"""

from __future__ import annotations

from functools import lru_cache

from vanban.parse import fastre

from vanban.parse.normalize import canonical_tones, fold
from vanban.parse.tables import (
    ISSUER_ABBREVIATIONS,
    ISSUER_ALIASES,
    LOCALITY_WORDS,
    ORG_WORDS,
    PROVINCES,
)

_SPACES = fastre.compile(r"\s+")
_TERM = fastre.compile(r"[\s,(]*\b(?:khóa|khoá|Khóa|KHÓA)\s+[IVXL]+(?:\s*,\s*[IVXL]+)*\s*\)?\s*$")
_PLACE = fastre.compile(
    r"(?:\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy)"
    r"\s+(?P<place>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})"
)
_BODY = fastre.compile(r"(?:Đảng ủy|Đảng bộ)\s+\p{Lu}.*$")
_MAX_WORDS = 5

# One-word administrative units typed in capitals without diacritics: before a name they are
# the unit ("XA TRUNG KIEN" is "xã Trung Kien"; the name's marks cannot be restored).
_PROVINCE_ASCII = {fold(p).upper(): p for p in PROVINCES}
_ASCII_UNITS = {"XA": "xã", "TINH": "tỉnh", "HUYEN": "huyện", "PHUONG": "phường", "QUAN": "quận"}
_LOCALITY = frozenset(LOCALITY_WORDS)


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


# Multi-word organisation words typed or OCR-read without diacritics ("UY BAN NHAN DAN"):
# a phrase of two or more words is unambiguous once folded.
_ORG_WORDS_ASCII = {fold(k): v for k, v in ORG_WORDS.items() if " " in k}
_LOCALITY_ASCII = {fold(k): k for k in LOCALITY_WORDS if " " in k}


_PROVINCE_CAPS = {tuple(p.upper().split()): p for p in PROVINCES if " " in p}
_PROPER = {tuple(n.upper().split()): n
           for n in ("Hồ Chí Minh", "Việt Nam", "Ho Chi Minh", "Viet Nam",  # (or typed bare)
                     "Thương binh và Xã hội")}  # "Bộ Lao động - Thương binh và Xã hội"
_PROPER_LENGTHS = sorted({len(k) for k in _PROPER}, reverse=True)
"""Proper names that keep their capitals inside an organisation's name."""


def _has_vowel(word: str) -> bool:
    return any(c in "aeiouy" for c in fold(word.lower()))


def _lookup(words: list[str], i: int) -> tuple[str, int, str] | None:
    """Longest organisation word at ``words[i]``: (canonical, length, lower key)."""
    for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
        key = " ".join(w.lower() for w in words[i:i + n])
        if key in ORG_WORDS:
            return ORG_WORDS[key], n, key
        if n > 1 and key.isascii():
            if key in _ORG_WORDS_ASCII:
                canonical = _ORG_WORDS_ASCII[key]
                return canonical, n, canonical.lower()
            if key in _LOCALITY_ASCII:
                return _LOCALITY_ASCII[key], n, _LOCALITY_ASCII[key]
        if key in _LOCALITY:
            return key, n, key
        expanded = ISSUER_ABBREVIATIONS.get(" ".join(words[i:i + n]))
        if expanded:
            return expanded, n, expanded.lower()
    return None


_BEFORE_SOCIETY = frozenset({"hiem", "va", "sach"})
"""Words after which "xã hội" is "society" ("Bảo hiểm xã hội", "Thương binh và Xã hội",
"Chính sách xã hội"), not a commune named "Hội …" ("Ủy ban nhân dân xã Hội An")."""


@lru_cache(maxsize=4096)
def org_case(phrase: str) -> str:
    """Canonical casing of an organisation phrase (ALL-CAPS headers or in-text issuers).

    >>> org_case("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TW")
    'Đảng bộ Khối các cơ quan Trung ương'
    >>> org_case("ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG")
    'Ủy ban nhân dân tỉnh Hải Dương'
    >>> org_case("XA TRUNG KIEN")
    'Xã Trung Kien'
    """
    words = _SPACES.sub(" ", canonical_tones(phrase)).strip().split(" ")
    caps = _is_caps(phrase)
    ascii_caps = caps and phrase.isascii()
    out: list[str] = []
    mode = "start"
    i = 0
    while i < len(words) and words[0]:
        if ascii_caps and mode == "place":
            named = next(((n, _PROVINCE_ASCII[" ".join(words[i:i + n])]) for n in (3, 2, 1)
                          if " ".join(words[i:i + n]) in _PROVINCE_ASCII), None)
            if named is not None:  # "TINH BAC NINH" -> "tỉnh Bắc Ninh"
                out.append(named[1])
                i += named[0]
                continue
        if fold(words[i]) == "xa" and i + 1 < len(words) and fold(words[i + 1]) == "hoi" \
                and i and fold(words[i - 1]) in _BEFORE_SOCIETY:
            out.append("xã hội" if not ascii_caps else "xa hoi")  # "society", no commune:
            mode = "rest"                                         # "BẢO HIỂM XÃ HỘI VIỆT NAM"
            i += 2
            continue
        unit = _ASCII_UNITS.get(words[i]) \
            if ascii_caps and i + 1 < len(words) and words[i + 1] != "UY" else None
        if unit is not None:  # "UY BAN NHAN DAN / XA TRUNG KIEN" typed without diacritics
            out.append(unit)
            mode = "place"
            i += 1
            continue
        name = next((_PROPER[k] for n in _PROPER_LENGTHS if (k := tuple(words[i:i + n])) in _PROPER),
                    None) if caps else None
        if name is not None:  # "HỒ CHÍ MINH", "VIỆT NAM"
            out.append(name)
            mode = "name"
            i += name.count(" ") + 1
            continue
        place = next((_PROVINCE_CAPS[k] for k in (tuple(words[i:i + 3]), tuple(words[i:i + 2]))
                      if k in _PROVINCE_CAPS), None) if caps else None
        if place is not None:  # "… HÀ NỘI", "TRƯỜNG THPT … TỈNH QUẢNG NAM"
            out.append(place)
            i += place.count(" ") + 1
            continue
        hit = _lookup(words, i)
        if hit is not None:
            canonical, n, key = hit
            out.append(canonical)
            mode = "place" if key in _LOCALITY else "name"
            i += n
            continue
        if caps and len(words[i]) >= 2 and not _has_vowel(words[i]):
            out.append(words[i])  # an abbreviation: "TNCS", "NN&PTNT", "MTTQ"; a name follows
            mode = "place"
            i += 1
            continue
        word = words[i]
        if caps:
            lower = word.lower()
            word = lower.capitalize() if mode in ("start", "name", "place", "and") else lower
            mode = "and" if lower == "và" else ("place" if mode == "place" else "rest")
        out.append(word)
        i += 1
    text = " ".join(out)
    return text[:1].upper() + text[1:]


def strip_term(phrase: str) -> str:
    """Drop a trailing term qualifier ("… khóa XI", "… (khóa X)")."""
    return _TERM.sub("", phrase).strip()


@lru_cache(maxsize=4096)
def canonical_issuer(phrase: str) -> str | None:
    """Canonical issuer name of an in-text phrase ("Ban Bí thư Trung ương Đảng" -> "Ban Bí thư").

    >>> canonical_issuer("Ban thường vụ Tỉnh ủy")
    'Ban Thường vụ Tỉnh ủy'
    """
    phrase = strip_term(_SPACES.sub(" ", canonical_tones(phrase)).strip(" ,.;:()\"“”"))
    phrase = phrase.replace("(", "").replace(")", "").strip()
    if not phrase:
        return None
    key = fold(phrase)
    if key in ISSUER_ALIASES:
        return ISSUER_ALIASES[key][0]
    if "ban chap hanh trung uong" in key and not key.startswith("ban chap hanh dang bo"):
        return "Ban Chấp hành Trung ương"
    return org_case(phrase)


@lru_cache(maxsize=4096)
def place_in(name: str | None) -> str | None:
    """The place a body's name ends with ("Ủy ban nhân dân tỉnh Hải Dương" -> "Hải Dương")."""
    if not name:
        return None
    m = _PLACE.search(name)
    return m.group("place") if m else None


@lru_cache(maxsize=4096)
def body_in(name: str | None) -> str | None:
    """The Party committee a name designates ("Ban Thường vụ Đảng ủy Khối …" -> "Đảng ủy Khối …")."""
    if not name:
        return None
    m = _BODY.search(name)
    return m.group() if m else None
