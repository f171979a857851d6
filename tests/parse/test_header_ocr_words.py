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
