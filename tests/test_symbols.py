"""Canonical symbols and lookup keys."""

from __future__ import annotations

import pytest

from vanban.symbols import canonical_symbol, symbol_key


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("665 - CT/ĐU", "665-CT/ĐU"),  # OCR spacing around the hyphen
        ("665-CT/\u00d0U", "665-CT/ĐU"),  # Icelandic eth for Đ
        ("18/2000/CT\u2013TTg", "18/2000/CT-TTg"),  # en dash
        ("2317 /VPCP-KGVX", "2317/VPCP-KGVX"),
        ("04\uff0f2015/N\u0110-CP", "04/2015/NĐ-CP"),  # full-width slash
        ("Nghi\u0323 quyê\u0301t", "Nghịquyết"),  # decomposed input comes out NFC
    ],
)
def test_canonical_symbol(typed, canonical):
    assert canonical_symbol(typed) == canonical


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("25-NQ/TW", "25/NQ-TW"),
        ("25-NQ/TW", "25-nq/tw"),
        ("04-NQ/TU", "4-NQ/TU"),
        ("30c/NQ-CP", "030c/nq-cp"),
        ("16-CTr/ĐUK", "16-CTR/ĐUK"),
    ],
)
def test_keys_fold_what_users_type_differently(a, b):
    assert symbol_key(a) == symbol_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("25-NQ/TW", "25-NQ/TU"),
        ("04/2015/NĐ-CP", "04/2015/ND-CP"),  # Đ and D stay distinct (ĐA/DA, HĐ/HD)
        ("13/CT-TTg", "13/2016/CT-TTg"),
    ],
)
def test_keys_keep_different_documents_apart(a, b):
    assert symbol_key(a) != symbol_key(b)
