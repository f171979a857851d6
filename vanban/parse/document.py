"""Assemble a :class:`~vanban.models.ParsedDocument`: header, citations with source offsets,
scopes, flags, unresolved references and relation records."""

from __future__ import annotations

from bisect import bisect_right
from pathlib import PurePath

from vanban.models import ExtractedDocument, Header, ParsedDocument
from vanban.parse.citations import Mention, find_mentions
from vanban.parse.header import is_article, parse_article_header, parse_header
from vanban.parse.names import body_in, place_in
from vanban.parse.normalize import Normalized, normalize
from vanban.parse.references import find_references
from vanban.parse.relations import Embedded, assign_relations, strongest
from vanban.parse.scan import positions
from vanban.parse.symbols import is_local_issuer
from vanban.parse.validate import flags_for


class _Pages:
    """Maps source offsets to 1-based page numbers (pages are joined by form feeds)."""

    def __init__(self, text: str, numbers: list[int] | None) -> None:
        self._breaks = positions(text, "\f", 0, len(text))  # str.find, not a per-char loop
        self._numbers = numbers

    def at(self, offset: int) -> int:
        k = bisect_right(self._breaks, offset - 1) if self._breaks else 0
        if self._numbers and k < len(self._numbers):
            return self._numbers[k]
        return k + 1


def _scope(mention: Mention, header: Header) -> str | None:
    """Locality or body a local symbol belongs to; None for central symbols."""
    code = mention.parts.main_issuer
    if not is_local_issuer(code):
        return None
    if code in ("ĐU", "ĐUK", "CB", "ĐĐ", "BCSĐ"):
        return body_in(mention.issuer) or body_in(header.issuer) or header.locality
    return place_in(mention.issuer) or header.locality or place_in(header.issuer)


def _over_page_break(source: str, lo: int, hi: int) -> bool:
    """Whether page furniture (a form feed, a gazette's running head) stands in
    ``source[lo:hi]``."""
    return source.find("\f", lo, hi) >= 0 or source.find("BÁO/", lo, hi) >= 0 \
        or source.find("BAO/", lo, hi) >= 0


def _citation(norm: Normalized, pages: _Pages, m: Mention, header: Header) -> dict[str, object]:
    """The fields of one :class:`~vanban.models.Citation` (validated with the whole document)."""
    start = norm.to_source(m.left)
    end = norm.to_source(m.tail_end, end=True)
    if m.tail_end > m.end:
        symbol_end = norm.to_source(m.end, end=True)
        if _over_page_break(norm.source, symbol_end, end):
            end = symbol_end  # its date reads on over the page break; the next page's head
    text = norm.source[start:end].rstrip()  # belongs to no citation
    end = start + len(text)
    return {
        "symbol": m.symbol, "doc_type": m.doc_type, "date": m.date, "issuer": m.issuer,
        "term": m.term, "relation": m.relation, "text": text, "start": start, "end": end,
        "page": pages.at(start), "scope": _scope(m, header), "flags": flags_for(m, header.date)}


def _relations(name: str, mentions: list[Mention], embedded: list[Embedded]
               ) -> list[dict[str, str]]:
    """One record per cited document (its strongest relation), then the embedded relations
    (the fields of :class:`~vanban.models.RelationRecord`)."""
    by_symbol: dict[str, list[Mention]] = {}
    for m in mentions:
        by_symbol.setdefault(m.symbol, []).append(m)
    records = [
        {"source": name, "target": symbol, "relation": strongest([m.relation for m in ms])}
        for symbol, ms in by_symbol.items()
    ]
    seen = set()
    for e in embedded:
        key = (e.source.symbol, e.target.symbol, e.relation)
        if key in seen or e.source.symbol == e.target.symbol:
            continue
        seen.add(key)
        records.append({"source": e.source.symbol, "target": e.target.symbol, "relation": e.relation})
    return records


def build(doc: ExtractedDocument | str, source: str | None) -> ParsedDocument:
    """Parse ``doc`` (an extracted document, or one page of text) into a ParsedDocument."""
    if isinstance(doc, ExtractedDocument):
        text, src = doc.text, source or doc.source
        pages = _Pages(text, [p.number for p in doc.pages])
        sha, methods = doc.sha256, [p.method for p in doc.pages]
    else:
        text, src, sha, methods = doc, source or "<text>", None, []
        pages = _Pages(text, None)
    norm = normalize(text)
    article = is_article(norm)
    header = parse_article_header(norm) if article else parse_header(norm)
    mentions = find_mentions(norm, header.symbol)
    embedded = assign_relations(norm, mentions, article=article)
    citations = [_citation(norm, pages, m, header) for m in mentions]
    name = header.symbol or PurePath(src).name

    def to_ref(start: int, end: int, doc_type: str, number: str | None) -> dict[str, object]:
        s, e = norm.to_source(start), norm.to_source(end, end=True)
        return {"text": text[s:e], "doc_type": doc_type, "number": number, "start": s, "end": e,
                "page": pages.at(s)}

    taken = [(m.left, m.tail_end) for m in mentions]
    # One validation of the whole document from plain dicts by pydantic-core: the same checks
    # as building each citation, relation and reference model, without a Python call per record.
    return ParsedDocument.model_validate({
        "source": src, "sha256": sha, "kind": "article" if article else "official",
        "header": header, "citations": citations, "relations": _relations(name, mentions, embedded),
        "references": find_references(norm, taken, to_ref), "methods": methods,
    })
