"""Date forms, enumerations, short forms and bare symbols in citations (issue #5, spec 4.2, 4.5).

A date belongs to a citation only when it follows it as the document's date ("ngày …", with or
without a comma); an effective date or the date of an event is not the document's date. One type
word may govern several numbers, and one date may close a list of same-year documents.
"""

from __future__ import annotations

import pytest

from tests.parse.forms_helpers import Row, check_row, params
from vanban.testing import citation as c

DATE_ROWS = [
    Row("date-two-digit-year",
        "Căn cứ Nghị định số 64/CP ngày 27/9/93 của Chính phủ ban hành bản Quy định về việc giao "
        "đất nông nghiệp; Quyết định số 357/QĐ-UB ngày 12-5-05 của UBND tỉnh.",
        [c("64/CP", "Nghị định", "1993-09-27", "based_on"),
         c("357/QĐ-UB", "Quyết định", "2005-05-12", "based_on")]),
    Row("date-opening-the-sentence-that-issues-it",
        "Ngày 09/10/2024, Văn phòng Chính phủ có Văn bản số 2785/VPCP-V.III truyền đạt ý kiến "
        "chỉ đạo.\n2. Ngày 05 tháng 3 năm 2024, Bộ Tài chính đã ban hành Thông tư số "
        "12/2024/TT-BTC; Sở đã có Công văn số 77/STC-NS.",
        [c("2785/VPCP-V.III", "Công văn", "2024-10-09", "cites"),
         c("12/2024/TT-BTC", "Thông tư", "2024-03-05", "cites"),
         c("77/STC-NS", "Công văn", None, "cites")]),
    Row("date-over-a-page-break",
        "Thực hiện Nghị quyết số 12-NQ/ĐU ngày\n\n        2\n\f10/01/2023 của Ban Chấp hành "
        "Đảng bộ xã; Nghị quyết số 13/2021/NQ-HĐND ngày 10 tháng 12\n\n2      CÔNG BÁO/Số "
        "45/Ngày 05-8-2022\n\nnăm 2021 của Hội đồng nhân dân tỉnh.",
        [c("12-NQ/ĐU", "Nghị quyết", "2023-01-10", "implements"),
         c("13/2021/NQ-HĐND", "Nghị quyết", "2021-12-10", "implements")]),
    Row("date-table-column-layout",
        "  1   Nghị quyết   15/2016/NQ-HĐND    08/12/2016   Quy định mức thu phí thẩm định\n"
        "  2   Quyết định   38/2017/QĐ-UBND    14/9/2017    Ban hành Quy định về cụm công nghiệp\n",
        [c("15/2016/NQ-HĐND", "Nghị quyết", "2016-12-08", "cites"),
         c("38/2017/QĐ-UBND", "Quyết định", "2017-09-14", "cites")]),
    Row("date-table-column-markdown",
        "| 1 | 09/2019/QĐ-UBND | 27/02/2019 | Quy định giá dịch vụ sử dụng đò, phà |\n",
        [c("09/2019/QĐ-UBND", "Quyết định", "2019-02-27", "cites")]),
    Row("date-slash",
        "Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Hội nghị Trung ương 8 khóa XII đề ra chiến "
        "lược phát triển bền vững kinh tế biển.",
        [c("36-NQ/TW", "Nghị quyết", "2018-10-22", "cites")]),
    Row("date-hyphen",
        "Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị được triển khai tới tất cả chi bộ.",
        [c("35-CT/TW", "Chỉ thị", "2019-05-30", "cites")]),
    Row("date-words",
        "Quyết định số 1542/QĐ-UBND ngày 21 tháng 9 năm 2000 của Ủy ban nhân dân tỉnh giao đất "
        "cho trường học.",
        [c("1542/QĐ-UBND", "Quyết định", "2000-09-21", "cites")]),
    Row("date-dots",
        "Công văn số 742/UBND-VX ngày 21.9.2000 của Ủy ban nhân dân huyện đã được lưu hồ sơ.",
        [c("742/UBND-VX", "Công văn", "2000-09-21", "cites")]),
    Row("date-comma-before-ngay",
        "Chỉ thị số 42-CT/TW, ngày 24-3-2015 của Ban Bí thư đặt trọng tâm vào giáo dục lý tưởng "
        "cách mạng cho thế hệ trẻ.",
        [c("42-CT/TW", "Chỉ thị", "2015-03-24", "cites")]),
    Row("date-unpadded-day-and-month",
        "Nghị định số 30/2020/NĐ-CP ngày 5/3/2020 của Chính phủ quy định thể thức văn bản hành "
        "chính.",
        [c("30/2020/NĐ-CP", "Nghị định", "2020-03-05", "cites")]),
    Row("date-padded-month",
        "Cục Hải quan đã nhận được Công văn số 3020/TCHQ-GSQL ngày 30/06/2023 của Tổng cục Hải "
        "quan.",
        [c("3020/TCHQ-GSQL", "Công văn", "2023-06-30", "cites")]),
    Row("date-words-padded",
        "Thông tư số 02/2020/TT-BNV ngày 05 tháng 01 năm 2020 của Bộ Nội vụ quy định chế độ báo "
        "cáo thống kê.",
        [c("02/2020/TT-BNV", "Thông tư", "2020-01-05", "cites")]),
    Row("date-words-unpadded-day",
        "Nghị quyết số 21-NQ/TW ngày 16 tháng 6 năm 2022 của Hội nghị Trung ương 5 khóa XIII "
        "nhấn mạnh vai trò của tổ chức cơ sở đảng.",
        [c("21-NQ/TW", "Nghị quyết", "2022-06-16", "cites")]),
    Row("date-missing",
        "Kế hoạch số 112-KH/TU của Ban Thường vụ Tỉnh ủy đề ra lộ trình chuyển đổi số trong các "
        "cơ quan đảng.",
        [c("112-KH/TU", "Kế hoạch", None, "cites")]),
    Row("date-no-year",
        "Công văn số 123/UBND-VX ngày 5/5 của Ủy ban nhân dân huyện chưa nêu rõ đối tượng hỗ trợ.",
        [c("123/UBND-VX", "Công văn", None, "cites")]),
    Row("date-year-only",
        "Nghị quyết số 18-NQ/TW năm 2017 về sắp xếp tổ chức bộ máy đã tạo chuyển biến rõ nét.",
        [c("18-NQ/TW", "Nghị quyết", None, "cites")]),
    Row("date-ban-hanh-ngay",
        "Quy định số 22-QĐ/TW ban hành ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác "
        "kiểm tra, giám sát và kỷ luật của Đảng.",
        [c("22-QĐ/TW", "Quy định", "2021-07-28", "cites")]),
    Row("date-after-issuer",
        "Nghị quyết số 57-NQ/TW của Bộ Chính trị ngày 22/12/2024 về đột phá phát triển khoa học, "
        "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.",
        [c("57-NQ/TW", "Nghị quyết", "2024-12-22", "cites")]),
    Row("date-effective-not-issue",
        "Nghị định số 178/2024/NĐ-CP có hiệu lực từ ngày 01/01/2025.",
        [c("178/2024/NĐ-CP", "Nghị định", None, "cites")]),
    Row("date-of-later-event",
        "Tỉnh đã hoàn thành các chỉ tiêu theo Quyết định số 1579/QĐ-TTg của Thủ tướng Chính phủ; "
        "đến ngày 30/6/2024, toàn tỉnh đã cấp 1,2 triệu căn cước.",
        [c("1579/QĐ-TTg", "Quyết định", None, "cites")]),
    Row("date-disagrees-with-symbol-year",
        "Thông tư số 10/2023/TT-BYT ngày 15/02/2022 của Bộ Y tế quy định về giá dịch vụ.",
        [c("10/2023/TT-BYT", "Thông tư", "2022-02-15", "cites")]),
    Row("date-party-unpadded-hyphen",
        "Kết luận số 83-KL/TW ngày 1-7-2024 của Bộ Chính trị về cải cách tiền lương được phổ biến "
        "rộng rãi.",
        [c("83-KL/TW", "Kết luận", "2024-07-01", "cites")]),
    Row("date-wrapped-under-symbol-in-a-table-cell",
        "1    Nghị quyết 56/2017/NQ-HĐND        Quy định mức thu học phí      Được thay thế bởi Nghị\n"
        "                ngày 14/7/2017         đối với giáo dục mầm non      quyết số 32/2023/NQ-HĐND\n"
        "                                                                    ngày 07/7/2023\n",
        [c("56/2017/NQ-HĐND", "Nghị quyết", "2017-07-14", "cites"),
         c("32/2023/NQ-HĐND", "Nghị quyết", "2023-07-07", "cites")]),
    Row("date-under-a-cell-ending-in-ngay",
        "1   Nghị quyết   15/2019/NQ-HĐND    Quy định mức thu phí thẩm định    Bị bãi bỏ bởi Nghị quyết\n"
        "                                    đề án khai thác nước              số 25/2022/NQ-HĐND ngày\n"
        "                                                                      09/12/2022 của HĐND tỉnh\n",
        [c("15/2019/NQ-HĐND", "Nghị quyết", None, "cites"),
         c("25/2022/NQ-HĐND", "Nghị quyết", "2022-12-09", "cites")]),
    Row("symbol-cut-at-its-hyphen-in-a-table-cell",
        "3    Quyết định 15/2019/QĐ-            Ban hành Quy định về quản lý, vận     Hết thời hạn\n"
        "                UBND ngày 10/4/2019    hành hệ thống thông tin báo cáo      áp dụng\n",
        [c("15/2019/QĐ-UBND", "Quyết định", "2019-04-10", "cites")]),
    Row("date-in-a-box-drawn-table",
        "│ 1 │ 05/1998/QĐ-UB │ 12/01/1998 │ Quy định về quản lý chợ │\n",
        [c("05/1998/QĐ-UB", "Quyết định", "1998-01-12", "cites")]),
]

ENUM_ROWS = [
    Row("enum-one-type-three-numbers",
        "Các Nghị định số 21/2016/NĐ-CP, 35/2018/NĐ-CP và 12/2020/NĐ-CP của Chính phủ đều có "
        "quy định về vấn đề này.",
        [c("21/2016/NĐ-CP", "Nghị định", None, "cites"),
         c("35/2018/NĐ-CP", "Nghị định", None, "cites"),
         c("12/2020/NĐ-CP", "Nghị định", None, "cites")]),
    Row("enum-plural-qd-list",
        "Bộ Giáo dục và Đào tạo đã ban hành các Quyết định số 2344/QĐ-BGDĐT, 1766/QĐ-BGDĐT và "
        "1709/QĐ-BGDĐT về chương trình đào tạo.",
        [c("2344/QĐ-BGDĐT", "Quyết định", None, "cites"),
         c("1766/QĐ-BGDĐT", "Quyết định", None, "cites"),
         c("1709/QĐ-BGDĐT", "Quyết định", None, "cites")]),
    Row("enum-shared-date-repeated-type",
        "Mặt trận Tổ quốc các cấp giám sát và phản biện xã hội theo Quyết định số 217-QĐ/TW, "
        "Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.",
        [c("217-QĐ/TW", "Quyết định", "2013-12-12", "cites"),
         c("218-QĐ/TW", "Quyết định", "2013-12-12", "cites")]),
    Row("enum-shared-date-one-type",
        "Hội nghị Trung ương 6 khóa XII đã ban hành Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày "
        "25/10/2017.",
        [c("18-NQ/TW", "Nghị quyết", "2017-10-25", "cites"),
         c("19-NQ/TW", "Nghị quyết", "2017-10-25", "cites")]),
    Row("enum-cung-ngay-shared-date",
        "Bãi bỏ các Quyết định số 15/2017/QĐ-UBND, 16/2017/QĐ-UBND và 22/2017/QĐ-UBND cùng ngày "
        "05/6/2017 của Ủy ban nhân dân tỉnh.",
        [c("15/2017/QĐ-UBND", "Quyết định", "2017-06-05", "repeals"),
         c("16/2017/QĐ-UBND", "Quyết định", "2017-06-05", "repeals"),
         c("22/2017/QĐ-UBND", "Quyết định", "2017-06-05", "repeals")]),
    Row("enum-each-own-date",
        "Cần quán triệt sâu sắc các Nghị quyết số 52-NQ/TW ngày 27/9/2019 và Nghị quyết số "
        "57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.",
        [c("52-NQ/TW", "Nghị quyết", "2019-09-27", "implements"),
         c("57-NQ/TW", "Nghị quyết", "2024-12-22", "implements")]),
    Row("enum-date-only-on-last-other-year",
        "Chế độ báo cáo được quy định tại Thông tư số 01/2021/TT-BNV, Thông tư số 05/2023/TT-BNV "
        "ngày 15/6/2023 của Bộ Nội vụ.",
        [c("01/2021/TT-BNV", "Thông tư", None, "cites"),
         c("05/2023/TT-BNV", "Thông tư", "2023-06-15", "cites")]),
    Row("enum-two-types-first-dated",
        "Chỉ thị số 05-CT/TW ngày 15/5/2016 và Kết luận số 01-KL/TW của Bộ Chính trị là cơ sở để "
        "các chi bộ đăng ký làm theo.",
        [c("05-CT/TW", "Chỉ thị", "2016-05-15", "cites"),
         c("01-KL/TW", "Kết luận", None, "cites")]),
    Row("enum-plural-ct",
        "Các Chỉ thị số 05-CT/TW, 35-CT/TW của Bộ Chính trị đã được sơ kết.",
        [c("05-CT/TW", "Chỉ thị", None, "cites"),
         c("35-CT/TW", "Chỉ thị", None, "cites")]),
    Row("enum-repeated-so",
        "Doanh nghiệp kê khai theo các Thông tư số 78/2014/TT-BTC, số 96/2015/TT-BTC của Bộ Tài "
        "chính.",
        [c("78/2014/TT-BTC", "Thông tư", None, "cites"),
         c("96/2015/TT-BTC", "Thông tư", None, "cites")]),
    Row("enum-party-hyphen-dates",
        "Các Kết luận số 14-KL/TW, ngày 22-9-2021 và số 21-KL/TW, ngày 25-10-2021 là định hướng "
        "quan trọng cho công tác cán bộ.",
        [c("14-KL/TW", "Kết luận", "2021-09-22", "cites"),
         c("21-KL/TW", "Kết luận", "2021-10-25", "cites")]),
    Row("enum-short-type-no-so",
        "Mức xử phạt áp dụng theo Nghị định 100/2019/NĐ-CP, Nghị định 123/2021/NĐ-CP.",
        [c("100/2019/NĐ-CP", "Nghị định", None, "cites"),
         c("123/2021/NĐ-CP", "Nghị định", None, "cites")]),
    Row("enum-two-laws-with-names",
        "Luật Đất đai số 31/2024/QH15 và Luật Nhà ở số 27/2023/QH15 cùng có hiệu lực từ ngày "
        "01/8/2024.",
        [c("31/2024/QH15", "Luật", None, "cites"),
         c("27/2023/QH15", "Luật", None, "cites")]),
    Row("enum-va-bare-second",
        "Thủ tục được đơn giản hóa theo Nghị định số 15/2020/NĐ-CP và 14/2022/NĐ-CP.",
        [c("15/2020/NĐ-CP", "Nghị định", None, "cites"),
         c("14/2022/NĐ-CP", "Nghị định", None, "cites")]),
    Row("enum-semicolon-items",
        "Các văn bản có liên quan gồm: Quyết định số 45/QĐ-UBND ngày 10/01/2024; Kế hoạch số "
        "78/KH-UBND ngày 20/3/2024; Công văn số 912/UBND-NC ngày 02/4/2024.",
        [c("45/QĐ-UBND", "Quyết định", "2024-01-10", "cites"),
         c("78/KH-UBND", "Kế hoạch", "2024-03-20", "cites"),
         c("912/UBND-NC", "Công văn", "2024-04-02", "cites")]),
    Row("enum-issuer-not-shared-across-codes",
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 01/02/2023, Công điện số 05/CĐ-TTg ngày "
        "10/3/2023 của Thủ tướng Chính phủ về phòng, chống dịch.",
        [c("45/KH-UBND", "Kế hoạch", "2023-02-01", "implements", issuer=None),
         c("05/CĐ-TTg", "Công điện", "2023-03-10", "implements", issuer="Thủ tướng Chính phủ")]),
    # (the rows compare an issuer only when one is given: test_issuer_stays_with_its_code
    # checks that the first items of these two get none)
    Row("enum-issuer-not-shared-party-bodies",
        "Thực hiện Kết luận số 41-KL/TW ngày 20/7/2022, Hướng dẫn số 36-HD/BTGTW của Ban Tuyên "
        "giáo Trung ương.",
        [c("41-KL/TW", "Kết luận", "2022-07-20", "implements", issuer=None),
         c("36-HD/BTGTW", "Hướng dẫn", None, "implements", issuer="Ban Tuyên giáo Trung ương")]),
    Row("enum-issuer-shared-same-code",
        "Căn cứ Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.",
        [c("217-QĐ/TW", "Quyết định", "2013-12-12", "based_on", issuer="Bộ Chính trị"),
         c("218-QĐ/TW", "Quyết định", "2013-12-12", "based_on", issuer="Bộ Chính trị")]),
    Row("enum-respective-dates",
        "Bãi bỏ Quyết định số 08/2016/QĐ-UBND, Quyết định số 09/2016/QĐ-UBND và Quyết định số "
        "11/2016/QĐ-UBND lần lượt ngày 12/02/2016, ngày 03/3/2016 và ngày 25/3/2016 của UBND tỉnh.",
        [c("08/2016/QĐ-UBND", "Quyết định", "2016-02-12", "repeals"),
         c("09/2016/QĐ-UBND", "Quyết định", "2016-03-03", "repeals"),
         c("11/2016/QĐ-UBND", "Quyết định", "2016-03-25", "repeals")]),
]

SHORT_AND_BARE_ROWS = [
    Row("party-symbol-cut-at-line-end-hyphen",
        "Thực hiện Chương trình số 45-CTr/TWĐTN-\nVP ngày 10/01/2023 của Ban Bí thư Trung ương "
        "Đoàn; Quyết định số 367 -\nQĐ/TWĐTN-VP ngày 10/12/2018 về công trình thanh niên.",
        [c("45-CTr/TWĐTN-VP", "Chương trình", "2023-01-10", "implements"),
         c("367-QĐ/TWĐTN-VP", "Quyết định", "2018-12-10", "implements")]),
    Row("short-nd-abbreviation",
        "Thể thức văn bản trình bày đúng NĐ 30/2020/NĐ-CP.",
        [c("30/2020/NĐ-CP", "Nghị định", None, "cites")]),
    Row("short-tt-abbreviation",
        "Chi phí được trừ khi tính thuế theo TT 78/2014/TT-BTC.",
        [c("78/2014/TT-BTC", "Thông tư", None, "cites")]),
    Row("short-type-no-so-party",
        "Nghị quyết 12-NQ/ĐU của Đảng ủy đã từng bước đi vào cuộc sống.",
        [c("12-NQ/ĐU", "Nghị quyết", None, "cites")]),
    Row("bare-symbol-in-parens-after-name",
        "Nghị quyết Trung ương 7 khóa XII (26-NQ/TW) tập trung xây dựng đội ngũ cán bộ các cấp.",
        [c("26-NQ/TW", "Nghị quyết", None, "cites")]),
    Row("bare-table-row-lenh-and-pl",
        "STT | Số, ký hiệu | Trích yếu\n"
        "1 | 29/2015/L-CTN | Công bố Luật\n"
        "2 | 34/2007/PL-UBTVQH11 | Pháp lệnh thực hiện dân chủ ở cơ sở",
        [c("29/2015/L-CTN", "Lệnh", None, "cites"),
         c("34/2007/PL-UBTVQH11", "Pháp lệnh", None, "cites")]),
    Row("bare-list-law-without-type",
        "Cơ sở pháp lý: 80/2015/QH13; 34/2016/NĐ-CP; 155/VBHN-VPQH.",
        [c("80/2015/QH13", None, None, "cites"),
         c("34/2016/NĐ-CP", "Nghị định", None, "cites"),
         c("155/VBHN-VPQH", "Văn bản hợp nhất", None, "cites")]),
    Row("bare-cong-van-symbol",
        "Ghi chú: xem thêm nội dung tại 3431/TCHQ-TXNK.",
        [c("3431/TCHQ-TXNK", "Công văn", None, "cites")]),
    Row("bare-party-codes",
        "Văn bản liên quan: 08-QĐi/TW; 45-CTr/TU; 36-HD/VPTW; 208-CV/TU.",
        [c("08-QĐi/TW", "Quy định", None, "cites"),
         c("45-CTr/TU", "Chương trình", None, "cites"),
         c("36-HD/VPTW", "Hướng dẫn", None, "cites"),
         c("208-CV/TU", "Công văn", None, "cites")]),
    Row("bare-state-codes",
        "Tài liệu kèm theo: 03/2019/TTLT-BNV-BTC-BLĐTBXH, 145/2013/TT-BTC, 18/CT-UBND, "
        "94-KH/BTGDVTW, 121-KL/TW.",
        [c("03/2019/TTLT-BNV-BTC-BLĐTBXH", "Thông tư liên tịch", None, "cites"),
         c("145/2013/TT-BTC", "Thông tư", None, "cites"),
         c("18/CT-UBND", "Chỉ thị", None, "cites"),
         c("94-KH/BTGDVTW", "Kế hoạch", None, "cites"),
         c("121-KL/TW", "Kết luận", None, "cites")]),
    Row("bare-qd-symbol-quy-dinh-code-ambiguous",
        "Tham khảo 66-QĐ/TW về thể thức văn bản.",
        [c("66-QĐ/TW", "Quyết định", None, "cites")]),
]

ROWS = DATE_ROWS + ENUM_ROWS + SHORT_AND_BARE_ROWS


@pytest.mark.parametrize("row", params(ROWS))
def test_date_and_enumeration_form(row: Row) -> None:
    check_row(row)


@pytest.mark.parametrize("name", ["enum-issuer-not-shared-across-codes",
                                  "enum-issuer-not-shared-party-bodies"])
def test_issuer_stays_with_its_code(name: str) -> None:
    """A closing "của <issuer>" names the issuer of the items of its own issuing code only."""
    from vanban.parse import parse_document

    row = next(r for r in ROWS if r.id == name)
    first = parse_document(row.text).citations[0]
    assert first.issuer is None
