"""The parser against the gold annotations of the five samples (issue #2, #5 done-when).

Every gold header field must match exactly (after NFC; only the "Ủy/Uỷ" tone fold allowed),
every gold citation must be found with its symbol and date, nothing may be invented, and the
relation and type must agree; embedded relations must be found. ``test_gold_report`` prints
the counts (run with ``pytest -s``).
"""

from __future__ import annotations

import unicodedata

import pytest

from vanban.models import ParsedDocument
from vanban.parse.relations import strongest

HEADER_FIELDS = ("doc_type", "symbol", "issuer", "parent_issuer", "place", "date", "title", "signer")
_FOLDS = str.maketrans({"ỷ": "y", "ủ": "u", "Ỷ": "Y", "Ủ": "U"})


def same(a: object, b: object) -> bool:
    """Equal after NFC, allowing only the Ủy/Uỷ tone-placement fold."""
    if a is None or b is None:
        return a is b
    x, y = (unicodedata.normalize("NFC", str(v)).translate(_FOLDS) for v in (a, b))
    return x == y


def by_symbol(doc: ParsedDocument) -> dict[str, dict]:
    """The parser's citations per symbol: first date, strongest relation, type, scope."""
    out: dict[str, dict] = {}
    for c in doc.citations:
        entry = out.setdefault(c.symbol, {"date": None, "relations": [], "doc_type": c.doc_type,
                                          "scope": c.scope, "issuer": c.issuer})
        entry["date"] = entry["date"] or (c.date.isoformat() if c.date else None)
        entry["relations"].append(c.relation)
        entry["scope"] = entry["scope"] or c.scope
    for entry in out.values():
        entry["relation"] = strongest(entry["relations"])
    return out


def gold_cases(gold: dict) -> list[tuple[str, dict]]:
    return list(gold["documents"].items())


def _header_value(doc: ParsedDocument, field: str) -> object:
    value = getattr(doc.header, field)
    return value.isoformat() if hasattr(value, "isoformat") else value


def test_header_fields(gold: dict, parsed_samples: dict[str, ParsedDocument]) -> None:
    wrong = []
    for name, expected in gold_cases(gold):
        doc = parsed_samples[name]
        assert doc.kind == expected["kind"], name
        for field in HEADER_FIELDS:
            if field in expected["header"]:
                got = _header_value(doc, field)
                if not same(got, expected["header"][field]):
                    wrong.append((name, field, got, expected["header"][field]))
    assert not wrong


def test_citations_symbol_and_date(gold: dict, parsed_samples: dict[str, ParsedDocument]) -> None:
    missing, extra = [], []
    for name, expected in gold_cases(gold):
        found = by_symbol(parsed_samples[name])
        want = {c["symbol"]: c for c in expected["citations"]}
        for symbol, c in want.items():
            if symbol not in found or found[symbol]["date"] != c["date"]:
                missing.append((name, symbol, c["date"], found.get(symbol, {}).get("date")))
        extra += [(name, s) for s in found if s not in want]
    assert not missing
    assert not extra


@pytest.mark.parametrize("field", ["relation", "doc_type", "scope"])
def test_citation_fields(gold: dict, parsed_samples: dict[str, ParsedDocument], field: str) -> None:
    wrong = []
    for name, expected in gold_cases(gold):
        found = by_symbol(parsed_samples[name])
        for c in expected["citations"]:
            if field in c and c["symbol"] in found and not same(found[c["symbol"]][field], c[field]):
                wrong.append((name, c["symbol"], found[c["symbol"]][field], c[field]))
    assert not wrong


def test_embedded_relations(gold: dict, parsed_samples: dict[str, ParsedDocument]) -> None:
    missing = []
    for name, expected in gold_cases(gold):
        doc = parsed_samples[name]
        got = {(r.source, r.target, r.relation) for r in doc.relations}
        for e in expected["embedded_relations"]:
            if (e["source"], e["target"], e["relation"]) not in got:
                missing.append((name, e))
    assert not missing


def test_own_relations_cover_every_citation(parsed_samples: dict[str, ParsedDocument]) -> None:
    for doc in parsed_samples.values():
        targets = {r.target for r in doc.relations if r.source == doc.name}
        assert targets == {c.symbol for c in doc.citations}
        if doc.kind == "article":
            assert {r.relation for r in doc.relations if r.source == doc.name} == {"cites"}


def test_spans_point_into_the_source(gold: dict, parsed_samples: dict[str, ParsedDocument]) -> None:
    from tests.parse.conftest import SAMPLES

    for name, doc in parsed_samples.items():
        text = (SAMPLES / name).read_text(encoding="utf-8")
        for c in doc.citations:
            assert text[c.start:c.end] == c.text
            assert c.text.replace(" ", "").find(c.symbol.split("/")[0].split("-")[0]) >= 0


def test_gold_report(gold: dict, parsed_samples: dict[str, ParsedDocument]) -> None:
    """Print the gold scores (header fields, citations, relations, types, issuers)."""
    counts = dict.fromkeys(("header", "header_total", "cit", "cit_total", "extra", "rel",
                            "type", "issuer", "emb", "emb_total"), 0)
    for name, expected in gold_cases(gold):
        doc = parsed_samples[name]
        for field in HEADER_FIELDS:
            if field in expected["header"]:
                counts["header_total"] += 1
                counts["header"] += same(_header_value(doc, field), expected["header"][field])
        found = by_symbol(doc)
        want = {c["symbol"]: c for c in expected["citations"]}
        counts["extra"] += sum(s not in want for s in found)
        for c in expected["citations"]:
            counts["cit_total"] += 1
            got = found.get(c["symbol"])
            if got is None:
                continue
            counts["cit"] += got["date"] == c["date"]
            counts["rel"] += got["relation"] == c["relation"]
            counts["type"] += same(got["doc_type"], c["doc_type"])
            counts["issuer"] += same(got["issuer"], c["issuer"])
        rels = {(r.source, r.target, r.relation) for r in doc.relations}
        for e in expected["embedded_relations"]:
            counts["emb_total"] += 1
            counts["emb"] += (e["source"], e["target"], e["relation"]) in rels
    print(
        f"\nGOLD header fields {counts['header']}/{counts['header_total']}; citations symbol+date "
        f"{counts['cit']}/{counts['cit_total']}; extra {counts['extra']}; relations "
        f"{counts['rel']}/{counts['cit_total']}; doc_type {counts['type']}/{counts['cit_total']}; "
        f"issuer {counts['issuer']}/{counts['cit_total']}; embedded {counts['emb']}/{counts['emb_total']}"
    )
    assert counts["cit"] == counts["cit_total"]
