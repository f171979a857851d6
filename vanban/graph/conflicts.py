"""Conflicts as data: contradictory dates, issuers or types, parser flags, and ambiguity sets.

A document cited with two dates stays one node (when both dates fall in the numbering period
that identifies it) and gets a ``Conflict`` listing every value with the file and snippet it
came from. Issuer phrases and type names are compared loosely: "Ban Thường vụ Đảng ủy Khối X"
and "Đảng ủy Khối X" name the same body, "Chương trình" and "Chương trình hành động" the same
type; "Bộ Chính trị" and "Ban Bí thư" do not.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

import regex

from vanban.graph.localities import fold
from vanban.graph.records import Conflict, ConflictValue

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


def find_value_conflicts(
    counts: dict[str, dict[tuple[int, str], int]],
    headers: dict[int, list[tuple[Any, Any]]],
    prov: list[tuple[Any, ...]],
    edge_dst: list[int],
    ids: list[str],
    nodes: list[dict[str, Any]],
) -> list[Conflict]:
    """One Conflict per (document, field) whose values disagree, with every source."""
    values: dict[tuple[int, str], set[str]] = {}
    for field in FIELDS:
        for n, value in counts[field]:
            values.setdefault((n, field), set()).add(value)
    hit = {k for k, vals in values.items() if len(vals) > 1 and disputed(k[1], vals)}
    if not hit:
        return []
    found: dict[tuple[int, str], list[ConflictValue]] = {k: [] for k in hit}
    for n, field in hit:
        for doc, _ in headers.get(n, []):
            value = getattr(doc, field)
            if value:
                found[(n, field)].append(ConflictValue(
                    value=value, source=doc.source, snippet=f"(header) {doc.title or ''}".strip()))
    for row in prov:
        n = edge_dst[row[0]]
        for field in FIELDS:
            value = row[_PROV_COLUMN[field]]
            if value and (n, field) in found:
                found[(n, field)].append(ConflictValue(
                    value=value, source=row[1], page=row[2], start=row[3], end=row[4],
                    snippet=row[5]))
    return [
        Conflict(node=ids[n], symbol=nodes[n]["symbol"] or ids[n], field=field, kind="value",
                 values=sorted(vals, key=lambda v: (v.value, v.source, v.start or 0)))
        for (n, field), vals in sorted(found.items(), key=lambda kv: (ids[kv[0][0]], kv[0][1]))
    ]


def group_flags(prov: list[tuple[Any, ...]], edge_dst: list[int], ids: list[str],
                nodes: list[dict[str, Any]]) -> list[Conflict]:
    """One Conflict per (document, parser flag), with every flagged mention."""
    found: dict[tuple[int, str], list[ConflictValue]] = {}
    for row in prov:
        for flag in row[10]:
            n = edge_dst[row[0]]
            found.setdefault((n, flag), []).append(ConflictValue(
                value=row[7] or "", source=row[1], page=row[2], start=row[3], end=row[4],
                snippet=row[5]))
    return [
        Conflict(node=ids[n], symbol=nodes[n]["symbol"] or ids[n], field=flag, kind="flag",
                 values=vals)
        for (n, flag), vals in sorted(found.items(), key=lambda kv: (ids[kv[0][0]], kv[0][1]))
    ]


def group_ambiguities(ambiguous: list[tuple[Any, ...]], ids: list[str]) -> list[Conflict]:
    """One ambiguity set per (symbol key, candidate nodes), with every citation in it."""
    sets: dict[tuple[str, tuple[int, ...]], list[Any]] = {}
    for key, citation, file, _src, candidates in ambiguous:
        sets.setdefault((key, tuple(candidates)), []).append((citation, file))
    out = []
    for (_, candidates), mentions in sorted(sets.items()):
        values = [ConflictValue(value=c.date or "(undated)", source=file, page=c.page,
                                start=c.start, end=c.end, snippet=c.text)
                  for c, file in mentions]
        out.append(Conflict(symbol=mentions[0][0].symbol, field="identity", kind="ambiguous",
                            values=values, candidates=[ids[n] for n in candidates]))
    return out
