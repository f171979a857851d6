"""vanban: Vietnamese administrative and Party documents -> a citation graph you can query.

The public API is the pipeline's verbs, imported lazily so that ``import vanban`` (and the CLI's
cold start) stays cheap::

    import vanban
    doc = vanban.extract_text("data/raw/000_1fb352bd47e5aa06.pdf")
    parsed = vanban.parse_document(doc)
    summary = vanban.ingest_folder(["data/raw"], store="data/processed/vanban.sqlite")
    graph = vanban.load_graph("data/processed/vanban.sqlite")
    vanban.lineage(graph, "25-NQ/TW", direction="down")
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "extract_text": "vanban.ingest.extract",
    "ingest_folder": "vanban.ingest.batch",
    "parse_document": "vanban.parse",
    "parse_file": "vanban.parse",
    "parse_reference": "vanban.parse",
    "open_store": "vanban.store",
    "Store": "vanban.store",
    "build_graph": "vanban.graph",
    "load_graph": "vanban.graph",
    "lineage": "vanban.graph",
    "export_graph": "vanban.graph",
    "export_store": "vanban.graph",
    "find_conflicts": "vanban.graph",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'vanban' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
