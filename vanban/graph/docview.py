"""A light, read-only view of a parsed document: what the graph builder needs, nothing more.

``ParsedDocument`` validation costs more than the graph itself on a million citations, so the
store's JSON is read straight into these tuples (:func:`from_json`); parsed models go through
:func:`from_parsed`. Both give the same view. Dates are ISO strings.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, NamedTuple

from vanban.models import ParsedDocument


class CitationView(NamedTuple):
    """One citation, as the builder reads it."""

    symbol: str
    doc_type: str | None
    date: str | None
    issuer: str | None
    term: str | None
    relation: str
    text: str
    start: int
    end: int
    page: int
    scope: str | None
    flags: tuple[str, ...] | list[str]


class RelationView(NamedTuple):
    """A relation between two documents stated inside this one."""

    source: str
    target: str
    relation: str
    start: int | None
    end: int | None


Row = tuple[Any, ...]
"""A citation as the builder consumes it: (file, page, start, end, snippet, method, date, issuer,
doc_type, flags, symbol, relation, term, scope). The first 11 fields are a mention row without
its edge (``vanban.graph.build.Mention``), so that the builder makes a mention with one tuple
concatenation; the reader workers send citations in this form (see :func:`citation_rows`)."""


@dataclass(slots=True)
class DocView:
    """The header fields, citations, relations and page methods of one parsed document.

    ``rows``, when set, are the citations as :data:`Row` tuples and ``citations`` is not read;
    ``own``, when set, is the document's (locality, identity, complete) (see
    ``vanban.graph.build.own_identity``). The reader workers make both.
    """

    source: str
    symbol: str | None = None
    doc_type: str | None = None
    issuer: str | None = None
    parent_issuer: str | None = None
    place: str | None = None
    date: str | None = None
    title: str | None = None
    locality: str | None = None
    citations: list[CitationView] = field(default_factory=list)
    relations: list[RelationView] = field(default_factory=list)
    methods: list[str] = field(default_factory=list)
    rows: list[Row] | None = None
    own: tuple[Any, ...] | None = None

    def method_of(self, page: int) -> str:
        """Extraction method of a 1-based page (``text_layer`` when unknown)."""
        if 0 < page <= len(self.methods):
            return self.methods[page - 1]
        return self.methods[-1] if self.methods else "text_layer"


def citation_rows(doc: DocView, same: Any = None) -> list[Row]:
    """The citations of a view as :data:`Row` tuples (``same``: an optional interning, e.g.
    ``dict.setdefault`` of a dict, that makes equal values one object)."""
    if doc.rows is not None:
        return doc.rows
    return rows_of(doc.source, doc.methods, doc.citations, same)


def rows_of(source: str, methods: list[str], citations: Iterable[tuple[Any, ...]],
            same: Any = None) -> list[Row]:
    """:data:`Row` tuples of citations given as the 12 fields of :class:`CitationView`."""
    page_method = DocView(source, methods=methods).method_of
    one_method = page_method(1) if len(methods) <= 1 else None
    if same is None:
        return [(source, page, start, end, text, one_method or page_method(page), date, issuer,
                 doc_type, tuple(flags), symbol, relation, term, scope)
                for symbol, doc_type, date, issuer, term, relation, text, start, end, page, scope,
                flags in citations]
    # Fields that are often None or empty are only interned when set.
    return [(source, page, start, end, text, same(m := one_method or page_method(page), m),
             date and same(date, date), issuer and same(issuer, issuer),
             doc_type and same(doc_type, doc_type), flags and same(fl := tuple(flags), fl) or (),
             same(symbol, symbol), same(relation, relation), term and same(term, term),
             scope and same(scope, scope))
            for symbol, doc_type, date, issuer, term, relation, text, start, end, page, scope,
            flags in citations]


def row_citation(row: Row) -> CitationView:
    """The :class:`CitationView` of a :data:`Row`."""
    (_, page, start, end, text, _, date, issuer, doc_type, flags, symbol, relation, term,
     scope) = row
    return CitationView(symbol, doc_type, date, issuer, term, relation, text, start, end, page,
                        scope, flags)


def _s(value: Any) -> Any:
    return sys.intern(value) if isinstance(value, str) and len(value) < 200 else value


def from_parsed(doc: ParsedDocument) -> DocView:
    """The view of a ParsedDocument model."""
    h = doc.header
    cites = [
        CitationView(c.symbol, _s(c.doc_type), c.date.isoformat() if c.date else None,
                     _s(c.issuer), c.term, c.relation, c.text, c.start, c.end, c.page,
                     _s(c.scope), tuple(c.flags))
        for c in doc.citations
    ]
    rels = [RelationView(r.source, r.target, r.relation, r.start, r.end) for r in doc.relations]
    return DocView(doc.source, h.symbol, h.doc_type, h.issuer, h.parent_issuer, h.place,
                   h.date.isoformat() if h.date else None, h.title, h.locality, cites, rels,
                   list(doc.methods))


_CITATION_KEYS = itemgetter(*CitationView._fields)
_new_citation = tuple.__new__


def from_json(data: dict[str, Any]) -> DocView:
    """The view of a ParsedDocument's JSON (``model_dump_json`` output), without validation."""
    h = data.get("header") or {}
    try:  # the store's JSON has every field: build the tuples in C
        cites = [_new_citation(CitationView, _CITATION_KEYS(c)) for c in data["citations"]]
    except KeyError:
        cites = _citations_loosely(data)
    rels = [RelationView(r["source"], r["target"], r["relation"], r.get("start"), r.get("end"))
            for r in data.get("relations") or ()]
    return DocView(data["source"], h.get("symbol"), h.get("doc_type"), h.get("issuer"),
                   h.get("parent_issuer"), h.get("place"), h.get("date"), h.get("title"),
                   h.get("locality"), cites, rels, list(data.get("methods") or ()))


def _citations_loosely(data: dict[str, Any]) -> list[CitationView]:
    """Citations of JSON that lacks some fields (older or hand-made records)."""
    return [
        CitationView(_s(c["symbol"]), _s(c.get("doc_type")), _s(c.get("date")),
                     _s(c.get("issuer")), c.get("term"), _s(c.get("relation") or "cites"),
                     c.get("text") or "", c.get("start") or 0, c.get("end") or 0,
                     c.get("page") or 1, _s(c.get("scope")), tuple(c.get("flags") or ()))
        for c in data.get("citations") or ()
    ]
