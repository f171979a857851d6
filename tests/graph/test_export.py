"""Exports: GraphML valid and complete, GEXF/JSON/CSV round trips, lineage formats, atomicity."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from vanban.graph import build_graph, export_graph, to_exportable
from vanban.graph.export import read_graphml

XSD = Path(__file__).with_name("graphml.xsd")


@pytest.fixture(scope="module")
def graph(gold_docs):
    return build_graph(gold_docs)


def test_graphml_validates_against_the_schema(graph, tmp_path):
    (out,) = export_graph(graph, tmp_path / "g.graphml", "graphml")
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    assert schema.validate(etree.parse(str(out))), schema.error_log


def test_the_schema_rejects_what_graphml_forbids():
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    ns = 'xmlns="http://graphml.graphdrawing.org/xmlns"'
    bad_id = f'<graphml {ns}><graph edgedefault="directed"><node id="25-NQ/TW"/></graph></graphml>'
    dangling = (f'<graphml {ns}><graph edgedefault="directed"><node id="a"/>'
                '<edge source="a" target="b"/></graph></graphml>')
    for text in (bad_id, dangling):
        assert not schema.validate(etree.fromstring(text.encode()))


def test_graphml_reads_back_with_every_attribute(graph, tmp_path):
    (out,) = export_graph(graph, tmp_path / "g.graphml", "graphml")
    back, want = read_graphml(out), to_exportable(graph)
    assert dict(back.nodes(data=True)) == dict(want.nodes(data=True))
    assert sorted(back.edges(keys=True, data=True), key=repr) == sorted(
        want.edges(keys=True, data=True), key=repr)
    plain = nx.read_graphml(out)  # and plain networkx reads it too
    assert (plain.number_of_nodes(), plain.number_of_edges()) == (
        graph.number_of_nodes(), graph.number_of_edges())


def test_exportable_attributes_are_scalars(graph):
    plain = to_exportable(graph)
    values = [v for _, d in plain.nodes(data=True) for v in d.values()]
    values += [v for *_, d in plain.edges(data=True) for v in d.values()]
    assert all(isinstance(v, str | int | float | bool) for v in values)
    node = plain.nodes["07-CT/TU@Hà Nội@2020-2025"]
    assert node["date"] == "2021-10-01" and node["sources"].endswith("003_7a726011005a37cb.txt")
    assert "title" not in plain.nodes["25-NQ/TW@XI"]  # None is dropped, not written as ""


def test_gexf_json_and_csv_round_trip_counts(graph, tmp_path):
    counts = (graph.number_of_nodes(), graph.number_of_edges())
    (gexf,) = export_graph(graph, tmp_path / "g.gexf", "gexf")
    back = nx.read_gexf(gexf)
    assert (back.number_of_nodes(), back.number_of_edges()) == counts
    (js,) = export_graph(graph, tmp_path / "g.json", "json")
    back = nx.node_link_graph(json.loads(js.read_text(encoding="utf-8")), edges="edges")
    assert (back.number_of_nodes(), back.number_of_edges()) == counts
    assert back.edges["07-CT/TU@Hà Nội@2020-2025", "25-NQ/TW@XI", "implements"]["provenance"]
    nodes, edges = export_graph(graph, tmp_path / "g.csv", "csv")
    with nodes.open(encoding="utf-8") as fh, edges.open(encoding="utf-8") as gh:
        assert (len(list(csv.DictReader(fh))), len(list(csv.DictReader(gh)))) == counts


@pytest.mark.parametrize("fmt", ["dot", "mermaid"])
def test_one_lineage_as_dot_or_mermaid(graph, tmp_path, fmt):
    (out,) = export_graph(graph, tmp_path / f"l.{fmt}", fmt, ref="25-NQ/TW")
    text = out.read_text(encoding="utf-8")
    for symbol in ("25-NQ/TW", "16-CTr/ĐUK", "04-NQ/ĐUK", "665-CT/ĐU", "07-CT/TU"):
        assert symbol in text
    assert "18/CT-UBND" not in text  # not in this lineage
    assert len(re.findall(r"->|-->", text)) == 8


def test_lineage_formats_need_a_reference(graph, tmp_path):
    from vanban.errors import VanbanError

    with pytest.raises(VanbanError, match="--ref"):
        export_graph(graph, tmp_path / "l.dot", "dot")


def test_svg_of_a_lineage_is_valid_xml_with_every_node(graph, tmp_path):
    (out,) = export_graph(graph, tmp_path / "l.svg", "svg", ref="07-CT/TU", direction="up")
    root = etree.parse(str(out)).getroot()
    titles = {t.text for t in root.iter("{http://www.w3.org/2000/svg}title")}
    assert {"07-CT/TU@Hà Nội@2020-2025", "25-NQ/TW@XI", "04/2015/NĐ-CP"} <= titles


def test_a_failed_export_leaves_the_old_file_and_no_temporary(graph, tmp_path, monkeypatch):
    target = tmp_path / "g.graphml"
    target.write_text("old", encoding="utf-8")

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("vanban.graph.export.write_graphml", boom)
    with pytest.raises(OSError):
        export_graph(graph, target, "graphml")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["g.graphml"]


def test_streamed_graphml_reads_back_like_networkx_writes(tmp_path):
    import io

    from vanban.graph.graphml import write_graphml

    nodes = [("n0", {"node_id": 'a"<&>', "year": 2013, "ok": True, "score": 0.5}),
             ("n1", {"node_id": "b", "year": "unknown"})]  # one name, two types: two keys
    edges = [("n0", "n1", "e0", {"relation": "cites", "mentions": 2})]
    buf = io.StringIO()
    write_graphml(buf, nodes, edges, {"stats": "{}"})
    path = tmp_path / "s.graphml"
    path.write_text(buf.getvalue(), encoding="utf-8")
    back = nx.read_graphml(path, force_multigraph=True)
    assert dict(back.nodes(data=True)) == {k: v for k, v in nodes}
    assert list(back.edges(keys=True, data=True)) == [("n0", "n1", "e0", edges[0][3])]
    assert back.graph["stats"] == "{}"
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    assert schema.validate(etree.parse(str(path))), schema.error_log


def test_gexf_reads_back_with_every_attribute_and_gephi_labels(graph, tmp_path):
    (out,) = export_graph(graph, tmp_path / "g.gexf", "gexf")
    back, want = nx.read_gexf(out), to_exportable(graph)
    assert dict(back.nodes(data=True)) == dict(want.nodes(data=True))
    assert back.number_of_edges() == want.number_of_edges()
    for u, v, data in back.edges(data=True):
        data = dict(data)
        assert data.pop("label") == data["relation"]
        assert data.pop("weight") == data["mentions"] and data.pop("id").startswith("e")
        assert data == want.edges[u, v, data["relation"]]
