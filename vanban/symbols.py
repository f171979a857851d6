"""Canonical spelling of number-symbols, and the loose key used to look them up.

``canonical_symbol`` gives the form the JSON contract promises: NFC, no spaces, "Đ" (U+0110),
plain hyphen. ``symbol_key`` folds what a user may type differently ("25/NQ-TW", "25-nq/tw",
"04-NQ/TU" vs "4-NQ/TU") onto one key; it is for lookups, never for display.
"""

from __future__ import annotations

import re
import unicodedata

import regex

_LOOKALIKES = str.maketrans(
    {"\u00d0": "Đ", "\u00f0": "đ", "\u0189": "Đ", "\u0256": "đ", "／": "/", "∕": "/", "⁄": "/"}
)
# (stdlib ``re``: these run once per distinct symbol of a corpus, where ``regex``'s per-call
# cost shows; the classes mean the same in both engines on symbols)
_DASHES = re.compile(r"[\u2010-\u2015\u2212\u2043\uFE58\uFE63\uFF0D]")
_SPACES = re.compile(r"\s+")
_SEGMENTS = re.compile(r"[\s/\-]+")


def canonical_symbol(text: str) -> str:
    """Return ``text`` as a canonical number-symbol.

    >>> canonical_symbol("665 - CT/ÐU")
    '665-CT/ĐU'
    """
    text = unicodedata.normalize("NFC", text).translate(_LOOKALIKES)
    text = _DASHES.sub("-", text)
    return _SPACES.sub("", text)


def symbol_key(text: str) -> str:
    """Return the lookup key of a number-symbol: segments only, case-folded, no leading zeros.

    >>> symbol_key("25/NQ-TW") == symbol_key("25-nq/tw") == symbol_key("25-NQ/TW")
    True
    """
    return key_of_canonical(canonical_symbol(text))


def key_of_canonical(canon: str) -> str:
    """:func:`symbol_key` of a symbol already in canonical form."""
    parts = [p for p in _SEGMENTS.split(canon.casefold()) if p]
    if parts and parts[0].isdigit():
        parts[0] = parts[0].lstrip("0") or "0"
    elif parts and parts[0][:1].isdigit():
        parts[0] = parts[0].lstrip("0")
    return "|".join(parts)


_DEPARTMENT = regex.compile(r"S[A-ZĐ]{1,8}")


def is_department_code(code: str) -> bool:
    """Whether an issuer code is a provincial department's (Sở): "S" + its field, as in SNV,
    STC, SGDĐT, STNMT, SLĐTBXH. Every province has one, so "567/SNV-TCBC" of Hà Nội and the
    same number of another province are two letters: the code needs a locality.

    >>> is_department_code("SGDĐT"), is_department_code("STW"), is_department_code("BNV")
    (True, False, False)
    """
    return code[:1] == "S" and _DEPARTMENT.fullmatch(code) is not None and not code.endswith("TW")
