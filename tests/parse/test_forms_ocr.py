"""OCR- and converter-damaged citation forms (issue #5 items 1 and 3, domain spec 5.2-5.5).

Spaces around "-" and "/", look-alike letters ("Ð" U+00D0), lost diacritics, line and page breaks
inside a citation, markdown bold markers, a lost hyphen, a doubled letter, stray marks: the
parser must still report the canonical symbol (NFC, no spaces, "Đ", plain hyphen).
"""

from __future__ import annotations

import unicodedata

import pytest

from tests.parse.forms_helpers import Row, check_row, params
from vanban.testing import citation as c

SPACING_ROWS = [
    Row("space-around-hyphen-running-text",
        "Theo Chỉ thị số 712 - CT/ĐU ngày 10/5/2022 của Ban Thường vụ Đảng ủy, các chi bộ tổ chức "
        "sinh hoạt chuyên đề hằng quý.",
        [c("712-CT/ĐU", "Chỉ thị", "2022-05-10", "cites")]),
    Row("space-after-hyphen",
        "Quyết định số 175- QĐ/TW ngày 14/4/2003 của Ban Bí thư đã được thay bằng văn bản mới.",
        [c("175-QĐ/TW", "Quyết định", "2003-04-14", "cites")]),
    Row("space-before-slash-cong-van",
        "Văn phòng Chính phủ có Công văn số 2317 /VPCP-KGVX ngày 20/4/2022 về tổ chức kỳ thi.",
        [c("2317/VPCP-KGVX", "Công văn", "2022-04-20", "cites")]),
    Row("space-before-slash-year",
        "Thời hạn kháng cáo được tính theo Nghị quyết số 04 /2016/NQ-HĐTP ngày 30/12/2016 của Hội "
        "đồng Thẩm phán.",
        [c("04/2016/NQ-HĐTP", "Nghị quyết", "2016-12-30", "cites")]),
    Row("double-space-before-slash",
        "Quyết định số 6  /2007/QĐ-UBND ngày 12/02/2007 của Ủy ban nhân dân tỉnh quy định giá "
        "cước vận tải.",
        [c("6/2007/QĐ-UBND", "Quyết định", "2007-02-12", "cites")]),
    Row("space-before-slash-admin",
        "Quyết định số: 1206 /QĐ-HVTC ngày 15/8/2022 của Giám đốc Học viện về ban hành quy chế "
        "đào tạo.",
        [c("1206/QĐ-HVTC", "Quyết định", "2022-08-15", "cites")]),
    Row("space-inside-unit-code",
        "Quyết định số 979/QĐ-CĐVX- ĐT ngày 20/8/2021 của Hiệu trưởng Trường Cao đẳng về kế hoạch "
        "đào tạo.",
        [c("979/QĐ-CĐVX-ĐT", "Quyết định", "2021-08-20", "cites")]),
    Row("space-lost-after-so",
        "Bộ Chính trị đã có Kết luận số21-KL/TW ngày 25/10/2021 về xây dựng, chỉnh đốn Đảng.",
        [c("21-KL/TW", "Kết luận", "2021-10-25", "cites")]),
    Row("nbsp-before-number",
        "Thực hiện Nghị quyết số\u00a036-NQ/TW ngày 22/10/2018 của Ban Chấp hành Trung ương, tỉnh "
        "xây dựng kế hoạch phát triển kinh tế biển.",
        [c("36-NQ/TW", "Nghị quyết", "2018-10-22", "implements")]),
    Row("en-dash-in-symbol",
        "Chỉ thị số 35\u2013CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp.",
        [c("35-CT/TW", "Chỉ thị", "2019-05-30", "cites")]),
    Row("zero-width-space-in-symbol",
        "Nghị quyết số 04-NQ/\u200bTW ngày 30/10/2016 của Ban Chấp hành Trung ương Đảng khóa XII.",
        [c("04-NQ/TW", "Nghị quyết", "2016-10-30", "cites")]),
]

LETTER_ROWS = [
    Row("eth-in-symbol",
        "Quyết định số 1234/QÐ-UBND ngày 12/5/2023 của Ủy ban nhân dân tỉnh về thành lập hội đồng "
        "thẩm định.",
        [c("1234/QĐ-UBND", "Quyết định", "2023-05-12", "cites")]),
    Row("small-eth-in-type-word-and-symbol",
        "Căn cứ Nghị ðịnh số 15/2020/NÐ-CP ngày 03/02/2020 của Chính phủ;",
        [c("15/2020/NĐ-CP", "Nghị định", "2020-02-03", "based_on")]),
    Row("eth-in-qdi",
        "Đảng viên nêu cao trách nhiệm nêu gương theo Quy định số 08-QÐi/TW ngày 25/10/2018.",
        [c("08-QĐi/TW", "Quy định", "2018-10-25", "cites")]),
    Row("no-diacritics-party",
        "Thuc hien Nghi quyet so 25-NQ/TW ngay 03/6/2013 cua Ban Chap hanh Trung uong Dang khoa "
        "XI, Dang uy xay dung ke hoach.",
        [c("25-NQ/TW", "Nghị quyết", "2013-06-03", "implements")]),
    Row("no-diacritics-state",
        "Can cu Thong tu so 15/2020/TT-BTC ngay 20 thang 3 nam 2020 cua Bo Tai chinh;",
        [c("15/2020/TT-BTC", "Thông tư", "2020-03-20", "based_on")]),
    Row("nfd-decomposed-text",
        unicodedata.normalize(
            "NFD",
            "Triển khai Quyết định số 12/QĐ-UBND ngày 08/01/2024 của Ủy ban nhân dân huyện.",
        ),
        [c("12/QĐ-UBND", "Quyết định", "2024-01-08", "implements")]),
    Row("ocr-ngay-wrong-tone",
        "Chỉ thị số 05-CT/TW ngảy 15/5/2016 của Bộ Chính trị được quán triệt sâu rộng.",
        [c("05-CT/TW", "Chỉ thị", "2016-05-15", "cites")]),
    Row("ocr-thang-nam-lost-marks",
        "Công văn số 1188/UBND-NC ngày 22 thang 9 nărn 2014 của Ủy ban nhân dân thành phố.",
        [c("1188/UBND-NC", "Công văn", "2014-09-22", "cites")]),
    Row("ocr-l-for-1-in-year",
        "Căn cứ Luật Đất đai số 45/20l3/QH13 ngày 29 tháng 11 năm 2013; Thông tư số 14/20l2/TT-BNV "
        "ngày 18/12/20l2 của Bộ Nội vụ;",
        [c("45/2013/QH13", "Luật", "2013-11-29", "based_on"),
         c("14/2012/TT-BNV", "Thông tư", "2012-12-18", "based_on")]),
    Row("ocr-l-for-1-after-digit",
        "Căn cứ Luật Đất đai số 3l/2024/QH15 ngày 18 tháng 01 năm 2024;",
        [c("31/2024/QH15", "Luật", "2024-01-18", "based_on")]),
    Row("ocr-o-for-0-in-year-and-date",
        "Giao Sở Nội vụ tham mưu sửa đổi Quyết định số 18/2O23/QĐ-UBND ngày 05/5/2O23; thực "
        "hiện Quyết định sô 2156/QÐ - UBND ngày 1O/8/2022 và Quyết định số 06/QĐ-TTg ngày "
        "06/0l/2022.",
        # a task to amend it ("tham mưu sửa đổi"), not the amendment itself: cited
        [c("18/2023/QĐ-UBND", "Quyết định", "2023-05-05", "cites"),
         c("2156/QĐ-UBND", "Quyết định", "2022-08-10", "implements"),
         c("06/QĐ-TTg", "Quyết định", "2022-01-06", "implements")]),
    Row("ocr-o-inside-and-before-number",
        "Căn cứ Quyết định số 1O25/QÐ-UBND ngày 2l/8/2023 và Nghị quyết số O8/2020/NQ-HĐND; Kế "
        "hoạch số l56/KH-UBND ngày\nO5/9/2023.",
        [c("1025/QĐ-UBND", "Quyết định", "2023-08-21", "based_on"),
         c("08/2020/NQ-HĐND", "Nghị quyết", None, "based_on"),
         c("156/KH-UBND", "Kế hoạch", "2023-09-05", "based_on")]),
    Row("ocr-space-inside-number-not-guessed",
        "Đề nghị thực hiện Thông tư sô 1 3/2019/TT-BNV về chế độ báo cáo.",
        []),
    Row("ocr-letters-for-every-digit-of-a-party-number",
        "Thực hiện Quy định số lOl-QĐ/TW ngày 07-6-2012 và Hướng dẫn số Ol-HD/TW ngày 05-01-2012 "
        "của Ban Bí thư.",
        [c("101-QĐ/TW", "Quy định", "2012-06-07", "implements"),
         c("01-HD/TW", "Hướng dẫn", "2012-01-05", "implements")]),
]

BREAK_ROWS = [
    Row("line-break-after-so",
        "Mức án phí được áp dụng theo Nghị quyết số\n326/2016/UBTVQH14 ngày 30/12/2016 của Ủy ban "
        "Thường vụ Quốc hội.",
        [c("326/2016/UBTVQH14", "Nghị quyết", "2016-12-30", "cites")]),
    Row("line-break-after-hyphen-in-symbol",
        "Căn cứ Quyết định số 1579/QĐ-\nTTg ngày 20/11/2021 của Thủ tướng Chính phủ;",
        [c("1579/QĐ-TTg", "Quyết định", "2021-11-20", "based_on")]),
    Row("line-break-inside-date-words",
        "Chỉ thị số 18/2000/CT-TTg ngày 21 tháng 9\nnăm 2000 của Thủ tướng Chính phủ về tăng "
        "cường công tác dân vận.",
        [c("18/2000/CT-TTg", "Chỉ thị", "2000-09-21", "cites")]),
    Row("page-break-with-page-number",
        "Các cấp ủy chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư theo Nghị quyết số\n"
        "\f2\n52-NQ/TW ngày 27/9/2019 của Bộ Chính trị.",
        [c("52-NQ/TW", "Nghị quyết", "2019-09-27", "cites")]),
    Row("page-break-with-gazette-running-head",
        "Chế độ quản lý kinh phí áp dụng theo Thông tư số\n"
        "\fCÔNG BÁO/Số 215 + 216/Ngày 20-3-2024 5\n\n"
        "12/2024/TT-BTC ngày 01/3/2024 của Bộ Tài chính.",
        [c("12/2024/TT-BTC", "Thông tư", "2024-03-01", "cites")]),
    Row("page-break-inside-state-symbol-at-hyphen",
        "Quy chuẩn áp dụng theo Thông tư số 10/2021/TT-\n"
        "4                                  CÔNG BÁO/Số 571 + 572/Ngày 15-7-2022\n\n"
        "BTNMT ngày 30 tháng 6 năm 2021 của Bộ Tài nguyên và Môi trường.",
        [c("10/2021/TT-BTNMT", "Thông tư", "2021-06-30", "cites")]),
    Row("page-number-inside-party-symbol-at-hyphen",
        "Các chi bộ thực hiện nghiêm Quy định số 24-\n                    2\n"
        "QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương.",
        [c("24-QĐ/TW", "Quy định", "2021-07-30", "implements")]),
    Row("break-after-slash",
        "Bộ Nội vụ đề nghị triển khai thực hiện Nghị định số 41/2012/\nNÐ-CP ngày 08/5/2012 của "
        "Chính phủ.",
        [c("41/2012/NĐ-CP", "Nghị định", "2012-05-08", "implements")]),
]

ARTEFACT_ROWS = [
    Row("markdown-bold-around-citation",
        "**Nghị quyết số 18-NQ/TW** ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng là căn cứ "
        "để sắp xếp bộ máy.",
        [c("18-NQ/TW", "Nghị quyết", "2017-10-25", "cites")]),
    Row("markdown-bold-around-symbol",
        "Thực hiện Quyết định số **217-QĐ/TW** ngày 12/12/2013 của Bộ Chính trị, Mặt trận tổ chức "
        "giám sát chuyên đề.",
        [c("217-QĐ/TW", "Quyết định", "2013-12-12", "implements")]),
    Row("table-cell-pipes",
        "| 2 | Kế hoạch số 15/KH-UBND ngày 20/01/2024 | Ủy ban nhân dân huyện |",
        [c("15/KH-UBND", "Kế hoạch", "2024-01-20", "cites")]),
    Row("footnote-mark-after-symbol",
        "Nghị quyết số 26-NQ/TW\u00b9 ngày 19/5/2018 của Ban Chấp hành Trung ương Đảng khóa XII về "
        "tập trung xây dựng đội ngũ cán bộ các cấp.",
        [c("26-NQ/TW", "Nghị quyết", "2018-05-19", "cites")]),
    Row("missing-hyphen-nd-cp",
        "Nghị định số 97/2018/NĐCP ngày 30/6/2018 của Chính phủ về cho vay lại vốn vay ODA.",
        [c("97/2018/NĐ-CP", "Nghị định", "2018-06-30", "cites")]),
    Row("doubled-letter-qdd",
        "Quy định số 205-QĐÐ/TW ngày 23/9/2019 của Bộ Chính trị về kiểm soát quyền lực trong công "
        "tác cán bộ.",
        [c("205-QĐ/TW", "Quy định", "2019-09-23", "cites")]),
    Row("stray-double-hyphen",
        "Chỉ thị số 24/CT- -TTg ngày 28/5/2020 của Thủ tướng Chính phủ về đẩy mạnh phát triển "
        "nguồn nhân lực.",
        [c("24/CT-TTg", "Chỉ thị", "2020-05-28", "cites")]),
    Row("ocr-l-for-leading-1-in-number",
        "Quan trắc theo Thông tư số l0/2021/TT-BTNMT ngày 30/6/2021 của Bộ Tài nguyên và Môi "
        "trường.",
        [c("10/2021/TT-BTNMT", "Thông tư", "2021-06-30", "cites")]),
    Row("ocr-l-for-1-in-date",
        "Nghị quyết số 21-NQ/TW ngày l6/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về "
        "tổ chức cơ sở đảng.",
        [c("21-NQ/TW", "Nghị quyết", "2022-06-16", "cites")]),
    Row("markdown-escaped-hyphen",
        "Thực hiện **Nghị quyết số 45/NQ\\-HĐND** ngày 10/12/2023 và Công văn số 3567/UBND\\-KTTH "
        "ngày 05/01/2024 của UBND tỉnh.",
        [c("45/NQ-HĐND", "Nghị quyết", "2023-12-10", "implements"),
         c("3567/UBND-KTTH", "Công văn", "2024-01-05", "implements")]),
    Row("legacy-font-leftover-d",
        "Căn cứ Quyết định số 40/2006/QÑ-BGDĐT ngày 05/10/2006 và Quyết định số 47/2004/Q§-UB "
        "ngày 12/01/2004;",
        [c("40/2006/QĐ-BGDĐT", "Quyết định", "2006-10-05", "based_on"),
         c("47/2004/QĐ-UB", "Quyết định", "2004-01-12", "based_on")]),
]

ROWS = SPACING_ROWS + LETTER_ROWS + BREAK_ROWS + ARTEFACT_ROWS


@pytest.mark.parametrize("row", params(ROWS))
def test_ocr_form(row: Row) -> None:
    check_row(row)
