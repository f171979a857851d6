"""Pictures of the graph: a self-contained interactive HTML view, and a static SVG of a lineage.

The HTML page embeds its data, its script and its style (``vanban/graph/assets``: a small SVG
view and force layout written for vanban, no third-party library), so opening it makes no
network request. A lineage is drawn in layers (the document at the top, implementers below);
the whole graph gets a force layout in the browser. Colours say which family a document
belongs to; a hollow dashed node is a document that is cited but not ingested.
"""

from __future__ import annotations

import html
import json
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from vanban.graph.export import write_atomic
from vanban.graph.identity import analyze_symbol

GROUPS: dict[str, tuple[str, str]] = {
    "party-central": ("#c0392b", "Party, central (…/TW)"),
    "party-local": ("#e67e22", "Party, local (TU, HU, ĐU, ĐUK…)"),
    "state-central": ("#2c7fb8", "State, central"),
    "state-local": ("#2e8b57", "State, local (UBND, HĐND)"),
    "no-number": ("#7f7f7f", "No number (named by file)"),
}
_SHOWN = ("symbol", "doc_type", "issuer", "date", "title", "term", "locality", "scope", "kind",
          "sources", "aliases", "mentions")


def group_of(data: dict[str, Any]) -> str:
    """The colour group of a node: Party/State, central/local, or no number."""
    symbol = data.get("symbol")
    if not symbol:
        return "no-number"
    info = analyze_symbol(symbol)
    side = "party" if info.shape == "party" and info.family == "party" else "state"
    return f"{side}-{'local' if info.scope_kind else 'central'}"


def layered_positions(graph: nx.MultiDiGraph, dx: float = 190, dy: float = 70,
                      wrap: int = 6) -> dict[str, tuple[float, float]]:
    """Positions by ``depth`` attribute, one band per level (at most ``wrap`` nodes per line),
    ordered by date within a band."""
    rows: dict[int, list[str]] = {}
    for node, depth in graph.nodes(data="depth"):
        rows.setdefault(depth if depth is not None else 0, []).append(node)
    pos, y = {}, 0.0
    widest = min(wrap, max((len(r) for r in rows.values()), default=1))
    for depth in sorted(rows):
        row = sorted(rows[depth], key=lambda n: (str(graph.nodes[n].get("date") or "9999"), n))
        for start in range(0, len(row), wrap):
            line = row[start:start + wrap]
            offset = (widest - len(line)) * dx / 2 + (dx / 2 if start // wrap % 2 else 0)
            for i, node in enumerate(line):
                pos[node] = (offset + i * dx, y)
            y += dy
        y += dy * 0.6
    return pos


def _payload(graph: nx.MultiDiGraph) -> dict[str, Any]:
    layered = any("depth" in d for _, d in graph.nodes(data=True))
    pos = layered_positions(graph) if layered else {}
    index = {node: i for i, node in enumerate(graph)}
    nodes = []
    for node, data in graph.nodes(data=True):
        attrs = {k: (", ".join(v) if isinstance(v, list) else v) for k in _SHOWN
                 if (v := data.get(k)) not in (None, "", [])}
        entry = {"id": node, "label": data.get("symbol") or node, "kind": data.get("kind", "cited"),
                 "color": GROUPS[group_of(data)][0], "attrs": attrs}
        if node in pos:
            entry["x"], entry["y"] = pos[node]
        nodes.append(entry)
    edges = [{"s": index[u], "t": index[v], "rel": rel, "mentions": d.get("mentions", 1)}
             for u, v, rel, d in graph.edges(keys=True, data=True)]
    return {"nodes": nodes, "edges": edges, "positioned": layered}


def _asset(name: str) -> str:
    return resources.files("vanban.graph").joinpath("assets", name).read_text(encoding="utf-8")


def _legend() -> str:
    return "".join(
        f'<span><i style="background:{c};border-color:{c}"></i>{html.escape(label)}</span>'
        for c, label in GROUPS.values()
    ) + '<span><i style="background:#fff;border-color:#555;border-style:dashed"></i>cited only</span>'


def render_html(graph: nx.MultiDiGraph, title: str | None = None) -> str:
    """The whole page as a string (data, script and style inline)."""
    root = graph.graph.get("root")
    title = title or (f"Lineage of {root}" if root else "vanban citation graph")
    data = json.dumps(_payload(graph), ensure_ascii=False).replace("</", "<\\/")
    return (
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title)}</title>"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "script-src 'unsafe-inline'; style-src 'unsafe-inline'\">"
        f"<style>{_asset('view.css')}</style></head><body>"
        f"<div id=\"bar\"><h1>{html.escape(title)}</h1>"
        "<input id=\"search\" type=\"search\" placeholder=\"Search: 25-NQ/TW, Hà Nội…\">"
        f"<span id=\"count\"></span></div><div id=\"legend\">{_legend()}</div>"
        "<svg id=\"canvas\" xmlns=\"http://www.w3.org/2000/svg\"></svg><div id=\"panel\"></div>"
        f"<script type=\"application/json\" id=\"graph-data\">{data}</script>"
        f"<script>{_asset('view.js')}</script></body></html>\n"
    )


def write_html(graph: nx.MultiDiGraph, path: Path) -> Path:
    """Write the interactive view of ``graph`` (whole graph or a lineage subgraph)."""
    page = render_html(graph)
    return write_atomic(path, lambda fh: fh.write(page))


def render_svg(graph: nx.MultiDiGraph) -> str:
    """A static SVG of a lineage subgraph (layered), with a legend."""
    if not any("depth" in d for _, d in graph.nodes(data=True)):
        graph = graph.copy()
        start = max(graph, key=graph.in_degree) if len(graph) else None
        levels = nx.single_source_shortest_path_length(graph.to_undirected(), start) if start else {}
        for node in graph:
            graph.nodes[node]["depth"] = levels.get(node, 0)
    pos = {n: (x + 100, y + 70) for n, (x, y) in layered_positions(graph).items()}
    width = max((x for x, _ in pos.values()), default=0) + 200 + 95
    height = max((y for _, y in pos.values()), default=0) + 120
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
           f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="sans-serif" font-size="11">',
           '<defs><marker id="a" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
           'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
           'fill="#666"/></marker></defs><rect width="100%" height="100%" fill="#fff"/>']
    for u, v, rel in graph.edges(keys=True):
        (x1, y1), (x2, y2) = pos[u], pos[v]
        y1, y2 = (y1 - 18, y2 + 18) if y1 > y2 else (y1 + 18, y2 - 18)
        dash = "" if rel == "implements" else ' stroke-dasharray="4 3"'
        out.append(f'<line x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" stroke="#666"'
                   f'{dash} marker-end="url(#a)"><title>{html.escape(rel)}</title></line>')
    for node, data in graph.nodes(data=True):
        x, y = pos[node]
        color = GROUPS[group_of(data)][0]
        fill, dash = (color, "") if data.get("kind") == "ingested" else ("#fff", ' stroke-dasharray="4 3"')
        text = "#fff" if data.get("kind") == "ingested" else "#222"
        label = data.get("symbol") or node
        sub = " · ".join(str(data[k]) for k in ("date", "locality") if data.get(k))
        out.append(f'<g><title>{html.escape(node)}</title><rect x="{x - 85:.0f}" y="{y - 18:.0f}" '
                   f'width="170" height="36" rx="6" fill="{fill}" stroke="{color}" '
                   f'stroke-width="2"{dash}/><text x="{x:.0f}" y="{y - 3:.0f}" fill="{text}" '
                   f'text-anchor="middle" font-weight="bold">{html.escape(label[:30])}</text>'
                   f'<text x="{x:.0f}" y="{y + 11:.0f}" fill="{text}" text-anchor="middle">'
                   f'{html.escape(sub[:34])}</text></g>')
    for i, (color, label) in enumerate(GROUPS.values()):
        out.append(f'<circle cx="{16}" cy="{16 + i * 16}" r="5" fill="{color}"/>'
                   f'<text x="26" y="{20 + i * 16}">{html.escape(label)}</text>')
    out.append("</svg>\n")
    return "\n".join(out)


def write_svg(graph: nx.MultiDiGraph, path: Path) -> Path:
    """Write the static SVG of ``graph`` (normally a lineage subgraph)."""
    picture = render_svg(graph)
    return write_atomic(path, lambda fh: fh.write(picture))
