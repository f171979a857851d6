"""Enumerations: what one item of a list of citations states for all of them.

"Nghị định số 21/2016/NĐ-CP, 35/2018/NĐ-CP và 12/2020/NĐ-CP": the type goes forward; "Quyết
định số 217-QĐ/TW, Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị": the date and the
issuer go backward; "… lần lượt ngày A, ngày B và ngày C": one date per item.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import regex

from vanban.parse import fastre, patterns
from vanban.parse.dates import date_of, match_date_after
from vanban.parse.symbols import SymbolParts, implied_type, issuer_from_code
from vanban.parse.tables import TYPE_WORDS

if TYPE_CHECKING:
    from vanban.parse.citations import Mention

_ENUM_SEPARATOR = fastre.compile(patterns.ENUM_SEPARATOR)


def _compatible(word_type: str | None, parts: SymbolParts) -> bool:
    """Whether an enumeration's type word can apply to a symbol without one."""
    if word_type is None:
        return False
    codes = next((t.codes for t in TYPE_WORDS if t.name == word_type), ())
    return (parts.type_code or "") in codes or implied_type(parts) in (None, word_type)


def link_enumerations(folded: str, mentions: list[Mention]) -> None:
    """Share the type forward and the date/issuer backward along enumerations: the date only
    between items of one type or issuing code, the issuer only between symbols of one code (in
    "Kế hoạch số 45/KH-UBND …, Công điện số 05/CĐ-TTg … của Thủ tướng Chính phủ" the Prime
    Minister issued only the second)."""
    for prev, cur in zip(mentions, mentions[1:]):
        if _ENUM_SEPARATOR.fullmatch(folded, prev.tail_end, cur.left) is None:
            continue
        cur.enum_prev = prev
        if cur.type_word is None and _compatible(prev.doc_type, cur.parts):
            cur.doc_type = prev.doc_type
            cur.type_word = prev.type_word
    for cur in reversed(mentions):
        before = cur.enum_prev
        if before is None:
            continue
        if before.date is None and before.tail_end == before.end and cur.date is not None \
                and _year_agrees(before.parts, cur.date) and (
                    before.doc_type == cur.doc_type or before.parts.main_issuer == cur.parts.main_issuer):
            before.date = cur.date
        if not before.own_issuer and cur.issuer and issuer_from_code(before.parts) is None \
                and before.parts.main_issuer == cur.parts.main_issuer:
            before.issuer, before.term = cur.issuer, before.term or cur.term


def _year_agrees(parts: SymbolParts, date: dt.date) -> bool:
    return parts.year is None or int(parts.year) == date.year


_RESPECTIVELY = regex.compile(r"\s{0,3},?\s{0,3}(?:(?:ban\s+hanh|ky)\s+)?lan\s+luot\s+(?:la\s+|vao\s+)?")
_NEXT_DATE = regex.compile(r"\s{0,3}(?:,|va|;)\s{0,3}")


def respective_dates(folded: str, mentions: list[Mention]) -> None:
    """"Quyết định số 08/2016/…, Quyết định số 09/2016/… và Quyết định số 11/2016/… lần lượt
    ngày 12/02/2016, ngày 03/3/2016 và ngày 25/3/2016": one date per item, in order, when the
    counts agree."""
    if "lan luot" not in folded:
        return
    for i, last in enumerate(mentions):
        if last.date is not None or last.enum_prev is None:
            continue
        if i + 1 < len(mentions) and mentions[i + 1].enum_prev is last:
            continue  # not the end of its enumeration
        m = _RESPECTIVELY.match(folded, last.tail_end)
        if m is None:
            continue
        dates, pos = [], m.end()
        while True:
            found = match_date_after(folded, pos) if folded.startswith("ngay", pos) else None
            if found is None:
                break
            dates.append(date_of(found))
            pos = found.end()
            sep = _NEXT_DATE.match(folded, pos)
            if sep is None or not folded.startswith("ngay", sep.end()):
                break
            pos = sep.end()
        chain = [last]
        while chain[-1].enum_prev is not None:
            chain.append(chain[-1].enum_prev)
        if len(dates) != len(chain) or any(c.date is not None for c in chain):
            continue
        for mention, (date, impossible) in zip(reversed(chain), dates):
            mention.date, mention.impossible_date = date, impossible
        last.tail_end = pos
