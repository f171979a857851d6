"""The document's own identity from its first page: issuer, number, place and date, type, title,
signer and recipients (issue #5 item 2; domain 1.4, 3.2).

Received stamps ("CÔNG VĂN ĐẾN Số: …", "Số đến: 1530", "ĐẾN Số:….. Ngày: 22/9/2014") are never
the header (:mod:`vanban.parse.stamps`). What is not printed stays None: the issuer is inferred only from the document's own
words ("CHỈ THỊ / CỦA BAN THƯỜNG VỤ THÀNH ỦY" + the place) or from its own symbol ("18/CT-UBND" +
"Hải Dương" -> "Ủy ban nhân dân tỉnh Hải Dương").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace

import regex

from vanban.models import Header
from vanban.parse import fastre, patterns
from vanban.parse.dates import make_date
from vanban.parse.lines import (
    LONG_LINE,
    MOTTO,
    Line,
    clean_line,
    header_lines,
    is_caps,
    raw_lines,
)
from vanban.parse.names import org_case, place_in
from vanban.parse.normalize import Normalized, canonical_tones, fold
from vanban.parse.patterns import trie
from vanban.parse.scan import search_lines
from vanban.parse.stamps import stamp_lines
from vanban.parse.symbols import SymbolParts, implied_type, parts_from_match
from vanban.parse.tables import (
    CITIES,
    HEADER_OCR_FIXES,
    HEADER_OCR_FIXES_BEFORE,
    PROVINCES,
    TYPE_WORDS,
)

_SYMBOL = fastre.compile(patterns.SYMBOL)
_NUMBER = fastre.compile(patterns.HEADER_NUMBER)
# "Số" at a line start (OCR: "Sô", "Sổ", "Sộ"; "l7" for "17"), or capitalised after caps text
# (interleaved two-column headers),
# "Luật số:" / "Bộ luật số:" at a line start; "Nghị quyết số:" (Quốc hội, colon required: a
# body line may begin "Nghị quyết số 25-NQ/TW …").
_NUMBER_ANYWHERE = fastre.compile(
    r"(?:^[\s*>#|_]*(?:(?:(?i:bộ)\s+)?(?i:luật)\s+s[ốôo6]|(?i:nghị\s+quyết)\s+s[ốôo6](?=\s*:)"
    r"|S[ốỐôÔoO6ổỔồỒộỘ]|SỐ)|(?<=[\s*])S[ốôo6])\s*:?\s*(?=\d|[lOo]\d)"
)
_HEADER_DATE = fastre.compile(patterns.HEADER_DATE)
_BYLINE = fastre.compile(patterns.BYLINE)
_RULE = fastre.compile(r"^[\s\-_*=.~\\]*$")
_CUA_LINE = fastre.compile(r"^(?:CỦA|Của)\s+(?P<body>.+)$")
# A lower-case "của <collective>" line right under the type name names the author, it is no
# part of the title: "CHỈ THỊ / của Ban Thường vụ Huyện ủy / về …".
_CUA_COLLECTIVE = ("cua ban thuong vu", "cua bo chinh tri", "cua ban bi thu", "cua ban chap hanh")
# ``fold`` maps character by character (same length, commas kept), so a folded prefix is the
# fold of the prefix: header lines are folded only as far as a prefix test reads them
# (``str.translate`` costs ~40 ns a character on Vietnamese text).
_CUA_REACH = max(map(len, _CUA_COLLECTIVE))
_NAME = fastre.compile(r"^(?:\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}*){1,4}$")
_SIGN_MARK = fastre.compile(r"^(?:T/M|TM\.?|K/T|KT\.?|TL\.?|T/L|TUQ\.?|Q\.)\s*", re.IGNORECASE)
_NOI_NHAN = fastre.compile(r"(?im)^\s*nơi\s+nhận\s*:?\s*$")
_TYPE_KEYS = {t.key: t.name for t in TYPE_WORDS}
HEADER_LINES = 40
SIGNER_LINES = 40


def _type_of_line(line: str) -> str | None:
    if len(line) > 80 or not is_caps(line):
        return None
    return _TYPE_KEYS.get(" ".join(fold(line).replace("*", " ").split()))


def is_article(norm: Normalized) -> bool:
    """A news article: a dated byline near the top and no number line."""
    head = norm.folded[:600]
    return search_lines(_BYLINE, head) is not None and search_lines(_NUMBER, norm.text[:3000]) is None


_HEADLINE = 20
"""Characters a headline has at least (shorter lines above a byline are a section or a name)."""


def parse_article_header(norm: Normalized) -> Header:
    """Article kind: date from the byline, title = the first other line; the rest None."""
    m = search_lines(_BYLINE, norm.folded[:600])
    date = make_date(m.group("d"), m.group("m"), m.group("y")) if m else None
    title = None
    if m is not None:  # the headline above the byline ("Trang chủ > …" crumbs left out)
        above = [line.clean for line in header_lines(norm.text[:m.start()], 0)]
        title = next((t for t in reversed(above) if len(t) >= _HEADLINE and " > " not in t), None)
    if title is None:  # else the first line under it (not the rest of the byline: its time)
        start = norm.text.find("\n", m.end()) + 1 if m else 0
        title = next((line.clean for line in header_lines(norm.text, start, 10) if line.clean),
                     None) if start or m is None else None
    return Header(date=date, title=canonical_tones(title) if title else None)


_OCR_LEAD = {"l": "1", "O": "0", "o": "0"}


def _find_number(lines: list[Line], stamps: set[int]) -> tuple[int, SymbolParts | None, str]:
    """(line index, symbol parts, text before "Số" on that line) of the number line."""
    for i, line in enumerate(lines):
        if i in stamps or len(line.text) > LONG_LINE:
            continue
        for m in _NUMBER_ANYWHERE.finditer(line.text):
            before = line.text[:m.start()]
            if before.strip(" *\t>#|_") and not is_caps(before):
                continue
            # "Sô l7 - NQ/HU", "Sô: O5 /CT-BQP": OCR "l" for "1", "O" for "0"
            lead = _OCR_LEAD.get(line.text[m.end():m.end() + 1], "")
            sym = _SYMBOL.match(line.text, m.end() + bool(lead))
            if sym is not None:
                parts = parts_from_match(sym)
                if lead and parts is not None:
                    parts = replace(parts, number=lead + parts.number)
                return i, parts, line.text[:m.start()]
    return -1, None, ""


def _fix_ocr(text: str) -> str:
    words = text.split()
    out = []
    for i, w in enumerate(words):
        w = HEADER_OCR_FIXES.get(w, w)
        context = HEADER_OCR_FIXES_BEFORE.get(w)
        if context and i + 1 < len(words) and words[i + 1] in context[0]:
            w = context[1]
        out.append(w)
    return " ".join(out)


def _issuer_block(lines: list[Line], upto: int, stamps: set[int], prefix: str) -> list[str]:
    """Caps lines of the issuer block above the number (or type) line."""
    block = []
    for i in range(upto):
        if i in stamps:
            continue
        raw = MOTTO.sub(" ", lines[i].clean)
        text = raw.strip(" *-")
        if text and is_caps(text) and _type_of_line(text) is None and not _RULE.match(text):
            # (a joint issuer's " -" at the line end is kept: the name goes on below)
            block.append(_fix_ocr(text) + (" -" if raw.rstrip(" *").endswith(" -") else ""))
    rest = MOTTO.sub(" ", prefix).replace("*", " ").strip()
    if rest and is_caps(rest):
        block.append(_fix_ocr(rest))
    return block


_DATE_ANYWHERE = fastre.compile(
    r",\s{0,3}nga[yv]\s{1,3}(?P<d>[\dl][\dlo]?|o\d)\s{1,3}thang\s{1,3}(?P<m>[\dl][\dlo]?|o\d)\s{1,3}na(?:m|rn)"
    r"\s{1,3}(?P<y>(?:19|20|l9|2o)[\dlo]{2}|\d{4})")
_PLACE_BEFORE = fastre.compile(  # "Hà Nội", "Tp. Hồ Chí Minh", "TP. Đà Nẵng"
    r"(?<!\w)(?:T[Pp]\.\s?)?(?:\p{Lu}\p{Ll}+\s){0,3}\p{Lu}\p{Ll}+\s*\Z")


def _place_date(norm: Normalized, end: int) -> tuple[str | None, dt.date | None]:
    m = search_lines(_HEADER_DATE, norm.folded, 0, end)
    if m is None:  # interleaved columns: "… VIỆT NAM Hà Nội, ngày 03 tháng 4 năm 2018"
        m = _DATE_ANYWHERE.search(norm.folded, 0, end)
        if m is None:
            return None, None
        place_m = _PLACE_BEFORE.search(norm.text, max(0, m.start() - 40), m.start())
        place = place_m.group().strip() if place_m else None
        return place, make_date(m.group("d"), m.group("m"), m.group("y"))
    place = norm.text[m.start("place"):m.end("place")].strip(" *_")
    if is_caps(place):
        place = " ".join(w.capitalize() for w in place.lower().split())
    return place or None, make_date(m.group("d"), m.group("m"), m.group("y"))


def _title(lines: list[Line], start: int) -> tuple[str | None, int]:
    """Title lines from ``start`` to the first blank or rule line; also skip a "CỦA …" line."""
    parts: list[str] = []
    i = start
    while i < len(lines) and (not lines[i].clean or _CUA_LINE.match(lines[i].clean)
                              or fold(lines[i].clean[:_CUA_REACH]).startswith(_CUA_COLLECTIVE)):
        text = lines[i].clean
        about = fold(text).find(" ve ") if text and not _CUA_LINE.match(text) else -1
        i += 1
        if about >= 0:  # "của Ban Thường vụ Tỉnh ủy về tình hình …": the title begins at "về"
            parts.append(text[about + 1:].strip("* "))
            break
    while i < len(lines):
        text = lines[i].clean
        if not text or _RULE.match(text) or "," in text and _DATE_ANYWHERE.search(fold(text)) \
                or fold(text[:9]) == "kinh gui:" or fold(text[:8]) == "kinh gui" \
                or MOTTO.match(text):
            break  # (a layout-preserving text may put the place and date line right under it;
            # a letter's "Kính gửi:" or the national motto may follow its "V/v" lines)
        if not _CUA_LINE.match(text):
            parts.append(text.strip("* "))
        i += 1
    if not parts:
        return None, i
    title = " ".join(" ".join(parts).split())
    first, _, rest = title.partition(" ")
    if is_caps(title):  # sentence case, but a symbol keeps its capitals ("… SỐ 12.1/2023/NQ-CP")
        title = title[:1] + " ".join(w if any(c.isdigit() for c in w) else w.lower()
                                     for w in title[1:].split(" "))
    elif is_caps(first) and len(first) > 1 and rest and not is_caps(rest.split(" ")[0]):
        title = first.capitalize() + " " + rest
    return title, i


def _locality_word(place: str) -> str:
    return "thành phố" if place in CITIES else "tỉnh"


def _issuer_from_symbol(parts: SymbolParts | None, place: str | None) -> str | None:
    if parts is None or place is None or place not in PROVINCES:
        return None
    code = parts.main_issuer
    names = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân"}
    if code in names:
        return f"{names[code]} {_locality_word(place)} {place}"
    if code == "TU":
        return f"{'Thành ủy' if place in CITIES else 'Tỉnh ủy'} {place}"
    return None


class _Cleaned:
    """``[clean_line(line) for line in lines]``, each line cleaned when first read: the signature
    block is found a few lines from the end, so most of the tail is never cleaned."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._done: list[str | None] = [None] * len(lines)

    def __len__(self) -> int:
        return len(self._lines)

    def __getitem__(self, k: int) -> str:
        text = self._done[k]
        if text is None:
            text = self._done[k] = clean_line(self._lines[k])
        return text


def _signer(lines: list[str]) -> tuple[str | None, str | None]:
    """(name, position) from the signature block (the last raw ``lines`` of the document)."""
    tail = _Cleaned(lines[-SIGNER_LINES:])
    for k in range(len(tail) - 1, -1, -1):
        text = tail[k]
        if not text or text.startswith("(") or "[" in text:
            continue
        if not _NAME.match(text) or text.endswith((";", ",", ".")):
            return None, None
        position = None
        for above in (tail[j] for j in range(k - 1, max(0, k - 8) - 1, -1)):
            if above and is_caps(above) and not _SIGN_MARK.match(above):
                position = org_case(above) if len(above) > 2 else above
                break
        return text, position
    return None, None


def _recipients(norm: Normalized) -> list[str]:
    at = norm.folded.rfind("noi nhan")
    m = _NOI_NHAN.search(norm.text, max(0, at - 5), at + 20) if at >= 0 else None
    if m is None:
        return []
    out: list[str] = []
    for line in raw_lines(norm.text, m.end() + 1, 40):
        text = clean_line(line)
        if not text:
            continue
        if not text.startswith("-"):
            if out:
                break
            continue
        item = text.lstrip("- ").rstrip(" ;,.")
        if item and fold(item[:3]) != "luu":
            out.append(item)
    return out


_PROVINCE_NAMES = sorted(PROVINCES - CITIES, key=len, reverse=True)
_PROVINCE_RE = fastre.compile(
    r"\b(?:" + "|".join(regex.escape(p) for p in _PROVINCE_NAMES) + r")\b")
# Where a province name starts (no boundaries: a stdlib trie skips to the capitals it can start
# with, several times faster than the boundary-checked alternation over a whole text).
_PROVINCE_START = re.compile(trie(_PROVINCE_NAMES, escape=True))


def _body_locality(norm: Normalized) -> str | None:
    """The province the body text names most often (a provincial body without a place line)."""
    text, counts, pos = norm.text, Counter[str](), 0
    while (start := _PROVINCE_START.search(text, pos)) is not None:
        m = _PROVINCE_RE.match(text, start.start())  # same result as its finditer, position by position
        if m is None:
            pos = start.start() + 1
            continue
        counts[m.group()] += 1
        pos = m.end()
    return counts.most_common(1)[0][0] if counts else None


_NAME_RESTS = ("toi cao", "trung uong", "cap cao")
"""What a header line that only ends the name above it starts with (folded)."""


def _joined(block: list[str]) -> list[str]:
    """Issuer lines that make one name: a line ending or starting with the " - " of joint
    issuers ("VIỆN KIỂM SÁT NHÂN DÂN / TỐI CAO - BỘ CÔNG AN - / BỘ QUỐC PHÒNG"), or one that
    only ends the name above it ("… NHÂN DÂN / TỐI CAO")."""
    out: list[str] = []
    for line in block:
        if out and (out[-1].rstrip().endswith("-") or line.lstrip().startswith("-")
                    or fold(line).startswith(_NAME_RESTS)):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


_VV = fastre.compile(r"(?i)\s(V/v\s.+?)(?:\s{3,}|\s\|\s|$)")


def _vv_on_number_line(text: str) -> str | None:
    m = _VV.search(text)
    return " ".join(m.group(1).split()) if m else None


def parse_header(norm: Normalized) -> Header:
    """The header of an official document (see the module docstring)."""
    lines = header_lines(norm.text, 0, HEADER_LINES)
    stamps = stamp_lines(lines)
    num_i, parts, prefix = _find_number(lines, stamps)
    type_i = next((i for i, line in enumerate(lines)  # (caps text <=> caps clean text)
                   if i not in stamps and line.text.isupper() and _type_of_line(line.clean)), -1)
    doc_type = _type_of_line(lines[type_i].clean) if type_i >= 0 else None
    region_end = lines[min(len(lines) - 1, max(num_i, type_i, 8) + 2)].start
    place, date = _place_date(norm, region_end)
    block = _issuer_block(lines, num_i if num_i >= 0 else max(type_i, 0), stamps, prefix)
    block = _joined(block)
    issuer = org_case(block[-1]) if block else None
    parent = org_case(block[-2]) if len(block) >= 2 else None
    title, _ = _title(lines, type_i + 1) if type_i >= 0 else (None, 0)
    if type_i < 0 and num_i >= 0:
        title, _ = _title(lines, num_i + 1)
        title = title if title and fold(title[:7]).startswith(("v/v", "ve viec", "ve ")) else None
        if title is None:  # a converted table cell: "Số: 2875/STC-QLG V/v rà soát, …"
            title = _vv_on_number_line(lines[num_i].clean)
    if issuer is None:
        issuer = _issuer_from_cua_line(lines, type_i, place) or _issuer_from_symbol(parts, place)
    if parts is not None and (doc_type is None or parts.type_code == "VBHN"):
        # a văn bản hợp nhất prints the consolidated text's type word ("NGHỊ ĐỊNH") above
        # its own number "09/VBHN-BXD" (domain 2.3): the number says what it is
        doc_type = implied_type(parts) or doc_type
    tail_start = norm.text.rfind("\n", 0, max(0, len(norm.text) - 4000)) + 1
    tail = raw_lines(norm.text, tail_start)
    signer, position = _signer(tail)
    if issuer is not None:
        issuer, parent = _collective(issuer, parent, _collective_named(lines, type_i, tail))
    locality = _locality(issuer, place, norm, parent)
    place, title = (canonical_tones(v) if v else v for v in (place, title))
    return Header(doc_type=doc_type, symbol=parts.canonical if parts else None, issuer=issuer,
                  parent_issuer=parent, place=place, date=date, title=title, signer=signer,
                  signer_position=position, recipients=_recipients(norm), locality=locality)


_TM_LINE = fastre.compile(r"^(?:T/M|TM\.?)\s*(?P<body>\S.*)$")
_PARTY_COMMITTEES = ("tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy", "dang uy")


def _collective_named(lines: list[Line], type_i: int, tail: list[str]) -> tuple[str, bool] | None:
    """The collective body the document names as its author (folded) and whether the title
    names it: the "CỦA BỘ CHÍNH TRỊ" / "của Ban Thường vụ Huyện ủy" line under the type name,
    else the "T/M BỘ CHÍNH TRỊ" / "T/M BAN THƯỜNG VỤ" signature line."""
    if type_i >= 0:
        for line in lines[type_i + 1:type_i + 4]:
            if fold(line.clean[:4]) == "cua ":
                return " ".join(fold(line.clean[4:]).split()), True
    for raw in reversed(tail[-SIGNER_LINES:]):
        # (cleaning strips outer marks and turns "\*" into "*": it never makes "TM" or "T/M")
        if "TM" not in raw and "T/M" not in raw:
            continue
        m = _TM_LINE.match(clean_line(raw))
        if m is not None and is_caps(m.group("body")):
            return " ".join(fold(m.group("body")).split()), False
    return None


def _collective(issuer: str, parent: str | None, named: tuple[str, bool] | None
                ) -> tuple[str, str | None]:
    """(issuer, parent) when the header block names the body above the real author.

    A Politburo or Secretariat text carries "BAN CHẤP HÀNH TRUNG ƯƠNG" at the top left and
    names "Bộ Chính trị" / "Ban Bí thư" in its title line or signature: that body issues it
    under the Central Committee (which itself signs "T/M BAN CHẤP HÀNH TRUNG ƯƠNG"). A directive
    under "HUYỆN ỦY LƯƠNG SƠN" titled "CHỈ THỊ / của Ban Thường vụ Huyện ủy" is the Standing
    Board's: "Ban Thường vụ Huyện ủy Lương Sơn", under the Huyện ủy. The signature "T/M BAN
    THƯỜNG VỤ" alone does not say so: the Standing Board also signs the committee's own texts
    between its plenums (domain 3.5: "TU" is the Tỉnh ủy and its Ban Thường vụ).
    """
    if not named:
        return issuer, parent
    body, in_title = named
    key = fold(issuer)
    if key == "ban chap hanh trung uong":
        for code, name in (("bo chinh tri", "Bộ Chính trị"), ("ban bi thu", "Ban Bí thư")):
            if body.startswith(code):
                return name, issuer
    elif in_title and body.startswith("ban thuong vu") and key.startswith(_PARTY_COMMITTEES):
        return f"Ban Thường vụ {issuer}", issuer
    return issuer, parent


def _issuer_from_cua_line(lines: list[Line], type_i: int, place: str | None) -> str | None:
    """ "CHỈ THỊ" / "CỦA BAN THƯỜNG VỤ THÀNH ỦY" (+ place "Hà Nội") -> the issuer."""
    if type_i < 0:
        return None
    for line in lines[type_i + 1:type_i + 4]:
        m = _CUA_LINE.match(line.clean)
        if m is not None and is_caps(m.group("body")):
            body = org_case(m.group("body").strip(" *"))
            if place and place in PROVINCES and place_in(body) is None and body.endswith(
                    ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "nhân dân")):
                body = f"{body} {place}"
            return body
    return None


def _locality(issuer: str | None, place: str | None, norm: Normalized,
              parent: str | None = None) -> str | None:
    """The province or city a local issuer belongs to: named in the issuer or in its parent
    body ("UBND TỈNH QUẢNG NAM / SỞ GIÁO DỤC VÀ ĐÀO TẠO"), else the place line, else the
    province the text names most, for the bodies that are local by name ("Sở …" included)."""
    if not issuer:
        return None
    named = place_in(issuer) or (place_in(parent) if parent else None)
    if named:
        return named
    local = any(w in issuer for w in ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy",
                                       "nhân dân")) or issuer.startswith("Sở ")
    if not local:
        return None
    if place and place in PROVINCES:
        return place
    return _body_locality(norm)
