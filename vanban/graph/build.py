"""From parsed documents to one node per real document and one edge per (citing, cited, relation).

The builder works in three passes so that the result never depends on the order of the input:

1. documents whose own identity is complete, and every citation whose identity is complete
   (symbol key + scope + term/year as the family needs), become nodes and edges at once;
2. documents whose own identity is partial (no date, no locality) are matched against the
   nodes of pass 1;
3. partial citations (an undated ``18-NQ/TW``) are matched against the nodes, most specific
   first: one fit -> attached; none -> a node with "?" in its id; several -> an ambiguity set,
   never an edge.

Relations stated inside a document between two others ("16-CTr/ĐUK implements 25-NQ/TW") are
edges too, with that document as provenance. The hot path keeps one tuple per mention and no
per-edge objects; ``vanban.graph.assemble`` turns the result into node attributes, conflicts and
a :class:`~vanban.graph.assemble.GraphData`.
"""

from __future__ import annotations

import functools
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import compress, count, filterfalse
from operator import itemgetter
from typing import TYPE_CHECKING, Any

import regex

from vanban.graph.assemble import GraphData, assemble, paused_gc, to_networkx
from vanban.graph.docview import (
    CitationView, DocView, Row, citation_rows, from_parsed, row_citation,
)
from vanban.graph.identity import (
    Context, Identity, SymbolInfo, analyze_symbol, bucket_for, file_identity, scope_for,
)
from vanban.graph.localities import find_locality, normalize_locality
from vanban.models import ParsedDocument

if TYPE_CHECKING:
    import networkx as nx

_LOCAL_ISSUER = regex.compile(r"(?i)(tỉnh|thành|huyện|quận|thị)\s*ủy|ủy ban nhân dân|ubnd|hđnd")

_UNSEEN: Any = object()  # scopes.get()'s default: None is a scope
_RELATION = itemgetter(11)  # of a docview.Row
_FIELDS = itemgetter(11, 7, 8, 9)  # of a Mention: symbol, date, issuer, doc_type
_FLUSH_MENTIONS = 1 << 14
"""Streamed mentions get their edges in batches of about this many: while the reader workers
decode, so that the main process numbers edges in what would be its idle time."""
_new_identity = tuple.__new__

Mention = tuple[Any, ...]
"""(edge, file, page, start, end, snippet, method, date, issuer, doc_type, flags, symbol,
relation, term, scope): the edge followed by the citation's row (``docview.Row``). The graph
reads the first 12 fields."""


@dataclass(slots=True)
class _Partial:
    src: int
    file: str
    method: str
    citation: CitationView
    info: SymbolInfo
    ident: Identity
    date: str | None


@dataclass
class Builder:
    """The passes' state: nodes by identity, edges by (src, dst, relation), mention rows."""

    index: dict[Identity, int] = field(default_factory=dict)
    idents: list[Identity] = field(default_factory=list)
    infos: list[SymbolInfo | None] = field(default_factory=list)
    complete: list[bool] = field(default_factory=list)
    min_date: list[str | None] = field(default_factory=list)
    headers: dict[int, list[tuple[DocView, str | None]]] = field(default_factory=dict)
    edges: dict[tuple[int, int, str], int] = field(default_factory=dict)
    prov: list[Mention] = field(default_factory=list)
    # Streamed mentions whose edge is not numbered yet (see ``ingest`` and ``flush``).
    pending: list[Row] = field(default_factory=list)
    pending_src: list[int] = field(default_factory=list)
    field_counts: Counter[tuple[int, tuple[Any, ...]]] = field(default_factory=Counter)
    fields_counted: int = 0
    prov_dst: list[int] = field(default_factory=list)
    deferred: list[tuple[DocView, Any, Identity, str | None]] = field(default_factory=list)
    partials: list[_Partial] = field(default_factory=list)
    relation_tasks: list[tuple[Any, ...]] = field(default_factory=list)
    ambiguous: list[tuple[Any, ...]] = field(default_factory=list)
    by_key: dict[tuple[Any, ...], list[tuple[Any, ...]]] = field(default_factory=dict)
    # identify()'s cache by (symbol, date, term), and local symbols' scopes (see ingest).
    plain: dict[tuple[Any, ...], tuple[Any, ...]] = field(default_factory=dict)
    scopes: dict[tuple[Any, ...], str | None] = field(default_factory=dict)
    self_citations: int = 0

    # ---- nodes and mentions ---------------------------------------------------------------

    def node(self, ident: Identity, info: SymbolInfo | None, complete: bool = True) -> int:
        n = self.index.get(ident)
        if n is None:
            n = self.index[ident] = len(self.idents)
            self.idents.append(ident)
            self.infos.append(info)
            self.complete.append(complete)
        return n

    def mention(self, src: int, dst: int, c: CitationView, file: str, method: str,
                symbol: str | None) -> None:
        if src == dst:
            self.self_citations += 1
            return
        if self.pending:
            self.flush()
        e = self.edges.setdefault((src, dst, c.relation), len(self.edges))
        self.prov.append((e, file, c.page, c.start, c.end, c.text, method, c.date, c.issuer,
                          c.doc_type, c.flags, symbol, c.relation, c.term, c.scope))
        self.prov_dst.append(dst)

    def identify(self, symbol: str, date: str | None, term: str | None
                 ) -> tuple[SymbolInfo, Any, int | None]:
        """``plain``'s entry for a citation's (symbol, date, term), made on first sight.

        The entry is (info, identity, node or -1 when partial); a complete identity's node
        never changes, so it is cached too. For a local symbol, whose scope also depends on
        the citation's scope and issuer and on the citing document, it is (info, bucket, None)
        and the scope comes from ``scopes`` (see :meth:`ingest`).
        """
        info = analyze_symbol(symbol)
        bucket = bucket_for(info, date, term)
        if info.scope_kind is None:  # scope_for and complete() inlined for the common case
            ident = Identity(info.shape, info.key, None, bucket)
            found: tuple[SymbolInfo, Any, int | None] = (
                info, ident, -1 if bucket is None else self.node(ident, info))
        else:
            found = (info, bucket, None)
        self.plain[(symbol, date, term)] = found
        return found

    # ---- documents ------------------------------------------------------------------------

    def add(self, doc: DocView) -> None:
        info = analyze_symbol(doc.symbol) if doc.symbol else None
        loc, ident, complete = doc.own or own_identity(doc, info)
        ident = _new_identity(Identity, ident)
        if complete:
            self.ingest(doc, self.node(ident, info), info, ident if info else None, loc)
        else:
            self.deferred.append((doc, info, ident, loc))

    def ingest(self, doc: DocView, n: int, info: SymbolInfo | None, ident: Identity | None,
               loc: str | None) -> None:
        self.headers.setdefault(n, []).append((_header_only(doc), loc))
        scope = ident.scope if ident and info and info.scope_kind else None
        ctx = Context(info.code if info else "", scope, loc, doc.date)
        local: dict[str, tuple[SymbolInfo, Identity]] = {}
        source, prov_dst, plain = doc.source, self.prov_dst, self.plain
        pending, pending_src = self.pending.append, self.pending_src.append
        relations = bool(doc.relations)
        index_get, scopes, ctx3 = self.index.get, self.scopes, ctx[:3]
        # The hot loop: one or two cache hits per citation (see ``identify``); a row is a
        # mention without its edge (see ``docview.Row``).
        for row in citation_rows(doc):
            symbol, date, term = row[10], row[6], row[12]
            found = plain.get((symbol, date, term)) or self.identify(symbol, date, term)
            cinfo, cident, dst = found
            if dst is None:  # a local symbol: its scope may depend on the citing document
                # scope_for() reads only the symbol's code and scope kind: a small cache key.
                sc, issuer = row[13], row[7]
                key = (cinfo.code, cinfo.scope_kind, sc, issuer, ctx3)
                cscope = scopes.get(key, _UNSEEN)
                if cscope is _UNSEEN:
                    cscope = scopes[key] = scope_for(cinfo, sc, issuer, ctx)
                cident = _new_identity(Identity, (cinfo.shape, cinfo.key, cscope, cident))
                if cident.bucket is None or cscope is None or cscope.endswith("/"):
                    dst = -1
                else:
                    dst = index_get(cident)
                    if dst is None:
                        dst = self.node(cident, cinfo)
            if relations:
                local.setdefault(cinfo.key, (cinfo, cident))
            if dst < 0:
                self.partials.append(_Partial(n, source, row[5], row_citation(row), cinfo,
                                              cident, doc.date))
                continue
            if dst == n:
                self.self_citations += 1
                continue
            pending(row)
            pending_src(n)
            prov_dst.append(dst)
        if relations:
            self._queue_relations(doc, n, info, ctx, local)
        if len(self.pending) >= _FLUSH_MENTIONS:
            self.flush()

    def _queue_relations(self, doc: DocView, n: int, info: SymbolInfo | None, ctx: Context,
                         local: dict[str, tuple[SymbolInfo, Identity]]) -> None:
        own = {os.path.basename(doc.source), doc.source}
        for r in doc.relations:
            if r.source in own or (info and analyze_symbol(r.source).key == info.key):
                continue  # the document's own relations are its citations
            ends: list[Any] = []
            for sym in (r.source, r.target):
                key = analyze_symbol(sym).key
                if sym in own or (info and key == info.key):
                    ends.append(n)
                else:
                    ends.append(local.get(key) or _bare_identity(sym, ctx))
            self.relation_tasks.append((doc, r, ends[0], ends[1]))

    # ---- partial identities ---------------------------------------------------------------

    def _index_node(self, n: int) -> None:
        ident = self.idents[n]
        shape, key, scope, bucket = ident
        region = _region(scope)
        entry = (n, scope, bucket, self.min_date[n] if n < len(self.min_date) else None)
        by_key = self.by_key
        by_key.setdefault((shape, key, None, None), []).append(entry)
        if bucket is not None:
            by_key.setdefault((shape, key, bucket, None), []).append(entry)
        if region is not None:
            by_key.setdefault((shape, key, None, region), []).append(entry)
            if bucket is not None:
                by_key.setdefault((shape, key, bucket, region), []).append(entry)

    def flush(self) -> None:
        """Number the edges of the streamed mentions and make their rows, in C.

        The hot loop only keeps each mention's row and source; here the (source, target,
        relation) keys not seen yet get the next edge numbers in the order they come, as one
        ``setdefault`` per mention would give them.
        """
        rows = self.pending
        if not rows:
            return
        edges = self.edges
        dsts = self.prov_dst[len(self.prov):]
        keys = list(zip(self.pending_src, dsts, map(_RELATION, rows), strict=True))
        edges.update(zip(filterfalse(edges.__contains__, dict.fromkeys(keys)),
                         count(len(edges))))
        self.prov.extend(map(tuple.__add__, zip(map(edges.__getitem__, keys)), rows))
        self.pending, self.pending_src = [], []
        self.mention_fields(len(self.prov))

    def mention_fields(self, upto: int) -> Counter[tuple[int, tuple[Any, ...]]]:
        """(node, (symbol, date, issuer, doc_type)) -> mentions, over ``prov[:upto]``; counted
        in C a batch at a time (``flush``), the rest when the assembly asks."""
        done = self.fields_counted
        if upto > done:
            self.field_counts.update(zip(self.prov_dst[done:upto],
                                         map(_FIELDS, self.prov[done:upto]),
                                         strict=True))
            self.fields_counted = upto
        return self.field_counts

    def index_nodes(self) -> None:
        """Note each node's first date; index the complete nodes by key, term/year and region.

        Index entries are (node, scope, bucket, first date), so that matching a partial
        identity against hundreds of candidates needs no lookups.
        """
        self.flush()
        min_date: list[str | None] = [None] * len(self.idents)
        self.min_date = min_date
        # The mentions' (node, fields) counted so far hold every (node, date) pair, fewer.
        for n, (_, date, _, _) in self.mention_fields(len(self.prov)):
            if date and (min_date[n] is None or date < min_date[n]):  # type: ignore[operator]
                min_date[n] = date
        for n, heads in self.headers.items():
            for doc, _ in heads:
                if doc.date and (min_date[n] is None or doc.date < min_date[n]):  # type: ignore[operator]
                    min_date[n] = doc.date
        self.by_key = {}
        for n in compress(range(len(self.idents)), self.complete):
            if self.infos[n] is not None:
                self._index_node(n)

    def resolve(self, info: SymbolInfo, ident: Identity, before: str | None) -> int | list[int]:
        """One node for a partial identity, or the candidates it fits (an ambiguity set)."""
        shape, key, scope, bucket = ident
        # The candidates indexed under this bucket (every bucket when it is None) and region:
        # their bucket fits, only the scope and the first date are left to check.
        near = self.by_key.get((shape, key, bucket, _region(scope)), ())
        # scope_fits() inlined: None fits all, "P/" fits the districts of P, else equality.
        if scope is None:
            if before:
                fits = [n for n, _, _, m in near if not (m and m > before)]
            else:
                fits = list(map(itemgetter(0), near))
        elif scope.endswith("/"):
            fits = [n for n, sc, _, m in near
                    if sc is not None and sc.startswith(scope)
                    and not (before and m and m > before)]
        else:
            fits = [n for n, sc, _, m in near
                    if sc == scope and not (before and m and m > before)]
        if len(fits) == 1:
            return fits[0]
        if not fits:
            n = self.node(ident, info, complete=False)
            self._index_node(n)
            return n
        return sorted(fits)

    def finish_deferred(self) -> None:
        self.index_nodes()
        if not self.deferred:
            return  # the index is already that of every node
        resolved = []
        for doc, info, ident, loc in self.deferred:
            found = self.resolve(info, ident, None)
            n = found if isinstance(found, int) else self.node(ident, info, complete=False)
            resolved.append((doc, n, info, ident, loc))
        for doc, n, info, ident, loc in resolved:
            self.ingest(doc, n, info, ident, loc)
        self.index_nodes()

    def finish_partials(self) -> None:
        # The most specific first, so that a bare mention can join a partial node made by a
        # more specific one; the order is a function of the data, not of the input order.
        self.partials.sort(key=lambda p: (_unknowns(p.ident), p.ident.key, p.ident.scope or "",
                                          p.ident.bucket or "", p.file, p.citation.start))
        for p in self.partials:
            found = self.resolve(p.info, p.ident, p.date)
            if isinstance(found, int):
                self.mention(p.src, found, p.citation, p.file, p.method, p.citation.symbol)
            else:
                self.ambiguous.append((p.info.key, p.citation, p.file, p.src, found))

    def finish_relations(self) -> None:
        for doc, r, a, b in self.relation_tasks:
            ends = [self._end(x, doc.date) for x in (a, b)]
            if None in ends:
                continue
            c = CitationView(r.target, None, None, None, None, r.relation,
                             f"{r.source} {r.relation} {r.target}", r.start or 0, r.end or 0,
                             1, None, ())
            self.mention(ends[0], ends[1], c, doc.source, doc.method_of(1), None)  # type: ignore[arg-type]

    def _end(self, x: Any, before: str | None) -> int | None:
        if isinstance(x, int):
            return x
        info, ident = x
        if ident.complete(info):
            return self.node(ident, info)
        found = self.resolve(info, ident, before)
        return found if isinstance(found, int) else None


def _bare_identity(symbol: str, ctx: Context) -> tuple[SymbolInfo, Identity]:
    """Identity of a symbol named without date, scope or issuer (an end of a relation)."""
    info = analyze_symbol(symbol)
    return info, Identity(info.shape, info.key, scope_for(info, None, None, ctx),
                          bucket_for(info, None, None))


def _header_only(doc: DocView) -> DocView:
    """The header fields of a view, without its citations: what nodes and conflicts keep, so
    that the citations of a streamed document are freed once it is ingested."""
    return DocView(doc.source, doc.symbol, doc.doc_type, doc.issuer, doc.parent_issuer,
                   doc.place, doc.date, doc.title, doc.locality)


def own_identity(doc: DocView, info: SymbolInfo | None
                 ) -> tuple[str | None, Identity, bool]:
    """(locality, identity, complete) of a document's own header (``info``: of its symbol).

    A function of the document alone: the reader workers compute it (``DocView.own``).
    """
    loc = _own_locality(doc, info)
    if info is None:
        return loc, file_identity(doc.source), True
    scope = scope_for(info, None, doc.issuer, Context(locality=loc))
    ident = Identity(info.shape, info.key, scope, bucket_for(info, doc.date))
    return loc, ident, ident.complete(info)


def _region(scope: str | None) -> str | None:
    """The coarse part of a scope used to index candidates: the province, or the body."""
    if scope is None:
        return None
    return scope.split("/", 1)[0] or None


def _unknowns(ident: Identity) -> int:
    return (ident.scope is None or ident.scope.endswith("/")) + (ident.bucket is None)


def _own_locality(doc: DocView, info: SymbolInfo | None) -> str | None:
    """The province of a document: its header locality, its issuer, or (for local bodies) place."""
    local_symbol = info is not None and info.scope_kind in ("province", "district")
    return _locality(doc.locality, doc.issuer, doc.parent_issuer, doc.place, local_symbol)


@functools.lru_cache(maxsize=1 << 16)
def _locality(locality: str | None, issuer: str | None, parent_issuer: str | None,
              place: str | None, local_symbol: bool) -> str | None:
    loc = (normalize_locality(locality) or find_locality(issuer)
           or find_locality(parent_issuer))
    local = local_symbol or bool(issuer and _LOCAL_ISSUER.search(issuer))
    if loc is None and local:
        loc = normalize_locality(place)
    return loc


def build_data(docs: Iterable[DocView]) -> GraphData:
    """Run the passes over document views and assemble :class:`GraphData`."""
    with paused_gc():
        b = Builder()
        for doc in docs:
            b.add(doc)
        b.finish_deferred()
        b.finish_partials()
        b.finish_relations()
        return assemble(b)


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
