"""Reading a large store's documents in worker processes, while the builder merges them.

Decoding the stored JSON (and fetching it from SQLite) is a pure function of each document and
costs about as much as the builder's merge itself; on a multi-core machine two workers decode
chunks of documents (by rowid range, each on its own read-only connection) while the main
process builds from the chunks already decoded. Workers send back only the fields the builder
reads, as plain tuples marshalled into one bytes object per chunk, so that the main process
pays one C-level ``marshal.loads`` per chunk and no per-object Python calls. Citations come as
rows (``vanban.graph.docview.Row``) that are mentions without their edge.

At most ``window`` chunks are in flight, so memory stays bounded whatever the relative speed of
the workers and the builder. Chunks are consumed in rowid order: the graph is the one the plain
sequential read gives, byte for byte. Small stores never start a pool.
"""

from __future__ import annotations

import json
import marshal
import multiprocessing
import os
import sqlite3
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

from vanban.graph.build import own_identity
from vanban.graph.docview import CitationView, DocView, RelationView, from_json, rows_of
from vanban.graph.identity import analyze_symbol

POOL_MIN_DOCUMENTS = 20_000
"""Below this many documents the pool's start-up (a fork and a connection per worker) is not
worth it: the sequential read takes well under a second."""

CHUNK_DOCUMENTS = 2_000
WORKERS = 2
_MARSHAL_VERSION = 4  # shares repeated objects (version >= 3)

_CITATION_KEYS = itemgetter(*CitationView._fields)
_new_tuple = tuple.__new__


def _worker_init() -> None:
    """Workers make many small objects and no cycles, like the builder."""
    import gc

    gc.disable()


def _decode_chunk(path: str, lo: int, hi: int) -> bytes:
    """The builder's fields of the documents with ``lo <= rowid < hi``, marshalled.

    Plain tuples, lists, strings and numbers only: ``marshal`` writes and reads them about a
    third faster than ``pickle`` and, like it, writes a shared object once.
    """
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    try:
        rows = conn.execute(
            "SELECT parsed FROM documents WHERE rowid >= ? AND rowid < ? ORDER BY rowid",
            (lo, hi)).fetchall()
    finally:
        conn.close()
    out = []
    one: dict[Any, Any] = {}  # one object per distinct value: written once, loaded once
    same = one.setdefault
    for (parsed,) in rows:
        data = json.loads(parsed)
        source = data["source"]
        methods = [same(m, m) for m in data.get("methods") or ()]
        try:  # the store's JSON has every field: the citations' fields are taken in C
            cites = rows_of(source, methods, map(_CITATION_KEYS, data["citations"]), same)
        except KeyError:  # older or hand-made JSON: the loose path fills the defaults
            cites = rows_of(source, methods, from_json(data).citations, same)
        h = data.get("header") or {}
        rels = [(r["source"], r["target"], r["relation"], r.get("start"), r.get("end"))
                for r in data.get("relations") or ()]
        head = DocView(source, h.get("symbol"), h.get("doc_type"), h.get("issuer"),
                       h.get("parent_issuer"), h.get("place"), h.get("date"), h.get("title"),
                       h.get("locality"))
        loc, ident, complete = own_identity(head, analyze_symbol(head.symbol)
                                            if head.symbol else None)
        out.append((source, head.symbol, head.doc_type, head.issuer, head.parent_issuer,
                    head.place, head.date, head.title, head.locality, cites, rels, methods,
                    (loc, tuple(ident), complete)))
    return marshal.dumps(out, _MARSHAL_VERSION)


def _views(blob: bytes) -> Iterator[DocView]:
    for (source, symbol, doc_type, issuer, parent, place, date, title, locality, rows, rels,
         methods, own) in marshal.loads(blob):
        yield DocView(source, symbol, doc_type, issuer, parent, place, date, title, locality,
                      [], list(map(_new_tuple, repeat(RelationView), rels)), methods, rows,
                      own)


def should_pool(conn: sqlite3.Connection, path: Path | None) -> tuple[int, int] | None:
    """The (first, last) rowid of the documents when a pool is worth starting, else None."""
    if path is None or WORKERS < 1 or (os.cpu_count() or 1) < 2 \
            or "fork" not in multiprocessing.get_all_start_methods() \
            or multiprocessing.current_process().daemon:  # a pool worker may not have children
        return None
    lo, hi, count = conn.execute(
        "SELECT min(rowid), max(rowid), count(*) FROM documents").fetchone()
    if count < POOL_MIN_DOCUMENTS:
        return None
    return lo, hi


def pooled_views(path: Path, lo: int, hi: int, *, window: int = 4) -> Iterator[DocView]:
    """Every document with a rowid in ``[lo, hi]`` as a view, in rowid order, decoded by
    ``WORKERS`` forked processes."""
    bounds = list(range(lo, hi + 1, CHUNK_DOCUMENTS)) + [hi + 1]
    chunks = list(zip(bounds, bounds[1:]))
    ctx = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(WORKERS, mp_context=ctx, initializer=_worker_init) as pool:
        pending: deque[Future[bytes]] = deque()
        todo = iter(chunks)
        for a, b in todo:
            pending.append(pool.submit(_decode_chunk, str(path), a, b))
            if len(pending) >= window:
                break
        while pending:
            blob = pending.popleft().result()
            nxt = next(todo, None)
            if nxt is not None:
                pending.append(pool.submit(_decode_chunk, str(path), *nxt))
            yield from _views(blob)
            del blob

