"""Citation forms of legal normative documents: symbols with a year, laws, old shapes.

Normative symbols carry the year ("04/2015/NĐ-CP"); laws have no type code ("80/2015/QH13") and
are cited with their name between "Luật" and "số"; pre-1998 documents have older shapes
("15/CP", "35-L/CTN", "41-LCT/HĐNN8", "863/QĐ-UB/TC") (domain spec sections 2.3-2.7).
"""

from __future__ import annotations

import pytest

from tests.parse.forms_helpers import Row, check_row, params
from vanban.testing import citation as c

ROWS = [
    # --- decrees, circulars, decisions with a year ---------------------------------------------
    Row("nd-cp-can-cu",
        "Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ "
        "trong hoạt động của cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập;",
        [c("04/2015/NĐ-CP", "Nghị định", "2015-01-09", "based_on", issuer="Chính phủ")]),
    Row("nd-cp-1999",
        "Nghị định số 179/1999/NĐ-CP ngày 30/12/1999 của Chính phủ quy định việc thi hành Luật "
        "Bảo vệ môi trường đã được thay bằng các văn bản mới.",
        [c("179/1999/NĐ-CP", "Nghị định", "1999-12-30", "cites")]),
    Row("tt-btc-can-cu",
        "Căn cứ Thông tư số 78/2014/TT-BTC ngày 18/6/2014 của Bộ Tài chính hướng dẫn thi hành "
        "Luật Thuế thu nhập doanh nghiệp;",
        [c("78/2014/TT-BTC", "Thông tư", "2014-06-18", "based_on")]),
    Row("tt-issuer-before-number",
        "Thông tư của Bộ Tài chính số 96/2015/TT-BTC ngày 22/6/2015 được áp dụng cho kỳ tính thuế "
        "năm 2015.",
        [c("96/2015/TT-BTC", "Thông tư", "2015-06-22", "cites", issuer="Bộ Tài chính")]),
    Row("tt-bnv",
        "Hồ sơ đề nghị khen thưởng lập theo mẫu tại Thông tư số 01/2021/TT-BNV ngày 11/01/2021 "
        "của Bộ Nội vụ.",
        [c("01/2021/TT-BNV", "Thông tư", "2021-01-11", "cites")]),
    Row("tt-nhnn",
        "Lãi suất cho vay ngắn hạn tối đa áp dụng theo Thông tư số 15/2024/TT-NHNN ngày 28/6/2024 "
        "của Ngân hàng Nhà nước Việt Nam.",
        [c("15/2024/TT-NHNN", "Thông tư", "2024-06-28", "cites")]),
    Row("tt-bnnmt-2025",
        "Thông tư số 23/2025/TT-BNNMT ngày 24/6/2025 của Bộ Nông nghiệp và Môi trường được đăng "
        "tải trên Cổng thông tin điện tử của Bộ.",
        [c("23/2025/TT-BNNMT", "Thông tư", "2025-06-24", "cites")]),
    Row("qd-ttg-normative",
        "Mức hỗ trợ được xác định theo Quyết định số 18/2020/QĐ-TTg ngày 10/7/2020 của Thủ tướng "
        "Chính phủ.",
        [c("18/2020/QĐ-TTg", "Quyết định", "2020-07-10", "cites")]),
    Row("qd-ubnd-normative",
        "Quyết định số 22/2024/QĐ-UBND ngày 30/5/2024 của Ủy ban nhân dân tỉnh ban hành Quy định "
        "về phân cấp quản lý cây xanh đô thị có hiệu lực từ tháng 6/2024.",
        [c("22/2024/QĐ-UBND", "Quyết định", "2024-05-30", "cites")]),
    Row("nq-hdnd-normative",
        "Nghị quyết số 15/2023/NQ-HĐND ngày 07/12/2023 của Hội đồng nhân dân tỉnh quy định mức hỗ "
        "trợ cho người làm công tác y tế thôn bản.",
        [c("15/2023/NQ-HĐND", "Nghị quyết", "2023-12-07", "cites")]),
    Row("ct-ttg-with-year",
        "Chỉ thị số 32/2006/CT-TTg ngày 07/9/2006 của Thủ tướng Chính phủ về các biện pháp cần "
        "làm ngay để chấn chỉnh tình trạng vi phạm trật tự an toàn giao thông.",
        [c("32/2006/CT-TTg", "Chỉ thị", "2006-09-07", "cites")]),
    Row("nq-cp-letter-suffix",
        "Chương trình tổng thể cải cách hành chính ban hành kèm theo Nghị quyết số 30c/NQ-CP ngày "
        "08/11/2011 của Chính phủ đã kết thúc vào năm 2020.",
        [c("30c/NQ-CP", "Nghị quyết", "2011-11-08", "cites")]),
    Row("nq-cp-decimal-number",
        "Nghị quyết số 12.1/2023/NQ-CP ngày 10/02/2023 của Chính phủ được ban hành theo trình tự, "
        "thủ tục rút gọn.",
        [c("12.1/2023/NQ-CP", "Nghị quyết", "2023-02-10", "cites")]),
    # --- laws, codes and National Assembly resolutions ------------------------------------------
    Row("luat-name-so-date-words",
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22 tháng 6 năm "
        "2015;",
        [c("80/2015/QH13", "Luật", "2015-06-22", "based_on")]),
    Row("luat-name-so-bvmt",
        "Căn cứ Luật Bảo vệ môi trường số 72/2020/QH14 ngày 17 tháng 11 năm 2020;",
        [c("72/2020/QH14", "Luật", "2020-11-17", "based_on")]),
    Row("luat-2025-padded-month",
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày 19 tháng 02 năm "
        "2025;",
        [c("64/2025/QH15", "Luật", "2025-02-19", "based_on")]),
    Row("bo-luat-name-so",
        "Người lao động được nghỉ hằng năm theo Bộ luật Lao động số 45/2019/QH14 ngày 20 tháng 11 "
        "năm 2019.",
        [c("45/2019/QH14", "Bộ luật", "2019-11-20", "cites")]),
    Row("luat-so-no-name",
        "Theo đó, Luật số 63/2020/QH14 sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy "
        "phạm pháp luật có hiệu lực từ ngày 01 tháng 01 năm 2021.",
        [c("63/2020/QH14", "Luật", None, "cites")]),
    Row("luat-long-name",
        "Căn cứ Luật Thực hành tiết kiệm, chống lãng phí số 44/2013/QH13 ngày 26 tháng 11 năm "
        "2013;",
        [c("44/2013/QH13", "Luật", "2013-11-26", "based_on")]),
    Row("nq-qh",
        "Nghị quyết số 43/2022/QH15 ngày 11/01/2022 của Quốc hội về chính sách tài khóa, tiền tệ "
        "hỗ trợ Chương trình phục hồi và phát triển kinh tế - xã hội đã được triển khai kịp thời.",
        [c("43/2022/QH15", "Nghị quyết", "2022-01-11", "cites", issuer="Quốc hội")]),
    Row("nq-qh-2025",
        "Nghị quyết số 190/2025/QH15 ngày 19/02/2025 của Quốc hội quy định về xử lý một số vấn đề "
        "liên quan đến sắp xếp tổ chức bộ máy nhà nước.",
        [c("190/2025/QH15", "Nghị quyết", "2025-02-19", "cites")]),
    # --- Standing Committee: ordinances and resolutions ------------------------------------------
    Row("pl-ubtvqh-old-shape",
        "Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20/4/2007 về thực hiện dân chủ ở xã, phường, thị "
        "trấn là cơ sở để xây dựng hương ước, quy ước của thôn, tổ dân phố.",
        [c("34/2007/PL-UBTVQH11", "Pháp lệnh", "2007-04-20", "cites")]),
    Row("pl-name-so-new-shape",
        "Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14 ngày 09 tháng 12 "
        "năm 2020;",
        [c("02/2020/UBTVQH14", "Pháp lệnh", "2020-12-09", "based_on")]),
    Row("nq-ubtvqh",
        "Căn cứ Nghị quyết số 326/2016/UBTVQH14 ngày 30/12/2016 của Ủy ban Thường vụ Quốc hội quy "
        "định về mức thu, miễn, giảm, thu, nộp, quản lý và sử dụng án phí và lệ phí Tòa án;",
        [c("326/2016/UBTVQH14", "Nghị quyết", "2016-12-30", "based_on",
           issuer="Ủy ban Thường vụ Quốc hội")]),
    Row("nq-ubtvqh-so-colon",
        "Mức giảm trừ gia cảnh được điều chỉnh theo Nghị quyết số: 954/2020/UBTVQH14 ngày "
        "02/6/2020 của Ủy ban Thường vụ Quốc hội.",
        [c("954/2020/UBTVQH14", "Nghị quyết", "2020-06-02", "cites")]),
    Row("nqlt-long-issuers",
        "Việc giám sát được thực hiện theo Nghị quyết liên tịch số "
        "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 26/6/2025.",
        [c("102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", "Nghị quyết liên tịch", "2025-06-26",
           "cites")]),
    # --- joint circulars, consolidated texts, orders, court resolutions ---------------------------
    Row("ttlt-three-ministries",
        "Chế độ phụ cấp được chi trả theo Thông tư liên tịch số 03/2019/TTLT-BNV-BTC-BLĐTBXH ngày "
        "14/3/2019.",
        [c("03/2019/TTLT-BNV-BTC-BLĐTBXH", "Thông tư liên tịch", "2019-03-14", "cites")]),
    Row("ttlt-four-bodies",
        "Thông tư liên tịch số 01/2017/TTLT-VKSNDTC-TANDTC-BCA-BQP ngày 29/12/2017 quy định việc "
        "phối hợp trong giải quyết bồi thường.",
        [c("01/2017/TTLT-VKSNDTC-TANDTC-BCA-BQP", "Thông tư liên tịch", "2017-12-29", "cites")]),
    Row("ttlt-seven-bodies",
        "Thông tư liên tịch số 05/2012/TTLT-VKSNDTC-TANDTC-BCA-BTP-BQP-BTC-BNNPTNT ngày 12/5/2012 "
        "hướng dẫn việc phối hợp trong công tác thống kê.",
        [c("05/2012/TTLT-VKSNDTC-TANDTC-BCA-BTP-BQP-BTC-BNNPTNT", "Thông tư liên tịch",
           "2012-05-12", "cites")]),
    Row("vbhn-btc",
        "Nội dung được trích từ Văn bản hợp nhất số 25/VBHN-BTC ngày 15/7/2021 của Bộ Tài chính.",
        [c("25/VBHN-BTC", "Văn bản hợp nhất", "2021-07-15", "cites")]),
    Row("vbhn-vpqh-date-words",
        "Văn bản hợp nhất số 09/VBHN-VPQH ngày 28 tháng 4 năm 2025 của Văn phòng Quốc hội hợp "
        "nhất các lần sửa đổi của Luật.",
        [c("09/VBHN-VPQH", "Văn bản hợp nhất", "2025-04-28", "cites")]),
    Row("lenh-ctn",
        "Lệnh số 29/2015/L-CTN ngày 04/7/2015 của Chủ tịch nước về việc công bố Luật được đăng "
        "trên Công báo.",
        [c("29/2015/L-CTN", "Lệnh", "2015-07-04", "cites")]),
    Row("nq-hdtp",
        "Cách tính thời hiệu được nêu tại Nghị quyết số 02/2017/NQ-HĐTP ngày 13/01/2017 "
        "của Hội đồng Thẩm phán Tòa án nhân dân tối cao.",
        [c("02/2017/NQ-HĐTP", "Nghị quyết", "2017-01-13", "cites")]),
    Row("nq-hdtp-no-so",
        "Nghị quyết 03/2019/NQ-HĐTP ngày 24/5/2019 của Hội đồng Thẩm phán hướng dẫn áp dụng một số "
        "quy định của Bộ luật Hình sự.",
        [c("03/2019/NQ-HĐTP", "Nghị quyết", "2019-05-24", "cites")]),
    # --- older shapes --------------------------------------------------------------------------
    Row("old-nd-cp-no-year",
        "Nghị định số 15/CP ngày 02/3/1993 của Chính phủ về nhiệm vụ, quyền hạn và trách nhiệm "
        "quản lý nhà nước của Bộ, cơ quan ngang Bộ.",
        [c("15/CP", "Nghị định", "1993-03-02", "cites")]),
    Row("old-bo-luat-l-ctn",
        "Bộ luật Lao động số 35-L/CTN ngày 23/6/1994 là cơ sở pháp lý của các hợp đồng lao động "
        "ký trước năm 2013.",
        [c("35-L/CTN", "Bộ luật", "1994-06-23", "cites")]),
    Row("old-luat-l-ctn",
        "Giấy chứng nhận được cấp theo Luật Đất đai số 24-L/CTN ngày 14/7/1993 vẫn có giá trị "
        "pháp lý.",
        [c("24-L/CTN", "Luật", "1993-07-14", "cites")]),
    Row("old-lenh-hdnn8",
        "Căn cứ Lệnh số 41-LCT/HĐNN8 ngày 04/4/1990 của Chủ tịch Hội đồng Nhà nước;",
        [c("41-LCT/HĐNN8", "Lệnh", "1990-04-04", "based_on")]),
    Row("old-lenh-space-instead-of-hyphen",
        "Căn cứ Lệnh số: 58 LCT/HĐNN8 ngày 16/4/1991 của Chủ tịch Hội đồng Nhà nước;",
        [c("58-LCT/HĐNN8", "Lệnh", "1991-04-16", "based_on")]),
    Row("old-nd-hdbt",
        "Nghị định số 370-HĐBT ngày 09/11/1991 của Hội đồng Bộ trưởng được dẫn chiếu trong hồ sơ "
        "giao đất.",
        [c("370-HĐBT", "Nghị định", "1991-11-09", "cites")]),
    Row("old-qd-ub-unit",
        "Quyết định số 863/QĐ-UB/TC ngày 12/5/1995 của Ủy ban nhân dân tỉnh giao đất cho hợp tác "
        "xã.",
        [c("863/QĐ-UB/TC", "Quyết định", "1995-05-12", "cites")]),
    Row("old-qd-ub-year",
        "Quyết định số 34/2000/QĐ-UB ngày 25/4/2000 của Ủy ban nhân dân thành phố quy định giá "
        "đất năm 2000.",
        [c("34/2000/QĐ-UB", "Quyết định", "2000-04-25", "cites")]),
    Row("nd-1998",
        "Nghị định số 99/1998/NĐ-CP ngày 28/11/1998 của Chính phủ được áp dụng cho các hợp đồng ký "
        "trước năm 1999.",
        [c("99/1998/NĐ-CP", "Nghị định", "1998-11-28", "cites")]),
    Row("old-finance-ministry-spaced-symbols",
        "Căn cứ Quyết định số 1062 TC/QĐ/CSTC ngày 14/11/1996 của Bộ trưởng Bộ Tài chính; Thông "
        "tư này thay thế Thông tư số 76 TC/TCDN ngày 15/11/1996 và Quyết định số 1141-TC/QĐ/CĐKT "
        "ngày 1/11/1995.",
        [c("1062-TC/QĐ/CSTC", "Quyết định", "1996-11-14", "based_on"),
         c("76-TC/TCDN", "Thông tư", "1996-11-15", "replaces"),
         c("1141-TC/QĐ/CĐKT", "Quyết định", "1995-11-01", "replaces")]),
]


@pytest.mark.parametrize("row", params(ROWS))
def test_normative_form(row: Row) -> None:
    check_row(row)
