"""Relations from cue words (issue #5 item 5, domain spec section 4.6).

based_on (căn cứ), implements (thực hiện, triển khai, quán triệt, cụ thể hóa, tổ chức thực hiện,
tiếp tục thực hiện), guides (hướng dẫn thi hành/thực hiện, quy định chi tiết), amends (sửa đổi,
bổ sung), replaces (thay thế), repeals (bãi bỏ, hết hiệu lực), otherwise cites — including
"theo quy định tại" and verbs inside the title of the cited document itself.
"""

from __future__ import annotations

import pytest

from tests.parse.forms_helpers import Row, check_row, params
from vanban.testing import citation as c

BASED_ON_ROWS = [
    Row("based-on-numbered-items-after-colon",
        "Căn cứ các Nghị quyết của Chính phủ: số 01/NQ-CP ngày 01/01/2023, số 02/NQ-CP ngày "
        "06/01/2023;",
        [c("01/NQ-CP", "Nghị quyết", "2023-01-01", "based_on"),
         c("02/NQ-CP", "Nghị quyết", "2023-01-06", "based_on")]),
    Row("based-on-law",
        "Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015;",
        [c("77/2015/QH13", "Luật", "2015-06-19", "based_on")]),
    Row("based-on-party-preamble-dash",
        "- Căn cứ Điều lệ Đảng;\n"
        "- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XVII;\n"
        "- Căn cứ Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành "
        "Điều lệ Đảng,",
        [c("24-QĐ/TW", "Quy định", "2021-07-30", "based_on")]),
    Row("based-on-can-cu-vao",
        "Căn cứ vào Nghị quyết số 27/NQ-HĐND ngày 10/12/2023 của Hội đồng nhân dân huyện về dự "
        "toán ngân sách năm 2024;",
        [c("27/NQ-HĐND", "Nghị quyết", "2023-12-10", "based_on")]),
    Row("based-on-preamble-three-lines",
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;\n"
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác "
        "văn thư;\n"
        "Căn cứ Thông tư số 01/2019/TT-BNV ngày 24 tháng 01 năm 2019 của Bộ Nội vụ;",
        [c("72/2025/QH15", "Luật", "2025-06-16", "based_on"),
         c("30/2020/NĐ-CP", "Nghị định", "2020-03-05", "based_on"),
         c("01/2019/TT-BNV", "Thông tư", "2019-01-24", "based_on")]),
    Row("based-on-then-theo-de-nghi",
        "Căn cứ Nghị định số 138/2020/NĐ-CP ngày 27/11/2020 của Chính phủ quy định về tuyển dụng, "
        "sử dụng và quản lý công chức;\n"
        "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 210/TTr-STC ngày 05/12/2023.",
        [c("138/2020/NĐ-CP", "Nghị định", "2020-11-27", "based_on"),
         c("210/TTr-STC", "Tờ trình", "2023-12-05", "cites")]),
    Row("based-on-law-name-contains-sua-doi",
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính "
        "quyền địa phương số 47/2019/QH14 ngày 22 tháng 11 năm 2019;",
        [c("47/2019/QH14", "Luật", "2019-11-22", "based_on")]),
    Row("based-on-amended-by-passive",
        "Căn cứ Luật Đất đai số 45/2013/QH13 đã được sửa đổi, bổ sung theo Luật số 35/2018/QH14;",
        [c("45/2013/QH13", "Luật", None, "based_on"),
         c("35/2018/QH14", "Luật", None, "based_on")]),
    Row("based-on-hd-type-word-not-guides",
        "Căn cứ Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng về thể thức "
        "và kỹ thuật trình bày văn bản của Đảng,",
        [c("36-HD/VPTW", "Hướng dẫn", "2018-04-03", "based_on")]),
    Row("based-on-after-an-unnumbered-basis",
        "Căn cứ Điều lệ Đảng; Quy định số 22-QĐ/TW, ngày 28-7-2021 của Ban Chấp hành Trung ương "
        "về công tác kiểm tra;",
        [c("22-QĐ/TW", "Quy định", "2021-07-28", "based_on")]),
    Row("based-on-across-a-wrapped-line",
        "Căn cứ Điều lệ Đảng; Quy định số 22-QĐ/TW, ngày 28-7-2021 của Ban Chấp hành Trung ương về\n"
        "Trung tâm công tác kiểm tra, giám sát và kỷ luật của Đảng; Quy định số 69-QĐ/TW, ngày\n"
        "06-7-2022 của Bộ Chính trị về kỷ luật tổ chức đảng, đảng viên vi phạm;",
        [c("22-QĐ/TW", "Quy định", "2021-07-28", "based_on"),
         c("69-QĐ/TW", "Quy định", "2022-07-06", "based_on")]),
]

IMPLEMENTS_ROWS = [
    Row("implements-thuc-hien",
        "Thực hiện Kế hoạch số 23-KH/TU ngày 11/5/2023 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ "
        "Huyện ủy xây dựng kế hoạch như sau:",
        [c("23-KH/TU", "Kế hoạch", "2023-05-11", "implements")]),
    Row("implements-trien-khai",
        "Triển khai Nghị quyết số 29-NQ/TW ngày 17/11/2022 của Ban Chấp hành Trung ương Đảng về "
        "tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước, các sở, ngành chủ động xây dựng "
        "kế hoạch.",
        [c("29-NQ/TW", "Nghị quyết", "2022-11-17", "implements")]),
    Row("implements-quan-triet",
        "Quán triệt Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp "
        "tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Ban Thường vụ Đảng ủy yêu cầu:",
        [c("45-CT/TW", "Chỉ thị", "2025-04-14", "implements")]),
    Row("implements-cu-the-hoa",
        "Để cụ thể hóa Nghị quyết số 27-NQ/TW ngày 09/11/2022 của Hội nghị Trung ương 6 khóa XIII, "
        "Tỉnh ủy ban hành Chương trình hành động với các nội dung sau.",
        [c("27-NQ/TW", "Nghị quyết", "2022-11-09", "implements")]),
    Row("implements-cu-the-hoa-old-tone",
        "Nhằm cụ thể hoá Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị, Ban Thường vụ Tỉnh "
        "ủy ban hành Quy định về khuyến khích và bảo vệ cán bộ.",
        [c("14-KL/TW", "Kết luận", "2021-09-22", "implements")]),
    Row("implements-to-chuc-thuc-hien",
        "Tổ chức thực hiện Quyết định số 1374/QĐ-UBND ngày 06/6/2024 của Ủy ban nhân dân tỉnh về "
        "phê duyệt quy hoạch chung đô thị.",
        [c("1374/QĐ-UBND", "Quyết định", "2024-06-06", "implements")]),
    Row("implements-tiep-tuc-thuc-hien",
        "Tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị gắn với thực hiện "
        "nhiệm vụ chính trị của từng cơ quan, đơn vị.",
        [c("05-CT/TW", "Chỉ thị", "2016-05-15", "implements")]),
    Row("implements-with-filler-words",
        "Các địa phương triển khai thực hiện nghiêm túc, có hiệu quả Chỉ thị số 08/CT-TTg ngày "
        "11/3/2024 của Thủ tướng Chính phủ.",
        [c("08/CT-TTg", "Chỉ thị", "2024-03-11", "implements")]),
    Row("implements-hoc-tap-quan-triet-chain",
        "Để tổ chức học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết số "
        "66-NQ/TW ngày 30/4/2025 của Bộ Chính trị, Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn "
        "như sau:",
        [c("66-NQ/TW", "Nghị quyết", "2025-04-30", "implements")]),
    Row("implements-outer-and-inner",
        "Thực hiện Chương trình hành động số 47-CTr/TU ngày 20/3/2023 của Tỉnh ủy thực hiện Nghị "
        "quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII, Đảng ủy "
        "xã ban hành kế hoạch.",
        [c("47-CTr/TU", "Chương trình hành động", "2023-03-20", "implements"),
         c("21-NQ/TW", "Nghị quyết", "2022-06-16", "implements")]),
]

GUIDES_ROWS = [
    Row("guides-huong-dan-thi-hanh",
        "Thông tư này hướng dẫn thi hành Nghị định số 123/2020/NĐ-CP ngày 19/10/2020 của Chính "
        "phủ quy định về hóa đơn, chứng từ.",
        [c("123/2020/NĐ-CP", "Nghị định", "2020-10-19", "guides")]),
    Row("guides-quy-dinh-chi-tiet",
        "Nghị định này quy định chi tiết một số điều của Luật Đầu tư số 61/2020/QH14 về thủ tục "
        "đầu tư.",
        [c("61/2020/QH14", "Luật", None, "guides")]),
    Row("guides-huong-dan-thuc-hien",
        "Sở Nội vụ hướng dẫn thực hiện Quyết định số 22/2024/QĐ-UBND như sau:",
        [c("22/2024/QĐ-UBND", "Quyết định", None, "guides")]),
    Row("guides-quy-dinh-chi-tiet-va-huong-dan",
        "Nghị định này quy định chi tiết và hướng dẫn thi hành Luật Cư trú số 68/2020/QH14.",
        [c("68/2020/QH14", "Luật", None, "guides")]),
    Row("guides-bare-huong-dan",
        "Bộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn Nghị định số 15/2020/NĐ-CP ngày "
        "03/02/2020 của Chính phủ.",
        [c("15/2020/NĐ-CP", "Nghị định", "2020-02-03", "guides")]),
    Row("guides-not-the-type-word",
        "Hướng dẫn số 36-HD/BTGTW của Ban Tuyên giáo Trung ương về Nghị quyết số 25-NQ/TW được "
        "phổ biến rộng rãi.",
        [c("36-HD/BTGTW", "Hướng dẫn", None, "cites"),
         c("25-NQ/TW", "Nghị quyết", None, "cites")]),
    Row("guides-not-theo-huong-dan",
        "Đơn vị thực hiện theo hướng dẫn Thông tư số 80/2021/TT-BTC của Bộ Tài chính.",
        [c("80/2021/TT-BTC", "Thông tư", None, "cites")]),
    Row("guides-not-van-ban-huong-dan",
        "Các văn bản hướng dẫn Luật Đất đai số 31/2024/QH15 đã được ban hành đầy đủ.",
        [c("31/2024/QH15", "Luật", None, "cites")]),
]

AMENDS_REPLACES_REPEALS_ROWS = [
    Row("amends-sua-doi-bo-sung-mot-so-dieu",
        "Sửa đổi, bổ sung một số điều của Thông tư số 200/2014/TT-BTC ngày 22/12/2014 của Bộ Tài "
        "chính hướng dẫn chế độ kế toán doanh nghiệp.",
        [c("200/2014/TT-BTC", "Thông tư", "2014-12-22", "amends")]),
    Row("amends-nghi-dinh-title",
        "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 "
        "quy định xử phạt vi phạm hành chính trong lĩnh vực bưu chính, viễn thông.",
        [c("15/2020/NĐ-CP", "Nghị định", "2020-02-03", "amends")]),
    Row("amends-sua-doi-dieu",
        "Sửa đổi Điều 3 Quyết định số 45/QĐ-UBND ngày 10/01/2024 của Chủ tịch Ủy ban nhân dân "
        "huyện như sau:",
        [c("45/QĐ-UBND", "Quyết định", "2024-01-10", "amends")]),
    Row("amends-bo-sung-khoan",
        "Bổ sung khoản 4 vào Điều 7 của Quy chế ban hành kèm theo Quyết định số 12/2022/QĐ-UBND "
        "ngày 18/4/2022 của Ủy ban nhân dân tỉnh.",
        [c("12/2022/QĐ-UBND", "Quyết định", "2022-04-18", "amends")]),
    Row("replaces-thay-the",
        "Quyết định này thay thế Quyết định số 1836/QĐ-UBND ngày 15/8/2019 của Ủy ban nhân dân "
        "tỉnh.",
        [c("1836/QĐ-UBND", "Quyết định", "2019-08-15", "replaces")]),
    Row("replaces-ke-hoach",
        "Kế hoạch này thay thế Kế hoạch số 56-KH/HU ngày 04/3/2022 của Ban Thường vụ Huyện ủy.",
        [c("56-KH/HU", "Kế hoạch", "2022-03-04", "replaces")]),
    Row("replaces-after-hieu-luc-clause",
        "Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 2150/QĐ-UBND ngày "
        "20/9/2021 của Chủ tịch Ủy ban nhân dân tỉnh.",
        [c("2150/QĐ-UBND", "Quyết định", "2021-09-20", "replaces")]),
    Row("replaces-does-not-reach-into-the-replaced-title",
        "Thông tư này thay thế Thông tư số 39/2014/TT-BTC ngày 31/3/2014 của Bộ Tài chính hướng "
        "dẫn thi hành Luật Quản lý thuế ngày 29 tháng 11 năm 2006, Nghị định số 51/2010/NĐ-CP "
        "ngày 14/5/2010 của Chính phủ.",
        [c("39/2014/TT-BTC", "Thông tư", "2014-03-31", "replaces"),
         c("51/2010/NĐ-CP", "Nghị định", "2010-05-14", "cites")]),
    Row("replaces-two-documents-with-titles",
        "Quyết định này thay thế Quyết định số 15/QĐ-UBND ngày 05/01/2020 về quy chế tiếp dân và "
        "Quyết định số 16/QĐ-UBND ngày 06/01/2020 về quy chế văn thư.",
        [c("15/QĐ-UBND", "Quyết định", "2020-01-05", "replaces"),
         c("16/QĐ-UBND", "Quyết định", "2020-01-06", "replaces")]),
    Row("amends-thay-the-phu-luc",
        "Thay thế Phụ lục I ban hành kèm theo Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 của Chính "
        "phủ bằng Phụ lục I kèm theo Nghị định này.",
        [c("15/2018/NĐ-CP", "Nghị định", "2018-02-02", "amends")]),
    Row("amends-thay-the-cum-tu",
        "Thay thế cụm từ “Sở Kế hoạch và Đầu tư” bằng cụm từ “Sở Tài chính” tại Điều 3 Quyết định "
        "số 25/2016/QĐ-UBND ngày 10/8/2016 của Ủy ban nhân dân tỉnh.",
        [c("25/2016/QĐ-UBND", "Quyết định", "2016-08-10", "amends")]),
    Row("repeals-bai-bo",
        "Bãi bỏ Quyết định số 09/2016/QĐ-UBND ngày 14/3/2016 của Ủy ban nhân dân tỉnh.",
        [c("09/2016/QĐ-UBND", "Quyết định", "2016-03-14", "repeals")]),
    Row("repeals-bai-bo-toan-bo",
        "Bãi bỏ toàn bộ Chỉ thị số 03/CT-UBND ngày 25/02/2019 của Chủ tịch Ủy ban nhân dân tỉnh.",
        [c("03/CT-UBND", "Chỉ thị", "2019-02-25", "repeals")]),
    Row("repeals-het-hieu-luc-after",
        "Thông tư số 156/2013/TT-BTC ngày 06/11/2013 của Bộ Tài chính hết hiệu lực kể từ ngày "
        "Thông tư này có hiệu lực thi hành.",
        [c("156/2013/TT-BTC", "Thông tư", "2013-11-06", "repeals")]),
    Row("repeals-numbered-list-under-heading",
        "Điều 1. Bãi bỏ toàn bộ các văn bản quy phạm pháp luật sau đây\n\n"
        "1. Nghị định số 233-HĐBT ngày 22 tháng 6 năm 1990 của Hội đồng Bộ trưởng ban hành Quy "
        "chế lao động.\n\n2. Nghị định số 06/CP ngày 20 tháng 01 năm 1995 của Chính phủ quy định "
        "chi tiết một số điều của Bộ luật Lao động.\n\n3. Các Nghị định số 03/2014/NĐ-CP và "
        "44/2013/NĐ-CP của Chính phủ.\n\nĐiều 2. Hiệu lực thi hành",
        [c("233-HĐBT", "Nghị định", "1990-06-22", "repeals"),
         c("06/CP", "Nghị định", "1995-01-20", "repeals"),
         c("03/2014/NĐ-CP", "Nghị định", None, "repeals"),
         c("44/2013/NĐ-CP", "Nghị định", None, "repeals")]),
    Row("repeals-lettered-items-with-a-number-wrapped",
        "Điều 1. Bãi bỏ toàn bộ các quyết định sau đây:\n"
        "a) Các Quyết định của UBND tỉnh: số 21/2016/QĐ-UBND và số\n"
        "22/2016/QĐ-UBND cùng ngày 04 tháng 7 năm 2016 về giá dịch vụ;\n"
        "b) Quyết định số 30/2017/QĐ-UBND ngày 11/9/2017 của UBND tỉnh.",
        [c("21/2016/QĐ-UBND", "Quyết định", "2016-07-04", "repeals"),
         c("22/2016/QĐ-UBND", "Quyết định", "2016-07-04", "repeals"),
         c("30/2017/QĐ-UBND", "Quyết định", "2017-09-11", "repeals")]),
    Row("repeals-parts-listed-under-a-colon",
        "2. Bãi bỏ:\n"
        "   + khoản 2 Điều 7 và Điều 12 Quy định ban hành kèm theo Quyết định số\n"
        "     16/2020/QĐ-UBND ngày 03/6/2020 của UBND tỉnh;\n"
        "   + điểm a khoản 1 Điều 3 Quyết định số 44/2021/QĐ-UBND ngày\n"
        "     12 tháng 11 năm 2021 của UBND tỉnh.",
        [c("16/2020/QĐ-UBND", "Quyết định", "2020-06-03", "repeals"),
         c("44/2021/QĐ-UBND", "Quyết định", "2021-11-12", "repeals")]),
    Row("guides-not-amends-after-an-earlier-amendment",
        "Nghị quyết này hướng dẫn áp dụng Điều 134 của Bộ luật Hình sự số 100/2015/QH13 (đã được "
        "sửa đổi, bổ sung năm 2017).",
        [c("100/2015/QH13", "Bộ luật", None, "guides")]),
    Row("guidance-as-a-noun-is-cited",
        "3. Rà soát các điều kiện an toàn trường học theo các tiêu chí tại hướng dẫn của Sở "
        "(1432/SGDĐT-CTTT ngày 10/7/2024).\n4. Các hướng dẫn nghiệp vụ trước đây của Tòa án nhân "
        "dân tối cao, trong đó có Công văn số 301/TANDTC-PC ngày 13-9-2019, thì không áp dụng.",
        [c("1432/SGDĐT-CTTT", "Công văn", "2024-07-10", "cites"),
         c("301/TANDTC-PC", "Công văn", "2019-09-13", "cites")]),
    Row("issued-by-another-body-is-cited",
        "Thực hiện Quyết định số 919/QĐ-TTg ngày 01/8/2022 của Thủ tướng Chính phủ, UBND tỉnh đã "
        "ban hành Quyết định số 412/QĐ-UBND ngày 20/01/2023 về kiện toàn Hội đồng.",
        [c("919/QĐ-TTg", "Quyết định", "2022-08-01", "implements"),
         c("412/QĐ-UBND", "Quyết định", "2023-01-20", "cites")]),
    Row("the-citing-body-named-after-the-comma-acts",
        "Thực hiện Văn bản số 2471/BLĐTBXH-BHXH ngày 02/7/2024 của Bộ Lao động - Thương binh và Xã "
        "hội, Bảo hiểm xã hội Việt Nam hướng dẫn thực hiện Nghị định số 75/2024/NĐ-CP như sau:",
        [c("2471/BLĐTBXH-BHXH", "Công văn", "2024-07-02", "implements"),
         c("75/2024/NĐ-CP", "Nghị định", None, "guides")]),
    Row("based-on-list-with-abbreviated-types",
        "Căn cứ NĐ số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ; TT số 01/2011/TT-BNV ngày "
        "19/01/2011 của Bộ Nội vụ;",
        [c("30/2020/NĐ-CP", "Nghị định", "2020-03-05", "based_on"),
         c("01/2011/TT-BNV", "Thông tư", "2011-01-19", "based_on")]),
    Row("implements-a-list-headed-by-a-verb-and-a-colon",
        "Tổ chức học tập, quán triệt, triển khai thực hiện các văn bản sau:\n"
        "1- Nghị quyết số 44-NQ/TW, ngày 24-11-2023 của Ban Chấp hành Trung ương Đảng khóa XIII về "
        "Chiến lược bảo vệ Tổ quốc. Nghị quyết thay thế Nghị quyết số 28-NQ/TW, ngày 25-10-2013 "
        "của Hội nghị Trung ương 8 khóa XI; cần làm rõ những điểm mới.\n"
        "2- Nghị quyết số 45-NQ/TW, ngày 24-11-2023 về đội ngũ trí thức.\n"
        "3- Kết luận số 64-KL/TW, 65-KL/TW ngày 28-10-2023 của Ban Chấp hành Trung ương Đảng.\n"
        "Trong quá trình học tập, các cấp ủy liên hệ Quyết định số 99-QĐ/TW.",
        [c("44-NQ/TW", "Nghị quyết", "2023-11-24", "implements"),
         c("28-NQ/TW", "Nghị quyết", "2013-10-25", "cites"),
         c("45-NQ/TW", "Nghị quyết", "2023-11-24", "implements"),
         c("64-KL/TW", "Kết luận", "2023-10-28", "implements"),
         c("65-KL/TW", "Kết luận", "2023-10-28", "implements"),
         c("99-QĐ/TW", "Quyết định", None, "cites")]),
    Row("replace-to-fit-is-a-task-and-expired-is-past",
        "- UBND tỉnh hoàn thiện cơ chế hỗ trợ du lịch cộng đồng, thay thế Nghị quyết số "
        "46/2021/NQ-HĐND ngày 14/12/2021 của Hội đồng nhân dân tỉnh cho phù hợp.\n"
        "Ngoài ra, Quyết định số 1170/2000/QĐ-UB ngày 21 tháng 9 năm 2000 của Ủy ban nhân dân tỉnh "
        "đã hết hiệu lực theo thời hạn.",
        [c("46/2021/NQ-HĐND", "Nghị quyết", "2021-12-14", "cites"),
         c("1170/2000/QĐ-UB", "Quyết định", "2000-09-21", "cites")]),
    Row("replaces-proposed-not-done",
        "Sở đề nghị sớm trình Hội đồng nhân dân tỉnh ban hành nghị quyết thay thế Nghị quyết số "
        "03/2019/NQ-HĐND. Quyết định phê duyệt sẽ thay thế Quyết định số 4126/QĐ-UBND.",
        [c("03/2019/NQ-HĐND", "Nghị quyết", None, "cites"),
         c("4126/QĐ-UBND", "Quyết định", None, "cites")]),
    Row("amends-tasked-not-done",
        "Giao Sở Tư pháp chủ trì, tham mưu sửa đổi Quyết định số 27/2021/QĐ-UBND ngày 14/9/2021 "
        "của UBND tỉnh; Sở Xây dựng rà soát, bãi bỏ Chỉ thị số 08/CT-UBND ngày 02/3/2019. Bộ "
        "sẽ tổng hợp, báo cáo Chính phủ khi sửa đổi Nghị định số 62/2020/NĐ-CP.",
        [c("27/2021/QĐ-UBND", "Quyết định", "2021-09-14", "cites"),
         c("08/CT-UBND", "Chỉ thị", "2019-03-02", "cites"),
         c("62/2020/NĐ-CP", "Nghị định", None, "cites")]),
    Row("replaced-earlier-by-another-document",
        "Nghị định 55 đã thay thế Nghị định số 71/2011/NĐ-CP và Nghị định số 15/2017/NĐ-CP; việc "
        "ban hành Quyết định mới thay thế Quyết định số 1902/QĐ-UBND là cần thiết.",
        [c("71/2011/NĐ-CP", "Nghị định", None, "cites"),
         c("15/2017/NĐ-CP", "Nghị định", None, "cites"),
         c("1902/QĐ-UBND", "Quyết định", None, "cites")]),
    Row("replaced-inside-parentheses-not-implemented",
        "Thực hiện nghiêm Quyết định số 1374-QĐ/ĐUK ngày 02/4/2024 (thay thế Quyết định số "
        "905-QĐ/ĐUK, ngày 20-3-2019) của Ban Thường vụ Đảng ủy Khối.",
        [c("1374-QĐ/ĐUK", "Quyết định", "2024-04-02", "implements"),
         c("905-QĐ/ĐUK", "Quyết định", "2019-03-20", "cites")]),
    Row("amends-not-bo-sung-theo-tinh-than",
        "Các chi bộ đã xây dựng, bổ sung chuẩn mực đạo đức theo tinh thần Quy định số 144-QĐ/TW, "
        "ngày 09-5-2024 của Bộ Chính trị.",
        [c("144-QĐ/TW", "Quy định", "2024-05-09", "cites")]),
    Row("omnibus-law-name-with-count",
        "Căn cứ Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch số "
        "35/2018/QH14 ngày 20 tháng 11 năm 2018;",
        [c("35/2018/QH14", "Luật", "2018-11-20", "based_on")]),
    Row("repeals-list-after-het-hieu-luc-thi-hanh",
        "Điều 3. Các văn bản sau đây hết hiệu lực thi hành kể từ ngày Quyết định này có hiệu lực:\n"
        "- Chỉ thị số 05/CT-UBND ngày 10/3/2015 của UBND tỉnh;\n"
        "- Quyết định số 2016/QĐ-UBND ngày 5/12/2016.",
        [c("05/CT-UBND", "Chỉ thị", "2015-03-10", "repeals"),
         c("2016/QĐ-UBND", "Quyết định", "2016-12-05", "repeals")]),
    Row("repeals-second-verb-after-va",
        "Quyết định này có hiệu lực kể từ ngày ký, thay thế Quyết định số 356/QĐ-UBND ngày "
        "15/4/2019 của UBND tỉnh và bãi bỏ khoản 2 Điều 1 Quyết định\nsố 88/QĐ-UBND ngày 02/3/2020.",
        [c("356/QĐ-UBND", "Quyết định", "2019-04-15", "replaces"),
         c("88/QĐ-UBND", "Quyết định", "2020-03-02", "repeals")]),
    Row("repeals-a-section-of-a-letter",
        "Chỉ thị này thay thế Chỉ thị số 09/CT-UBND ngày 5/3/2020 của UBND tỉnh và bãi bỏ Mục 3 "
        "Công văn số 1820/UBND-KT ngày 2/4/2021.",
        [c("09/CT-UBND", "Chỉ thị", "2020-03-05", "replaces"),
         c("1820/UBND-KT", "Công văn", "2021-04-02", "repeals")]),
]

CITES_ROWS = [
    Row("cites-theo-quy-dinh-tai",
        "Hồ sơ thanh toán được lập theo quy định tại Nghị định số 99/2021/NĐ-CP ngày 11/11/2021 "
        "của Chính phủ.",
        [c("99/2021/NĐ-CP", "Nghị định", "2021-11-11", "cites")]),
    Row("cites-duoc-quy-dinh-tai",
        "Định mức chi được quy định tại Thông tư số 40/2017/TT-BTC ngày 28/4/2017 của Bộ Tài "
        "chính.",
        [c("40/2017/TT-BTC", "Thông tư", "2017-04-28", "cites")]),
    Row("cites-thuc-hien-theo-quy-dinh-tai",
        "Việc thanh toán chi phí thực hiện theo quy định tại Thông tư số 06/2023/TT-BTC ngày "
        "31/01/2023 của Bộ Tài chính.",
        [c("06/2023/TT-BTC", "Thông tư", "2023-01-31", "cites")]),
    Row("cites-no-cue",
        "Năm 2023, tỉnh được Trung ương khen thưởng vì thực hiện tốt cải cách hành chính; Quyết "
        "định số 2500/QĐ-BNV ngày 28/12/2023 của Bộ Nội vụ công bố chỉ số này.",
        [c("2500/QĐ-BNV", "Quyết định", "2023-12-28", "cites")]),
    Row("cites-theo-huong-dan-tai",
        "Doanh nghiệp kê khai theo hướng dẫn tại Công văn số 3431/TCHQ-TXNK ngày 30/6/2023 của "
        "Tổng cục Hải quan.",
        [c("3431/TCHQ-TXNK", "Công văn", "2023-06-30", "cites")]),
    Row("cites-title-verb-huong-dan-belongs-to-cited",
        "Thông tư liên tịch số 01/2015/TTLT-BNV-BTC ngày 14/4/2015 của Bộ Nội vụ và Bộ Tài chính "
        "hướng dẫn thực hiện Nghị định số 108/2014/NĐ-CP về chính sách tinh giản biên chế đã hết "
        "thời hạn áp dụng.",
        [c("01/2015/TTLT-BNV-BTC", "Thông tư liên tịch", "2015-04-14", "cites"),
         c("108/2014/NĐ-CP", "Nghị định", None, "cites")]),
    Row("cites-title-verb-after-symbol",
        "Thông tư số 145/2013/TT-BTC ngày 21/10/2013 của Bộ Tài chính hướng dẫn về kế hoạch dự "
        "trữ quốc gia là tài liệu tham khảo.",
        [c("145/2013/TT-BTC", "Thông tư", "2013-10-21", "cites")]),
    Row("cue-does-not-cross-sentence",
        "Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, tỉnh đã kích hoạt "
        "các chốt kiểm soát. Trong năm, Quyết định số 123/QĐ-UBND ngày 15/4/2020 của Ủy ban nhân "
        "dân tỉnh đã phân bổ kinh phí phòng, chống dịch.",
        [c("16/CT-TTg", "Chỉ thị", "2020-03-31", "implements"),
         c("123/QĐ-UBND", "Quyết định", "2020-04-15", "cites")]),
    Row("cites-thuc-hien-theo-huong-dan-cua",
        "Các đơn vị thực hiện theo hướng dẫn của Sở Tài chính tại Công văn số 1520/STC-QLNS ngày "
        "18/8/2020 về quyết toán kinh phí.",
        [c("1520/STC-QLNS", "Công văn", "2020-08-18", "cites")]),
    Row("cites-action-verb-then-theo-after-words",
        "Các cấp ủy triển khai thực hiện nghiêm các bước theo Hướng dẫn số 12-HD/BTCTW ngày "
        "10/5/2024 của Ban Tổ chức Trung ương và Quy định số 89-QĐ/TW ngày 04/8/2017 của Bộ Chính "
        "trị.",
        [c("12-HD/BTCTW", "Hướng dẫn", "2024-05-10", "cites"),
         c("89-QĐ/TW", "Quy định", "2017-08-04", "cites")]),
    Row("cites-theo-dung-quy-dinh-cua",
        "Các địa phương chỉ đạo triển khai phương án sơ tán dân theo đúng quy định của Nghị định "
        "số 02/2017/NĐ-CP ngày 09/01/2017 của Chính phủ.",
        [c("02/2017/NĐ-CP", "Nghị định", "2017-01-09", "cites")]),
    Row("cites-thuc-hien-theo-a-decision",
        "Mức hỗ trợ thực hiện theo Quyết định số 12/2022/QĐ-UBND ngày 15/3/2022 của Ủy ban nhân "
        "dân tỉnh.",
        [c("12/2022/QĐ-UBND", "Quyết định", "2022-03-15", "cites")]),
    Row("implements-theo-after-the-citation",
        "Tiếp tục thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương, các "
        "cấp ủy rà soát theo kế hoạch.",
        [c("21-KL/TW", "Kết luận", "2021-10-25", "implements")]),
    Row("cites-ket-qua-thuc-hien",
        "Đại hội đánh giá gắn với kết quả thực hiện Chỉ thị số 36-CT/TW ngày 30/5/2019 của Bộ "
        "Chính trị.",
        [c("36-CT/TW", "Chỉ thị", "2019-05-30", "cites")]),
    Row("cites-da-neu-tai",
        "Sở Tài chính tổng hợp các kiến nghị đã nêu tại Văn bản số 456/SYT-KHTC ngày 10/4/2019 của "
        "Sở Y tế.",
        [c("456/SYT-KHTC", "Công văn", "2019-04-10", "cites")]),
    Row("mixed-based-on-and-implements",
        "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;\n"
        "- Căn cứ Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương;\n"
        "- Thực hiện Kế hoạch số 51-KH/TU ngày 14/2/2025 của Ban Thường vụ Tỉnh ủy,",
        [c("22-QĐ/TW", "Quy định", "2021-07-28", "based_on"),
         c("51-KH/TU", "Kế hoạch", "2025-02-14", "implements")]),
    Row("cites-tong-ket-viec-thuc-hien",
        "Bộ Nội vụ chủ trì tổng kết việc thực hiện Quyết định số 468/QĐ-TTg ngày 27 tháng 3 năm "
        "2021 của Thủ tướng Chính phủ.",
        [c("468/QĐ-TTg", "Quyết định", "2021-03-27", "cites")]),
    Row("cites-huong-dan-nay-anaphora",
        "Không áp dụng Hướng dẫn này đối với các trường hợp đã có quyết định theo Nghị định số "
        "29/2023/NĐ-CP ngày 03/6/2023 của Chính phủ.",
        [c("29/2023/NĐ-CP", "Nghị định", "2023-06-03", "cites")]),
    Row("cites-huong-dan-theo",
        "Bộ Thông tin và Truyền thông hướng dẫn các địa phương nâng cấp hệ thống theo Thông tư số "
        "01/2018/TT-VPCP ngày 23/11/2018.",
        [c("01/2018/TT-VPCP", "Thông tư", "2018-11-23", "cites")]),
]

PASSIVE_ROWS = [
    Row("passive-amended-by-in-parens",
        "Thủ tục xử phạt áp dụng Nghị định số 15/2020/NĐ-CP (đã được sửa đổi, bổ sung bởi Nghị "
        "định số 14/2022/NĐ-CP) của Chính phủ.",
        [c("15/2020/NĐ-CP", "Nghị định", None, "cites"),
         c("14/2022/NĐ-CP", "Nghị định", None, "cites")]),
    Row("passive-replaced-by",
        "Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ đã được thay thế bởi Nghị định "
        "số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ.",
        [c("01/2011/TT-BNV", "Thông tư", "2011-01-19", "cites"),
         c("30/2020/NĐ-CP", "Nghị định", "2020-03-05", "cites")]),
    Row("passive-repealed-by",
        "Quyết định số 25/2015/QĐ-UBND ngày 10/6/2015 của Ủy ban nhân dân tỉnh đã bị bãi bỏ bởi "
        "Quyết định số 08/2023/QĐ-UBND ngày 20/02/2023.",
        [c("25/2015/QĐ-UBND", "Quyết định", "2015-06-10", "cites"),
         c("08/2023/QĐ-UBND", "Quyết định", "2023-02-20", "cites")]),
]

ROWS = (PASSIVE_ROWS + BASED_ON_ROWS + IMPLEMENTS_ROWS + GUIDES_ROWS + AMENDS_REPLACES_REPEALS_ROWS
        + CITES_ROWS)


@pytest.mark.parametrize("row", params(ROWS))
def test_relation_form(row: Row) -> None:
    check_row(row)
