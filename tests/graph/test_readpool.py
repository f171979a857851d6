"""Reading a large store in worker processes gives the views (and graph) the plain read gives."""

from __future__ import annotations

import pytest

from tests.graph.conftest import cite, doc
from tests.graph.test_persist import save
from vanban.graph import readpool
from vanban.graph.assemble import to_networkx
from vanban.graph.build import build_data, own_identity
from vanban.graph.docview import citation_rows
from vanban.graph.identity import analyze_symbol
from vanban.graph.persist import _parsed_views
from vanban.store import open_store


def _as_rows(view):
    """Workers send citations as rows (``docview.Row``) and the document's own identity:
    compare views in that form."""
    view.rows = citation_rows(view)
    view.citations = []
    if view.own is None:
        loc, ident, complete = own_identity(view, analyze_symbol(view.symbol)
                                            if view.symbol else None)
        view.own = (loc, tuple(ident), complete)
    return view


@pytest.fixture
def many_store(store_path, gold_docs):
    with open_store(store_path) as store:
        for parsed in gold_docs:
            save(store, parsed)
        for i in range(30):
            save(store, doc(f"x{i}.txt", f"{i + 1}-CT/TU", date="2021-10-01",
                            issuer="Thành ủy Hà Nội",
                            cites=[cite("25-NQ/TW", date="2013-06-03"), cite(f"{i + 2}-CT/TU")]))
        yield store


def test_small_stores_start_no_pool(many_store):
    assert readpool.should_pool(many_store.conn, many_store.path) is None


def test_pooled_views_equal_the_plain_read(many_store, monkeypatch):
    plain = list(_parsed_views(many_store))
    monkeypatch.setattr(readpool, "POOL_MIN_DOCUMENTS", 1)
    monkeypatch.setattr(readpool, "CHUNK_DOCUMENTS", 4)  # several chunks, a window that rolls
    assert readpool.should_pool(many_store.conn, many_store.path) is not None
    pooled = list(_parsed_views(many_store))
    assert [_as_rows(v) for v in pooled] == [_as_rows(v) for v in plain]
    a, b = to_networkx(build_data(plain)), to_networkx(build_data(pooled))
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


def test_a_worker_reads_a_store_whose_path_needs_quoting(tmp_path, monkeypatch):
    path = tmp_path / "a b#c?d" / "store.sqlite"
    with open_store(path) as store:
        save(store, doc("a.txt", "07-CT/TU", date="2021-10-01", issuer="Thành ủy Hà Nội",
                        cites=[cite("25-NQ/TW", date="2013-06-03")]))
        plain = list(_parsed_views(store))
        monkeypatch.setattr(readpool, "POOL_MIN_DOCUMENTS", 1)
        pooled = list(_parsed_views(store))
    assert [_as_rows(v) for v in pooled] == [_as_rows(v) for v in plain]
