"""Wrapped lines of a text layer joined into paragraphs, from line boxes alone."""

from __future__ import annotations

import pytest

from tests.parse.test_gold import same
from vanban.ingest.extract import extract_text
from vanban.ingest.options import ExtractOptions
from vanban.ingest.paragraphs import Line, join_lines
from vanban.parse import parse_document
from vanban.testing.pdfgen import render_text_pdf

H = 13.0  # line height in points
PITCH = 17.0  # baseline to baseline
LEFT, RIGHT = 91.0, 532.0


def lines(*rows: tuple[str, float, float] | tuple[str, float, float, float]) -> list[Line]:
    """(text, x0, x1[, extra gap before]) rows, laid out top-down at the usual pitch."""
    out, top = [], 700.0
    for row in rows:
        text, x0, x1 = row[:3]
        top -= row[3] if len(row) == 4 else 0.0
        out.append(Line(text, x0, x1, top - H, top))
        top -= PITCH
    return out


CASES = [
    ("justified paragraph wraps",
     lines(("của Ban Chấp", LEFT, RIGHT), ("hành Trung ương khóa XI.", LEFT, 300)),
     "của Ban Chấp hành Trung ương khóa XI."),
    ("indented first line starts a paragraph",
     lines(("kết thúc.", LEFT, 200), ("Đoạn mới bắt đầu", 120, RIGHT), ("và tiếp tục.", LEFT, 250)),
     "kết thúc.\n\nĐoạn mới bắt đầu và tiếp tục."),
    ("a wide gap separates the title from the body",
     lines(("Về việc tăng cường công tác dân vận", 113, 509), ("trực thuộc Văn phòng", 183, 440),
           ("Qua gần 14 năm triển khai", 120, RIGHT, 18.0), ("thực hiện Chỉ thị.", LEFT, 300)),
     "Về việc tăng cường công tác dân vận\ntrực thuộc Văn phòng\n\n"
     "Qua gần 14 năm triển khai thực hiện Chỉ thị."),
    ("recipients list items stay on their lines",
     lines(("- Đảng ủy Khối các cơ quan TW (đ/c b/c);", LEFT, RIGHT), ("- Ủy viên BCH;", LEFT, 200),
           ("a) Tiếp tục nghiên cứu", LEFT, RIGHT), ("1. Các cấp ủy", LEFT, 250)),
     "- Đảng ủy Khối các cơ quan TW (đ/c b/c);\n- Ủy viên BCH;\na) Tiếp tục nghiên cứu\n1. Các cấp ủy"),
    ("short ragged lines are kept",
     lines(("ĐẢNG BỘ KHỐI", LEFT, 250), ("ĐẢNG ỦY VĂN PHÒNG", LEFT, 260), ("Số 665 - CT/ĐU", 113, 206)),
     "ĐẢNG BỘ KHỐI\nĐẢNG ỦY VĂN PHÒNG\nSố 665 - CT/ĐU"),
    ("a line above the previous one (another column) is never joined",
     [Line("Số 18/CT-UBND", LEFT, RIGHT, 680, 693), Line("Hải Dương, ngày 1", LEFT, 300, 700, 713)],
     "Số 18/CT-UBND\nHải Dương, ngày 1"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "rows", "expected"), CASES, ids=[c[0] for c in CASES])
def test_join_lines(name: str, rows: list[Line], expected: str) -> None:
    assert join_lines(rows) == expected


def test_headline_in_a_larger_font_is_one_line() -> None:
    big = [Line("Triển khai công tác dân vận ở đảng bộ các cơ", LEFT, 497, 738, 754),
           Line("quan nhà nước trong “Năm dân vận chính quyền", LEFT, 527, 718, 734),
           Line("2018”", LEFT, 145, 697, 713),
           Line("Xác định rõ công tác dân vận của đảng bộ cơ quan nhà nước", 119, RIGHT, 670, 683),
           Line("đạt hiệu quả sẽ có tác động quan trọng đến kết quả công tác", LEFT, RIGHT, 653, 666),
           Line("vận của Đảng bộ Khối và ảnh hưởng tích cực đến công tác dân", LEFT, RIGHT, 636, 649),
           Line("trên phạm vi cả nước.", LEFT, 300, 619, 632)]  # fmt: skip
    assert join_lines(big) == (
        "Triển khai công tác dân vận ở đảng bộ các cơ quan nhà nước trong “Năm dân vận chính quyền"
        " 2018”\n\nXác định rõ công tác dân vận của đảng bộ cơ quan nhà nước đạt hiệu quả sẽ có tác"
        " động quan trọng đến kết quả công tác vận của Đảng bộ Khối và ảnh hưởng tích cực đến công"
        " tác dân trên phạm vi cả nước."
    )


def test_empty() -> None:
    assert join_lines([]) == ""


DOC = (
    "ĐẢNG BỘ TỈNH HẢI DƯƠNG\nTỈNH ỦY\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nHải Dương, ngày 05 tháng 3 năm 2019\n\n"
    "Số 12-CT/TU\n\nCHỈ THỊ\n\n**Về tăng cường công tác dân vận của cơ quan nhà nước**\n\n"
    "Thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương khóa XI về tăng "
    "cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới, Ban "
    "Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nhiệm vụ sau đây.\n\n"
    "Chỉ thị này phổ biến đến chi bộ.\n"
)


def test_text_layer_pdf_comes_out_in_paragraphs(tmp_path) -> None:  # noqa: ANN001
    pdf = render_text_pdf(DOC, tmp_path / "ct.pdf")
    text = extract_text(pdf).text
    assert "của Ban Chấp hành Trung ương khóa XI về tăng cường" in text
    assert "sau đây.\nChỉ thị này phổ biến đến chi bộ." in text
    plain = extract_text(pdf, options=ExtractOptions(paragraphs=False)).text
    assert "của Ban Chấp hành Trung ương khóa XI về tăng cường" not in plain
    doc = parse_document(extract_text(pdf))
    assert same(doc.header.title, "Về tăng cường công tác dân vận của cơ quan nhà nước")
    (cited,) = doc.citations
    assert (cited.symbol, cited.issuer, cited.relation) == (
        "25-NQ/TW", "Ban Chấp hành Trung ương", "implements")  # fmt: skip


def test_known_paragraph_breaks_add_a_blank_line_unless_the_line_wraps() -> None:
    rows = lines(("Điều 1. Phạm vi", LEFT, 260), ("Điều 2. Đối tượng áp dụng rộng", LEFT, RIGHT),
                 ("trong cả nước.", LEFT, 240))  # fmt: skip
    assert join_lines(rows, breaks={1, 2}) == "Điều 1. Phạm vi\n\nĐiều 2. Đối tượng áp dụng rộng trong cả nước."
