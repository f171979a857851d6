"""Exports: GraphML, GEXF, node-link JSON, CSV, DOT/Mermaid of one lineage, HTML and SVG pictures.

Every file is written atomically: to a temporary file in the same folder, then ``os.replace``,
so a killed export never leaves half a file. GraphML and GEXF get scalar attributes only, from
one :func:`to_exportable` step (lists -> ";"-joined, dates -> ISO, provenance -> JSON, None
dropped). GraphML node ids must be XML name tokens, so nodes are written as ``n0, n1, …`` with
the real id in the ``node_id`` attribute and the symbol in ``label`` (what Gephi and Cytoscape
show).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

import networkx as nx
import regex

from vanban.graph.gexf import write_gexf
from vanban.graph.graphml import write_graphml

if TYPE_CHECKING:
    from vanban.store import Store

ExportFormat = Literal["graphml", "gexf", "json", "csv", "dot", "mermaid", "html", "svg"]
FORMATS: tuple[str, ...] = ("graphml", "gexf", "json", "csv", "dot", "mermaid", "html", "svg")
_XML_BAD = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path next to ``path``; renamed onto ``path`` only if the block succeeds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; give the file the usual mode
    try:
        yield Path(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_atomic(path: Path, write: Callable[[IO[str]], None]) -> Path:
    """Write a text file atomically with ``write(handle)``."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        write(fh)
    return path


def _scalar(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple | set) and all(isinstance(v, str) for v in value):
        return _XML_BAD.sub(" ", ";".join(value))
    if isinstance(value, dict | list | tuple | set):
        return _XML_BAD.sub(" ", json.dumps(value, ensure_ascii=False, default=str))
    return _XML_BAD.sub(" ", str(value))


def _scalars(data: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in data.items():
        s = _scalar(v)
        if s is not None and s != "":
            out[k] = s
    return out


def _files(data: dict[str, Any]) -> list[str]:
    """The files an edge's provenance names, sorted."""
    return sorted({p["file"] for p in data.get("provenance") or []})


def to_exportable(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``graph`` whose attributes are all str/int/float/bool (the one coercion step).

    Nodes also get ``label`` (symbol, or id); edges get ``files`` (the files behind them).
    """
    out = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        out.add_node(node, **_node_row(node, data))
    for u, v, key, data in graph.edges(keys=True, data=True):
        out.add_edge(u, v, key=key, **_edge_row(data))
    if "stats" in graph.graph:
        out.graph["stats"] = _scalar(graph.graph["stats"])
    return out


def read_graphml(path: str | Path) -> nx.MultiDiGraph:
    """Read a vanban GraphML export back with the original node ids and relation keys."""
    raw = nx.read_graphml(path, force_multigraph=True)
    out = nx.MultiDiGraph(**raw.graph)
    for _, data in raw.nodes(data=True):
        out.add_node(data["node_id"], **{k: v for k, v in data.items() if k != "node_id"})
    for u, v, data in raw.edges(data=True):
        out.add_edge(raw.nodes[u]["node_id"], raw.nodes[v]["node_id"], key=data["relation"],
                     **data)
    return out


# ---- the data formats ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Elements:
    """Fresh iterators over a graph's nodes and edges, from a networkx graph or the store's
    tables: the data formats stream from either without building anything in between."""

    nodes: Callable[[], Iterable[tuple[str, dict[str, Any]]]]
    edges: Callable[[], Iterable[tuple[str, str, str, dict[str, Any]]]]
    stats: dict[str, Any] | None
    """The graph's statistics (the only graph attribute the data formats carry)."""

    @classmethod
    def of_graph(cls, graph: nx.MultiDiGraph) -> _Elements:
        return cls(lambda: graph.nodes(data=True), lambda: graph.edges(keys=True, data=True),
                   graph.graph.get("stats"))

    @classmethod
    def of_store(cls, conn: sqlite3.Connection) -> _Elements:
        from vanban.graph.persist import stored_edges, stored_meta, stored_nodes

        ids = dict(conn.execute("SELECT nid, id FROM graph_nodes"))
        return cls(lambda: ((node, attrs) for _, node, attrs in stored_nodes(conn)),
                   lambda: stored_edges(conn, ids), json.loads(stored_meta(conn)["stats"]))


def _node_row(node: str, data: dict[str, Any]) -> dict[str, Any]:
    return {**_scalars(data), "label": data.get("symbol") or node}


def _edge_row(data: dict[str, Any]) -> dict[str, Any]:
    return {**_scalars(data), "files": _scalar(_files(data))}


def _graphml(elements: _Elements, path: Path) -> list[Path]:
    """Streamed (:mod:`vanban.graph.graphml`): nodes ``n0…`` with the real id in ``node_id``,
    edges ``e0…``; attributes coerced one element at a time, never a copy of the graph."""
    names: dict[str, str] = {}

    def nodes() -> Iterator[tuple[str, dict[str, Any]]]:
        for node, data in elements.nodes():
            names[node] = name = f"n{len(names)}"
            yield name, {"node_id": node, **_node_row(node, data)}

    edges = ((names[u], names[v], f"e{i}", _edge_row(data))
             for i, (u, v, _, data) in enumerate(elements.edges()))
    stats = {"stats": _scalar(elements.stats)} if elements.stats is not None else {}
    write_atomic(path, lambda fh: write_graphml(fh, nodes(), edges, stats))
    return [path]


def _gexf(elements: _Elements, path: Path) -> list[Path]:
    """Streamed (:mod:`vanban.graph.gexf`): real node ids, the symbol as label; edges labelled
    with their relation and weighted by their mentions."""

    def nodes() -> Iterator[tuple[str, str, dict[str, Any]]]:
        for node, data in elements.nodes():
            row = _node_row(node, data)
            yield node, row.pop("label"), row

    def edges() -> Iterator[tuple[str, str, str, str, float | None, dict[str, Any]]]:
        for i, (u, v, key, data) in enumerate(elements.edges()):
            row = _edge_row(data)
            weight = row.get("mentions")
            yield u, v, f"e{i}", str(row.get("relation", key)), weight, row

    write_atomic(path, lambda fh: write_gexf(fh, nodes(), edges()))
    return [path]


def _json(graph: nx.MultiDiGraph, path: Path) -> list[Path]:
    data = nx.node_link_data(graph, edges="edges")
    return [write_atomic(path, lambda fh: json.dump(data, fh, ensure_ascii=False, default=str))]


def _csv(elements: _Elements, path: Path) -> list[Path]:
    """Two streamed passes: the columns (every attribute any row has), then the rows."""
    stem = path.with_suffix("") if path.suffix == ".csv" else path
    nodes_path = stem.with_name(stem.name + ".nodes.csv")
    edges_path = stem.with_name(stem.name + ".edges.csv")
    node_keys: set[str] = set()
    for node, data in elements.nodes():
        node_keys.update(_node_row(node, data))
    edge_keys: set[str] = set()
    for *_, data in elements.edges():
        edge_keys.update(_edge_row(data))
    node_cols = ["id", *sorted(node_keys)]
    edge_cols = ["source", "target", "relation", *sorted(edge_keys - {"relation"})]

    def nodes(fh: IO[str]) -> None:
        w = csv.DictWriter(fh, node_cols)
        w.writeheader()
        w.writerows({"id": n, **_node_row(n, d)} for n, d in elements.nodes())

    def edges(fh: IO[str]) -> None:
        w = csv.DictWriter(fh, edge_cols)
        w.writeheader()
        w.writerows({"source": u, "target": v, **_edge_row(d)} for u, v, _, d in elements.edges())

    return [write_atomic(nodes_path, nodes), write_atomic(edges_path, edges)]


_STREAMED: dict[str, Callable[[_Elements, Path], list[Path]]] = {
    "graphml": _graphml, "gexf": _gexf, "csv": _csv}
"""The data formats written as streams, from a networkx graph or from the store's tables."""


# ---- one lineage -----------------------------------------------------------------------------------


def lineage_subgraph(graph: nx.MultiDiGraph, ref: str, *, direction: str = "down",
                     depth: int | None = None) -> nx.MultiDiGraph:
    """The nodes of one lineage and the edges of its tree (citing -> cited), with attributes."""
    from vanban.graph.queries import lineage

    tree = lineage(graph, ref, direction=direction, depth=depth)  # type: ignore[arg-type]
    sub = nx.MultiDiGraph(root=tree.node.id, direction=direction)
    stack = [tree]
    while stack:
        t = stack.pop()
        sub.add_node(t.node.id, **graph.nodes[t.node.id], depth=0)
        for child in t.children:
            sub.add_node(child.node.id, **graph.nodes[child.node.id])
            u, v = (child.node.id, t.node.id) if direction == "down" else (t.node.id, child.node.id)
            for rel in child.relations:
                sub.add_edge(u, v, key=rel, **graph.edges[u, v, rel])
            stack.append(child)
    levels = nx.single_source_shortest_path_length(
        sub.reverse(copy=False) if direction == "down" else sub, tree.node.id)
    for node, level in levels.items():
        sub.nodes[node]["depth"] = level
    return sub


def _label(graph: nx.MultiDiGraph, node: str) -> str:
    data = graph.nodes[node]
    bits = [data.get("symbol") or node]
    if data.get("date"):
        bits.append(str(data["date"]))
    if data.get("locality"):
        bits.append(data["locality"])
    return " · ".join(bits)


def _dot(sub: nx.MultiDiGraph, path: Path) -> list[Path]:
    names = {node: f"n{i}" for i, node in enumerate(sub)}

    def q(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    def write(fh: IO[str]) -> None:
        fh.write(f"digraph lineage {{\n  rankdir=BT;\n  node [shape=box, style=rounded];\n")
        for node in sub:
            style = ", style=\"rounded,dashed\"" if sub.nodes[node].get("kind") == "cited" else ""
            fh.write(f"  {names[node]} [label={q(_label(sub, node))}, tooltip={q(node)}{style}];\n")
        for u, v, rel in sub.edges(keys=True):
            fh.write(f"  {names[u]} -> {names[v]} [label={q(rel)}];\n")
        fh.write("}\n")

    return [write_atomic(path, write)]


def _mermaid(sub: nx.MultiDiGraph, path: Path) -> list[Path]:
    names = {node: f"n{i}" for i, node in enumerate(sub)}

    def q(text: str) -> str:
        return '"' + text.replace('"', "#quot;") + '"'

    def write(fh: IO[str]) -> None:
        fh.write("flowchart BT\n")
        for node in sub:
            fh.write(f"  {names[node]}[{q(_label(sub, node))}]\n")
        for u, v, rel in sub.edges(keys=True):
            fh.write(f"  {names[u]} -->|{rel}| {names[v]}\n")
        cited = [names[n] for n, k in sub.nodes(data="kind") if k == "cited"]
        if cited:
            fh.write("  classDef cited stroke-dasharray: 4 3\n")
            fh.write(f"  class {','.join(cited)} cited\n")

    return [write_atomic(path, write)]


def export_graph(
    graph: nx.MultiDiGraph,
    path: str | Path,
    fmt: ExportFormat,
    *,
    ref: str | None = None,
    direction: Literal["up", "down"] = "down",
    depth: int | None = None,
) -> list[Path]:
    """Write the graph, or one document's lineage, in ``fmt``; every file atomically.

    Args:
        graph: A graph from :func:`build_graph` or :func:`load_graph`.
        path: Output file (CSV writes ``<stem>.nodes.csv`` and ``<stem>.edges.csv``).
        fmt: graphml, gexf, json, csv (whole graph, or the lineage with ``ref``); dot,
            mermaid, svg (one lineage: ``ref`` required); html (whole graph or lineage).
        ref: The document whose lineage to export.
        direction: Lineage direction ("down" = what implements it).
        depth: Lineage depth (None = all).

    Returns:
        The files written.
    """
    from vanban.errors import VanbanError

    path = Path(path)
    if fmt not in FORMATS:
        raise VanbanError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt in ("dot", "mermaid", "svg") and ref is None:
        raise VanbanError(f"--format {fmt} draws one lineage: give the document with --ref")
    chosen = lineage_subgraph(graph, ref, direction=direction, depth=depth) if ref else graph
    if fmt in ("html", "svg"):
        from vanban.graph.picture import write_html, write_svg

        return [(write_html if fmt == "html" else write_svg)(chosen, path)]
    if fmt in _STREAMED:
        return _STREAMED[fmt](_Elements.of_graph(chosen), path)
    writer = {"json": _json, "dot": _dot, "mermaid": _mermaid}[fmt]
    return writer(chosen, path)


def export_store(
    store: Store,
    path: str | Path,
    fmt: ExportFormat,
    *,
    ref: str | None = None,
    direction: Literal["up", "down"] = "down",
    depth: int | None = None,
) -> list[Path]:
    """:func:`export_graph` of the store's graph (refreshed if stale), the same files.

    The whole graph as GraphML, GEXF or CSV streams straight from the store's tables, so memory
    stays flat however large the graph; other formats and lineages go through
    :func:`load_graph`.
    """
    from vanban.graph.persist import ensure_current, load_graph

    if ref is None and fmt in _STREAMED:
        ensure_current(store)
        return _STREAMED[fmt](_Elements.of_store(store.conn), Path(path))
    return export_graph(load_graph(store), path, fmt, ref=ref, direction=direction, depth=depth)
