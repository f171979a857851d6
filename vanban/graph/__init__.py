"""The citation graph: identity, build, conflicts, queries, persistence and exports.

Everything is importable from here; submodules load on first use so that a CLI query that is
answered from the store's tables never imports networkx.
"""

from __future__ import annotations

import importlib
from typing import Any

from vanban import _native

_native.attach(__name__, __path__)  # compiled twins of hot modules first, when current

_EXPORTS = {
    "build_graph": "vanban.graph.build",
    "refresh": "vanban.graph.persist",
    "load_graph": "vanban.graph.persist",
    "resolve": "vanban.graph.queries",
    "lineage": "vanban.graph.queries",
    "cites": "vanban.graph.queries",
    "cited_by": "vanban.graph.queries",
    "show": "vanban.graph.queries",
    "find_conflicts": "vanban.graph.queries",
    "graph_stats": "vanban.graph.queries",
    "path_between": "vanban.graph.queries",
    "implementers_by_locality": "vanban.graph.queries",
    "implementation_lag": "vanban.graph.queries",
    "most_cited": "vanban.graph.queries",
    "orphans": "vanban.graph.queries",
    "export_graph": "vanban.graph.export",
    "export_store": "vanban.graph.export",
    "to_exportable": "vanban.graph.export",
    "NodeRecord": "vanban.graph.records",
    "EdgeRecord": "vanban.graph.records",
    "Conflict": "vanban.graph.records",
    "ConflictValue": "vanban.graph.records",
    "LineageTree": "vanban.graph.records",
    "GraphStats": "vanban.graph.records",
    "Provenance": "vanban.graph.records",
    "Lag": "vanban.graph.records",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'vanban.graph' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
