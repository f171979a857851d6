"""Conflicts as data: contradictory dates, issuers or types, parser flags, and ambiguity sets.

A document cited with two dates stays one node (when both dates fall in the numbering period
that identifies it) and gets a conflict listing every value with the file and snippet it came
from. Issuer phrases and type names are compared loosely: "Ban Thường vụ Đảng ủy Khối X" and
"Đảng ủy Khối X" name the same body, "Chương trình" and "Chương trình hành động" the same type;
"Bộ Chính trị" and "Ban Bí thư" do not.

Conflicts are built as plain dicts in the shape of :class:`~vanban.graph.records.Conflict`
(the builder's hot path makes no model objects); queries validate them into records.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable
from itertools import compress
from operator import itemgetter
from typing import Any

import regex

from vanban.graph.localities import fold

FIELDS = ("date", "issuer", "doc_type")
_PROV_COLUMN = {"date": 7, "issuer": 8, "doc_type": 9}
_ISSUER_PREFIX = regex.compile(r"^(?:(?:ban thuong vu|ban chap hanh|thuong truc|t m)\s+)+")


@functools.lru_cache(maxsize=1 << 16)
def _norm(field: str, value: str) -> str:
    if field == "date":
        return value
    folded = fold(value)
    if field == "issuer":
        folded = _ISSUER_PREFIX.sub("", folded).replace("dang bo", "dang uy")
    return folded


def _compatible(a: str, b: str) -> bool:
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "


def disputed(field: str, values: Iterable[str]) -> bool:
    """Whether ``values`` of one field contradict each other (dates: any difference)."""
    normed = sorted({_norm(field, v) for v in values})
    if field == "date":
        return len(normed) > 1
    return any(not _compatible(a, b) for i, a in enumerate(normed) for b in normed[i + 1:])


def _value(value: str, source: str, page: int | None = None, start: int | None = None,
           end: int | None = None, snippet: str = "") -> dict[str, Any]:
    return {"value": value, "source": source, "page": page, "start": start, "end": end,
            "snippet": snippet}


def _conflict(node: str | None, symbol: str, field: str, kind: str,
              values: list[dict[str, Any]], candidates: list[str] | None = None) -> dict[str, Any]:
    return {"node": node, "symbol": symbol, "field": field, "kind": kind, "values": values,
            "candidates": candidates or []}


def find_value_conflicts(
    counts: dict[str, dict[tuple[int, str], int]],
    headers: dict[int, list[tuple[Any, Any]]],
    prov: list[tuple[Any, ...]],
    prov_dst: list[int],
    ids: list[str],
    nodes: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """One conflict per (document, field) whose values disagree, with every source."""
    values: dict[tuple[int, str], set[str]] = {}
    for field in FIELDS:
        table = counts[field]
        several = {n for n, k in Counter(map(itemgetter(0), table)).items() if k > 1}
        for n, value in compress(table, map(several.__contains__, map(itemgetter(0), table))):
            values.setdefault((n, field), set()).add(value)
    hit = {k for k, vals in values.items() if len(vals) > 1 and disputed(k[1], vals)}
    found: dict[tuple[int, str], list[dict[str, Any]]] = {k: [] for k in hit}
    for n, field in hit:
        for doc, _ in headers.get(n, []):
            if getattr(doc, field):
                found[(n, field)].append(_value(getattr(doc, field), doc.source,
                                                snippet=f"(header) {doc.title or ''}".strip()))
    for field, col in _PROV_COLUMN.items():
        lists = {n: found[(n, f)] for n, f in hit if f == field}
        if not lists:
            continue
        # Only the mentions of the nodes disputed on this field, selected in C; a list gets
        # its values in mention order, as it would in one pass over the three fields.
        for row, n in compress(zip(prov, prov_dst), map(lists.__contains__, prov_dst)):
            if row[col]:
                lists[n].append({"value": row[col], "source": row[1], "page": row[2],
                                 "start": row[3], "end": row[4], "snippet": row[5]})
    return [
        _conflict(ids[n], nodes[n]["symbol"] or ids[n], field, "value",
                  _sorted_values(vals))
        for (n, field), vals in sorted(found.items(), key=lambda kv: (ids[kv[0][0]], kv[0][1]))
    ]


_VALUE_ORDER = itemgetter("value", "source", "start")


def _sorted_values(vals: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``vals`` by value, source and start (a header's None start as 0).

    The key is made in C; Python compares a None start only when two values share value and
    source, and then (a TypeError) the list is sorted again with None read as 0.
    """
    try:
        return sorted(vals, key=_VALUE_ORDER)
    except TypeError:
        return sorted(vals, key=lambda v: (v["value"], v["source"], v["start"] or 0))


def group_flags(prov: list[tuple[Any, ...]], prov_dst: list[int], ids: list[str],
                nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One conflict per (document, parser flag), with every flagged mention."""
    found: dict[tuple[int, str], list[dict[str, Any]]] = {}
    for i in compress(range(len(prov)), map(itemgetter(10), prov)):  # flagged rows, in C
        row, n = prov[i], prov_dst[i]
        for flag in row[10]:
            found.setdefault((n, flag), []).append(
                _value(row[7] or "", row[1], row[2], row[3], row[4], row[5]))
    return [
        _conflict(ids[n], nodes[n]["symbol"] or ids[n], flag, "flag", vals)
        for (n, flag), vals in sorted(found.items(), key=lambda kv: (ids[kv[0][0]], kv[0][1]))
    ]


def group_ambiguities(ambiguous: list[tuple[Any, ...]], ids: list[str]) -> list[dict[str, Any]]:
    """One ambiguity set per (symbol key, candidate nodes), with every citation in it."""
    sets: dict[tuple[str, tuple[int, ...]], list[Any]] = {}
    for key, citation, file, _src, candidates in ambiguous:
        sets.setdefault((key, tuple(candidates)), []).append((citation, file))
    out = []
    for (_, candidates), mentions in sorted(sets.items()):
        values = [_value(c.date or "(undated)", file, c.page, c.start, c.end, c.text)
                  for c, file in mentions]
        out.append(_conflict(None, mentions[0][0].symbol, "identity", "ambiguous", values,
                             [ids[n] for n in candidates]))
    return out
