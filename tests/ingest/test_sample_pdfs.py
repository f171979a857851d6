"""The committed sample PDFs against the gold annotations (issue #3 done-when).

Text-layer PDFs: every gold header field still right after extraction. Scans (image-only,
300 dpi, noise and rotation): OCR with real Tesseract finds >= 95 % of the gold citations
(symbol and date) of those documents, and the body character error rate against the
text-layer twin is <= 2 %.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.parse.test_gold import HEADER_FIELDS, _header_value, same
from vanban.ingest.evaluate import cer
from vanban.ingest.extract import extract_text
from vanban.models import ParsedDocument
from vanban.parse import parse_document

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"
GOLD = json.loads((ROOT / "tests" / "data" / "seeds.json").read_text(encoding="utf-8"))
SCANS = sorted(RAW.glob("*.scan.pdf"))


def _gold_of(pdf: Path) -> dict:
    return GOLD["documents"][pdf.name.split(".")[0] + ".txt"]


def _found(doc: ParsedDocument) -> set[tuple[str, str | None]]:
    return {(c.symbol, c.date.isoformat() if c.date else None) for c in doc.citations}


@pytest.mark.parametrize("pdf", sorted(p for p in RAW.glob("*.pdf") if ".scan" not in p.name),
                         ids=lambda p: p.name[:3])  # fmt: skip
def test_text_layer_pdf_header_fields(pdf: Path) -> None:
    doc = parse_document(extract_text(pdf))
    expected = _gold_of(pdf)
    wrong = {
        field: (_header_value(doc, field), expected["header"][field])
        for field in HEADER_FIELDS
        if field in expected["header"] and not same(_header_value(doc, field), expected["header"][field])
    }
    assert not wrong, wrong
    gold = {(c["symbol"], c["date"]) for c in expected["citations"]}
    assert gold <= _found(doc)


@pytest.fixture(scope="module")
def scans() -> dict[Path, tuple[object, ParsedDocument]]:
    out = {}
    for scan in SCANS:
        extracted = extract_text(scan)
        out[scan] = (extracted, parse_document(extracted))
    return out


@pytest.mark.slow
def test_scans_are_ocrd_and_find_95_percent_of_gold_citations(scans: dict) -> None:
    assert len(SCANS) >= 2
    found = total = 0
    missing = []
    for scan, (extracted, doc) in scans.items():
        assert all(page.method == "ocr" for page in extracted.pages), scan.name
        assert all(page.ocr_confidence and page.ocr_confidence > 60 for page in extracted.pages), scan.name
        gold = {(c["symbol"], c["date"]) for c in _gold_of(scan)["citations"]}
        hits = gold & _found(doc)
        found, total = found + len(hits), total + len(gold)
        missing += [(scan.name, *g) for g in sorted(gold - hits, key=str)]
    assert found / total >= 0.95, missing


@pytest.mark.slow
def test_scan_body_character_error_rate_is_at_most_2_percent(scans: dict) -> None:
    for scan, (extracted, _) in scans.items():
        twin = extract_text(scan.with_name(scan.name.replace(".scan.pdf", ".pdf")))
        assert len(twin.pages) == len(extracted.pages)
        body = [(o.text, t.text) for o, t in zip(extracted.pages[1:], twin.pages[1:], strict=True)]
        body = body or [(extracted.pages[0].text, twin.pages[0].text)]
        edits = sum(cer(o, t) * len(t) for o, t in body)
        rate = edits / sum(len(t) for _, t in body)
        assert rate <= 0.02, f"{scan.name}: CER {rate:.2%}"
