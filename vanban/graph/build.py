"""From parsed documents to one node per real document and one edge per (citing, cited, relation).

The builder works in three passes so that the result never depends on the order of the input:

1. documents whose own identity is complete, and every citation whose identity is complete
   (symbol key + scope + term/year as the family needs), become nodes and edges at once;
2. documents whose own identity is partial (no date, no locality) are matched against the
   nodes of pass 1;
3. partial citations (an undated ``18-NQ/TW``) are matched against complete nodes: one fit ->
   attached; none -> a node with "?" in its id; several -> an ambiguity set, never an edge.

Relations stated inside a document between two others ("16-CTr/ĐUK implements 25-NQ/TW") are
edges too, with that document as provenance. The result is a :class:`GraphData` (plain lists,
cheap at a million citations), from which :func:`build_graph` makes a networkx MultiDiGraph
and ``vanban.graph.persist`` fills the store's tables.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

import networkx as nx
import regex

from vanban.graph.conflicts import find_value_conflicts, group_ambiguities, group_flags
from vanban.graph.docview import CitationView, DocView, from_parsed
from vanban.graph.identity import (
    Context, Identity, SymbolInfo, analyze_symbol, bucket_for, file_identity, file_stem, identity_for, node_id,
    scope_fits, scope_for, term_label,
)
from vanban.graph.localities import find_locality, normalize_locality
from vanban.graph.records import Conflict, GraphStats
from vanban.models import ParsedDocument

log = logging.getLogger(__name__)

_LOCAL_ISSUER = regex.compile(r"(?i)(tỉnh|thành|huyện|quận|thị)\s*ủy|ủy ban nhân dân|ubnd|hđnd")
OCR_CONFIDENCE = 0.75
"""Confidence of a mention read from an OCR'd page (1.0 from a text layer); x0.8 when flagged."""


@dataclass
class GraphData:
    """The built graph as flat lists (node index = position).

    ``prov`` rows: (edge, file, page, start, end, snippet, method, date, issuer, doc_type, flags).
    """

    nodes: list[dict[str, Any]]
    edge_src: list[int]
    edge_dst: list[int]
    edge_rel: list[str]
    prov: list[tuple[Any, ...]]
    conflicts: list[Conflict]
    keys: list[tuple[str, int]]
    stats: GraphStats

    def edge_summary(self) -> list[dict[str, Any]]:
        """Per edge: mentions, method, confidence, and the first mention's date and snippet."""
        out: list[dict[str, Any]] = [{} for _ in self.edge_src]
        for row in self.prov:
            d = out[row[0]]
            conf = (OCR_CONFIDENCE if row[6] == "ocr" else 1.0) * (0.8 if row[10] else 1.0)
            if not d:
                d.update(mentions=1, ocr=int(row[6] == "ocr"), confidence=conf, date=row[7],
                         snippet=row[5])
                continue
            d["mentions"] += 1
            d["ocr"] += row[6] == "ocr"
            d["confidence"] = max(d["confidence"], conf)
        for d in out:
            ocr, n = d.pop("ocr", 0), d.get("mentions", 0)
            d["method"] = "ocr" if n and ocr == n else ("mixed" if ocr else "text_layer")
        return out


@dataclass
class _Partial:
    src: int
    file: str
    method: str
    citation: CitationView
    info: SymbolInfo
    ident: Identity
    date: str | None


@dataclass
class _Builder:
    index: dict[Identity, int] = field(default_factory=dict)
    idents: list[Identity] = field(default_factory=list)
    infos: list[SymbolInfo | None] = field(default_factory=list)
    complete: list[bool] = field(default_factory=list)
    min_date: list[str | None] = field(default_factory=list)
    counts: dict[str, dict[tuple[int, str], int]] = field(
        default_factory=lambda: {"symbol": {}, "date": {}, "issuer": {}, "doc_type": {}}
    )
    headers: dict[int, list[tuple[DocView, str | None]]] = field(default_factory=dict)
    mentions: list[int] = field(default_factory=list)
    edges: dict[tuple[int, int, str], int] = field(default_factory=dict)
    prov: list[tuple[Any, ...]] = field(default_factory=list)
    deferred: list[tuple[DocView, SymbolInfo, Identity, str | None]] = field(default_factory=list)
    partials: list[_Partial] = field(default_factory=list)
    relation_tasks: list[tuple[Any, ...]] = field(default_factory=list)
    ambiguous: list[tuple[Any, ...]] = field(default_factory=list)
    by_key: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    self_citations: int = 0

    # ---- nodes and edges ----------------------------------------------------------------

    def node(self, ident: Identity, info: SymbolInfo | None, complete: bool = True) -> int:
        n = self.index.get(ident)
        if n is None:
            n = self.index[ident] = len(self.idents)
            self.idents.append(ident)
            self.infos.append(info)
            self.complete.append(complete)
            self.min_date.append(None)
            self.mentions.append(0)
        return n

    def _count(self, name: str, n: int, value: str | None) -> None:
        if value:
            table = self.counts[name]
            table[(n, value)] = table.get((n, value), 0) + 1

    def _note_date(self, n: int, date: str | None) -> None:
        if date:
            self._count("date", n, date)
            if self.min_date[n] is None or date < self.min_date[n]:  # type: ignore[operator]
                self.min_date[n] = date

    def mention(self, src: int, dst: int, c: CitationView, file: str, method: str) -> None:
        if src == dst:
            self.self_citations += 1
            return
        key = (src, dst, c.relation)
        e = self.edges.get(key)
        if e is None:
            e = self.edges[key] = len(self.edges)
        self.prov.append((e, file, c.page, c.start, c.end, c.text, method, c.date, c.issuer,
                          c.doc_type, c.flags))
        self.mentions[dst] += 1
        self._count("symbol", dst, c.symbol)
        self._note_date(dst, c.date)
        self._count("issuer", dst, c.issuer)
        self._count("doc_type", dst, c.doc_type)

    # ---- documents ------------------------------------------------------------------------

    def add(self, doc: DocView) -> None:
        info = analyze_symbol(doc.symbol) if doc.symbol else None
        loc = _own_locality(doc, info)
        if info is None:
            self._ingest(doc, self.node(file_identity(doc.source), None), None, None, loc)
            return
        scope = scope_for(info, None, doc.issuer, Context(locality=loc))
        ident = Identity(info.shape, info.key, scope, bucket_for(info, doc.date))
        if ident.complete(info):
            self._ingest(doc, self.node(ident, info), info, ident, loc)
        else:
            self.deferred.append((doc, info, ident, loc))

    def _ingest(self, doc: DocView, n: int, info: SymbolInfo | None, ident: Identity | None,
                loc: str | None) -> None:
        self.headers.setdefault(n, []).append((doc, loc))
        self._count("symbol", n, doc.symbol)
        self._note_date(n, doc.date)
        self._count("issuer", n, doc.issuer)
        self._count("doc_type", n, doc.doc_type)
        scope = ident.scope if ident and info and info.scope_kind else None
        ctx = Context(info.code if info else "", scope, loc, doc.date)
        local: dict[str, tuple[SymbolInfo, Identity]] = {}
        for c in doc.citations:
            cinfo, cident = identity_for(c.symbol, date=c.date, term=c.term, scope_text=c.scope,
                                         issuer=c.issuer, ctx=ctx)
            local.setdefault(cinfo.key, (cinfo, cident))
            method = doc.method_of(c.page)
            if cident.complete(cinfo):
                self.mention(n, self.node(cident, cinfo), c, doc.source, method)
            else:
                self.partials.append(_Partial(n, doc.source, method, c, cinfo, cident, doc.date))
        if doc.relations:
            self._queue_relations(doc, n, info, ctx, local)

    def _queue_relations(self, doc: DocView, n: int, info: SymbolInfo | None, ctx: Context,
                         local: dict[str, tuple[SymbolInfo, Identity]]) -> None:
        own = {PurePath(doc.source).name, doc.source}
        for r in doc.relations:
            if r.source in own or (info and analyze_symbol(r.source).key == info.key):
                continue  # the document's own relations are its citations
            ends = []
            for sym in (r.source, r.target):
                key = analyze_symbol(sym).key
                if sym in own or (info and key == info.key):
                    ends.append(n)
                else:
                    ends.append(local.get(key) or identity_for(
                        sym, date=None, term=None, scope_text=None, issuer=None, ctx=ctx))
            self.relation_tasks.append((doc, n, r, ends[0], ends[1]))

    # ---- partial identities ---------------------------------------------------------------

    def index_complete(self) -> None:
        self.by_key = {}
        for n, ident in enumerate(self.idents):
            if self.complete[n] and self.infos[n] is not None:
                self.by_key.setdefault((ident.shape, ident.key), []).append(n)

    def resolve(self, info: SymbolInfo, ident: Identity, before: str | None) -> int | list[int]:
        """One node for a partial identity, or the candidates it fits (an ambiguity set)."""
        fits = [
            n for n in self.by_key.get((ident.shape, ident.key), ())
            if scope_fits(ident.scope, self.idents[n].scope)
            and (ident.bucket is None or ident.bucket == self.idents[n].bucket)
            and not (before and self.min_date[n] and self.min_date[n] > before)  # type: ignore[operator]
        ]
        if len(fits) == 1:
            return fits[0]
        if not fits:
            n = self.node(ident, info, complete=False)
            self.by_key.setdefault((ident.shape, ident.key), []).append(n)
            return n
        return sorted(fits)

    def finish_deferred(self) -> None:
        self.index_complete()
        resolved = []
        for doc, info, ident, loc in self.deferred:
            found = self.resolve(info, ident, None)
            n = found if isinstance(found, int) else self.node(ident, info, complete=False)
            resolved.append((doc, n, info, ident, loc))
        for doc, n, info, ident, loc in resolved:
            self._ingest(doc, n, info, ident, loc)
        self.index_complete()

    def finish_partials(self) -> None:
        # The most specific first, so that a bare mention can join a partial node made by a
        # more specific one; the order is a function of the data, not of the input order.
        self.partials.sort(key=lambda p: (_unknowns(p.ident), p.ident.key, p.ident.scope or "",
                                          p.ident.bucket or "", p.file, p.citation.start))
        for p in self.partials:
            found = self.resolve(p.info, p.ident, p.date)
            if isinstance(found, int):
                self.mention(p.src, found, p.citation, p.file, p.method)
            else:
                self.ambiguous.append((p.info.key, p.citation, p.file, p.src, found))

    def finish_relations(self) -> None:
        for doc, n, r, a, b in self.relation_tasks:
            ends = [self._end(x, doc.date) for x in (a, b)]
            if None in ends:
                continue
            c = CitationView(r.target, None, None, None, None, r.relation,
                             f"{r.source} {r.relation} {r.target}", r.start or 0, r.end or 0,
                             1, None, ())
            self.edges_from_relation(ends[0], ends[1], c, doc)  # type: ignore[arg-type]

    def _end(self, x: Any, before: str | None) -> int | None:
        if isinstance(x, int):
            return x
        info, ident = x
        if ident.complete(info):
            return self.node(ident, info)
        found = self.resolve(info, ident, before)
        return found if isinstance(found, int) else None

    def edges_from_relation(self, src: int, dst: int, c: CitationView, doc: DocView) -> None:
        if src == dst:
            return
        key = (src, dst, c.relation)
        e = self.edges.get(key)
        if e is None:
            e = self.edges[key] = len(self.edges)
        self.prov.append((e, doc.source, c.page, c.start, c.end, c.text, doc.method_of(1),
                          None, None, None, ()))


def _unknowns(ident: Identity) -> int:
    return (ident.scope is None or ident.scope.endswith("/")) + (ident.bucket is None)


def _own_locality(doc: DocView, info: SymbolInfo | None) -> str | None:
    """The province of a document: its header locality, its issuer, or (for local bodies) place."""
    loc = (normalize_locality(doc.locality) or find_locality(doc.issuer)
           or find_locality(doc.parent_issuer))
    local = (info is not None and info.scope_kind in ("province", "district")) or bool(
        doc.issuer and _LOCAL_ISSUER.search(doc.issuer))
    if loc is None and local:
        loc = normalize_locality(doc.place)
    return loc


# ---- assembling the result ---------------------------------------------------------------------


def _best(table: dict[tuple[int, str], int]) -> dict[int, str]:
    best: dict[int, tuple[int, str]] = {}
    for (n, value), count in table.items():
        old = best.get(n)
        if old is None or count > old[0] or (count == old[0] and value < old[1]):
            best[n] = (count, value)
    return {n: v for n, (_, v) in best.items()}


def _node_attrs(b: _Builder) -> list[dict[str, Any]]:
    best = {name: _best(table) for name, table in b.counts.items()}
    displays: dict[int, str] = {}
    for n, surface in b.counts["symbol"]:
        shown = analyze_symbol(surface).display
        if n not in displays or shown < displays[n]:
            displays[n] = shown
    nodes = []
    for n, ident in enumerate(b.idents):
        info = b.infos[n]
        heads = sorted(b.headers.get(n, []), key=lambda h: h[0].source)
        head = heads[0][0] if heads else None
        nodes.append(_attrs(n, ident, info, head, heads, best, displays, b))
    return nodes


def _attrs(n: int, ident: Identity, info: SymbolInfo | None, head: DocView | None,
           heads: list[tuple[DocView, str | None]], best: dict[str, dict[int, str]],
           displays: dict[int, str], b: _Builder) -> dict[str, Any]:
    def pick(name: str, header_value: str | None) -> str | None:
        return header_value or best[name].get(n)

    scope = ident.scope if info and info.scope_kind else None
    locality = scope.split("/")[0] if scope and info and info.scope_kind != "body" else None
    if scope and info and info.scope_kind == "body":
        locality = find_locality(scope)
    if locality is None and heads:
        locality = heads[0][1]
    display = displays.get(n) or ident.key
    return {
        "id": node_id(info, ident, display),
        "key": ident.key,
        "symbol": pick("symbol", head.symbol if head else None),
        "doc_type": pick("doc_type", head.doc_type if head else None),
        "issuer": pick("issuer", head.issuer if head else None),
        "date": pick("date", head.date if head else None),
        "title": head.title if head else None,
        "term": term_label(info, ident.bucket) if info else None,
        "locality": locality,
        "scope": scope,
        "kind": "ingested" if heads else "cited",
        "sources": sorted({h.source for h, _ in heads}),
        "mentions": b.mentions[n],
    }


def _unique_ids(nodes: list[dict[str, Any]]) -> None:
    seen: dict[str, int] = {}
    for node in sorted(nodes, key=lambda d: (d["id"], d["key"], d["scope"] or "")):
        count = seen.get(node["id"], 0)
        seen[node["id"]] = count + 1
        if count:
            node["id"] = f"{node['id']}#{count + 1}"


def _aliases(b: _Builder, nodes: list[dict[str, Any]]) -> list[tuple[str, int]]:
    """Attach every surface form to its node; return (lookup key, node) pairs."""
    from vanban.symbols import symbol_key

    for node in nodes:
        node["aliases"] = []
    for n, surface in sorted(b.counts["symbol"]):
        nodes[n]["aliases"].append(surface)
    keys: set[tuple[str, int]] = set()
    for n, node in enumerate(nodes):
        if b.infos[n] is not None:
            keys.add((node["key"], n))
        for src in node["sources"]:
            keys.add((PurePath(src).name.casefold(), n))
            keys.add((file_stem(src).casefold(), n))
        if b.infos[n] is None:
            keys.add((node["key"].casefold(), n))
        keys.add((symbol_key(node["id"]) if b.infos[n] else node["id"].casefold(), n))
    return sorted(keys)


def build_data(docs: Iterable[DocView]) -> GraphData:
    """Run the three passes over document views and assemble :class:`GraphData`."""
    started = time.perf_counter()
    b = _Builder()
    for doc in docs:
        b.add(doc)
    b.finish_deferred()
    b.finish_partials()
    b.finish_relations()
    nodes = _node_attrs(b)
    _unique_ids(nodes)
    keys = _aliases(b, nodes)
    ids = [node["id"] for node in nodes]
    edge_src, edge_dst, edge_rel = [], [], []
    for src, dst, rel in b.edges:
        edge_src.append(src)
        edge_dst.append(dst)
        edge_rel.append(rel)
    conflicts = find_value_conflicts(b.counts, b.headers, b.prov, edge_dst, ids, nodes)
    conflicts += group_flags(b.prov, edge_dst, ids, nodes)
    conflicts += group_ambiguities(b.ambiguous, ids)
    stats = _stats(nodes, edge_rel, b, conflicts)
    stats.seconds = round(time.perf_counter() - started, 3)
    return GraphData(nodes, edge_src, edge_dst, edge_rel, b.prov, conflicts, keys, stats)


def _stats(nodes: list[dict[str, Any]], rels: list[str], b: _Builder,
           conflicts: list[Conflict]) -> GraphStats:
    relations: dict[str, int] = {}
    for rel in rels:
        relations[rel] = relations.get(rel, 0) + 1
    ingested = sum(1 for node in nodes if node["kind"] == "ingested")
    return GraphStats(
        nodes=len(nodes), edges=len(rels), ingested=ingested, cited_only=len(nodes) - ingested,
        mentions=len(b.prov), self_citations=b.self_citations, unresolved=len(b.ambiguous),
        conflicts=sum(1 for c in conflicts if c.kind == "value"),
        ambiguities=sum(1 for c in conflicts if c.kind == "ambiguous"),
        relations=dict(sorted(relations.items())),
    )


# ---- networkx ------------------------------------------------------------------------------------


def to_networkx(data: GraphData) -> nx.MultiDiGraph:
    """A MultiDiGraph of ``data``: nodes by id, edges keyed by relation, provenance as dicts."""
    g = nx.MultiDiGraph()
    ids = [node["id"] for node in data.nodes]
    for node in data.nodes:
        g.add_node(node["id"], **{k: v for k, v in node.items() if k != "id"})
    provenance: list[list[dict[str, Any]]] = [[] for _ in data.edge_src]
    for row in data.prov:
        provenance[row[0]].append({"file": row[1], "page": row[2], "start": row[3], "end": row[4],
                                   "snippet": row[5], "method": row[6]})
    for e, summary in enumerate(data.edge_summary()):
        rel = data.edge_rel[e]
        g.add_edge(ids[data.edge_src[e]], ids[data.edge_dst[e]], key=rel, relation=rel,
                   provenance=provenance[e], **summary)
    g.graph["conflicts"] = [c.model_dump(mode="json") for c in data.conflicts]
    g.graph["stats"] = data.stats.model_dump(mode="json")
    return g


def build_graph(docs: Iterable[ParsedDocument | DocView]) -> nx.MultiDiGraph:
    """Build the citation graph of parsed documents.

    One node per real document (see ``vanban.graph.identity``), edges citing -> cited keyed by
    relation, with mentions, provenance, method and confidence. Conflicts and ambiguity sets are
    in ``graph.graph["conflicts"]``, counts in ``graph.graph["stats"]``.

    Args:
        docs: Parsed documents (or document views).

    Returns:
        A networkx MultiDiGraph.
    """
    views = (d if isinstance(d, DocView) else from_parsed(d) for d in docs)
    return to_networkx(build_data(views))
