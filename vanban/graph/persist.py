"""The graph in the store's own SQLite file (tables ``graph_*``), rebuilt when documents change.

Queries read these tables directly (``vanban.graph.backend``), so that a CLI command answers
without loading the whole graph. Nodes get integer ids (``nid``) inside the tables; the public
id (``graph_nodes.id``) is the stable text id of ``vanban.graph.identity.node_id``.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
import weakref
from collections import Counter
from collections.abc import Iterator
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vanban.graph.docview import DocView, from_json, from_parsed
from vanban.graph.records import GraphStats

if TYPE_CHECKING:
    import networkx as nx

    from vanban.graph.assemble import GraphData
    from vanban.store import Store

log = logging.getLogger(__name__)

GRAPH_SCHEMA = "1"

_TABLES = """
CREATE TABLE graph_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE graph_nodes (
    nid INTEGER PRIMARY KEY, id TEXT NOT NULL, key TEXT, symbol TEXT, doc_type TEXT,
    issuer TEXT, date TEXT, title TEXT, term TEXT, locality TEXT, scope TEXT, kind TEXT NOT NULL,
    sources TEXT NOT NULL, aliases TEXT NOT NULL, mentions INTEGER NOT NULL,
    in_degree INTEGER NOT NULL, out_degree INTEGER NOT NULL
);
CREATE TABLE graph_keys (key TEXT NOT NULL, nid INTEGER NOT NULL);
CREATE TABLE graph_edges (
    eid INTEGER PRIMARY KEY, src INTEGER NOT NULL, dst INTEGER NOT NULL, relation TEXT NOT NULL,
    mentions INTEGER NOT NULL, method TEXT NOT NULL, confidence REAL NOT NULL, date TEXT,
    snippet TEXT
);
CREATE TABLE graph_provenance (
    eid INTEGER NOT NULL, file TEXT NOT NULL, page INTEGER, start INTEGER, "end" INTEGER,
    snippet TEXT, method TEXT
);
CREATE TABLE graph_conflicts (
    cid INTEGER PRIMARY KEY, node TEXT, symbol TEXT NOT NULL, field TEXT NOT NULL,
    kind TEXT NOT NULL, record TEXT NOT NULL
);
CREATE TABLE graph_ambiguities (
    aid INTEGER PRIMARY KEY, symbol TEXT NOT NULL, candidates TEXT NOT NULL, record TEXT NOT NULL
);
"""

_INDEXES = """
CREATE UNIQUE INDEX graph_nodes_id ON graph_nodes(id);
CREATE INDEX graph_nodes_cited ON graph_nodes(in_degree);
CREATE INDEX graph_keys_key ON graph_keys(key);
CREATE INDEX graph_edges_src ON graph_edges(src, relation);
CREATE INDEX graph_edges_dst ON graph_edges(dst, relation);
CREATE INDEX graph_provenance_eid ON graph_provenance(eid);
"""

_NAMES = ("graph_meta", "graph_nodes", "graph_keys", "graph_edges", "graph_provenance",
          "graph_conflicts", "graph_ambiguities")


def _parsed_views(store: Store) -> Iterator[DocView]:
    """Every stored document as a view, read from its JSON without model validation."""
    from vanban.graph.readpool import pooled_views, should_pool

    try:
        span = should_pool(store.conn, store.path)
        rows = store.conn.execute("SELECT parsed FROM documents")  # any order gives one graph
    except sqlite3.Error:  # a store without that column: go through the public API
        yield from (from_parsed(d) for d in store.iter_parsed())
        return
    if span is not None:  # a large store: decoded by worker processes, in rowid order
        rows.close()
        yield from pooled_views(store.path, *span)
        return
    for (parsed,) in rows:
        yield from_json(json.loads(parsed))


def stored_meta(conn: sqlite3.Connection) -> dict[str, str]:
    """The graph's meta table ({} when the graph was never built)."""
    try:
        return dict(conn.execute("SELECT key, value FROM graph_meta").fetchall())
    except sqlite3.OperationalError:
        return {}


def is_current(store: Store) -> bool:
    """Whether the persisted graph was built from the store's current documents."""
    meta = stored_meta(store.conn)
    return (meta.get("schema") == GRAPH_SCHEMA
            and meta.get("fingerprint") == store.documents_fingerprint())


def refresh(store: Store, *, force: bool = False) -> GraphStats:
    """Rebuild the persisted graph when the store's documents changed since the last build.

    Args:
        store: An open store.
        force: Rebuild even when the fingerprint is unchanged.

    Returns:
        The graph's counts (read back from the store when nothing changed).
    """
    from vanban.graph.build import build_data

    fingerprint = store.documents_fingerprint()
    meta = stored_meta(store.conn)
    if not force and meta.get("schema") == GRAPH_SCHEMA and meta.get("fingerprint") == fingerprint:
        return GraphStats.model_validate_json(meta["stats"])
    started = time.perf_counter()
    from vanban.graph.assemble import paused_gc

    with paused_gc():
        data = build_data(_parsed_views(store))
    data.stats.fingerprint = fingerprint
    data.stats.seconds = round(time.perf_counter() - started, 3)  # read + build
    write_graph(store, data)
    log.info("graph rebuilt: %d nodes, %d edges in %.2fs (%.2fs with writing)", data.stats.nodes,
             data.stats.edges, data.stats.seconds, time.perf_counter() - started)
    return data.stats


def _degrees(data: GraphData) -> tuple[Counter[int], Counter[int]]:
    """Distinct citing (in) and cited (out) neighbours per node, counted in C."""
    size = len(data.nodes)
    pairs = set(map(int.__add__, map(size.__mul__, data.edge_src), data.edge_dst))  # src*N+dst
    return (Counter(map(int.__mod__, pairs, repeat(size))),
            Counter(map(int.__floordiv__, pairs, repeat(size))))


_encode_string = json.encoder.encode_basestring  # type: ignore[attr-defined]


def _json_strings(values: list[str]) -> str:
    """``json.dumps(values, ensure_ascii=False)`` of a list of strings, without the encoder's
    per-call set-up (a few hundred thousand small lists are written per build)."""
    return "[" + ", ".join(map(_encode_string, values)) + "]"


def _node_rows(data: GraphData) -> Iterator[tuple[Any, ...]]:
    ins, outs = _degrees(data)
    for n, d in enumerate(data.nodes):
        yield (n, d["id"], d["key"], d["symbol"], d["doc_type"], d["issuer"], d["date"],
               d["title"], d["term"], d["locality"], d["scope"], d["kind"],
               _json_strings(d["sources"]), _json_strings(d["aliases"]), d["mentions"],
               ins.get(n, 0), outs.get(n, 0))


def write_graph(store: Store, data: GraphData) -> None:
    """Replace the graph tables with ``data`` in one transaction (readers see old or new)."""
    from vanban.graph.assemble import paused_gc

    with paused_gc(), store.transaction() as c:
        for name in _NAMES:
            c.execute(f"DROP TABLE IF EXISTS {name}")
        for statement in _TABLES.strip().split(";"):
            if statement.strip():
                c.execute(statement)
        c.executemany("INSERT INTO graph_nodes VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                      _node_rows(data))
        c.executemany("INSERT INTO graph_keys VALUES (?,?)", data.keys)
        c.executemany(
            "INSERT INTO graph_edges VALUES (?,?,?,?,?,?,?,?,?)",
            ((e, s, d, r, *x) for e, (s, d, r, x) in enumerate(
                zip(data.edge_src, data.edge_dst, data.edge_rel, data.edge_rows(), strict=True))),
        )
        c.executemany("INSERT INTO graph_provenance VALUES (?,?,?,?,?,?,?)",
                      (row[:7] for row in data.prov))
        _write_conflicts(c, data)
        for statement in _INDEXES.strip().split(";"):
            if statement.strip():
                c.execute(statement)
        meta = {"schema": GRAPH_SCHEMA, "fingerprint": data.stats.fingerprint or "",
                "stats": data.stats.model_dump_json(), "built_at": time.strftime("%FT%T")}
        c.executemany("INSERT INTO graph_meta VALUES (?,?)", meta.items())


def _write_conflicts(c: sqlite3.Connection, data: GraphData) -> None:
    plain = [x for x in data.conflicts if x["kind"] != "ambiguous"]
    sets = [x for x in data.conflicts if x["kind"] == "ambiguous"]
    c.executemany("INSERT INTO graph_conflicts VALUES (?,?,?,?,?,?)",
                  ((i, x["node"], x["symbol"], x["field"], x["kind"],
                    json.dumps(x, ensure_ascii=False)) for i, x in enumerate(plain)))
    c.executemany("INSERT INTO graph_ambiguities VALUES (?,?,?,?)",
                  ((i, x["symbol"], json.dumps(x["candidates"], ensure_ascii=False),
                    json.dumps(x, ensure_ascii=False)) for i, x in enumerate(sets)))


_CHECKED: weakref.WeakKeyDictionary[Any, tuple[int, int]] = weakref.WeakKeyDictionary()


def _mark(store: Store) -> tuple[int, int]:
    """Changes to the file by other connections (data_version) and by this one (total_changes)."""
    return store.conn.execute("PRAGMA data_version").fetchone()[0], store.conn.total_changes


def ensure_current(store: Store) -> None:
    """Refresh the persisted graph if it is missing or stale.

    The fingerprint is computed once per open store and again only after the file changed, so
    that repeated queries on one store do not rehash the document table.
    """
    if _CHECKED.get(store) == _mark(store):
        return
    if not is_current(store):
        refresh(store)
    _CHECKED[store] = _mark(store)


def load_graph(store_or_path: Store | str | Path) -> nx.MultiDiGraph:
    """The whole graph as a networkx MultiDiGraph, from the store's tables (refreshed if stale).

    Args:
        store_or_path: An open store, or the path of a store file.

    Returns:
        The same graph :func:`vanban.graph.build_graph` gives for the stored documents.
    """
    from vanban.store import Store, open_store

    from vanban.graph.assemble import paused_gc

    if isinstance(store_or_path, Store):
        ensure_current(store_or_path)
        with paused_gc():
            return _read_networkx(store_or_path.conn)
    with open_store(store_or_path) as store:
        ensure_current(store)
        with paused_gc():
            return _read_networkx(store.conn)


_NODE_COLUMNS = ("key", "symbol", "doc_type", "issuer", "date", "title", "term", "locality",
                 "scope", "kind")
_PROVENANCE_COLUMNS = ("file", "page", "start", "end", "snippet", "method")


def stored_nodes(conn: sqlite3.Connection) -> Iterator[tuple[int, str, dict[str, Any]]]:
    """``(nid, id, attributes)`` of every stored node, in node order, one row at a time."""
    rows = conn.execute(f"SELECT nid, id, {', '.join(_NODE_COLUMNS)}, sources, aliases, mentions "
                        "FROM graph_nodes ORDER BY nid")
    for row in rows:
        attrs = dict(zip(_NODE_COLUMNS, row[2:12], strict=True))
        attrs.update(sources=json.loads(row[12]), aliases=json.loads(row[13]), mentions=row[14])
        yield row[0], row[1], attrs


def stored_edges(conn: sqlite3.Connection, ids: dict[int, str]
                 ) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """``(source id, target id, relation, attributes)`` of every stored edge, in edge order,
    each with its provenance (read alongside through the ``eid`` index, never all at once)."""
    provenance = conn.execute("SELECT * FROM graph_provenance ORDER BY eid, rowid")
    pending = next(provenance, None)
    for eid, s, d, rel, mentions, method, conf, date, snippet in conn.execute(
            "SELECT * FROM graph_edges ORDER BY eid"):
        found = []
        while pending is not None and pending[0] <= eid:
            if pending[0] == eid:
                found.append(dict(zip(_PROVENANCE_COLUMNS, pending[1:], strict=True)))
            pending = next(provenance, None)
        yield ids[s], ids[d], rel, {"relation": rel, "provenance": found, "mentions": mentions,
                                    "confidence": conf, "date": date, "snippet": snippet,
                                    "method": method}


def stored_graph_attributes(conn: sqlite3.Connection) -> dict[str, Any]:
    """The graph's own attributes: conflicts and ambiguity sets (as records), stats."""
    return {"conflicts": [json.loads(r) for (r,) in conn.execute(
                "SELECT record FROM graph_conflicts UNION ALL SELECT record FROM graph_ambiguities")],
            "stats": json.loads(stored_meta(conn)["stats"])}  # fmt: skip


def _read_networkx(conn: sqlite3.Connection) -> nx.MultiDiGraph:
    import networkx as nx

    g = nx.MultiDiGraph()
    ids: dict[int, str] = {}
    for nid, node, attrs in stored_nodes(conn):
        ids[nid] = node
        g.add_node(node, **attrs)
    for u, v, rel, attrs in stored_edges(conn, ids):
        g.add_edge(u, v, key=rel, **attrs)
    g.graph.update(stored_graph_attributes(conn))
    return g
