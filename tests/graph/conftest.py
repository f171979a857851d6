"""Graph fixtures: the gold annotations of the five samples as ParsedDocuments, and factories.

The gold file (shared/gold/seeds.json) is real data; turning its annotations into our own models
tests the graph on exact input, independently of the parser. Offsets are found in the sample
texts themselves.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from vanban.models import Citation, Header, ParsedDocument, RelationRecord

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"
GOLD = ROOT / "tests" / "data" / "seeds.json"


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _locate(text: str, symbol: str, after: int = 0) -> tuple[int, int]:
    plain = symbol.replace("Đ", "Đ")
    for probe in (plain, plain.split("/")[0] + "/"):
        at = text.find(probe, after)
        if at < 0:
            at = text.find(probe)
        if at >= 0:
            return at, at + len(probe)
    return 0, len(symbol)


def gold_document(name: str, entry: dict[str, Any], folder: Path = RAW) -> ParsedDocument:
    """One gold annotation as a ParsedDocument (offsets located in the sample text)."""
    text = (folder / name).read_text(encoding="utf-8") if (folder / name).exists() else ""
    h = entry["header"]
    header = Header(
        doc_type=h.get("doc_type"), symbol=h.get("symbol"), issuer=h.get("issuer"),
        parent_issuer=h.get("parent_issuer"), place=h.get("place"), date=_date(h.get("date")),
        title=h.get("title"), signer=h.get("signer"),
        locality=h.get("locality_from_body"),
    )
    cites = []
    for c in entry["citations"]:
        start, end = _locate(text, c["symbol"])
        cites.append(Citation(
            symbol=c["symbol"], doc_type=c.get("doc_type"), date=_date(c.get("date")),
            issuer=c.get("issuer"), relation=c["relation"], text=text[start:end] or c["symbol"],
            start=start, end=end, page=1, scope=c.get("scope"),
        ))
    rels = [RelationRecord(source=r["source"], target=r["target"], relation=r["relation"])
            for r in entry.get("embedded_relations", [])]
    return ParsedDocument(source=str(folder / name), kind=entry.get("kind", "official"),
                          header=header, citations=cites, relations=rels,
                          methods=["plain_text"])


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    """The gold file."""
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def gold_docs(gold) -> list[ParsedDocument]:
    """The five samples as ParsedDocuments built from the gold annotations."""
    return [gold_document(name, entry) for name, entry in sorted(gold["documents"].items())]


def doc(source: str, symbol: str | None = None, *, date: str | None = None,
        issuer: str | None = None, place: str | None = None, locality: str | None = None,
        doc_type: str | None = None, cites: list[Citation] | None = None,
        methods: list[str] | None = None) -> ParsedDocument:
    """A ParsedDocument factory for table-driven graph tests."""
    return ParsedDocument(
        source=source,
        header=Header(symbol=symbol, date=_date(date), issuer=issuer, place=place,
                      locality=locality, doc_type=doc_type),
        citations=cites or [], methods=methods or ["text_layer"],
    )


def cite(symbol: str, *, date: str | None = None, relation: str = "implements",
         issuer: str | None = None, scope: str | None = None, doc_type: str | None = None,
         term: str | None = None, flags: list[str] | None = None, page: int = 1) -> Citation:
    """A Citation factory; ``text`` is the symbol with its date, as a document would write it."""
    text = f"số {symbol}" + (f" ngày {date}" if date else "")
    return Citation(symbol=symbol, date=_date(date), relation=relation, issuer=issuer,
                    scope=scope, doc_type=doc_type, term=term, text=text, start=0,
                    end=len(text), page=page, flags=flags or [])
