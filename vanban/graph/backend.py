"""Two ways to answer graph queries: from a networkx graph in memory, or from the store's tables.

Both expose the same few primitives (look up keys, fetch node records, fetch neighbours of a
batch of nodes, fetch edge records); ``vanban.graph.queries`` is written once on top of them.
Handles are node ids (str) for a graph and integer ``nid`` for a store.
"""

from __future__ import annotations

import json
import sqlite3
import weakref
from collections.abc import Collection, Iterable, Sequence
from typing import Any, Protocol

from vanban.graph.records import Conflict, EdgeRecord, GraphStats, NodeRecord, Provenance

Neighbour = tuple[Any, Any, str, int]
"""(from handle, to handle, relation, mentions) with ``to`` the neighbour."""

_NODE_FIELDS = ("symbol", "doc_type", "issuer", "date", "title", "term", "locality", "scope",
                "kind")


class Backend(Protocol):
    """What queries need from a graph source."""

    def lookup(self, key: str) -> list[Any]: ...
    def by_id(self, node_id: str) -> Any | None: ...
    def nodes(self, handles: Iterable[Any]) -> dict[Any, NodeRecord]: ...
    def neighbours(self, handles: Sequence[Any], direction: str,
                   relations: Collection[str] | None) -> list[Neighbour]: ...
    def edge_records(self, handle: Any, direction: str) -> list[EdgeRecord]: ...
    def conflicts(self) -> list[Conflict]: ...
    def stats(self) -> GraphStats: ...
    def top_cited(self, n: int, kind: str | None) -> list[NodeRecord]: ...


# ---- networkx -----------------------------------------------------------------------------------

_INDEXES: weakref.WeakKeyDictionary[Any, tuple[int, dict[str, list[str]]]] = (
    weakref.WeakKeyDictionary()
)


class GraphBackend:
    """Queries over a networkx MultiDiGraph built by :func:`vanban.graph.build_graph`."""

    def __init__(self, graph: Any) -> None:
        self.g = graph

    def _index(self) -> dict[str, list[str]]:
        size, index = _INDEXES.get(self.g, (-1, {}))
        if size != self.g.number_of_nodes():
            index = _build_index(self.g)
            _INDEXES[self.g] = (self.g.number_of_nodes(), index)
        return index

    def lookup(self, key: str) -> list[Any]:
        return list(self._index().get(key, []))

    def by_id(self, node_id: str) -> Any | None:
        return node_id if node_id in self.g else None

    def nodes(self, handles: Iterable[Any]) -> dict[Any, NodeRecord]:
        return {h: self._record(h) for h in handles}

    def _record(self, h: str) -> NodeRecord:
        data = self.g.nodes[h]
        return NodeRecord(
            id=h, **{f: data.get(f) for f in _NODE_FIELDS if data.get(f) is not None},
            sources=list(data.get("sources") or []), aliases=list(data.get("aliases") or []),
            mentions=data.get("mentions") or 0,
            in_degree=len(set(self.g.predecessors(h))), out_degree=len(set(self.g.successors(h))),
        )

    def neighbours(self, handles: Sequence[Any], direction: str,
                   relations: Collection[str] | None) -> list[Neighbour]:
        out: list[Neighbour] = []
        for h in handles:
            edges = self.g.in_edges(h, keys=True, data="mentions") if direction == "down" else \
                self.g.out_edges(h, keys=True, data="mentions")
            for s, d, rel, mentions in edges:
                if relations is None or rel in relations:
                    out.append((h, s if direction == "down" else d, rel, mentions or 0))
        return out

    def edge_records(self, handle: Any, direction: str) -> list[EdgeRecord]:
        edges = self.g.in_edges(handle, keys=True, data=True) if direction == "in" else \
            self.g.out_edges(handle, keys=True, data=True)
        return [_edge_record(s, d, data) for s, d, _, data in edges]

    def conflicts(self) -> list[Conflict]:
        return [Conflict.model_validate(c) for c in self.g.graph.get("conflicts", [])]

    def stats(self) -> GraphStats:
        return GraphStats.model_validate(self.g.graph.get("stats") or {
            "nodes": self.g.number_of_nodes(), "edges": self.g.number_of_edges()})

    def top_cited(self, n: int, kind: str | None) -> list[NodeRecord]:
        chosen = [h for h, k in self.g.nodes(data="kind") if kind is None or k == kind]
        records = [self._record(h) for h in chosen]
        records.sort(key=lambda r: (-r.in_degree, -r.mentions, r.id))
        return records[:n] if n else records


def _build_index(g: Any) -> dict[str, list[str]]:
    from pathlib import PurePath

    from vanban.graph.identity import file_stem
    from vanban.symbols import symbol_key

    index: dict[str, list[str]] = {}
    for h, data in g.nodes(data=True):
        keys = {data.get("key") or "", h.casefold(), symbol_key(h)}
        for src in data.get("sources") or []:
            keys |= {PurePath(src).name.casefold(), file_stem(src).casefold()}
        for key in keys - {""}:
            index.setdefault(key, []).append(h)
    return index


def _edge_record(s: str, d: str, data: dict[str, Any]) -> EdgeRecord:
    return EdgeRecord(
        source=s, target=d, relation=data["relation"], mentions=data.get("mentions") or 0,
        date=data.get("date"), snippet=data.get("snippet") or "",
        method=data.get("method") or "text_layer", confidence=data.get("confidence") or 1.0,
        provenance=[Provenance(**p) for p in data.get("provenance") or []],
    )


# ---- SQLite ---------------------------------------------------------------------------------------

_CHUNK = 500


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


class StoreBackend:
    """Queries over the ``graph_*`` tables of a store (see ``vanban.graph.persist``)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.c = conn

    def lookup(self, key: str) -> list[Any]:
        rows = self.c.execute("SELECT DISTINCT nid FROM graph_keys WHERE key = ?", (key,))
        return [r[0] for r in rows]

    def by_id(self, node_id: str) -> Any | None:
        row = self.c.execute("SELECT nid FROM graph_nodes WHERE id = ?", (node_id,)).fetchone()
        return row[0] if row else None

    def nodes(self, handles: Iterable[Any]) -> dict[Any, NodeRecord]:
        out: dict[Any, NodeRecord] = {}
        wanted = list(dict.fromkeys(handles))
        for part in _chunks(wanted):
            marks = ",".join("?" * len(part))
            rows = self.c.execute(
                f"SELECT nid, id, {', '.join(_NODE_FIELDS)}, sources, aliases, mentions, "
                f"in_degree, out_degree FROM graph_nodes WHERE nid IN ({marks})", part)
            for row in rows:
                out[row[0]] = _node_from_row(row)
        return out

    def neighbours(self, handles: Sequence[Any], direction: str,
                   relations: Collection[str] | None) -> list[Neighbour]:
        near, far = ("dst", "src") if direction == "down" else ("src", "dst")
        rel_sql, rel_args = "", []
        if relations is not None:
            rel_args = sorted(relations)
            rel_sql = f" AND relation IN ({','.join('?' * len(rel_args))})"
        out: list[Neighbour] = []
        for part in _chunks(list(handles)):
            sql = (f"SELECT {near}, {far}, relation, mentions FROM graph_edges "
                   f"WHERE {near} IN ({','.join('?' * len(part))}){rel_sql}")
            out.extend(self.c.execute(sql, [*part, *rel_args]))
        return out

    def edge_records(self, handle: Any, direction: str) -> list[EdgeRecord]:
        near = "dst" if direction == "in" else "src"
        rows = self.c.execute(
            "SELECT e.eid, s.id, d.id, e.relation, e.mentions, e.date, e.snippet, e.method, "
            "e.confidence FROM graph_edges e JOIN graph_nodes s ON s.nid = e.src "
            f"JOIN graph_nodes d ON d.nid = e.dst WHERE e.{near} = ?", (handle,)).fetchall()
        prov: dict[int, list[Provenance]] = {}
        for part in _chunks([r[0] for r in rows]):
            for eid, *rest in self.c.execute(
                    f"SELECT * FROM graph_provenance WHERE eid IN ({','.join('?' * len(part))})",
                    part):
                prov.setdefault(eid, []).append(Provenance(**dict(zip(
                    ("file", "page", "start", "end", "snippet", "method"), rest, strict=True))))
        return [EdgeRecord(source=s, target=d, relation=rel, mentions=m, date=date,
                           snippet=snip or "", method=method, confidence=conf,
                           provenance=prov.get(eid, []))
                for eid, s, d, rel, m, date, snip, method, conf in rows]

    def conflicts(self) -> list[Conflict]:
        rows = self.c.execute("SELECT record FROM graph_conflicts UNION ALL "
                              "SELECT record FROM graph_ambiguities")
        return [Conflict.model_validate_json(r) for (r,) in rows]

    def stats(self) -> GraphStats:
        row = self.c.execute("SELECT value FROM graph_meta WHERE key = 'stats'").fetchone()
        return GraphStats.model_validate_json(row[0]) if row else GraphStats()

    def top_cited(self, n: int, kind: str | None) -> list[NodeRecord]:
        where = "WHERE kind = ?" if kind else ""
        limit = f"LIMIT {int(n)}" if n else ""
        rows = self.c.execute(
            f"SELECT nid, id, {', '.join(_NODE_FIELDS)}, sources, aliases, mentions, in_degree, "
            f"out_degree FROM graph_nodes {where} ORDER BY in_degree DESC, mentions DESC, id "
            f"{limit}", (kind,) if kind else ())
        return [_node_from_row(r) for r in rows]


def _node_from_row(row: Sequence[Any]) -> NodeRecord:
    fields = {f: v for f, v in zip(_NODE_FIELDS, row[2:11], strict=True) if v is not None}
    return NodeRecord(id=row[1], **fields, sources=json.loads(row[11]),
                      aliases=json.loads(row[12]), mentions=row[13], in_degree=row[14],
                      out_degree=row[15])


def backend_for(source: Any) -> Backend:
    """The backend of a graph, or of a store (whose persisted graph is refreshed if stale)."""
    if hasattr(source, "conn") and hasattr(source, "documents_fingerprint"):
        from vanban.graph.persist import ensure_current

        ensure_current(source)
        return StoreBackend(source.conn)
    if hasattr(source, "in_edges"):
        return GraphBackend(source)
    raise TypeError(f"not a graph or a store: {type(source).__name__}")
