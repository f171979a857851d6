"""How the CLI shows things: progress, run summaries, parsed documents, lineage trees, records.

Kept apart from ``cli.py`` so that each command stays a few lines, and apart from the library
so that the library never prints.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer
from pydantic import BaseModel

from vanban._output import RowFormat, as_dict, write_rows
from vanban.models import ParsedDocument, RunSummary
from vanban.store import Store, open_store

EDGE_COLUMNS = ["source", "target", "relation", "mentions", "date", "snippet"]


def _console(stderr: bool = False) -> Any:
    from rich.console import Console

    from vanban._output import _width

    return Console(stderr=stderr, width=_width(sys.stderr if stderr else sys.stdout))


@contextmanager
def query_source(store: Path) -> Iterator[Store]:
    """Open the store for a query; refuse a store that does not exist yet."""
    from vanban.errors import StoreError

    if not Path(store).exists():
        raise StoreError(f"{store}: no store here; run `vanban ingest` first or pass --store")
    with open_store(store) as db:
        yield db


# ---- ingest ---------------------------------------------------------------------------------


def ingest_with_progress(
    paths: list[Path],
    store: Path,
    workers: int | None,
    scheduler: str | None,
    force: bool,
    progress: bool,
) -> RunSummary:
    """Run :func:`vanban.ingest.batch.ingest_folder` under a rich progress bar."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
    from rich.progress import TimeElapsedColumn

    from vanban.ingest.batch import ingest_folder

    columns = (
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
    )
    with Progress(*columns, console=_console(stderr=True), disable=not progress) as bar:
        task = bar.add_task("", total=None)

        def step(p: Any) -> None:
            bar.update(task, completed=p.done, total=p.total, description=Path(p.source).name)

        return ingest_folder(
            paths, store=store, workers=workers, scheduler=scheduler, force=force,
            on_progress=step,
        )


def print_summary(summary: RunSummary, store: Path) -> None:
    """The end-of-run table, then one line per failed file with its reason."""
    rows = [
        ("files", summary.files),
        ("processed", summary.processed),
        ("skipped (unchanged)", summary.skipped_unchanged),
        ("pages", summary.pages),
        ("OCR'd pages", summary.ocr_pages),
        ("citations", summary.citations),
        ("documents in the graph", summary.documents_in_graph),
        ("unresolved references", summary.unresolved),
        ("conflicts", summary.conflicts),
        ("failures", len(summary.failures)),
        ("seconds", summary.seconds),
    ]
    write_rows(
        ({"measure": k, "value": v} for k, v in rows), RowFormat.table,
        title=f"ingest → {store}",
    )
    for failure in summary.failures:
        print(f"FAILED {failure.source}: {failure.reason} ({failure.error})", file=sys.stderr)


# ---- parse ----------------------------------------------------------------------------------


def print_parsed(parsed: ParsedDocument, fmt: str) -> None:
    """The JSON contract, or two readable tables."""
    if fmt == "json":
        print(json.dumps(parsed.contract(), ensure_ascii=False, indent=2))
        return
    header = as_dict(parsed.header)
    write_rows(
        ({"field": k, "value": v} for k, v in header.items() if v not in (None, [])),
        RowFormat.table, title=f"{parsed.source} — header",
    )
    write_rows(
        parsed.citations, RowFormat.table, title="citations",
        columns=["symbol", "doc_type", "date", "issuer", "relation", "page", "start", "scope"],
    )
    if parsed.references:
        write_rows(parsed.references, RowFormat.table, title="unresolved references",
                   columns=["text", "doc_type", "number", "page"])


# ---- graph queries --------------------------------------------------------------------------


_TITLE_CHARS = 60
"""Longest title shown for a document that has no number."""


def _label(node: Any) -> str:
    data = as_dict(node)
    bits = [data.get("symbol") or data.get("id") or "?"]
    for key in ("doc_type", "date", "issuer"):
        if data.get(key):
            bits.append(str(data[key]))
    if data.get("locality"):
        bits.append(f"[{data['locality']}]")
    if not data.get("symbol") and data.get("title"):  # an article or unnumbered text: its title
        title = str(data["title"])
        bits.append(f"“{title[:_TITLE_CHARS - 1]}…”" if len(title) > _TITLE_CHARS else f"“{title}”")
    if data.get("kind") == "cited":
        bits.append("(cited only)")
    return " · ".join(bits)


def print_lineage(tree: BaseModel, fmt: str, max_nodes: int | None = None) -> None:
    """A lineage as a tree, JSON, or flat rows (table/csv) with depth and parent.

    A tree cut by ``max_nodes`` says so on stderr (stdout stays machine-readable).
    """
    if getattr(tree, "truncated", False):
        typer.echo(f"vanban: lineage cut at {max_nodes} documents; --max-nodes 0 shows all, "
                   "--depth N or --relation R narrow it", err=True)  # fmt: skip
    if fmt == "json":
        print(tree.model_dump_json(indent=2))
        return
    if fmt == "tree":
        from rich.tree import Tree

        root = Tree(f"[bold]{_label(tree.node)}")  # type: ignore[attr-defined]
        _grow(root, tree)
        _console().print(root)
        return
    write_rows(list(_flatten(tree)), RowFormat(fmt),
               columns=["depth", "parent", "relation", "symbol", "doc_type", "date", "issuer"])


def _grow(branch: Any, tree: Any) -> None:
    for child in tree.children:
        mark = " ↺" if getattr(child, "cycle", False) else ""
        if getattr(child, "repeated", False) and not mark:
            mark = " [dim](repeat: its branch is shown once)[/]"
        sub = branch.add(f"[cyan]{child.relation}[/] {_label(child.node)}{mark}")
        _grow(sub, child)


def _flatten(tree: Any, depth: int = 0, parent: str = "") -> Iterator[dict[str, Any]]:
    node = as_dict(tree.node)
    yield {"depth": depth, "parent": parent, "relation": getattr(tree, "relation", None), **node}
    for child in tree.children:
        yield from _flatten(child, depth + 1, node.get("symbol") or node.get("id") or "")


def print_record(record: BaseModel, fmt: RowFormat) -> None:
    """One record: a field/value table, or the record in the chosen format."""
    if fmt is not RowFormat.table:
        write_rows([record], fmt)
        return
    data = as_dict(record)
    write_rows(({"field": k, "value": v} for k, v in data.items() if v not in (None, [], "")),
               RowFormat.table, title=_label(record))


def conflict_rows(conflicts: list[Any]) -> Iterator[dict[str, Any]]:
    """One row per (conflict, value, source) so that every source and snippet shows."""
    for conflict in conflicts:
        data = as_dict(conflict)
        for value in data.get("values", []):
            yield {
                "document": data.get("symbol") or data.get("node"),
                "field": data.get("field"),
                "value": value.get("value"),
                "source": value.get("source"),
                "snippet": value.get("snippet"),
            }


def stats_rows(store: Path) -> Iterator[dict[str, Any]]:
    """Store and graph counts as (measure, value) rows."""
    from vanban.graph import graph_stats

    with query_source(store) as db:
        for key, value in db.counts().items():
            yield {"measure": key, "value": value}
        yield {"measure": "failed files", "value": len(db.failures())}
        for key, value in as_dict(graph_stats(db)).items():
            if isinstance(value, dict):  # edges by relation: one row each
                for sub, count in sorted(value.items()):
                    yield {"measure": f"graph {key} {sub}", "value": count}
            else:
                yield {"measure": f"graph {key}", "value": value}
