"""GEXF (Gephi's own format) written as a stream, like :mod:`vanban.graph.graphml`.

Nodes keep their real ids (GEXF allows any string) with the symbol as ``label``; edges are
``e0, e1, …``, labelled with their relation and weighted by their number of mentions (what
Gephi draws as the edge's thickness). Attribute declarations come first in GEXF, so the nodes
and edges are spooled while the declarations are collected. ``networkx.read_gexf`` reads the
file back with every attribute and its type.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import IO, Any
from xml.sax.saxutils import quoteattr

from vanban.graph.graphml import write_spooled, xml_type

_HEADER = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<gexf xmlns="http://www.gexf.net/1.2draft" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" '
    'version="1.2">\n'
    '<meta lastmodifieddate="{date}"><creator>vanban</creator></meta>\n'
    '<graph defaultedgetype="directed" mode="static">\n'
)


class _Attributes:
    """Declared attributes of one class (node or edge), numbered in order of first sight."""

    def __init__(self, first_id: int = 0) -> None:
        self.ids: dict[tuple[str, str], str] = {}
        self.next = first_id

    def values(self, attrs: dict[str, Any]) -> str:
        out = []
        for name, value in attrs.items():
            key = (name, xml_type(value))
            aid = self.ids.get(key)
            if aid is None:
                aid = self.ids[key] = str(self.next)
                self.next += 1
            text = str(value).lower() if isinstance(value, bool) else str(value)
            out.append(f'<attvalue for="{aid}" value={quoteattr(text)}/>')
        return f"<attvalues>{''.join(out)}</attvalues>" if out else ""

    def declarations(self, cls: str) -> str:
        rows = "".join(f'<attribute id="{aid}" title={quoteattr(name)} type="{kind}"/>\n'
                       for (name, kind), aid in self.ids.items())
        return f'<attributes class="{cls}" mode="static">\n{rows}</attributes>\n'


def write_gexf(
    out: IO[str],
    nodes: Iterable[tuple[str, str, dict[str, Any]]],
    edges: Iterable[tuple[str, str, str, str, float | None, dict[str, Any]]],
) -> None:
    """Write a directed multigraph as GEXF 1.2 to ``out``.

    Args:
        out: A text handle (UTF-8).
        nodes: ``(id, label, scalar attributes)``.
        edges: ``(source id, target id, edge id, label, weight or None, scalar attributes)``.
    """
    node_attrs, edge_attrs = _Attributes(), _Attributes()

    def body(fh: IO[str]) -> None:
        fh.write("<nodes>\n")
        for node, label, attrs in nodes:
            fh.write(f"<node id={quoteattr(node)} label={quoteattr(label)}>"
                     f"{node_attrs.values(attrs)}</node>\n")
        fh.write("</nodes>\n<edges>\n")
        edge_attrs.next = node_attrs.next  # one id space, as networkx writes it
        for source, target, edge, label, weight, attrs in edges:
            extra = f' weight="{weight}"' if weight is not None else ""
            fh.write(f"<edge source={quoteattr(source)} target={quoteattr(target)} "
                     f'id="{edge}" label={quoteattr(label)}{extra}>'
                     f"{edge_attrs.values(attrs)}</edge>\n")
        fh.write("</edges>\n</graph>\n</gexf>\n")

    write_spooled(out, body, lambda: _HEADER.format(date=dt.date.today().isoformat())
                  + node_attrs.declarations("node") + edge_attrs.declarations("edge"))
