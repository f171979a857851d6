"""Every example in the parser's tables is a test; plus what users type (parse_reference)."""

from __future__ import annotations

import datetime as dt

import pytest

from vanban.errors import ParseError
from vanban.parse import parse_reference

REFERENCES = [
    # (typed on the CLI, canonical symbol, doc_type, date)
    ("25-NQ/TW", "25-NQ/TW", "Nghị quyết", None),
    ("25/NQ-TW", "25-NQ/TW", "Nghị quyết", None),  # shapes swapped, Party issuer
    ("nghị quyết 25-NQ/TW", "25-NQ/TW", "Nghị quyết", None),
    ("25-nq/tw", "25-NQ/TW", "Nghị quyết", None),  # case restored from the tables
    ("Chỉ thị số 18/2000/CT-TTg ngày 21/9/2000", "18/2000/CT-TTg", "Chỉ thị", dt.date(2000, 9, 21)),
    ("18-ct/ubnd", "18/CT-UBND", "Chỉ thị", None),  # State issuer gets the State shape
    ("08-qđi/tw", "08-QĐi/TW", "Quy định", None),
    ("16-ctr/đuk", "16-CTr/ĐUK", "Chương trình", None),
    ("quy định số 124-qđ/tw", "124-QĐ/TW", "Quy định", None),
    ("97/2018/NĐCP", "97/2018/NĐ-CP", "Nghị định", None),  # missing hyphen repaired
    ("80/2015/qh13", "80/2015/QH13", None, None),  # laws: no type segment
    ("665 - CT/\u00d0U", "665-CT/ĐU", "Chỉ thị", None),
    ("công văn 3431/tchq-txnk", "3431/TCHQ-TXNK", "Công văn", None),
    ("2785/vpcp-v.iii", "2785/VPCP-V.III", "Công văn", None),
    ("Quyết định 31-QĐ/TW, ngày 01-10-1997", "31-QĐ/TW", "Quyết định", dt.date(1997, 10, 1)),
    ("16/ct-ttg", "16/CT-TTg", "Chỉ thị", None),
    ("07/ct-tu", "07-CT/TU", "Chỉ thị", None),
]


@pytest.mark.parametrize("typed, symbol, doc_type, date", REFERENCES, ids=[r[0] for r in REFERENCES])
def test_parse_reference(typed: str, symbol: str, doc_type: str | None, date: dt.date | None) -> None:
    ref = parse_reference(typed)
    assert (ref.symbol, ref.doc_type, ref.date) == (symbol, doc_type, date)


@pytest.mark.parametrize("typed", ["", "nghị quyết", "hello world", "2011-2015"])
def test_parse_reference_rejects_non_references(typed: str) -> None:
    with pytest.raises(ParseError):
        parse_reference(typed)
