"""Questions researchers ask of the graph: lineage, who cites what, conflicts, lags, orphans.

Every function takes ``source``: a graph from :func:`vanban.graph.build_graph` /
:func:`vanban.graph.load_graph`, or an open :class:`~vanban.store.Store` (answered from its
tables, without loading the graph). References are typed as a user would ("25/NQ-TW",
"nghị quyết 25-NQ/TW", a node id such as "18-NQ/TW@XII", or a file name).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any, Literal

from vanban.errors import AmbiguousReference, ParseError, ReferenceNotFound
from vanban.graph.backend import Backend, backend_for
from vanban.graph.gcpause import paused_gc
from vanban.graph.records import (
    Conflict, EdgeRecord, GraphStats, Lag, LineageTree, NodeRecord,
)
from vanban.models import RELATIONS
from vanban.symbols import symbol_key

_RANK = {rel: i for i, rel in enumerate(RELATIONS)}


# ---- references ------------------------------------------------------------------------------


def _typed(ref: str) -> tuple[str | None, str | None, dt.date | None]:
    """(symbol key, doc_type, date) of a typed reference; key None when it holds no symbol."""
    try:
        from vanban.parse import parse_reference
    except ImportError:  # pragma: no cover - the parser is part of the package
        return symbol_key(ref), None, None
    try:
        q = parse_reference(ref)
    except ParseError:
        return None, None, None
    return symbol_key(q.symbol), q.doc_type, q.date


def _fits_date(node: NodeRecord, date: dt.date) -> bool:
    from vanban.graph.terms import central_term

    if node.date == date:
        return True
    return node.term in (central_term(date), str(date.year)) or node.id.endswith(f"@{date.year}")


def _resolve(b: Backend, ref: str) -> Any:
    exact = b.by_id(ref.strip())
    if exact is not None:
        return exact
    key, doc_type, date = _typed(ref)
    found = list(dict.fromkeys([*(b.lookup(key) if key else []),
                                *b.lookup(ref.strip().casefold())]))
    if len(found) > 1:
        records = b.nodes(found)
        if date is not None:
            found = [h for h in found if _fits_date(records[h], date)] or found
        if len(found) > 1 and doc_type:
            typed = [h for h in found if (records[h].doc_type or doc_type) == doc_type]
            found = typed or found
        if len(found) > 1:
            raise AmbiguousReference(ref, sorted(records[h].id for h in found))
    if not found:
        raise ReferenceNotFound(f"{ref}: no document with this number or name in the graph")
    return found[0]


def resolve(source: Any, ref: str) -> str:
    """The node id a typed reference names.

    Raises:
        ReferenceNotFound: no node fits.
        AmbiguousReference: several nodes fit (``candidates`` lists their ids).
    """
    b = backend_for(source)
    handle = _resolve(b, ref)
    return b.nodes([handle])[handle].id


# ---- lineage -------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Entry:
    handle: Any
    parent: _Entry | None
    relations: list[str] = field(default_factory=list)
    mentions: int = 0
    cycle: bool = False
    repeated: bool = False
    children: list[_Entry] = field(default_factory=list)

    def on_path(self, handle: Any) -> bool:
        entry: _Entry | None = self
        while entry is not None:
            if entry.handle == handle:
                return True
            entry = entry.parent
        return False


def _rank(relation: str) -> int:
    return _RANK.get(relation, 99)


def _expand(b: Backend, frontier: list[_Entry], direction: str,
            relations: Collection[str] | None, expanded: set[Any],
            room: float = float("inf")) -> tuple[list[_Entry], bool]:
    """The next level: children of ``frontier``, the new ones to expand (at most ``room``),
    and whether some were left out for want of room."""
    by_from: dict[Any, dict[Any, _Entry]] = {}
    entries = {e.handle: e for e in frontier}
    for near, far, rel, mentions in b.neighbours(list(entries), direction, relations):
        kids = by_from.setdefault(near, {})
        child = kids.get(far)
        if child is None:
            child = kids[far] = _Entry(far, entries[near])
        child.relations.append(rel)
        child.mentions += mentions
    nxt, left_out = [], False
    for parent in frontier:
        for child in by_from.get(parent.handle, {}).values():
            if len(child.relations) > 1:
                child.relations.sort(key=_rank)
            # Every handle on a path was expanded, so only an expanded one can close a cycle.
            if child.handle in expanded:
                if parent.on_path(child.handle):
                    child.cycle = True
                else:
                    child.repeated = True
            elif len(nxt) >= room:
                left_out = True  # over the size limit (the tree says it is truncated)
                continue
            else:
                expanded.add(child.handle)
                nxt.append(child)
            parent.children.append(child)
    return nxt, left_out


def _tree_key(t: LineageTree) -> tuple[int, str, str]:
    return _RANK.get(t.relation or "", 99), str(t.node.date or ""), t.node.id


def _tree(entry: _Entry, records: dict[Any, NodeRecord]) -> LineageTree:
    kids = [_tree(c, records) for c in entry.children]
    if len(kids) > 1:
        kids.sort(key=_tree_key)
    return LineageTree(
        node=records[entry.handle], relation=entry.relations[0] if entry.relations else None,
        relations=entry.relations, mentions=entry.mentions, cycle=entry.cycle,
        repeated=entry.repeated, children=kids,
    )


def _walk(b: Backend, root: Any, direction: str, depth: int | None,
          relations: Collection[str] | None, max_nodes: int | None = None) -> tuple[_Entry, bool]:
    """The lineage's entries from ``root``, and whether ``max_nodes`` cut it short."""
    top = _Entry(root, None)
    frontier, expanded, level = [top], {root}, 0
    while frontier and (depth is None or level < depth):
        room = float("inf") if max_nodes is None else max_nodes - len(expanded)
        frontier, left_out = _expand(b, frontier, direction, relations, expanded, room)
        if left_out:
            return top, True
        level += 1
    return top, False


def _unlink(entry: _Entry) -> None:
    """Break the entries' parent/child cycles, so that refcounting frees them at once rather
    than a later collector pass over a large tree (tens of ms on the next, small query)."""
    stack = [entry]
    while stack:
        e = stack.pop()
        e.parent = None
        stack.extend(e.children)
        e.children = []


def _handles(entry: _Entry) -> list[Any]:
    out, stack = [], [entry]
    while stack:
        e = stack.pop()
        out.append(e.handle)
        stack.extend(e.children)
    return out


def lineage(
    source: Any,
    ref: str,
    *,
    direction: Literal["up", "down"] = "down",
    depth: int | None = None,
    relations: Collection[str] | None = None,
    max_nodes: int | None = None,
) -> LineageTree:
    """A document's lineage as a tree.

    Args:
        source: A graph or a store.
        ref: The document, as typed.
        direction: "down" = what implements or cites it, transitively (incoming edges);
            "up" = what it implements or cites (outgoing edges).
        depth: Levels to follow (None = all).
        relations: Only edges of these relations (None = all).
        max_nodes: Expand at most this many documents (None = no limit). A full-depth
            lineage in a dense archive can hold a large part of it (hundreds of thousands of
            entries); when the limit cuts the tree, the root's ``truncated`` is True.

    Returns:
        The tree; a node reached twice is expanded once (``repeated`` elsewhere), and a node
        already on its own path is marked ``cycle`` and not expanded.
    """
    b = backend_for(source)
    root = _resolve(b, ref)
    with paused_gc():  # a large tree is hundreds of thousands of objects, made in one go
        top, cut = _walk(b, root, direction, depth, set(relations) if relations else None,
                         max_nodes)
        tree = _tree(top, b.nodes(_handles(top)))
        _unlink(top)
    tree.truncated = cut
    return tree


# ---- edges, nodes, conflicts --------------------------------------------------------------------


def cites(source: Any, ref: str) -> list[EdgeRecord]:
    """What a document cites: its outgoing edges, with provenance."""
    b = backend_for(source)
    return _sorted_edges(b.edge_records(_resolve(b, ref), "out"))


def cited_by(source: Any, ref: str) -> list[EdgeRecord]:
    """Which documents cite a document: its incoming edges, with provenance."""
    b = backend_for(source)
    return _sorted_edges(b.edge_records(_resolve(b, ref), "in"))


def _sorted_edges(edges: list[EdgeRecord]) -> list[EdgeRecord]:
    return sorted(edges, key=lambda e: (_RANK.get(e.relation, 99), e.source, e.target))


def show(source: Any, ref: str) -> NodeRecord:
    """Everything known about one document: attributes, aliases, sources, degrees."""
    b = backend_for(source)
    handle = _resolve(b, ref)
    return b.nodes([handle])[handle]


def find_conflicts(source: Any) -> list[Conflict]:
    """Conflicting dates/issuers/types, parser flags and ambiguity sets, with every source."""
    return backend_for(source).conflicts()


def graph_stats(source: Any) -> GraphStats:
    """Counts of the graph."""
    return backend_for(source).stats()


# ---- analysis -------------------------------------------------------------------------------------


def path_between(source: Any, a: str, b_ref: str, *, max_depth: int = 12) -> list[EdgeRecord]:
    """The shortest chain of edges linking two documents (any direction), or [] if none.

    Each returned edge keeps its own direction (``source`` cites ``target``).
    """
    b = backend_for(source)
    start, goal = _resolve(b, a), _resolve(b, b_ref)
    parent: dict[Any, tuple[Any, tuple[Any, Any, str]] | None] = {start: None}
    frontier = [start]
    for _ in range(max_depth):
        if goal in parent or not frontier:
            break
        nxt = []
        for direction in ("up", "down"):
            for near, far, rel, _m in b.neighbours(frontier, direction, None):
                if far not in parent:
                    edge = (near, far, rel) if direction == "up" else (far, near, rel)
                    parent[far] = (near, edge)
                    nxt.append(far)
        frontier = nxt
    if goal not in parent or start == goal:
        return []
    chain = []
    at = goal
    while parent[at] is not None:
        prev, edge = parent[at]  # type: ignore[misc]
        chain.append(edge)
        at = prev
    chain.reverse()
    records = b.nodes({h for e in chain for h in e[:2]})
    return [EdgeRecord(source=records[s].id, target=records[d].id, relation=rel)
            for s, d, rel in chain]


def _implementers(b: Backend, ref: str) -> tuple[NodeRecord, list[tuple[NodeRecord, int]]]:
    root = _resolve(b, ref)
    top, _ = _walk(b, root, "down", None, {"implements"})
    depth_of: dict[Any, int] = {}
    stack = [(top, 0)]
    while stack:
        entry, d = stack.pop()
        if entry.handle not in depth_of or d < depth_of[entry.handle]:
            depth_of[entry.handle] = d
        stack.extend((c, d + 1) for c in entry.children)
    records = b.nodes(depth_of)
    found = [(records[h], d) for h, d in depth_of.items() if h != root]
    found.sort(key=lambda x: (x[1], str(x[0].date or ""), x[0].id))
    return records[root], found


def implementers_by_locality(source: Any, ref: str) -> dict[str, list[NodeRecord]]:
    """Documents implementing ``ref`` (transitively), grouped by province ("" = central)."""
    _, found = _implementers(backend_for(source), ref)
    groups: dict[str, list[NodeRecord]] = {}
    for node, _ in found:
        groups.setdefault(node.locality or "", []).append(node)
    return dict(sorted(groups.items()))


def implementation_lag(source: Any, ref: str) -> list[Lag]:
    """Days from a document to each of its implementers (transitive; undated -> days None)."""
    root, found = _implementers(backend_for(source), ref)
    return [
        Lag(node=node, depth=depth,
            days=(node.date - root.date).days if node.date and root.date else None)
        for node, depth in found
    ]


def most_cited(source: Any, n: int = 20) -> list[NodeRecord]:
    """The ``n`` documents cited by the most distinct documents."""
    return backend_for(source).top_cited(n, None)


def orphans(source: Any) -> list[NodeRecord]:
    """Documents that are cited but were never ingested (most cited first)."""
    return backend_for(source).top_cited(0, "cited")
