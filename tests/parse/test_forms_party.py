"""Citation forms of Party documents: NUMBER-TYPE/ISSUER (issue #5, domain spec section 3).

Each row is a sentence in the style of real Party documents (nghị quyết, kế hoạch, công văn of
cấp ủy) with the citations the parser must find: canonical symbol, spelled-out type, ISO date,
relation, and issuer/term where the row is about them.
"""

from __future__ import annotations

import pytest

from tests.parse.forms_helpers import Row, check_row, params
from vanban.testing import citation as c

ROWS = [
    # --- central bodies: /TW, with the term (khóa) in its three spellings --------------------
    Row("nq-tw-khoa-xi",
        "Thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng "
        "khóa XI, Ban Thường vụ Huyện ủy ban hành Kế hoạch triển khai trong toàn Đảng bộ như sau:",
        [c("25-NQ/TW", "Nghị quyết", "2013-06-03", "implements", term="XI")]),
    Row("nq-tw-khoa-old-tone",
        "Tổ chức thực hiện Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban "
        "Chấp hành Trung ương Đảng khoá XII về tiếp tục đổi mới hệ thống tổ chức và quản lý các "
        "đơn vị sự nghiệp công lập.",
        [c("19-NQ/TW", "Nghị quyết", "2017-10-25", "implements", term="XII")]),
    Row("kl-tw-khoa-in-parens",
        "Kết luận số 62-KL/TW ngày 08/12/2009 của Bộ Chính trị (khóa X) về tiếp tục đổi mới nội "
        "dung, phương thức hoạt động của Mặt trận Tổ quốc và các đoàn thể nhân dân vẫn còn "
        "nguyên giá trị.",
        [c("62-KL/TW", "Kết luận", "2009-12-08", "cites", issuer="Bộ Chính trị", term="X")]),
    Row("kl-tw-khoa-capital-in-parens",
        "Các chi bộ tập trung quán triệt Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành "
        "Trung ương Đảng (Khóa XIII) về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị.",
        [c("21-KL/TW", "Kết luận", "2021-10-25", "implements", term="XIII")]),
    Row("ct-tw-bo-chinh-tri",
        "Sau gần mười năm, Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học "
        "tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh đã thực sự đi vào cuộc sống.",
        [c("05-CT/TW", "Chỉ thị", "2016-05-15", "cites", issuer="Bộ Chính trị")]),
    Row("kl-nested-ct-under-quan-triet",
        "Các chi bộ quán triệt Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục "
        "thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị khóa XII.",
        [c("01-KL/TW", "Kết luận", "2021-05-18", "implements"),
         c("05-CT/TW", "Chỉ thị", None, "implements", term="XII")]),
    Row("kl-no-so",
        "Kết luận 14-KL/TW ngày 22/9/2021 của Bộ Chính trị về chủ trương khuyến khích và bảo vệ "
        "cán bộ năng động, sáng tạo vì lợi ích chung đã tạo động lực cho đội ngũ cán bộ.",
        [c("14-KL/TW", "Kết luận", "2021-09-22", "cites")]),
    Row("kl-comma-hyphen-date",
        "Thực hiện Kết luận số 121-KL/TW, ngày 24-01-2025 của Ban Chấp hành Trung ương, Đảng ủy "
        "xã khẩn trương rà soát chức năng, nhiệm vụ của các tổ chức trong hệ thống chính trị.",
        [c("121-KL/TW", "Kết luận", "2025-01-24", "implements")]),
    Row("kl-space-after-hyphen",
        "Ban Bí thư đã có Kết luận số 41- KL/TW ngày 18/7/2022 về tiếp tục thực hiện có hiệu quả "
        "công tác đối ngoại nhân dân.",
        [c("41-KL/TW", "Kết luận", "2022-07-18", "cites")]),
    # --- Quy định vs Quyết định: the spelled-out word decides (QĐ is ambiguous) ----------------
    Row("quy-dinh-qdi",
        "Mỗi cán bộ, đảng viên nêu cao trách nhiệm nêu gương theo Quy định số 08-QĐi/TW ngày "
        "25/10/2018 của Ban Chấp hành Trung ương.",
        [c("08-QĐi/TW", "Quy định", "2018-10-25", "cites")]),
    Row("quy-dinh-with-qd-code",
        "Việc xem xét, xử lý kỷ luật được tiến hành theo Quy định số 69-QĐ/TW ngày 06/7/2022 của "
        "Bộ Chính trị về kỷ luật tổ chức đảng, đảng viên vi phạm.",
        [c("69-QĐ/TW", "Quy định", "2022-07-06", "cites")]),
    Row("quy-dinh-no-so",
        "Quy định 102-QĐ/TW ngày 15/11/2017 của Bộ Chính trị là cơ sở để các tổ chức đảng xem xét "
        "trách nhiệm của đảng viên vi phạm.",
        [c("102-QĐ/TW", "Quy định", "2017-11-15", "cites")]),
    Row("quy-dinh-qd-nam-vung",
        "Cán bộ, đảng viên cần nắm vững nội dung Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban "
        "Chấp hành Trung ương về những điều đảng viên không được làm.",
        [c("37-QĐ/TW", "Quy định", "2021-10-25", "cites")]),
    Row("quyet-dinh-qd-ban-bi-thu",
        "Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư ban hành Hướng dẫn khung để các "
        "cấp ủy lãnh đạo việc phát huy vai trò của nhân dân trong phòng, chống tham nhũng.",
        [c("99-QĐ/TW", "Quyết định", "2017-10-03", "cites", issuer="Ban Bí thư")]),
    # --- issuer between the type word and the number --------------------------------------------
    Row("issuer-before-number-qd",
        "Theo Quyết định của Bộ Chính trị số 31-QĐ/TW, ngày 01-10-1997, văn bản của Đảng gồm "
        "nhiều thể loại với thẩm quyền ban hành khác nhau.",
        [c("31-QĐ/TW", "Quyết định", "1997-10-01", "cites", issuer="Bộ Chính trị")]),
    Row("issuer-before-number-quy-dinh",
        "- Căn cứ Quy định của Ban Chấp hành Trung ương số 24-QĐ/TW, ngày 30-7-2021 về thi hành "
        "Điều lệ Đảng;",
        [c("24-QĐ/TW", "Quy định", "2021-07-30", "based_on")]),
    Row("issuer-before-number-nq",
        "Tiếp tục thực hiện Nghị quyết của Ban Chấp hành Trung ương Đảng số 18-NQ/TW ngày "
        "25-10-2017 về một số vấn đề tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính "
        "trị tinh gọn, hoạt động hiệu lực, hiệu quả.",
        [c("18-NQ/TW", "Nghị quyết", "2017-10-25", "implements")]),
    Row("issuer-before-number-ct-ban-thuong-vu",
        "Thực hiện Chỉ thị của Ban Thường vụ Tỉnh ủy số 23-CT/TU ngày 04/01/2022 về tăng cường "
        "sự lãnh đạo của Đảng đối với công tác bảo đảm trật tự, an toàn giao thông.",
        [c("23-CT/TU", "Chỉ thị", "2022-01-04", "implements")]),
    # --- offices and committees of the centre ----------------------------------------------------
    Row("hd-vptw",
        "Thể thức văn bản trình bày theo Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng "
        "Trung ương Đảng.",
        [c("36-HD/VPTW", "Hướng dẫn", "2018-04-03", "cites")]),
    Row("kh-btgdvtw-space",
        "Triển khai Kế hoạch số 94- KH/BTGDVTW ngày 20/5/2025 của Ban Tuyên giáo và Dân vận Trung "
        "ương, Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị các đảng bộ trực thuộc thực hiện tốt "
        "một số nội dung sau:",
        [c("94-KH/BTGDVTW", "Kế hoạch", "2025-05-20", "implements")]),
    Row("qd-ubkttw-comma-date",
        "Quy trình kiểm tra đảng viên khi có dấu hiệu vi phạm được áp dụng theo Quyết định số "
        "519-QĐ/UBKTTW, ngày 28-4-2022 của Ủy ban Kiểm tra Trung ương.",
        [c("519-QĐ/UBKTTW", "Quyết định", "2022-04-28", "cites")]),
    Row("nq-qutw",
        "Quán triệt Nghị quyết số 847-NQ/QUTW ngày 28-12-2021 của Quân ủy Trung ương về phát huy "
        "phẩm chất Bộ đội Cụ Hồ trong tình hình mới, Đảng ủy Quân sự tỉnh xây dựng chương trình "
        "hành động sát với thực tế.",
        [c("847-NQ/QUTW", "Nghị quyết", "2021-12-28", "implements")]),
    Row("hd-btctw-no-date",
        "Thủ tục chuyển sinh hoạt đảng nêu tại Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung "
        "ương về một số vấn đề nghiệp vụ công tác đảng viên.",
        [c("12-HD/BTCTW", "Hướng dẫn", None, "cites")]),
    Row("hd-btgtw",
        "Thực hiện Hướng dẫn số 151-HD/BTGTW ngày 13/5/2021 của Ban Tuyên giáo Trung ương, Ban "
        "Tuyên giáo Huyện ủy tổ chức hội nghị học tập chuyên đề năm 2021.",
        [c("151-HD/BTGTW", "Hướng dẫn", "2021-05-13", "implements")]),
    Row("cv-vptw",
        "Văn phòng Tỉnh ủy đã nhận được Công văn số 1234-CV/VPTW ngày 05/6/2024 của Văn phòng "
        "Trung ương Đảng về chế độ báo cáo định kỳ.",
        [c("1234-CV/VPTW", "Công văn", "2024-06-05", "cites")]),
    Row("tb-ket-luan-ban-bi-thu",
        "Thông báo kết luận số 130-TB/TW ngày 16/01/2018 của Ban Bí thư được phổ biến tới toàn "
        "thể cán bộ, đảng viên.",
        [c("130-TB/TW", "Thông báo", "2018-01-16", "cites")]),
    # --- provincial, district and grass-roots bodies ----------------------------------------------
    Row("cv-tu",
        "Thực hiện Công văn số 208-CV/TU ngày 12/4/2023 của Ban Thường vụ Tỉnh ủy về việc sơ kết "
        "giữa nhiệm kỳ, Đảng ủy đề nghị các chi bộ chuẩn bị báo cáo.",
        [c("208-CV/TU", "Công văn", "2023-04-12", "implements")]),
    Row("ctr-hanh-dong-duk",
        "Thực hiện Chương trình hành động số 12-CTr/ĐUK ngày 09/3/2021 của Đảng ủy Khối các cơ "
        "quan tỉnh, các đảng bộ cơ sở xây dựng kế hoạch cụ thể.",
        [c("12-CTr/ĐUK", "Chương trình hành động", "2021-03-09", "implements")]),
    Row("ctr-tu-plain",
        "Chương trình số 08-CTr/TU ngày 17/3/2021 của Thành ủy về phát triển đô thị và kinh tế "
        "đô thị giai đoạn 2021 - 2025 đã đạt nhiều kết quả.",
        [c("08-CTr/TU", "Chương trình", "2021-03-17", "cites")]),
    Row("ctr-hanh-dong-title-mentions-dai-hoi",
        "Chương trình hành động số 45-CTr/TU ngày 07/9/2021 của Tỉnh ủy thực hiện Nghị quyết Đại "
        "hội XIII của Đảng xác định ba khâu đột phá.",
        [c("45-CTr/TU", "Chương trình hành động", "2021-09-07", "cites")]),
    Row("kh-du-nhiem-ky",
        "- Căn cứ Kế hoạch số 57-KH/ĐU ngày 02/8/2023 của Ban Thường vụ Đảng ủy xã về tổ chức đại "
        "hội chi bộ trực thuộc nhiệm kỳ 2025 - 2027;",
        [c("57-KH/ĐU", "Kế hoạch", "2023-08-02", "based_on")]),
    Row("ct-hu",
        "Chỉ thị số 12-CT/HU ngày 15/02/2024 của Ban Thường vụ Huyện ủy về tăng cường lãnh đạo "
        "công tác phòng cháy, chữa cháy được các xã triển khai nghiêm túc.",
        [c("12-CT/HU", "Chỉ thị", "2024-02-15", "cites")]),
    Row("tb-hu",
        "Theo Thông báo số 215-TB/HU ngày 30/6/2023, Ban Thường vụ Huyện ủy đồng ý chủ trương "
        "sáp nhập hai chi bộ thôn.",
        [c("215-TB/HU", "Thông báo", "2023-06-30", "cites")]),
    Row("qd-qu",
        "Quyết định số 1025-QĐ/QU ngày 14/9/2022 của Ban Thường vụ Quận ủy thành lập Ban Chỉ đạo "
        "tổng kết công tác xây dựng Đảng.",
        [c("1025-QĐ/QU", "Quyết định", "2022-09-14", "cites")]),
    Row("nq-bcsd",
        "Nghị quyết số 125-NQ/BCSĐ ngày 10/11/2022 của Ban cán sự đảng Bộ Tài chính về lãnh đạo "
        "thực hiện nhiệm vụ tài chính - ngân sách đã được quán triệt đến từng đơn vị.",
        [c("125-NQ/BCSĐ", "Nghị quyết", "2022-11-10", "cites")]),
    Row("bc-tu",
        "Số liệu được tổng hợp từ Báo cáo số 312-BC/TU ngày 20/12/2024 của Tỉnh ủy.",
        [c("312-BC/TU", "Báo cáo", "2024-12-20", "cites")]),
    Row("ttr-du",
        "Tờ trình số 45-TTr/ĐU ngày 08/7/2024 của Ban Thường vụ Đảng ủy đề nghị kiện toàn nhân sự "
        "đã được thông qua.",
        [c("45-TTr/ĐU", "Tờ trình", "2024-07-08", "cites")]),
    Row("da-tu",
        "Triển khai thực hiện Đề án số 03-ĐA/TU ngày 15/3/2021 của Tỉnh ủy về phát triển nguồn "
        "nhân lực chất lượng cao, Sở Nội vụ tham mưu kế hoạch đào tạo.",
        [c("03-ĐA/TU", "Đề án", "2021-03-15", "implements")]),
    Row("tb-ubkttu",
        "Thông báo số 88-TB/UBKTTU ngày 11/10/2023 của Ủy ban Kiểm tra Tỉnh ủy nêu rõ các khuyết "
        "điểm cần khắc phục.",
        [c("88-TB/UBKTTU", "Thông báo", "2023-10-11", "cites")]),
    Row("nq-duk-ban-chap-hanh",
        "Nghị quyết số 07-NQ/ĐUK ngày 21/4/2022 của Ban Chấp hành Đảng bộ Khối Doanh nghiệp tỉnh "
        "về nâng cao chất lượng tổ chức cơ sở đảng trong doanh nghiệp ngoài nhà nước.",
        [c("07-NQ/ĐUK", "Nghị quyết", "2022-04-21", "cites")]),
    Row("qd-tw-bo-chinh-tri-slash-date",
        "Các cấp ủy thực hiện nghiêm Quy định số 205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị về "
        "việc kiểm soát quyền lực trong công tác cán bộ và chống chạy chức, chạy quyền.",
        [c("205-QĐ/TW", "Quy định", "2019-09-23", "implements")]),
    Row("nq-tw-khoa-xiii-dat-dai",
        "Cụ thể hóa Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa "
        "XIII về tiếp tục đổi mới, hoàn thiện thể chế, chính sách quản lý và sử dụng đất, Tỉnh "
        "ủy ban hành Chương trình hành động.",
        [c("18-NQ/TW", "Nghị quyết", "2022-06-16", "implements", term="XIII")]),
    # --- case variants of the type word --------------------------------------------------------
    Row("lowercase-type-word",
        "Nhiều nội dung của quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị khóa X vẫn "
        "còn nguyên giá trị.",
        [c("290-QĐ/TW", "Quyết định", "2010-02-25", "cites", term="X")]),
    Row("all-caps-heading",
        "KẾ HOẠCH\nHỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT SỐ 66-NQ/TW NGÀY 30/4/2025 CỦA BỘ CHÍNH TRỊ",
        [c("66-NQ/TW", "Nghị quyết", "2025-04-30", "implements")]),
    Row("capital-so",
        "Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị Số 15-CT/TU ngày 02/11/2021 về công tác bầu "
        "cử trưởng thôn.",
        [c("15-CT/TU", "Chỉ thị", "2021-11-02", "cites")]),
]


@pytest.mark.parametrize("row", params(ROWS))
def test_party_form(row: Row) -> None:
    check_row(row)
