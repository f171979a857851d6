"""From the builder's state to the graph's data: node attributes, ids, edges, conflicts, counts.

Counting is done with C-level ``Counter(zip(...))`` over the mention columns rather than per
mention in Python, so that a million citations assemble in about a second.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from vanban.graph.conflicts import find_value_conflicts, group_ambiguities, group_flags
from vanban.graph.gcpause import paused_gc
from vanban.graph.identity import file_stem, find_locality, node_id, term_label
from vanban.graph.records import GraphStats

if TYPE_CHECKING:
    import networkx as nx

    from vanban.graph.build import Builder

OCR_CONFIDENCE = 0.75
"""Edge confidence when every mention was read from an OCR'd page (else 1.0); x0.8 when every
mention carries a parser validation flag."""

_FIELDS = {"symbol": 11, "date": 7, "issuer": 8, "doc_type": 9}


@dataclass
class GraphData:
    """The built graph as flat lists (node index = position).

    ``prov`` rows: (edge, file, page, start, end, snippet, method, date, issuer, doc_type, flags,
    symbol) and, after these, the builder's own fields (see ``vanban.graph.build.Mention``);
    ``conflicts`` are Conflict records as JSON-ready dicts.
    """

    nodes: list[dict[str, Any]]
    edge_src: list[int]
    edge_dst: list[int]
    edge_rel: list[str]
    prov: list[tuple[Any, ...]]
    conflicts: list[dict[str, Any]]
    keys: list[tuple[str, int]]
    stats: GraphStats

    def edge_summary(self) -> list[dict[str, Any]]:
        """Per edge: mentions, method, confidence, and the first mention's date and snippet."""
        names = ("mentions", "method", "confidence", "date", "snippet")
        return [dict(zip(names, row)) for row in self.edge_rows()]

    def edge_rows(self) -> Iterator[tuple[int, str, float, str | None, str]]:
        """:meth:`edge_summary` as tuples (mentions, method, confidence, date, snippet), made
        one edge at a time (a million dicts would cost seconds and hundreds of MB)."""
        edge_of = list(map(itemgetter(0), self.prov))
        mentions = Counter(edge_of)
        first = dict(zip(reversed(edge_of), range(len(edge_of) - 1, -1, -1), strict=True))
        ocr = Counter(compress(edge_of, map("ocr".__eq__, map(itemgetter(6), self.prov))))
        flagged = Counter(compress(edge_of, map(itemgetter(10), self.prov)))
        del edge_of
        prov = self.prov
        for e in range(len(self.edge_src)):
            n, row = mentions[e], prov[first[e]]
            o = ocr.get(e, 0)
            conf = (OCR_CONFIDENCE if o == n else 1.0) * (0.8 if flagged.get(e, 0) == n else 1.0)
            yield (n, "ocr" if o == n else ("mixed" if o else "text_layer"), conf, row[7],
                   row[5])


def _counts(b: Builder) -> dict[str, dict[tuple[int, str], int]]:
    """(node, value) -> how often, per field, over mentions and the documents' own headers.

    The mentions are counted by (node, symbol, date, issuer, doc_type), in C; an archive
    repeats these combinations, so the per-field tables are then summed over far fewer items.
    The extra table ``"mentions"`` maps a node to the mentions that carry a symbol.
    """
    combos = b.mention_fields(len(b.prov))  # mostly counted while streaming
    tables: list[dict[tuple[int, str], int]] = [{} for _ in _FIELDS]
    symbols, dates, issuers, types = tables  # the order of _FIELDS, unrolled below
    symbols_get, dates_get, issuers_get, types_get = (t.get for t in tables)
    for (n, (symbol, date, issuer, doc_type)), count in combos.items():
        if symbol:
            key = (n, symbol)
            symbols[key] = symbols_get(key, 0) + count
        if date:
            key = (n, date)
            dates[key] = dates_get(key, 0) + count
        if issuer:
            key = (n, issuer)
            issuers[key] = issuers_get(key, 0) + count
        if doc_type:
            key = (n, doc_type)
            types[key] = types_get(key, 0) + count
    mentions: dict[Any, int] = {}  # the symbols' counts by node, before the headers' are added
    for (n, _), count in symbols.items():
        mentions[n] = mentions.get(n, 0) + count
    for n, heads in b.headers.items():
        for doc, _ in heads:
            for table, value in ((symbols, doc.symbol), (dates, doc.date),
                                 (issuers, doc.issuer), (types, doc.doc_type)):
                if value:
                    table[(n, value)] = table.get((n, value), 0) + 1
    counts = dict(zip(_FIELDS, tables))
    counts["mentions"] = mentions
    return counts


def _best(table: dict[tuple[int, str], int]) -> dict[int, str]:
    """Each node's most frequent value, the smallest on a tie; by two stable sorts in C, after
    which a node's best (node, value) comes last and the dict keeps it."""
    order = sorted(table, key=itemgetter(1), reverse=True)
    order.sort(key=table.__getitem__)
    return dict(order)


def _node_attrs(b: Builder, counts: dict[str, dict[Any, int]]) -> list[dict[str, Any]]:
    from vanban.graph.identity import analyze_symbol

    best = {name: _best(counts[name]) for name in _FIELDS}
    displays: dict[int, str] = {}
    for n, surface in counts["symbol"]:
        shown = analyze_symbol(surface).display
        if n not in displays or shown < displays[n]:
            displays[n] = shown
    mentions = counts["mentions"]
    best_symbol, best_type, best_issuer, best_date = (
        best["symbol"], best["doc_type"], best["issuer"], best["date"])
    nodes = []
    for n, ident in enumerate(b.idents):
        info = b.infos[n]
        heads = b.headers.get(n) or []
        if heads and len(heads) > 1:
            heads = sorted(heads, key=lambda h: h[0].source)
        head = heads[0][0] if heads else None
        scope = ident.scope if info and info.scope_kind else None
        locality = None
        if scope:
            locality = find_locality(scope) if info and info.scope_kind == "body" else \
                scope.split("/")[0]
        if locality is None and heads:
            locality = heads[0][1]
        sources: list[str]
        if head is None:
            symbol, doc_type, issuer, date, title, sources = (
                best_symbol.get(n), best_type.get(n), best_issuer.get(n), best_date.get(n),
                None, [])
        else:
            symbol = head.symbol or best_symbol.get(n)
            doc_type = head.doc_type or best_type.get(n)
            issuer = head.issuer or best_issuer.get(n)
            date = head.date or best_date.get(n)
            title = head.title
            sources = [head.source] if len(heads) == 1 else sorted({h.source for h, _ in heads})
        nodes.append({
            "id": node_id(info, ident, displays.get(n) or ident.key), "key": ident.key,
            "symbol": symbol, "doc_type": doc_type, "issuer": issuer, "date": date,
            "title": title, "term": term_label(info, ident.bucket) if info else None,
            "locality": locality, "scope": scope, "kind": "ingested" if heads else "cited",
            "sources": sources, "mentions": mentions.get(n, 0),
        })
    return nodes


def _unique_ids(nodes: list[dict[str, Any]]) -> None:
    """Number the nodes that share an id ("X", "X#2"…), in (id, key, scope) order."""
    shared = {i for i, k in Counter(map(itemgetter("id"), nodes)).items() if k > 1}
    clashing = [node for node in nodes if node["id"] in shared]
    seen: dict[str, int] = {}
    for node in sorted(clashing, key=lambda d: (d["id"], d["key"], d["scope"] or "")):
        count = seen.get(node["id"], 0)
        seen[node["id"]] = count + 1
        if count:
            node["id"] = f"{node['id']}#{count + 1}"


def _aliases(b: Builder, nodes: list[dict[str, Any]],
             symbols: dict[tuple[int, str], int]) -> list[tuple[str, int]]:
    """Attach every surface form to its node; return (lookup key, node) pairs."""
    for node in nodes:
        node["aliases"] = []
    for n, surface in _pairs_sorted(symbols):
        nodes[n]["aliases"].append(surface)
    keys: set[tuple[str, int]] = set()
    for n, node in enumerate(nodes):
        keys.add((node["key"] if b.infos[n] is not None else node["key"].casefold(), n))
        for src in node["sources"]:
            keys.add((os.path.basename(src).casefold(), n))
            keys.add((file_stem(src).casefold(), n))
    return _pairs_sorted(keys)


def _pairs_sorted(pairs: Iterable[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """``sorted(pairs)`` of distinct pairs whose firsts and seconds are each of one type, by two
    stable sorts on one field each: Python compares a list of plain ints or strings much
    faster than a list of tuples (about 3x on the 300k alias keys of a 1M-citation graph)."""
    order = sorted(pairs, key=itemgetter(1))
    order.sort(key=itemgetter(0))
    return order


def assemble(b: Builder) -> GraphData:
    """Node attributes, unique ids, aliases, edges, conflicts and counts of a finished build."""
    b.flush()
    counts = _counts(b)
    nodes = _node_attrs(b, counts)
    _unique_ids(nodes)
    keys = _aliases(b, nodes, counts["symbol"])
    ids = [node["id"] for node in nodes]
    edge_src = list(map(itemgetter(0), b.edges))
    edge_dst = list(map(itemgetter(1), b.edges))
    edge_rel = list(map(itemgetter(2), b.edges))
    conflicts = find_value_conflicts(counts, b.headers, b.prov, b.prov_dst, ids, nodes)
    conflicts += group_flags(b.prov, b.prov_dst, ids, nodes)
    conflicts += group_ambiguities(b.ambiguous, ids)
    relations = Counter(edge_rel)
    ingested = sum(1 for node in nodes if node["kind"] == "ingested")
    stats = GraphStats(
        nodes=len(nodes), edges=len(edge_rel), ingested=ingested,
        cited_only=len(nodes) - ingested, mentions=len(b.prov),
        self_citations=b.self_citations, unresolved=len(b.ambiguous),
        conflicts=sum(1 for c in conflicts if c["kind"] == "value"),
        ambiguities=sum(1 for c in conflicts if c["kind"] == "ambiguous"),
        relations=dict(sorted(relations.items())),
    )
    return GraphData(nodes, edge_src, edge_dst, edge_rel, b.prov, conflicts, keys, stats)


def to_networkx(data: GraphData) -> nx.MultiDiGraph:
    """A MultiDiGraph of ``data``: nodes by id, edges keyed by relation, provenance as dicts."""
    with paused_gc():
        return _to_networkx(data)


def _to_networkx(data: GraphData) -> nx.MultiDiGraph:
    import networkx as nx  # not needed to build and persist the graph tables (~0.15 s import)

    g = nx.MultiDiGraph()
    ids = [node["id"] for node in data.nodes]
    g.add_nodes_from((node["id"], {k: v for k, v in node.items() if k != "id"})
                     for node in data.nodes)
    provenance: list[list[dict[str, Any]]] = [[] for _ in data.edge_src]
    for row in data.prov:
        provenance[row[0]].append({"file": row[1], "page": row[2], "start": row[3], "end": row[4],
                                   "snippet": row[5], "method": row[6]})
    g.add_edges_from(
        (ids[data.edge_src[e]], ids[data.edge_dst[e]], data.edge_rel[e],
         {"relation": data.edge_rel[e], "provenance": provenance[e], **summary})
        for e, summary in enumerate(data.edge_summary()))
    g.graph["conflicts"] = data.conflicts
    g.graph["stats"] = data.stats.model_dump(mode="json")
    return g
