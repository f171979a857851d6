"""Citation forms of State administrative documents: NUMBER/TYPE-ISSUER and công văn symbols.

Administrative (cá biệt) documents carry no year: "18/CT-UBND", "1579/QĐ-TTg"; a công văn has no
type code at all ("3431/TCHQ-TXNK"), so its type is "Công văn" (domain spec sections 1.5, 1.7).
"""

from __future__ import annotations

import pytest

from tests.parse.forms_helpers import Row, check_row, params
from vanban.testing import citation as c

ROWS = [
    # --- typed administrative documents ------------------------------------------------------
    Row("ct-ubnd",
        "Thực hiện Chỉ thị số 18/CT-UBND ngày 20/7/2021 của Ủy ban nhân dân tỉnh về tăng cường "
        "công tác quản lý đất đai, Ủy ban nhân dân huyện yêu cầu các xã thực hiện tốt một số "
        "nội dung sau:",
        [c("18/CT-UBND", "Chỉ thị", "2021-07-20", "implements")]),
    Row("qd-ttg-admin",
        "Căn cứ Quyết định số 1579/QĐ-TTg ngày 20/11/2021 của Thủ tướng Chính phủ phê duyệt Đề án "
        "tăng cường năng lực quản lý nhà nước về an toàn thực phẩm;",
        [c("1579/QĐ-TTg", "Quyết định", "2021-11-20", "based_on",
           issuer="Thủ tướng Chính phủ")]),
    Row("ct-ttg-admin-covid",
        "Thực hiện nghiêm Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực "
        "hiện các biện pháp cấp bách phòng, chống dịch COVID-19, Ban Chỉ đạo tỉnh yêu cầu:",
        [c("16/CT-TTg", "Chỉ thị", "2020-03-31", "implements")]),
    Row("qd-ubnd-chu-tich",
        "Danh mục thủ tục hành chính được công bố tại Quyết định số 2309/QĐ-UBND ngày 28/10/2022 "
        "của Chủ tịch Ủy ban nhân dân tỉnh.",
        [c("2309/QĐ-UBND", "Quyết định", "2022-10-28", "cites")]),
    Row("qd-bgddt",
        "Quyết định số 155/QĐ-BGDĐT ngày 17/01/2024 của Bộ trưởng Bộ Giáo dục và Đào tạo đã điều "
        "chỉnh khung kế hoạch thời gian năm học.",
        [c("155/QĐ-BGDĐT", "Quyết định", "2024-01-17", "cites")]),
    Row("qd-ctn-dac-xa",
        "Hồ sơ đề nghị đặc xá được lập theo Quyết định số 1218/QĐ-CTN ngày 15/10/2023 của Chủ tịch "
        "nước về đặc xá năm 2023.",
        [c("1218/QĐ-CTN", "Quyết định", "2023-10-15", "cites")]),
    Row("qd-leading-zero",
        "Quyết định số 05/QĐ-UBND ngày 03/01/2024 của Ủy ban nhân dân xã về việc giao chỉ tiêu "
        "kinh tế - xã hội năm 2024 đã được niêm yết công khai.",
        [c("05/QĐ-UBND", "Quyết định", "2024-01-03", "cites")]),
    Row("nq-hdnd-admin",
        "Nghị quyết số 25/NQ-HĐND ngày 08/12/2023 của Hội đồng nhân dân tỉnh về kế hoạch đầu tư "
        "công năm 2024 đã phân bổ đủ vốn cho các công trình chuyển tiếp.",
        [c("25/NQ-HĐND", "Nghị quyết", "2023-12-08", "cites")]),
    Row("nq-cp-admin",
        "Triển khai Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ về nhiệm vụ, giải pháp "
        "chủ yếu thực hiện kế hoạch phát triển kinh tế - xã hội năm 2024, Sở Tài chính tham mưu:",
        [c("01/NQ-CP", "Nghị quyết", "2024-01-05", "implements", issuer="Chính phủ")]),
    Row("kh-ubnd",
        "Triển khai Kế hoạch số 78/KH-UBND ngày 20/3/2024 của Ủy ban nhân dân tỉnh, Sở Văn hóa, "
        "Thể thao và Du lịch hướng dẫn các huyện tổ chức lễ hội.",
        [c("78/KH-UBND", "Kế hoạch", "2024-03-20", "implements")]),
    Row("kh-no-so",
        "Kế hoạch 256/KH-UBND ngày 30/11/2023 đặt mục tiêu hoàn thành chuyển đổi số cấp xã.",
        [c("256/KH-UBND", "Kế hoạch", "2023-11-30", "cites")]),
    Row("kh-ban-chi-dao",
        "Nội dung kiểm tra bám theo Kế hoạch số 130/KH-BCĐ ngày 02/4/2024 của Ban Chỉ đạo phòng, "
        "chống tham nhũng, tiêu cực tỉnh.",
        [c("130/KH-BCĐ", "Kế hoạch", "2024-04-02", "cites")]),
    Row("ctr-ubnd",
        "Chương trình số 05/CTr-UBND ngày 12/01/2024 của Ủy ban nhân dân tỉnh xác định các nhiệm "
        "vụ trọng tâm trong năm.",
        [c("05/CTr-UBND", "Chương trình", "2024-01-12", "cites")]),
    Row("hd-so-noi-vu",
        "Căn cứ Hướng dẫn số 16/HD-SNV ngày 22/4/2024 của Sở Nội vụ về đánh giá, xếp loại chất "
        "lượng công chức;",
        [c("16/HD-SNV", "Hướng dẫn", "2024-04-22", "based_on")]),
    Row("tb-vpcp",
        "Thông báo số 45/TB-VPCP ngày 25/02/2024 của Văn phòng Chính phủ truyền đạt kết luận của "
        "Thủ tướng Chính phủ tại cuộc họp về giải ngân vốn đầu tư công.",
        [c("45/TB-VPCP", "Thông báo", "2024-02-25", "cites")]),
    Row("tb-ubnd",
        "Thông báo số 123/TB-UBND ngày 14/5/2024 về ý kiến kết luận của Chủ tịch Ủy ban nhân dân "
        "tỉnh được gửi tới các sở, ngành.",
        [c("123/TB-UBND", "Thông báo", "2024-05-14", "cites")]),
    Row("ttr-so-noi-vu",
        "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 125/TTr-SNV ngày 02/10/2023.",
        [c("125/TTr-SNV", "Tờ trình", "2023-10-02", "cites")]),
    Row("bc-ubnd-huyen",
        "Số liệu nêu tại Báo cáo số 312/BC-UBND ngày 15/12/2023 của Ủy ban nhân dân huyện cho thấy "
        "tỷ lệ hộ nghèo giảm còn 2,1%.",
        [c("312/BC-UBND", "Báo cáo", "2023-12-15", "cites")]),
    Row("bc-so-y-te",
        "Báo cáo số 20/BC-SYT ngày 19/01/2024 của Sở Y tế đánh giá kết quả tiêm chủng mở rộng.",
        [c("20/BC-SYT", "Báo cáo", "2024-01-19", "cites")]),
    Row("da-ubnd",
        "Đề án số 02/ĐA-UBND ngày 10/01/2023 của Ủy ban nhân dân huyện về sắp xếp đơn vị hành "
        "chính cấp xã được Hội đồng nhân dân huyện thông qua.",
        [c("02/ĐA-UBND", "Đề án", "2023-01-10", "cites")]),
    Row("de-an-name-then-qd",
        "Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử được phê duyệt "
        "tại Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ.",
        [c("06/QĐ-TTg", "Quyết định", "2022-01-06", "cites")]),
    # --- công điện ---------------------------------------------------------------------------
    Row("cd-ttg",
        "Thực hiện Công điện số 1072/CĐ-TTg ngày 16/11/2023 của Thủ tướng Chính phủ, các địa "
        "phương chủ động ứng phó với mưa lũ.",
        [c("1072/CĐ-TTg", "Công điện", "2023-11-16", "implements")]),
    Row("cd-ubnd-bao-so",
        "Công điện số 05/CĐ-UBND ngày 07/9/2024 của Chủ tịch Ủy ban nhân dân tỉnh yêu cầu sơ tán "
        "dân khỏi vùng nguy hiểm trước khi bão số 3 đổ bộ.",
        [c("05/CĐ-UBND", "Công điện", "2024-09-07", "cites")]),
    # --- công văn: symbol = issuer-unit, no type code ---------------------------------------------
    Row("cv-tchq-phuc-dap",
        "Phúc đáp Công văn số 3431/TCHQ-TXNK ngày 30/6/2023 của Tổng cục Hải quan, Cục Hải quan "
        "tỉnh có ý kiến như sau:",
        [c("3431/TCHQ-TXNK", "Công văn", "2023-06-30", "cites")]),
    Row("cv-vpcp-roman-unit",
        "Ý kiến chỉ đạo của Phó Thủ tướng đã được truyền đạt tại Công văn số 2785/VPCP-V.III ngày "
        "15/4/2022 của Văn phòng Chính phủ.",
        [c("2785/VPCP-V.III", "Công văn", "2022-04-15", "cites")]),
    Row("cv-vpcp-v-i",
        "Văn phòng Chính phủ có Công văn số 3095/VPCP-V.I ngày 10/5/2023 gửi các bộ, ngành.",
        [c("3095/VPCP-V.I", "Công văn", "2023-05-10", "cites")]),
    Row("cv-ampersand-unit",
        "Sở Kế hoạch và Đầu tư đã có Công văn số 1520/SKH&ĐT-TH ngày 18/8/2020 đề nghị các sở, "
        "ngành rà soát danh mục dự án.",
        [c("1520/SKH&ĐT-TH", "Công văn", "2020-08-18", "cites")]),
    Row("cv-ampersand-issuer",
        "Theo Công văn số 2150/SLĐTB&XH-LĐVL ngày 25/7/2022, các doanh nghiệp báo cáo tình hình "
        "sử dụng lao động trước ngày 15 hằng tháng.",
        [c("2150/SLĐTB&XH-LĐVL", "Công văn", "2022-07-25", "cites")]),
    Row("van-ban-so-btc",
        "Bộ Tài chính đã có Văn bản số 8412/BTC-NSNN ngày 09/8/2023 hướng dẫn xây dựng dự toán "
        "ngân sách nhà nước năm 2024.",
        [c("8412/BTC-NSNN", "Công văn", "2023-08-09", "cites")]),
    Row("van-ban-so-ubnd-thuc-hien",
        "Thực hiện Văn bản số 5973/UBND-KT ngày 28/11/2023 của Ủy ban nhân dân tỉnh về việc bảo "
        "đảm cung ứng hàng hóa dịp Tết, Sở Công Thương đề nghị:",
        [c("5973/UBND-KT", "Công văn", "2023-11-28", "implements")]),
    Row("van-ban-so-typed-symbol",
        "Nội dung này đã được nêu tại Văn bản số 456/KH-UBND ngày 12/3/2024 của Ủy ban nhân dân "
        "thành phố.",
        [c("456/KH-UBND", "Kế hoạch", "2024-03-12", "cites")]),
    Row("cv-vkstc-digit-unit",
        "Công văn số 2104/VKSTC-V14 ngày 12/6/2023 của Viện kiểm sát nhân dân tối cao giải đáp "
        "một số vướng mắc trong công tác kiểm sát.",
        [c("2104/VKSTC-V14", "Công văn", "2023-06-12", "cites")]),
    Row("cv-ttg",
        "Công văn số 1011/TTg-KTTH ngày 21/11/2023 của Thủ tướng Chính phủ đồng ý bổ sung vốn cho "
        "chương trình mục tiêu quốc gia.",
        [c("1011/TTg-KTTH", "Công văn", "2023-11-21", "cites")]),
    Row("cv-bnn",
        "Bộ Nông nghiệp và Phát triển nông thôn đã có Công văn số 4270/BNN-TY ngày 22/6/2023 về "
        "phòng, chống bệnh dịch tả lợn châu Phi.",
        [c("4270/BNN-TY", "Công văn", "2023-06-22", "cites")]),
    Row("cv-so-colon",
        "Sở Y tế ban hành Công văn số: 1206/SYT-NVY ngày 04/4/2024 đề nghị các bệnh viện bảo đảm "
        "thuốc, vật tư y tế.",
        [c("1206/SYT-NVY", "Công văn", "2024-04-04", "cites")]),
    Row("cv-sgddt-mixed-case-unit",
        "Các trường xây dựng kế hoạch giáo dục theo Công văn số 418/SGDĐT-GDTrH ngày "
        "05/9/2023 của Sở Giáo dục và Đào tạo.",
        [c("418/SGDĐT-GDTrH", "Công văn", "2023-09-05", "cites")]),
    # --- công văn number with no type word: the symbol implies the type ----------------------
    Row("bare-cv-after-tai",
        "Sở Kế hoạch và Đầu tư căn cứ ý kiến đã nêu tại 1520/SKH&ĐT-TH ngày 18/8/2020, tham mưu "
        "điều chỉnh kế hoạch đầu tư công.",
        [c("1520/SKH&ĐT-TH", "Công văn", "2020-08-18", "cites")]),
    Row("bare-cv-in-parentheses",
        "Viện kiểm sát nhân dân tối cao đã giải đáp (2104/VKSTC-V14 ngày 12/6/2023) các vướng "
        "mắc trong công tác kiểm sát.",
        [c("2104/VKSTC-V14", "Công văn", "2023-06-12", "cites")]),
    Row("bare-cv-enumeration",
        "Các trường tiếp tục thực hiện theo 418/SGDĐT-GDTrH ngày 05/9/2023 và 1206/SYT-NVY ngày "
        "04/4/2024 về công tác y tế trường học.",
        [c("418/SGDĐT-GDTrH", "Công văn", "2023-09-05", "cites"),
         c("1206/SYT-NVY", "Công văn", "2024-04-04", "cites")]),
    Row("bare-cv-roman-unit",
        "Ý kiến chỉ đạo của Phó Thủ tướng Chính phủ tại 2785/VPCP-V.III đã được phổ biến.",
        [c("2785/VPCP-V.III", "Công văn", None, "cites")]),
]


@pytest.mark.parametrize("row", params(ROWS))
def test_state_admin_form(row: Row) -> None:
    check_row(row)
