"""Rendering rows for the CLI: table, json, ndjson or csv, streamed where the format allows."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from enum import Enum
from typing import Any, TextIO

from pydantic import BaseModel


class RowFormat(str, Enum):
    """Output formats shared by every query command."""

    table = "table"
    json = "json"
    ndjson = "ndjson"
    csv = "csv"


def as_dict(row: BaseModel | Mapping[str, Any]) -> dict[str, Any]:
    """A row as a JSON-ready dict (dates as ISO strings)."""
    if isinstance(row, BaseModel):
        return row.model_dump(mode="json")
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in row.items()}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def write_rows(
    rows: Iterable[BaseModel | Mapping[str, Any]],
    fmt: RowFormat,
    *,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    out: TextIO | None = None,
) -> int:
    """Write ``rows`` in ``fmt``; JSON is written incrementally. Returns the row count."""
    out = out or sys.stdout
    dicts = (as_dict(r) for r in rows)
    if fmt is RowFormat.json:
        return _write_json(dicts, out)
    if fmt is RowFormat.ndjson:
        n = 0
        for n, d in enumerate(dicts, 1):
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
        return n
    if fmt is RowFormat.csv:
        return _write_csv(dicts, columns, out)
    return _write_table(list(dicts), columns, title, out)


def _write_json(dicts: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    out.write("[")
    for n, d in enumerate(dicts, 1):
        out.write(("," if n > 1 else "") + "\n  " + json.dumps(d, ensure_ascii=False))
    out.write("\n]\n" if n else "]\n")
    return n


def _write_csv(dicts: Iterable[dict[str, Any]], columns: Sequence[str] | None, out: TextIO) -> int:
    writer: csv.DictWriter[str] | None = None
    n = 0
    for n, d in enumerate(dicts, 1):
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(columns or d), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: _cell(v) for k, v in d.items()})
    return n


def _write_table(
    dicts: list[dict[str, Any]], columns: Sequence[str] | None, title: str | None, out: TextIO
) -> int:
    from rich.console import Console
    from rich.table import Table

    cols = list(columns or (dicts[0].keys() if dicts else []))
    table = Table(show_lines=False)
    for col in cols:
        table.add_column(col, overflow="fold")
    for d in dicts:
        table.add_row(*(_cell(d.get(c)) for c in cols))
    console = Console(file=out, width=_width(out))
    if title and len(title) > console.measure(table).maximum:
        console.print(title, style="table.title", soft_wrap=True)  # a long title on its own line
    elif title:
        table.title = title
    console.print(table)
    return len(dicts)


def _width(out: TextIO) -> int | None:
    """A terminal's own width; 160 columns (or ``$COLUMNS``) when piped, so rows don't wrap."""
    if out.isatty():
        return None
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() else 160
