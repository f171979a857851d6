"""Unresolved references: documents named without a usable number-symbol (issue #5 item 4).

Number-only short forms ("Nghị quyết 18", "Nghị quyết số 68", "Thông tư 64/2017") and named
references ("Nghị quyết Trung ương 4 (khóa XI, XII)", "Luật Đất đai năm 2024") are kept as
:class:`~vanban.models.Reference` records, never as citations or edges.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import TypeVar

import regex

from vanban.parse import fastre, patterns
from vanban.parse.citations import offset_back, type_ending
from vanban.parse.normalize import Normalized

R = TypeVar("R")
_NUMBER_ONLY = regex.compile(patterns.NUMBER_ONLY_REFERENCE)  # a whole-text scan: regex skips faster
_NOT_A_NUMBER_REF = re.compile(patterns.NOT_A_NUMBER_REFERENCE)
_NAMED = fastre.compile(patterns.NAMED_REFERENCE)
_NAMED_STARTS = ("Nghị quyết ", "Luật ", "Bộ luật ", "Pháp lệnh ", "Hiến pháp ")
_REACH = 40
_WS = fastre.compile(r"\s+")


def _number_only(norm: Normalized) -> list[tuple[int, int, str, str | None]]:
    """Numbers right after a type word (and "số"): "Nghị quyết 18", "Thông tư số 64/2017"."""
    folded = norm.folded
    found: list[tuple[int, int, str, str | None]] = []
    for m in _NUMBER_ONLY.finditer(folded):
        if _NOT_A_NUMBER_REF.match(folded, m.end()):
            continue
        lo = max(0, m.start() - _REACH)
        tail = " ".join(folded[lo:m.start()].split())
        if tail.endswith(":"):
            tail = tail[:-1].rstrip()
        if tail.endswith("so") and (len(tail) == 2 or not tail[-3].isalnum()):
            tail = tail[:-2].rstrip()
        typed = type_ending(tail)
        if typed is not None:
            start = offset_back(folded, m.start(), typed[1])
            found.append((start, m.end(), typed[0], m.group()))
    return found


def _named(norm: Normalized) -> list[tuple[int, int, str, str | None]]:
    """Named references: "Nghị quyết Trung ương 4 (khóa XI, XII)", "Luật Đất đai năm 2024"."""
    text = norm.text
    found = []
    for word in _NAMED_STARTS:
        at = text.find(word)
        while at >= 0:
            nxt = text[at + len(word):at + len(word) + 1]
            m = _NAMED.match(text, at) if nxt.isupper() or nxt == "n" else None
            if m is not None and (at == 0 or not text[at - 1].isalnum()):
                found.append((m.start(), m.end(), _WS.sub(" ", m.group("type")), m.group("num")))
            at = text.find(word, at + 1)
    return found


def find_references(norm: Normalized, taken: list[tuple[int, int]],
                    to_ref: Callable[[int, int, str, str | None], R]) -> list[R]:
    """References outside the spans already ``taken`` by citations, in text order.

    ``to_ref(start, end, doc_type, number)`` builds the record (a :class:`~vanban.models.Reference` or its
    fields) with source offsets.
    """
    found = sorted(_number_only(norm) + _named(norm))
    refs, last_end = [], -1
    spans = sorted(taken)
    for start, end, doc_type, number in found:
        if start < last_end or _overlaps(spans, start, end):
            continue
        refs.append(to_ref(start, end, doc_type, number))
        last_end = end
    return refs


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, disjoint ``spans``."""
    k = bisect_right(spans, (end - 1, len(spans) and 1 << 62)) - 1
    return k >= 0 and spans[k][1] > start
