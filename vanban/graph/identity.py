"""Which real document a number-symbol names: families, scopes, terms and stable node ids.

A number-symbol alone does not always name one document:

* Party numbers (``18-NQ/TW``) restart with every term, so the term (from the date, or the
  ``term`` the parser read) is part of the identity;
* state numbers without a year (``16/CT-TTg``) restart every 1 January, so the year is;
* local symbols (``04-NQ/TU``, ``18/CT-UBND``, ``665-CT/ĐU``) belong to one province, district
  or Party body, taken from the citation, its issuer phrase, or the citing document.

An :class:`Identity` is (shape, key, scope, bucket); a citation that lacks a part the family needs
is *partial* and is matched against complete identities later (see ``vanban.graph.build``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

import regex

from vanban.graph.localities import find_locality, normalize_locality
from vanban.graph.terms import central_term, local_term, normalize_term
from vanban.symbols import canonical_symbol, is_department_code, key_of_canonical

_PARTY = regex.compile(r"^(?P<num>\d+\p{L}?)-(?P<type>[^/]+)/(?P<issuer>.+)$")
_STATE = regex.compile(r"^(?P<num>\d+\p{L}?)/(?:(?P<year>(?:19|20)\d\d)/)?(?P<rest>.+)$")
_TERMED_ISSUER = re.compile(r"^(UBTVQH|QH|HĐNN)\d+$")
_STATE_PARTY_SHAPED = re.compile(r"^(CTN|HĐNN\d*|HĐBT|CP|QH\d*)$")
# Plain patterns run by the standard library: a symbol is classified once, but a corpus holds
# a few hundred thousand distinct ones, and ``regex`` calls with string patterns cost microseconds.
_SEPARATOR = re.compile(r"([-/])")
_NON_DIGITS = re.compile(r"^\D+")
_YEAR_SEGMENT = re.compile(r"/(19|20)\d\d/")
# Codes whose spelling is not all capitals (domain spec §2.5, §3.4, §3.5).
_MIXED_CASE = {c.upper(): c for c in ("TTg", "CTr", "QĐi", "TTr", "QTr", "ThU", "QyĐ")}
_PROVINCE_PARTY = {"TU"}
_DISTRICT_PARTY = {"HU", "QU", "THU"}
_BODY_PARTY = {"ĐU": "grassroots", "CB": "grassroots", "ĐUK": "district", "BCSĐ": "district",
               "ĐĐ": "district"}
_LOCAL_STATE = {"UBND", "HĐND", "UB"}
_BODY_WORDS = regex.compile(
    r"^(?:(?:t/m|ban thường vụ|ban chấp hành|thường trực|ban cán sự đảng|đảng đoàn|chi bộ|"
    r"đảng ủy|đảng uỷ|đảng bộ)\s+)+",
    regex.IGNORECASE,
)
# What is left of a bare "Đảng ủy Khối" or "Đảng ủy cơ sở": it names no body in particular.
_GENERIC_BODIES = {"", "khối", "cơ sở", "trực thuộc", "cấp trên"}
_DISTRICT = regex.compile(
    r"(?i:huyện|quận|thị xã|thị)\s*(?i:ủy|uỷ)?\s+(?P<name>\p{Lu}[\p{L}\s]*?)"
    r"(?:,|$|\s+(?i:tỉnh|thành phố)\b)",
)


@dataclass(frozen=True, slots=True)
class SymbolInfo:
    """What the symbol's shape says about identity.

    Attributes:
        shape: "party" (N-TYPE/ISSUER) or "state" (N/[YEAR/]TYPE-ISSUER) or "other".
        key: ``symbol_key`` of the symbol (the loose lookup key).
        display: Normalised symbol used in node ids (number padded, codes in their usual case).
        family: "party" (term-numbered), "annual" (year-numbered) or "fixed" (unique as written).
        scope_kind: None, "province", "district" or "body".
        level: For Party symbols: "central", "province", "district" or "grassroots".
        code: The issuing-body code that decides the above ("TW", "TU", "UBND"…).
        term: A term written into the symbol itself ("QH14" -> "XIV"), else None.
    """

    shape: str
    key: str
    display: str
    family: str
    scope_kind: str | None
    level: str
    code: str
    term: str | None = None


def _case(segment: str) -> str:
    up = segment.upper()
    return _MIXED_CASE.get(up, up)


def _number(num: str) -> str:
    digits = num.rstrip("".join(ch for ch in num if not ch.isdigit())) if num else num
    suffix = num[len(digits):].lower()
    stripped = digits.lstrip("0") or "0"
    return (stripped.zfill(2) if len(stripped) < 2 else stripped) + suffix


def _party_info(m: regex.Match[str], key: str) -> SymbolInfo:
    code = m["issuer"].split("-")[0].upper()
    display = f"{_number(m['num'])}-{_case(m['type'])}/" + "-".join(
        _case(s) for s in m["issuer"].split("-")
    )
    if _STATE_PARTY_SHAPED.match(code):
        return SymbolInfo("party", key, display, "fixed", None, "central", code)
    if code in _PROVINCE_PARTY or (code.endswith("TU") and code != "TU" and len(code) > 2):
        return SymbolInfo("party", key, display, "party", "province", "province", code)
    if code in _DISTRICT_PARTY or code.endswith(("HU", "QU")):
        return SymbolInfo("party", key, display, "party", "district", "district", code)
    if code in _BODY_PARTY:
        return SymbolInfo("party", key, display, "party", "body", _BODY_PARTY[code], code)
    return SymbolInfo("party", key, display, "party", None, "central", code)


def _state_info(m: regex.Match[str], key: str) -> SymbolInfo:
    tokens = _SEPARATOR.split(m["rest"])  # segments at even places, separators between
    codes = [t.upper() for t in tokens[::2] if t]
    display = f"{_number(m['num'])}/" + (f"{m['year']}/" if m["year"] else "")
    display += "".join(t if i % 2 or not t else _case(t) for i, t in enumerate(tokens))
    termed = next((c for c in codes if _TERMED_ISSUER.match(c)), None)
    term = normalize_term(_NON_DIGITS.sub("", termed)) if termed else None
    local = next((c for c in codes if c in _LOCAL_STATE), None) \
        or next((c for c in codes[:2] if is_department_code(c)), None)
    family = "fixed" if (m["year"] or termed) else "annual"
    code = local or termed or (codes[-1] if codes else "")
    return SymbolInfo("state", key, display, family, "province" if local else None, "-", code, term)


@functools.lru_cache(maxsize=1 << 18)
def analyze_symbol(symbol: str) -> SymbolInfo:
    """Classify a canonical number-symbol (cached: corpora repeat symbols a lot).

    >>> analyze_symbol("18-NQ/TW").family, analyze_symbol("16/CT-TTg").family
    ('party', 'annual')
    """
    canon = canonical_symbol(symbol)
    key = key_of_canonical(canon)
    m = _PARTY.match(canon)
    if m and not _YEAR_SEGMENT.search(canon):
        return _party_info(m, key)
    m = _STATE.match(canon)
    if m:
        return _state_info(m, key)
    return SymbolInfo("other", key, canon, "fixed", None, "-", "")


# ---- scope ------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1 << 16)
def body_of(text: str | None) -> str | None:
    """The Party body a phrase names, folded: "Ban Thường vụ Đảng ủy Khối X" -> "khối x"."""
    if not text:
        return None
    rest = _BODY_WORDS.sub("", " ".join(text.split())).strip(" ,.;").casefold()
    return None if rest in _GENERIC_BODIES else rest


@functools.lru_cache(maxsize=1 << 16)
def district_of(text: str | None) -> str | None:
    """The district a phrase names ("Huyện ủy Gia Lâm" -> "gia lâm"), or None."""
    if not text:
        return None
    m = _DISTRICT.search(" ".join(text.split()))
    return m["name"].strip().casefold() if m else None


class Context(NamedTuple):
    """What a citing document tells about the scope of the local symbols it cites.

    Attributes:
        code: Issuing-body code of the citing document's own symbol ("TU", "UBND"…), or "".
        scope: The citing document's own scope (its province, district or body), or None.
        locality: The citing document's province, when it is a local document, or None.
        date: The citing document's date (ISO), bounds the candidates of undated citations.
    """

    code: str = ""
    scope: str | None = None
    locality: str | None = None
    date: str | None = None


def scope_for(
    info: SymbolInfo, scope_text: str | None, issuer: str | None, ctx: Context
) -> str | None:
    """The scope a local symbol belongs to; None when the family has none or it is unknown.

    District scopes are "Province/district"; "Province/" is a partial district scope.
    """
    kind = info.scope_kind
    if kind is None:
        return None
    if kind == "body":
        found = body_of(scope_text) or body_of(issuer)
        return found or (ctx.scope if ctx.code == info.code else None)
    province = normalize_locality(scope_text) or find_locality(issuer)
    if kind == "province":
        if province:
            return province
        return ctx.scope if ctx.code == info.code and ctx.scope else ctx.locality
    district = district_of(scope_text) or district_of(issuer)
    if ctx.code == info.code and ctx.scope and not (province or district):
        return ctx.scope
    province = province or ctx.locality
    if province is None:
        return None
    return f"{province}/{district}" if district else f"{province}/"


def stated_scope(info: SymbolInfo, scope_text: str | None, issuer: str | None) -> str | None:
    """The scope a local symbol's citation states itself (its scope text or issuer name the
    body or province), or None when :func:`scope_for` would consult the citing document.

    When this is not None it equals ``scope_for(info, scope_text, issuer, ctx)`` for every
    ``ctx``, so that the builder can cache it without the citing document in the key.
    """
    kind = info.scope_kind
    if kind is None:
        return None
    if kind == "body":
        return body_of(scope_text) or body_of(issuer)
    province = normalize_locality(scope_text) or find_locality(issuer)
    if kind == "province" or province is None:
        return province
    district = district_of(scope_text) or district_of(issuer)
    return f"{province}/{district}" if district else f"{province}/"


def scope_fits(partial: str | None, full: str | None) -> bool:
    """Whether a complete scope satisfies a partial one (None and "Province/" are partial)."""
    if partial is None:
        return True
    if partial.endswith("/"):
        return full is not None and full.startswith(partial)
    return partial == full


# ---- term / year bucket -----------------------------------------------------------------------


@functools.lru_cache(maxsize=1 << 16)
def _date(iso: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso)
    except ValueError:
        return None


def bucket_for(info: SymbolInfo, date: str | None, term: str | None = None) -> str | None:
    """The numbering period of a document: Party term, year, or "" when none is needed."""
    if info.family == "fixed":
        return ""
    return _bucket(info.family, info.level, date, term)


@functools.lru_cache(maxsize=1 << 18)
def _bucket(family: str, level: str, date: str | None, term: str | None) -> str | None:
    day = _date(date) if date else None
    if family == "annual":
        return str(day.year) if day else None
    if level == "central":
        return (central_term(day) if day else None) or normalize_term(term)
    return local_term(day, level) if day else None


def term_label(info: SymbolInfo, bucket: str | None) -> str | None:
    """The ``term`` attribute of a node: the Party term, or the term written in its symbol."""
    if info.family == "party":
        return bucket or None
    return info.term


# ---- identity ---------------------------------------------------------------------------------


class Identity(NamedTuple):
    """(shape, key, scope, bucket). ``None`` in scope/bucket (or a "P/" scope) = unknown.

    A tuple, so that it hashes fast: the builder looks one up per citation.
    """

    shape: str
    key: str
    scope: str | None
    bucket: str | None

    def complete(self, info: SymbolInfo) -> bool:
        """Whether every part the family needs is known."""
        scope_ok = info.scope_kind is None or (
            self.scope is not None and not self.scope.endswith("/")
        )
        return scope_ok and self.bucket is not None


def identity_for(
    symbol: str,
    *,
    date: str | None,
    term: str | None,
    scope_text: str | None,
    issuer: str | None,
    ctx: Context,
) -> tuple[SymbolInfo, Identity]:
    """Identity of one mention of ``symbol`` (a citation, or a document's own header)."""
    info = analyze_symbol(symbol)
    scope = scope_for(info, scope_text, issuer, ctx)
    return info, Identity(info.shape, info.key, scope, bucket_for(info, date, term))


def file_stem(source: str) -> str:
    """A file's name without any extension: "004_x.scan.pdf" -> "004_x" (one per document)."""
    name = source.replace("\\", "/").rsplit("/", 1)[-1]
    return name.split(".")[0] or name


def file_identity(source: str) -> Identity:
    """Identity of a document without a number: its file name without the extensions."""
    return Identity("file", file_stem(source), None, "")


def node_id(info: SymbolInfo | None, ident: Identity, display: str) -> str:
    """The stable id of a node: display symbol + "@scope" + "@term/year" where the family has them.

    >>> node_id(analyze_symbol("25-NQ/TW"), Identity("party", "25|nq|tw", None, "XI"), "25-NQ/TW")
    '25-NQ/TW@XI'
    """
    if info is None:
        return display
    parts = [display]
    if info.scope_kind is not None:
        parts.append(ident.scope or "?")
    if info.family != "fixed":
        parts.append(ident.bucket or "?")
    return "@".join(parts)
