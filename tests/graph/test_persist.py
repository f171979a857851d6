"""The graph in the store: refresh on change, stub takeover, SQL answers equal graph answers."""

from __future__ import annotations

import hashlib

import pytest

from tests.graph.conftest import cite, doc
from vanban.graph import (
    build_graph, cited_by, cites, find_conflicts, graph_stats, lineage, load_graph, refresh,
    resolve, show,
)
from vanban.graph.persist import is_current
from vanban.models import ExtractedDocument, PageText, ParsedDocument
from vanban.store import open_store


def save(store, parsed: ParsedDocument) -> None:
    """Store a parsed document with a one-page extraction of its own citation texts."""
    text = "\n".join(c.text for c in parsed.citations) or parsed.source
    sha = hashlib.sha256((parsed.source + text).encode()).hexdigest()
    extracted = ExtractedDocument(
        source=parsed.source, sha256=sha, size=len(text), kind="text", extractor_version="t",
        pages=[PageText(number=1, text=text, method="plain_text", engine="test")])
    store.save_document(extracted, parsed.model_copy(update={"sha256": sha}), parser_version="t")


@pytest.fixture
def gold_store(store_path, gold_docs):
    with open_store(store_path) as store:
        for parsed in gold_docs:
            save(store, parsed)
        yield store


def test_refresh_builds_once_and_again_only_when_documents_change(store_path):
    with open_store(store_path) as store:
        save(store, doc("a.txt", "07-CT/TU", date="2021-10-01", issuer="Thành ủy Hà Nội",
                        cites=[cite("25-NQ/TW", date="2013-06-03")]))
        first = refresh(store)
        assert (first.nodes, first.edges) == (2, 1)
        assert is_current(store)
        assert refresh(store) == first  # unchanged: read back, not rebuilt
        save(store, doc("b.txt", "08-CT/TU", date="2021-11-01", issuer="Thành ủy Hà Nội",
                        cites=[cite("25-NQ/TW", date="2013-06-03")]))
        assert not is_current(store)
        assert refresh(store).nodes == 3


def test_a_stub_is_taken_over_when_its_document_is_ingested(store_path):
    with open_store(store_path) as store:
        save(store, doc("hn/07.txt", "07-CT/TU", date="2021-10-01",
                        issuer="Ban Thường vụ Thành ủy Hà Nội",
                        cites=[cite("04-NQ/TU", date="2021-05-31")]))
        refresh(store)
        stub = show(store, "04-NQ/TU")
        assert stub.kind == "cited" and stub.sources == []
        save(store, doc("hn/04.txt", "04-NQ/TU", date="2021-05-31", issuer="Thành ủy Hà Nội",
                        place="Hà Nội", doc_type="Nghị quyết",
                        cites=[cite("25-NQ/TW", date="2013-06-03")]))
        refresh(store)
        taken = show(store, "04-NQ/TU")
        assert taken.id == stub.id == "04-NQ/TU@Hà Nội@2020-2025"
        assert taken.kind == "ingested" and taken.sources == ["hn/04.txt"]
        assert [e.source for e in cited_by(store, "04-NQ/TU")] == ["07-CT/TU@Hà Nội@2020-2025"]
        assert [e.target for e in cites(store, "04-NQ/TU")] == ["25-NQ/TW@XI"]


def test_store_answers_equal_graph_answers(gold_store, gold_docs):
    graph = build_graph(gold_docs)
    for ref in ("25-NQ/TW", "07-CT/TU", "290-QĐ/TW", "18/2000/CT-TTg"):
        for direction in ("up", "down"):
            a = lineage(graph, ref, direction=direction)
            b = lineage(gold_store, ref, direction=direction)
            assert a.model_dump() == b.model_dump()
        assert cited_by(graph, ref) == cited_by(gold_store, ref)
        assert cites(graph, ref) == cites(gold_store, ref)
        assert show(graph, ref) == show(gold_store, ref)
    assert find_conflicts(graph) == find_conflicts(gold_store)
    assert graph_stats(gold_store).nodes == graph.number_of_nodes()


def test_load_graph_gives_the_built_graph(gold_store, gold_docs):
    built, loaded = build_graph(gold_docs), load_graph(gold_store)
    assert dict(built.nodes(data=True)) == dict(loaded.nodes(data=True))
    assert sorted(built.edges(keys=True, data=True), key=repr) == sorted(
        loaded.edges(keys=True, data=True), key=repr)
    assert loaded.graph["conflicts"] == built.graph["conflicts"]


def test_lineage_depth_and_relation_filters(gold_store):
    assert lineage(gold_store, "25-NQ/TW", depth=0).children == []
    one = lineage(gold_store, "25-NQ/TW", depth=1)
    assert all(not child.children for child in one.children)
    implements = lineage(gold_store, "25-NQ/TW", relations=["implements"])
    assert {t.relation for t in implements.walk()[1:]} == {"implements"}
    assert resolve(gold_store, "nghị quyết 25/nq-tw") == "25-NQ/TW@XI"


def test_lineage_max_nodes_cuts_the_tree_and_says_so(gold_store):
    full = lineage(gold_store, "25-NQ/TW")
    assert not full.truncated
    expanded = [t for t in full.walk() if not (t.cycle or t.repeated)]
    assert lineage(gold_store, "25-NQ/TW", max_nodes=len(expanded)) == full
    cut = lineage(gold_store, "25-NQ/TW", max_nodes=2)
    assert cut.truncated
    assert len([t for t in cut.walk() if not (t.cycle or t.repeated)]) == 2
    assert {t.node.id for t in cut.walk()} <= {t.node.id for t in full.walk()}


def test_export_streamed_from_the_store_equals_the_export_of_the_loaded_graph(gold_store, tmp_path):
    import csv

    import networkx as nx

    from vanban.graph import export_graph, export_store, to_exportable
    from vanban.graph.export import read_graphml

    graph = load_graph(gold_store)
    (graphml,) = export_store(gold_store, tmp_path / "g.graphml", "graphml")
    back, want = read_graphml(graphml), to_exportable(graph)
    assert dict(back.nodes(data=True)) == dict(want.nodes(data=True))
    assert sorted(back.edges(keys=True, data=True), key=repr) == sorted(
        want.edges(keys=True, data=True), key=repr)
    (gexf,) = export_store(gold_store, tmp_path / "g.gexf", "gexf")
    back = nx.read_gexf(gexf)
    assert dict(back.nodes(data=True)) == dict(want.nodes(data=True))
    assert back.number_of_edges() == want.number_of_edges()
    streamed = export_store(gold_store, tmp_path / "store.csv", "csv")
    loaded = export_graph(graph, tmp_path / "graph.csv", "csv")
    for a, b in zip(streamed, loaded, strict=True):  # the same rows (edges in another order)
        with a.open(encoding="utf-8") as fa, b.open(encoding="utf-8") as fb:
            rows_a, rows_b = list(csv.reader(fa)), list(csv.reader(fb))
        assert rows_a[0] == rows_b[0] and sorted(rows_a) == sorted(rows_b) and len(rows_a) > 5
