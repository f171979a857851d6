"""The ``vanban`` command: a thin typer layer over the library API.

Each command parses its options, calls one library function and formats the result. Errors are
turned into one line on stderr and an exit code in one place (:class:`_Group`).
"""

from __future__ import annotations

import logging
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import click
import typer
from typer.core import TyperGroup

from vanban._output import RowFormat, write_rows
from vanban.errors import ExitCode, VanbanError
from vanban.store import DEFAULT_STORE

log = logging.getLogger("vanban")


class _Group(TyperGroup):
    """Maps every VanbanError to its message on stderr and its exit code (traceback with -v)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except VanbanError as e:
            if log.isEnabledFor(logging.DEBUG):
                log.exception("error")
            typer.echo(f"vanban: error: {e}", err=True)
            raise typer.Exit(int(e.exit_code)) from e
        except KeyboardInterrupt:
            typer.echo("vanban: interrupted; everything committed so far is kept", err=True)
            raise typer.Exit(int(ExitCode.ctrl_c)) from None


app = typer.Typer(
    cls=_Group,
    help="Vietnamese administrative and Party documents in, a citation graph you can query out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

StoreOpt = Annotated[
    Path, typer.Option("--store", help="The store file (SQLite).", envvar="VANBAN_STORE")
]
FormatOpt = Annotated[RowFormat, typer.Option("--format", "-f", help="Output format.")]
RefArg = Annotated[str, typer.Argument(help='A document, as typed: "25-NQ/TW", "25/nq-tw"…')]


@app.callback()
def _main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Debug logging.")] = False,
) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


# ---- ingest and parse ---------------------------------------------------------------------


@app.command()
def ingest(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders.")] = None,
    store: StoreOpt = DEFAULT_STORE,
    workers: Annotated[int | None, typer.Option(help="Worker processes (default: cores).")] = None,
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler, tcp://HOST:8786.")] = None,
    force: Annotated[bool, typer.Option(help="Re-process unchanged files.")] = False,
    strict: Annotated[bool, typer.Option(help="Exit non-zero if any file failed.")] = False,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
) -> None:
    """Ingest documents into the store and refresh the citation graph.

    Example: vanban ingest data/raw --workers 2
    """
    from vanban._views import ingest_with_progress, print_summary

    summary = ingest_with_progress(paths or [Path("data/raw")], store, workers, scheduler, force,
                                   progress)
    print_summary(summary, store)
    if strict and summary.failures:
        raise typer.Exit(int(ExitCode.file_failures))


class ParseFormat(str, Enum):
    """Output of ``vanban parse``."""

    json = "json"
    table = "table"


@app.command()
def parse(
    file: Annotated[Path, typer.Argument(help="Any supported input file.")],
    fmt: Annotated[ParseFormat, typer.Option("--format", "-f")] = ParseFormat.json,
) -> None:
    """Parse one file without storing it: header, citations, relations.

    Example: vanban parse data/raw/000_1fb352bd47e5aa06.txt --format table
    """
    from vanban._views import print_parsed
    from vanban.parse import parse_file

    print_parsed(parse_file(file), fmt.value)


# ---- queries --------------------------------------------------------------------------------


class LineageFormat(str, Enum):
    """Output of ``vanban lineage``."""

    tree = "tree"
    json = "json"
    table = "table"
    csv = "csv"


@app.command()
def lineage(
    ref: RefArg,
    up: Annotated[bool, typer.Option("--up/--down", help="What it implements / what implements it.")] = False,
    depth: Annotated[int | None, typer.Option(help="Levels to follow (default: all).")] = None,
    relation: Annotated[list[str] | None, typer.Option(help="Only these relations (repeatable).")] = None,
    fmt: Annotated[LineageFormat, typer.Option("--format", "-f")] = LineageFormat.tree,
    max_nodes: Annotated[int, typer.Option(
        help="Expand at most this many documents (0: no limit); a cut tree is reported.")] = 10_000,
    store: StoreOpt = DEFAULT_STORE,
) -> None:
    """A document's lineage: what implements it (--down, default) or what it implements (--up).

    Example: vanban lineage 25-NQ/TW --down --relation implements
    """
    from vanban._views import print_lineage, query_source
    from vanban.graph import lineage as lineage_of

    with query_source(store) as source:
        tree = lineage_of(source, ref, direction="up" if up else "down", depth=depth,
                          relations=relation or None, max_nodes=max_nodes or None)
    print_lineage(tree, fmt.value, max_nodes)


@app.command()
def cites(ref: RefArg, store: StoreOpt = DEFAULT_STORE, fmt: FormatOpt = RowFormat.table) -> None:
    """What a document cites, with relation and mentions.

    Example: vanban cites 07-CT/TU
    """
    from vanban._views import EDGE_COLUMNS, query_source
    from vanban.graph import cites as cites_of

    with query_source(store) as source:
        write_rows(cites_of(source, ref), fmt, columns=EDGE_COLUMNS, title=f"{ref} cites")


@app.command("cited-by")
def cited_by(ref: RefArg, store: StoreOpt = DEFAULT_STORE, fmt: FormatOpt = RowFormat.table) -> None:
    """Which documents cite a document.

    Example: vanban cited-by 18/2000/CT-TTg
    """
    from vanban._views import EDGE_COLUMNS, query_source
    from vanban.graph import cited_by as cited_by_of

    with query_source(store) as source:
        write_rows(cited_by_of(source, ref), fmt, columns=EDGE_COLUMNS, title=f"{ref} is cited by")


@app.command()
def show(ref: RefArg, store: StoreOpt = DEFAULT_STORE, fmt: FormatOpt = RowFormat.table) -> None:
    """Everything known about one document: attributes, aliases, sources, degrees.

    Example: vanban show 25-NQ/TW
    """
    from vanban._views import print_record, query_source
    from vanban.graph import show as show_node

    with query_source(store) as source:
        print_record(show_node(source, ref), fmt)


@app.command()
def conflicts(store: StoreOpt = DEFAULT_STORE, fmt: FormatOpt = RowFormat.table) -> None:
    """Documents cited with contradictory facts (dates, issuers, types), with every source.

    Example: vanban conflicts --format json
    """
    from vanban._views import conflict_rows, query_source
    from vanban.graph import find_conflicts

    with query_source(store) as source:
        found = find_conflicts(source)
    if fmt is RowFormat.table:
        write_rows(conflict_rows(found), fmt, title="Conflicts")
    else:
        write_rows(found, fmt)


@app.command()
def stats(store: StoreOpt = DEFAULT_STORE, fmt: FormatOpt = RowFormat.table) -> None:
    """Counts: documents, nodes by kind, edges by relation, conflicts, failures.

    Example: vanban stats
    """
    from vanban._views import stats_rows

    write_rows(stats_rows(store), fmt, columns=["measure", "value"], title="vanban store")


NODE_COLUMNS = ["symbol", "doc_type", "date", "issuer", "locality", "kind", "in_degree", "id"]


@app.command()
def path(
    source_ref: RefArg,
    target_ref: Annotated[str, typer.Argument(help="The document to reach.")],
    store: StoreOpt = DEFAULT_STORE,
    fmt: FormatOpt = RowFormat.table,
) -> None:
    """The shortest chain of citations from one document to another (either direction).

    Example: vanban path 07-CT/TU 25-NQ/TW
    """
    from vanban._views import query_source
    from vanban.graph import path_between

    with query_source(store) as source:
        chain = path_between(source, source_ref, target_ref)
    write_rows(chain, fmt, columns=["source", "relation", "target"],
               title=f"{source_ref} → {target_ref}")


@app.command()
def implementers(ref: RefArg, store: StoreOpt = DEFAULT_STORE, fmt: FormatOpt = RowFormat.table) -> None:
    """Everything that implements a document, directly or down the chain, grouped by province
    ("central" for national bodies), with the days each took after the document.

    Example: vanban implementers 25-NQ/TW
    """
    from vanban._views import query_source
    from vanban.graph import implementation_lag

    with query_source(store) as source:
        lags = implementation_lag(source, ref)
    rows = sorted(
        ({"province": lag.node.locality or "central", "depth": lag.depth, "days": lag.days,
          **{k: getattr(lag.node, k) for k in NODE_COLUMNS if k != "locality"}}
         for lag in lags),
        key=lambda r: (r["province"] != "central", r["province"], r["depth"], str(r["date"] or "")),
    )  # fmt: skip
    write_rows(rows, fmt, columns=["province", "depth", "days", *NODE_COLUMNS[:4], "id"],
               title=f"implementers of {ref}")


@app.command("most-cited")
def most_cited(
    top: Annotated[int, typer.Option("--top", "-n", help="How many.")] = 20,
    store: StoreOpt = DEFAULT_STORE,
    fmt: FormatOpt = RowFormat.table,
) -> None:
    """The documents cited by the most other documents.

    Example: vanban most-cited -n 10
    """
    from vanban._views import query_source
    from vanban.graph import most_cited as most_cited_of

    with query_source(store) as source:
        write_rows(most_cited_of(source, top), fmt, columns=NODE_COLUMNS, title="most cited")


@app.command()
def orphans(store: StoreOpt = DEFAULT_STORE, fmt: FormatOpt = RowFormat.table) -> None:
    """Documents that are cited but not ingested (what to collect next), most cited first.

    Example: vanban orphans --format csv
    """
    from vanban._views import query_source
    from vanban.graph import orphans as orphans_of

    with query_source(store) as source:
        write_rows(orphans_of(source), fmt, columns=NODE_COLUMNS, title="cited, never ingested")


class ExportFormat(str, Enum):
    """Formats of ``vanban export``."""

    graphml = "graphml"
    gexf = "gexf"
    json = "json"
    csv = "csv"
    dot = "dot"
    mermaid = "mermaid"
    html = "html"
    svg = "svg"


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.graphml,
    output: Annotated[Path, typer.Option("--output", "-o", help="Output file.")] = Path(
        "data/processed/vanban.graphml"
    ),
    ref: Annotated[str | None, typer.Option(help="Only this document's lineage.")] = None,
    store: StoreOpt = DEFAULT_STORE,
) -> None:
    """Export the graph for Gephi, Cytoscape, pandas or a browser (files written atomically).

    Example: vanban export --format graphml -o data/processed/vanban.graphml
    """
    from vanban.graph import export_store
    from vanban.store import open_store

    with open_store(store) as db:
        written = export_store(db, output, fmt.value, ref=ref)
    for path in written:
        typer.echo(f"wrote {path}")


def main() -> None:
    """Console entry point."""
    sys.exit(app())


if __name__ == "__main__":
    main()
