"""The CLI end to end on the sample corpus, in process (CliRunner) and once as a subprocess."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from vanban.cli import app
from vanban.errors import ExitCode

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def run(*args: str) -> object:
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """The five sample texts ingested once into a fresh store."""
    folder = tmp_path_factory.mktemp("samples")
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        shutil.copy(path, folder / path.name)
    path = tmp_path_factory.mktemp("store") / "vanban.sqlite"
    result = run("ingest", folder, "--store", path, "--workers", "1", "--no-progress")
    assert result.exit_code == 0, result.output
    return path


def test_ingest_prints_a_summary(store):
    result = run("ingest", store.parent.parent, "--store", store.parent / "other.sqlite",
                 "--workers", "1", "--no-progress")
    assert "documents in the graph" in result.output
    assert result.exit_code == 0


def test_lineage_down_of_resolution_25_reaches_its_implementers(store):
    result = run("lineage", "25-NQ/TW", "--down", "--store", store, "--format", "json")
    assert result.exit_code == 0, result.output
    found = set(re.findall(r'"symbol": "([^"]+)"', result.output))
    assert {"16-CTr/ĐUK", "04-NQ/ĐUK", "665-CT/ĐU", "07-CT/TU"} <= found


def test_a_document_without_a_number_is_shown_with_its_title(store):
    result = run("lineage", "25-NQ/TW", "--down", "--store", store)
    assert result.exit_code == 0, result.output
    article = next(line for line in result.output.splitlines() if "001_4563e09b6f3ddef1" in line)
    assert "“Triển khai công tác dân vận" in article  # the news page's headline


@pytest.mark.parametrize("typed", ["07-CT/TU", "07/CT-TU", "chỉ thị 07-ct/tu"])
def test_lineage_up_of_directive_07_reaches_resolution_25(store, typed):
    result = run("lineage", typed, "--up", "--store", store)
    assert result.exit_code == 0, result.output
    assert "25-NQ/TW" in result.output


def test_conflicts_report_both_gold_date_conflicts(store):
    result = run("conflicts", "--store", store, "--format", "json")
    assert result.exit_code == 0, result.output
    assert "114-KL/TW" in result.output and "04/2015/NĐ-CP" in result.output
    for date in ("2014-07-14", "2015-07-14", "2015-11-09", "2015-01-09"):
        assert date in result.output


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_reads_back_with_the_same_counts(store, tmp_path, fmt):
    out = tmp_path / f"g.{fmt}"
    result = run("export", "--format", fmt, "-o", out, "--store", store)
    assert result.exit_code == 0, result.output
    from vanban.graph import load_graph

    graph = load_graph(store)
    back = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert (back.number_of_nodes(), back.number_of_edges()) == (
        graph.number_of_nodes(), graph.number_of_edges())


def test_parse_json_keeps_the_contract():
    result = run("parse", ROOT / "data" / "raw" / "000_1fb352bd47e5aa06.txt", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) >= {"source", "header", "citations", "relations"}
    assert set(data["header"]) >= {"doc_type", "symbol", "issuer", "place", "date", "title", "signer"}
    assert data["header"]["symbol"] == "665-CT/ĐU"
    keys = {"symbol", "doc_type", "date", "issuer", "relation", "text", "start", "end", "page"}
    assert all(keys <= set(c) for c in data["citations"])
    assert "665-CT/ĐU" not in {c["symbol"] for c in data["citations"]}


def test_unknown_reference_exits_with_not_found(store):
    result = runner.invoke(app, ["show", "999-XX/YY", "--store", str(store)])
    assert result.exit_code == ExitCode.not_found
    assert "999-XX/YY" in result.output


def test_query_without_a_store_says_so(tmp_path):
    result = runner.invoke(app, ["stats", "--store", str(tmp_path / "none.sqlite")])
    assert result.exit_code == ExitCode.store
    assert "vanban ingest" in result.output


def test_failures_are_named_and_only_strict_exits_non_zero(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ROOT / "data" / "raw" / "000_1fb352bd47e5aa06.txt", folder)
    (folder / "empty.txt").write_bytes(b"")
    args = ["ingest", str(folder), "--store", str(tmp_path / "s.sqlite"), "--workers", "1",
            "--no-progress", "--force"]
    lenient = runner.invoke(app, args)
    assert lenient.exit_code == 0
    assert "empty.txt" in lenient.output
    strict = runner.invoke(app, [*args, "--strict"])
    assert strict.exit_code == ExitCode.file_failures


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    import typer.main

    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert command.help, name
        assert f"vanban {name}" in readme, name


@pytest.mark.slow
def test_the_installed_command_runs_as_a_subprocess(store):
    result = subprocess.run(
        [sys.executable, "-m", "vanban.cli", "lineage", "25-NQ/TW", "--store", str(store)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "665-CT/ĐU" in result.stdout


@pytest.mark.slow
def test_whole_sample_corpus_with_pdfs_and_scans_gives_the_gold_graph(tmp_path):
    """data/raw as shipped: texts, text-layer PDFs and scans of the same documents. Every copy
    of a document merges into its node: exactly the gold conflicts, the gold lineage."""
    path = tmp_path / "vanban.sqlite"
    result = run("ingest", ROOT / "data" / "raw", "--store", path, "--no-progress")
    assert result.exit_code == 0, result.output
    conflicts = json.loads(run("conflicts", "--store", path, "--format", "json").output)
    assert sorted(c["symbol"] for c in conflicts) == ["04/2015/NĐ-CP", "114-KL/TW"], conflicts
    down = run("lineage", "25-NQ/TW", "--down", "--store", path, "--format", "json").output
    assert {"16-CTr/ĐUK", "04-NQ/ĐUK", "665-CT/ĐU", "07-CT/TU"} <= set(re.findall(r'"symbol": "([^"]+)"', down))
    assert "25-NQ/TW" in run("lineage", "07-CT/TU", "--up", "--store", path).output
    down = run("lineage", "290-QĐ/TW", "--down", "--store", path, "--format", "json").output
    assert {"03-KL/TW", "18/CT-UBND"} <= set(re.findall(r'"symbol": "([^"]+)"', down))


def test_path_links_directive_07_to_resolution_25(store):
    result = run("path", "07-CT/TU", "25-NQ/TW", "--store", store, "--format", "json")
    assert result.exit_code == 0, result.output
    (step,) = json.loads(result.output)
    assert step["relation"] == "implements" and step["target"].startswith("25-NQ/TW")


def test_implementers_grouped_by_province_with_lag(store):
    rows = json.loads(run("implementers", "25-NQ/TW", "--store", store, "--format", "json").output)
    by_symbol = {r["symbol"]: r for r in rows}
    assert by_symbol["07-CT/TU"]["province"] == "Hà Nội"
    assert by_symbol["665-CT/ĐU"]["days"] == 476  # 2013-06-03 → 2014-09-22
    assert [r["province"] for r in rows][0] == "central"


def test_most_cited_and_orphans(store):
    top = json.loads(run("most-cited", "-n", "3", "--store", store, "--format", "json").output)
    assert len(top) == 3 and top[0]["symbol"] == "25-NQ/TW"
    assert top[0]["in_degree"] >= top[1]["in_degree"] >= top[2]["in_degree"]
    cited_only = json.loads(run("orphans", "--store", store, "--format", "json").output)
    symbols = {r["symbol"] for r in cited_only}
    assert "25-NQ/TW" in symbols and "665-CT/ĐU" not in symbols  # 665 is ingested
    assert all(r["kind"] == "cited" for r in cited_only)


def test_lineage_is_cut_at_max_nodes_and_says_so(store):
    full = json.loads(run("lineage", "07-CT/TU", "--up", "--store", store, "--format", "json").output)
    cut = runner.invoke(app, ["lineage", "07-CT/TU", "--up", "--store", str(store), "--format",
                              "json", "--max-nodes", "3"])  # fmt: skip
    assert cut.exit_code == 0
    assert "lineage cut at 3 documents" in cut.stderr
    tree = json.loads(cut.stdout)
    assert tree["truncated"] is True and not full["truncated"]
    assert len(tree["children"]) < len(full["children"])


@pytest.mark.slow
def test_the_python_example_of_the_readme_runs(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Using it from Python", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    raw = tmp_path / "data" / "raw"
    raw.mkdir(parents=True)
    for sample in sorted((ROOT / "data" / "raw").glob("*.txt")):  # the texts: no OCR here
        shutil.copy(sample, raw)
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "665-CT/ĐU" in done.stdout and "18/2000/CT-TTg" in done.stdout
    assert nx.read_graphml(tmp_path / "vanban.graphml").number_of_nodes() > 10
    assert nx.read_gexf(tmp_path / "vanban.gexf").number_of_nodes() > 10


def test_a_table_title_wider_than_its_table_stands_on_its_own_line(monkeypatch):
    import io

    from vanban._output import RowFormat, write_rows

    monkeypatch.setenv("COLUMNS", "100")
    title = "25-NQ/TW · Nghị quyết · 2013-06-03 · Ban Chấp hành Trung ương · (cited only)"
    out = io.StringIO()
    write_rows([{"field": "symbol", "value": "25-NQ/TW"}], RowFormat.table, title=title, out=out)
    assert out.getvalue().splitlines()[0] == title  # not wrapped, not centred over the table
    out = io.StringIO()
    write_rows([{"field": "symbol", "value": "25-NQ/TW"}], RowFormat.table, title="Nút", out=out)
    assert out.getvalue().splitlines()[0].strip() == "Nút"
