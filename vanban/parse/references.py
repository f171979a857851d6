"""Unresolved references: documents named without a usable number-symbol (issue #5 item 4).

Number-only short forms ("Nghị quyết 18", "Nghị quyết số 68", "Thông tư 64/2017") and named
references ("Nghị quyết Trung ương 4 (khóa XI, XII)", "Luật Đất đai năm 2024") are kept as
:class:`~vanban.models.Reference` records, never as citations or edges.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from vanban.models import Reference
from vanban.parse import patterns
from vanban.parse.normalize import Normalized
from vanban.parse.tables import TYPE_WORDS

_NUMBER_ONLY = regex.compile(patterns.NUMBER_ONLY_REFERENCE)
_NAMED = regex.compile(patterns.NAMED_REFERENCE)
_TYPE_BY_KEY = {t.key: t.name for t in TYPE_WORDS}
_WS = regex.compile(r"\s+")


def find_references(norm: Normalized, taken: list[tuple[int, int]],
                    to_ref: Callable[[int, int, str, str | None], Reference]) -> list[Reference]:
    """References outside the spans already ``taken`` by citations, in text order.

    ``to_ref(start, end, doc_type, number)`` builds the record with source offsets.
    """
    found: list[tuple[int, int, str, str | None]] = []
    for m in _NUMBER_ONLY.finditer(norm.folded):
        doc_type = _TYPE_BY_KEY[_WS.sub(" ", m.group("type"))]
        found.append((m.start(), m.end(), doc_type, m.group("num")))
    for m in _NAMED.finditer(norm.text):
        doc_type = _WS.sub(" ", m.group("type"))
        found.append((m.start(), m.end(), doc_type, m.group("num")))
    found.sort()
    refs, last_end = [], -1
    spans = sorted(taken)
    for start, end, doc_type, number in found:
        if start < last_end or _overlaps(spans, start, end):
            continue
        refs.append(to_ref(start, end, doc_type, number))
        last_end = end
    return refs


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)
