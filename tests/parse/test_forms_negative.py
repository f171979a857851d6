"""What must not become a citation (issue #5 item 4, domain spec sections 4.2, 4.6).

The document's own number, article and clause numbers, phone numbers, e-mail, received stamps,
periods and terms, anaphora, money, fractions and scores give no citation. Number-only short
forms and named documents ("Nghị quyết 18", "Luật Đất đai năm 2024") are kept as references.
"""

from __future__ import annotations

import pytest

from tests.parse.forms_helpers import Row, check_row, params, party_header, state_header
from vanban.testing import citation as c
from vanban.testing import reference as ref

HU_HEADER = party_header(
    "ĐẢNG BỘ TỈNH NINH BÌNH", "HUYỆN ỦY YÊN KHÁNH", "45-KH/HU",
    "Yên Khánh, ngày 12 tháng 3 năm 2024",
    "KẾ HOẠCH\ntriển khai công tác dân vận năm 2024")
UBND_HEADER = state_header(
    "", "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG", "1245/QĐ-UBND",
    "Lâm Đồng, ngày 18 tháng 6 năm 2024",
    "QUYẾT ĐỊNH\nVề việc ban hành Quy chế phối hợp quản lý cụm công nghiệp")
SO_HEADER = state_header(
    "UBND TỈNH QUẢNG NINH", "SỞ NỘI VỤ", "812/SNV-CCVC",
    "Quảng Ninh, ngày 04 tháng 4 năm 2024",
    "V/v báo cáo số lượng công chức\n\nKính gửi: Các sở, ban, ngành tỉnh.")

OWN_NUMBER_ROWS = [
    Row("own-number-party-header",
        "Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị, Ban Thường vụ Huyện ủy "
        "xây dựng kế hoạch như sau:",
        [c("35-CT/TW", "Chỉ thị", "2019-05-30", "implements")], header=HU_HEADER),
    Row("own-number-in-appendix",
        "Phụ lục\n(Kèm theo Kế hoạch số 45-KH/HU ngày 12/3/2024 của Ban Thường vụ Huyện ủy)",
        [], header=HU_HEADER),
    Row("own-number-state-header",
        "Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Nghị định số 32/2024/NĐ-CP ngày 15 tháng 3 năm 2024 của Chính phủ về quản lý, "
        "phát triển cụm công nghiệp;",
        [c("77/2015/QH13", "Luật", "2015-06-19", "based_on"),
         c("32/2024/NĐ-CP", "Nghị định", "2024-03-15", "based_on")], header=UBND_HEADER),
    Row("own-number-anaphora-body",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý cụm công nghiệp.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        [], header=UBND_HEADER),
    Row("own-number-cong-van-header",
        "Thực hiện Công văn số 1530/BNV-CCVC ngày 28/3/2024 của Bộ Nội vụ, Sở Nội vụ đề nghị các "
        "cơ quan báo cáo trước ngày 15/4/2024.",
        [c("1530/BNV-CCVC", "Công văn", "2024-03-28", "implements")], header=SO_HEADER),
]

NOISE_ROWS = [
    Row("articles-and-clauses",
        "Theo điểm a khoản 1 Điều 12 và khoản 2 Điều 5 của Luật này, Điều 3 của Quy chế được áp "
        "dụng.",
        []),
    Row("phone-and-fax",
        "Điện thoại: 024.3823.1234; Fax: 024.3823.5678; Đường dây nóng: 0912.345.678.",
        []),
    Row("email-and-website",
        "Mọi ý kiến gửi về hộp thư vanthu@sotuphap.hanoi.gov.vn hoặc trang "
        "https://sotuphap.hanoi.gov.vn/tin-tuc/2024/05.",
        []),
    Row("received-stamp-block",
        "CÔNG VĂN ĐẾN\nSố: 1530\nNgày: 21/10/16\nChuyển: P.TH",
        []),
    Row("received-stamp-so-den",
        "Số đến: 1530 Ngày đến: 21/10/2016 Lưu hồ sơ số: 04",
        []),
    Row("period-and-term-ranges",
        "Nhiệm vụ trọng tâm giai đoạn 2021-2025 và nhiệm kỳ 2020 - 2025 đã hoàn thành; năm học "
        "2023-2024 và niên khóa 2023/2024 cũng vậy.",
        []),
    Row("money-per-person",
        "Mức hỗ trợ là 1.500/người/ngày, tối đa 1.500.000 đồng/người/tháng.",
        []),
    Row("fractions-and-ratios",
        "Có 2/3 số đại biểu tán thành, đạt 3/5 chỉ tiêu; bản đồ tỷ lệ 1/500 và 1/2000.",
        []),
    Row("scores",
        "Đội tuyển thắng với tỷ số 2-1, học sinh đạt 8/10 điểm.",
        []),
    Row("addresses",
        "Trụ sở tại số 12/34 đường Lê Lợi, ngõ 105/2 phố Xuân Thủy, số nhà 15/7A.",
        []),
    Row("draft-blank-number",
        "Dự thảo Quyết định số      /QĐ-UBND ngày    tháng    năm 2026 đã gửi lấy ý kiến.",
        []),
    Row("form-code-is-not-a-document",
        "Người nộp thuế kê khai theo mẫu số 01/GTGT ban hành kèm theo Thông tư số 80/2021/TT-BTC "
        "ngày 29/9/2021 của Bộ Tài chính.",
        [c("80/2021/TT-BTC", "Thông tư", "2021-09-29", "cites")]),
    Row("form-numbers-with-unit-codes",
        "Người bán thông báo theo Mẫu số 04/SS-HĐĐT, người nộp thuế đăng ký theo mẫu 01/ĐK-TCT, "
        "số liệu tổng hợp tại Phụ lục số 02/PL-NS và Biểu số 05/TH-ĐT, tờ khai 02/QTT-TNCN.",
        []),
    Row("weak-codes-without-type-word",
        "Xem trang 2/5 của báo cáo; phòng 12/A-B tầng 3; căn hộ 15/Lô-B được giao năm 12/2019; "
        "sản phẩm đạt 9/10 Điểm; ô tô 29/Ô-TÔ.",
        []),
    Row("signature-abbreviations",
        "T/M BAN THƯỜNG VỤ\nK/T BÍ THƯ\nPHÓ BÍ THƯ\n\nNơi nhận:\n- Như trên;\n- Lưu VPHU.",
        []),
    Row("standards-and-codes",
        "Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; xét nghiệm COVID-19; bão số 3.",
        []),
    Row("bare-date",
        "Hội nghị được tổ chức ngày 12/12/2013 tại Hội trường tỉnh.",
        []),
    Row("can-cu-dieu-le-dang",
        "- Căn cứ Điều lệ Đảng;\n- Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm "
        "2013;",
        []),
]

ANAPHORA_AND_REFERENCE_ROWS = [
    Row("anaphora-chi-thi-nay",
        "Chỉ thị này được phổ biến đến chi bộ và đảng viên.",
        []),
    Row("anaphora-nghi-quyet-neu-tren",
        "Các cấp ủy tổ chức thực hiện nghiêm Nghị quyết nêu trên.",
        []),
    Row("anaphora-van-ban-nay",
        "Trong quá trình thực hiện Kế hoạch này, nếu có vướng mắc, các đơn vị phản ánh về Văn "
        "phòng Huyện ủy.",
        []),
    Row("reference-number-only",
        "Sau 5 năm thực hiện Nghị quyết 18, bộ máy đã tinh gọn hơn.",
        [], refs=[ref("Nghị quyết 18")]),
    Row("reference-number-only-with-so",
        "Các Nghị quyết số 79 và số 80 của Bộ Chính trị đã được quán triệt.",
        [], refs=[ref("Nghị quyết số 79")]),
    Row("reference-conference-name",
        "Tiếp tục quán triệt Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng.",
        [], refs=[ref("Nghị quyết Trung ương 4")]),
    Row("reference-law-by-year",
        "Luật Đất đai năm 2024 có nhiều điểm mới về bồi thường, hỗ trợ, tái định cư.",
        [], refs=[ref("Luật Đất đai năm 2024")]),
    Row("reference-law-by-name-and-date",
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
        [], refs=[ref("Luật Tổ chức Chính phủ")]),
    Row("reference-de-an-short",
        "Kết quả triển khai Đề án 06 được đánh giá cao.",
        [], refs=[ref("Đề án 06")]),
]

ROWS = OWN_NUMBER_ROWS + NOISE_ROWS + ANAPHORA_AND_REFERENCE_ROWS


@pytest.mark.parametrize("row", params(ROWS))
def test_negative_form(row: Row) -> None:
    check_row(row)


def test_a_standard_number_is_no_symbol() -> None:
    """"QCVN 01:2020/BCT" (a national technical standard) holds "2020/BCT" after a colon: not a
    document number."""
    from vanban.parse import parse_document

    doc = parse_document("Áp dụng quy chuẩn kỹ thuật quốc gia QCVN 01:2020/BCT về an toàn điện.")
    assert doc.citations == []


def test_a_form_after_a_named_document_is_no_citation() -> None:
    """"Biên bản kiểm tra lập theo Mẫu số 01/KT": the type word "Biên bản" stands before a name
    ending in "Mẫu", so "số 01/KT" is the form's number, not a Biên bản's."""
    from vanban.parse import parse_document

    doc = parse_document("Biên bản kiểm tra lập theo Mẫu số 01/KT ban hành kèm theo Quy chế này.")
    assert doc.citations == []


def test_a_certified_copy_stamp_is_no_citation() -> None:
    """"SAO Y BẢN CHÍNH / Số: 412/SY-VP": the number of the copy, not a document cited."""
    from vanban.parse import parse_document

    doc = parse_document("Nơi nhận:\n- Lưu VT.\n\nSAO Y BẢN CHÍNH\nSố: 412/SY-VP, ngày 21/10/1996\n")
    assert doc.citations == []
