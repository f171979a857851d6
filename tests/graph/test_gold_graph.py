"""The gold lineage and conflicts of the five samples, from the gold annotations and the parser."""

from __future__ import annotations

import pytest

from tests.graph.conftest import RAW
from vanban.graph import build_graph, cited_by, find_conflicts, lineage


def _labels(tree) -> set[str]:
    return {t.node.label for t in tree.walk()[1:]}


def _files(edges) -> set[str]:
    from pathlib import PurePath

    return {PurePath(p.file).name for e in edges for p in e.provenance}


def _parsed_samples():
    from vanban.parse import parse_file

    return [parse_file(p) for p in sorted(RAW.glob("*.txt"))]


@pytest.fixture(scope="module", params=["gold", "parser"])
def graph(request, gold_docs):
    return build_graph(gold_docs if request.param == "gold" else _parsed_samples())


def test_lineage_down_of_25_nq_tw(graph, gold):
    wanted = set(gold["lineage"]["25-NQ/TW"]["implemented_by_at_least"])
    assert wanted <= _labels(lineage(graph, "25-NQ/TW", direction="down"))


def test_lineage_up_of_07_ct_tu_reaches_25_nq_tw(graph):
    assert "25-NQ/TW" in _labels(lineage(graph, "07-CT/TU", direction="up"))


def test_290_qd_tw_is_implemented_by(graph, gold):
    wanted = set(gold["lineage"]["290-QĐ/TW"]["implemented_by_at_least"])
    assert wanted <= _labels(lineage(graph, "290-QĐ/TW", relations=["implements"]))


def test_18_2000_ct_ttg_is_cited_by(graph, gold):
    edges = cited_by(graph, "18/2000/CT-TTg")
    labels = {graph.nodes[e.source]["symbol"] or e.source for e in edges}
    wanted = gold["lineage"]["18/2000/CT-TTg"]["cited_by"]
    assert {w for w in wanted if "." not in w} <= labels
    assert {w for w in wanted if "." in w} <= _files(edges)


def test_conflicts_are_exactly_the_gold_ones(graph, gold):
    found = {(c.symbol, tuple(sorted({v.value for v in c.values})))
             for c in find_conflicts(graph) if c.kind == "value"}
    assert found == {(c["symbol"], tuple(sorted(c["dates"]))) for c in gold["conflicts"]}
    for conflict in find_conflicts(graph):
        if conflict.kind == "value":
            assert {v.source.rsplit("/", 1)[-1] for v in conflict.values} == {
                "002_7b7612111902f636.txt", "003_7a726011005a37cb.txt"}
            assert all(v.snippet for v in conflict.values)


def test_no_ambiguity_and_no_self_loop_on_the_samples(graph):
    assert not [c for c in find_conflicts(graph) if c.kind == "ambiguous"]
    assert all(u != v for u, v in graph.edges())
