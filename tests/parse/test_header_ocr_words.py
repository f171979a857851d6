"""OCR repairs of header words never rewrite place names ("THANH HÓA" is not "THÀNH HÓA")."""

from __future__ import annotations

import pytest

from vanban.parse import parse_document

HEAD = "{issuer}\n*\nSố 12-CT/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n{place}, ngày 5 tháng 3 năm 2019\n\nCHỈ THỊ\nVề công tác dân vận\n\nNội dung.\n"


@pytest.mark.parametrize(
    ("issuer", "place", "want_issuer"),
    [("TỈNH ỦY THANH HÓA", "Thanh Hóa", "Tỉnh ủy Thanh Hóa"),
     ("THANH ỦY HÀ NỘI", "Hà Nội", "Thành ủy Hà Nội"),
     ("QUẬN ỦY THANH XUÂN", "Hà Nội", "Quận ủy Thanh Xuân")],
)  # fmt: skip
def test_header_issuer_keeps_thanh_in_names(issuer: str, place: str, want_issuer: str) -> None:
    doc = parse_document(HEAD.format(issuer=issuer, place=place), source="t.txt")
    assert doc.header.issuer is not None
    assert doc.header.issuer.casefold() == want_issuer.casefold()
    assert doc.header.place == place


@pytest.mark.parametrize(
    ("number_line", "want"),
    [("Sô l7 - NQ/HU", "17-NQ/HU"), ("Sổ: 112 /BC-UBND", "112/BC-UBND"),
     ("Sô: l2/2024/QÐ-TTg", "12/2024/QĐ-TTg"), ("Sộ: 45/KH-UBND", "45/KH-UBND")],
)  # fmt: skip
def test_an_ocr_damaged_number_line_is_still_the_number(number_line: str, want: str) -> None:
    """"Số" read as "Sô", "Sổ" or "Sộ", "l" for a leading "1": still the document's own number,
    so its own symbol is never cited (a running head repeats it further down)."""
    text = (f"HUYỆN ỦY DIỄN CHÂU\n*\n{number_line}    Diễn Châu, ngảy 08 tháng 3 năm 2024\n\n"
            "NGHỊ QUYẾT\nVề phát triển kinh tế biển\n\nNội dung.\n\f"
            f"Nghị quyết số {want} - Ban Chấp hành Đảng bộ huyện Diễn Châu\nHết.\n")
    doc = parse_document(text, source="t.txt")
    assert doc.header.symbol == want
    assert doc.header.date is not None and doc.header.date.isoformat() == "2024-03-08"
    assert [c.symbol for c in doc.citations] == []



@pytest.mark.parametrize(
    ("head", "place", "want"),
    [("TỈNH ỦY HÀ TĨNH\nỦY BAN KIỂM TRA\n*\nSố 186-TB/UBKTTU    Hà Tĩnh, ngày O9 thảng 10 năm 2024",
      "Hà Tĩnh", "2024-10-09"),
     ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM - ĐÀ NẴNG\nSố: 2418/QĐ-UB\n\nĐà Nẵng, ngàv l8 tháng l0 năm 1996",
      "Đà Nẵng", "1996-10-18")],
)  # fmt: skip
def test_an_ocr_damaged_date_line_still_dates_the_document(head: str, place: str, want: str) -> None:
    """"ngày O9 thảng 10" ("O" for "0", a wrong tone), "ngàv l8 tháng l0" ("v" for "y", "l"
    for "1"): the place and date line is still read."""
    doc = parse_document(head + "\n\nTHÔNG BÁO\nVề kết quả kỳ họp\n\nNội dung.\n", source="t.txt")
    assert doc.header.date is not None and doc.header.date.isoformat() == want
    assert doc.header.place == place
