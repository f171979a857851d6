"""Normalisation: each artefact repaired, offsets mapped back to the original text."""

from __future__ import annotations

import unicodedata

import pytest

from vanban.parse.normalize import canonical_tones, fold, normalize

CASES = [
    # (original, normalized) — one row per artefact of issue #5 item 1
    ("Số 665 - CT/\u00d0U", "Số 665 - CT/ĐU"),  # Icelandic eth for Đ
    (unicodedata.normalize("NFD", "Nghị quyết"), "Nghị quyết"),  # decomposed input
    ("**ĐẢNG ỦY VĂN PHÒNG**", "ĐẢNG ỦY VĂN PHÒNG"),  # converter bold markers
    ("04/2015/NĐ\u2013CP", "04/2015/NĐ-CP"),  # en dash
    ("18/CT\u2212UBND", "18/CT-UBND"),  # minus sign
    ("a\u200bb\u00adc", "abc"),  # zero-width space, soft hyphen
    ("| Số | 25-NQ/TW |", "  Số   25-NQ/TW  "),  # lone table cells
    ("1\u00a0000", "1 000"),  # no-break space
    # page furniture: a page number at a form feed, a gazette's running head
    ("số 12-NQ/ĐU ngày\n\n        2\n\fl0/01/2023 của", "số 12-NQ/ĐU ngày\n\nl0/01/2023 của"),
    ("ngày 10 tháng 12\n\n2      CÔNG BÁO/Số 45/Ngày 05-8-2022\n\nnăm 2021",
     "ngày 10 tháng 12\n\n\nnăm 2021"),
]


@pytest.mark.parametrize("original, expected", CASES, ids=[c[1][:20] for c in CASES])
def test_normalize_repairs(original: str, expected: str) -> None:
    assert normalize(original).text == expected


@pytest.mark.parametrize("original, _", CASES)
def test_idempotent(original: str, _: str) -> None:
    once = normalize(original).text
    assert normalize(once).text == once


def test_offsets_point_into_original() -> None:
    original = "**Chỉ thị** số " + unicodedata.normalize("NFD", "Quyết định") + " 25-NQ/TW xong"
    norm = normalize(original)
    start = norm.text.index("25-NQ/TW")
    end = start + len("25-NQ/TW")
    assert original[norm.to_source(start):norm.to_source(end, end=True)] == "25-NQ/TW"
    word = norm.text.index("Chỉ")
    assert original[norm.to_source(word):norm.to_source(word + 7, end=True)] == "Chỉ thị"


def test_end_offset_stays_before_removed_text() -> None:
    norm = normalize("abc**def")
    assert norm.text == "abcdef"
    assert norm.to_source(3, end=True) == 3
    assert norm.to_source(3) == 5


def test_fold_is_same_length_and_ascii_for_vietnamese() -> None:
    text = "Đảng ủy Khối các cơ quan Trung ương, ngày 22 tháng 9 năm 2014"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == "dang uy khoi cac co quan trung uong, ngay 22 thang 9 nam 2014"


TONES = [
    ("Uỷ ban nhân dân", "Ủy ban nhân dân"),  # old tone placement -> new
    ("CỘNG HOÀ", "CỘNG HÒA"),
    ("khoá XII", "khóa XII"),
    ("thuỷ lợi", "thủy lợi"),
    ("quý", "quý"),  # "qu": the u belongs to the consonant
    ("hoàn thành", "hoàn thành"),  # final consonant: both styles agree
]


@pytest.mark.parametrize("old, new", TONES)
def test_canonical_tones(old: str, new: str) -> None:
    assert canonical_tones(old) == new
    assert canonical_tones(new) == new
    assert fold(old) == fold(new)  # matching never sees the difference
