"""Header table: (first page text -> expected header fields), one row per real-world variant.

Fields not named in a row are not checked; ``None`` means "must be missing, not guessed".
"""

from __future__ import annotations

import datetime as dt

import pytest

from vanban.parse import parse_document

D = dt.date

ROWS = [
    ("party-two-line-issuer",
     "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TW\nĐẢNG ỦY VĂN PHÒNG CHÍNH PHỦ\n*\nSố 665 - CT/ĐU\n\n"
     "ĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 22 tháng 9 năm 2014\n\nCHỈ THỊ\nvề công tác dân vận\n\nNội dung.",
     dict(symbol="665-CT/ĐU", issuer="Đảng ủy Văn phòng Chính phủ",
          parent_issuer="Đảng bộ Khối các cơ quan Trung ương", place="Hà Nội", date=D(2014, 9, 22),
          doc_type="Chỉ thị", title="về công tác dân vận")),
    ("state-ubnd-decision",
     "ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\nSố: 15/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Độc lập - Tự do - Hạnh phúc\nHải Dương, ngày 05 tháng 01 năm 2020\n\nQUYẾT ĐỊNH\n"
     "Về việc ban hành Quy chế làm việc\n\nNội dung.",
     dict(symbol="15/QĐ-UBND", issuer="Tỉnh Hải Dương", parent_issuer="Ủy ban nhân dân",
          place="Hải Dương", date=D(2020, 1, 5), doc_type="Quyết định",
          title="Về việc ban hành Quy chế làm việc")),
    ("cong-van-vv",
     "BỘ TÀI CHÍNH\nTỔNG CỤC HẢI QUAN\n-------\nSố: 3431/TCHQ-TXNK\nV/v thực hiện Nghị định số 44/2023/NĐ-CP\n\n"
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Hà Nội, ngày 30 tháng 06 năm 2023\n\nKính gửi: Cục Hải quan các tỉnh, thành phố.",
     dict(symbol="3431/TCHQ-TXNK", issuer="Tổng cục Hải quan", parent_issuer="Bộ Tài chính",
          place="Hà Nội", date=D(2023, 6, 30), doc_type="Công văn",
          title="V/v thực hiện Nghị định số 44/2023/NĐ-CP")),
    ("law-header",
     "QUỐC HỘI\n-------\nLuật số: 45/2019/QH14\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Độc lập - Tự do - Hạnh phúc\n\nLUẬT\nBỘ LUẬT LAO ĐỘNG\n\nCăn cứ Hiến pháp;",
     dict(symbol="45/2019/QH14", issuer="Quốc hội", doc_type="Luật", place=None, date=None)),
    ("no-colon-party-number",
     "TỈNH ỦY THÁI NGUYÊN\n*\nSố 12-NQ/TU\nThái Nguyên, ngày 3 tháng 4 năm 2018\n\nNGHỊ QUYẾT\nvề phát triển",
     dict(symbol="12-NQ/TU", issuer="Tỉnh ủy Thái Nguyên", place="Thái Nguyên", date=D(2018, 4, 3),
          doc_type="Nghị quyết")),
    ("colon-no-space",
     "BỘ TÀI CHÍNH\nSố:5123/BTC-NSNN\nHà Nội, ngày 12 tháng 5 năm 2021\n\nKính gửi: các bộ.",
     dict(symbol="5123/BTC-NSNN", issuer="Bộ Tài chính", date=D(2021, 5, 12), doc_type="Công văn")),
    ("space-before-slash",
     "Số: 18 /CT-UBND\n\nHải Dương, ngày 1 tháng 8 năm 2016\n\nCHỈ THỊ\nTăng cường công tác dân vận\n\nNội dung.",
     dict(symbol="18/CT-UBND", issuer="Ủy ban nhân dân tỉnh Hải Dương", place="Hải Dương",
          date=D(2016, 8, 1), doc_type="Chỉ thị", title="Tăng cường công tác dân vận")),
    ("received-stamp-not-header",
     "ĐẢNG ỦY VĂN PHÒNG CHÍNH PHỦ\nSố 665 - CT/ĐU\nHà Nội, ngày 22 tháng 9 năm 2014\n\nCHỈ THỊ\n"
     "về công tác dân vận\n\nCÔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\nĐẾN\tSố: 1530\nNgày:\t25/9/2014\n\nNội dung.",
     dict(symbol="665-CT/ĐU", date=D(2014, 9, 22))),
    ("stamp-before-number",
     "CÔNG VĂN ĐẾN Số: 4521 Ngày: 03/10/2016\n\nỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 20/KH-UBND\n"
     "Nam Định, ngày 28 tháng 9 năm 2016\n\nKẾ HOẠCH\nTriển khai công tác dân vận\n\nNội dung.",
     dict(symbol="20/KH-UBND", date=D(2016, 9, 28), doc_type="Kế hoạch", place="Nam Định")),
    ("stamp-column-beside-number",
     "UBND TỈNH NINH BÌNH              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "SỞ TÀI CHÍNH                      Độc lập - Tự do - Hạnh phúc\n"
     "                                  VĂN PHÒNG UBND TỈNH\n"
     "Số: 388/STC-QLNS                  ĐẾN   Số: 77\n"
     "V/v bố trí kinh phí               Ngày: 12/6/2021\n"
     "                                  Chuyển: TH\n"
     "                     Ninh Bình, ngày 10 tháng 6 năm 2021\n\nKính gửi: Sở Y tế.",
     dict(symbol="388/STC-QLNS", issuer="Sở Tài chính", doc_type="Công văn",
          date=D(2021, 6, 10), title="V/v bố trí kinh phí")),
    ("stamp-column-on-issuer-line",
     "ỦY BAN NHÂN DÂN        CÔNG VĂN ĐẾN\nTỈNH HÀ NAM            Số: 4521/ĐẾN\n"
     "Số: 20/KH-UBND         Ngày: 03/10/2016\nHà Nam, ngày 28 tháng 9 năm 2016\n\n"
     "KẾ HOẠCH\nTriển khai công tác dân vận\n\nNội dung.",
     dict(symbol="20/KH-UBND", issuer="Tỉnh Hà Nam", parent_issuer="Ủy ban nhân dân",
          doc_type="Kế hoạch")),
    ("so-den-stamp-only",
     "Số đến: 1530\nNgày: 21/10/16\n\nCHỈ THỊ\nvề việc gì đó\n\nNội dung.",
     dict(symbol=None, date=None, doc_type="Chỉ thị")),
    ("ocr-damaged-date",
     "UBND TỈNH BẮC NINH\nSỞ NỘI VỤ\nSố: 112/SNV-TCBC\nBắc Ninh, ngảy 14 thang 3 nărn 2019\n\nKính gửi: các sở.",
     dict(symbol="112/SNV-TCBC", place="Bắc Ninh", date=D(2019, 3, 14), issuer="Sở Nội vụ")),
    ("eth-in-symbol",
     "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 08-Q\u00d0i/TW\nHà Nội, ngày 25 tháng 10 năm 2018\n\nQUY ĐỊNH\nvề trách nhiệm nêu gương",
     dict(symbol="08-QĐi/TW", issuer="Ban Chấp hành Trung ương", doc_type="Quy định",
          date=D(2018, 10, 25), title="về trách nhiệm nêu gương")),
    ("politburo-title-line",
     "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 45-KL/TW\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 10 tháng 3 năm 2023\n\n"
     "KẾT LUẬN\nCỦA BAN BÍ THƯ\nvề tiếp tục đẩy mạnh công tác dân vận\n-----\n\nNội dung.",
     dict(symbol="45-KL/TW", issuer="Ban Bí thư", parent_issuer="Ban Chấp hành Trung ương",
          doc_type="Kết luận", title="về tiếp tục đẩy mạnh công tác dân vận")),
    ("politburo-signature-only",
     "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 132-QĐ/TW\nHà Nội, ngày 08 tháng 10 năm 2023\n\n"
     "QUY ĐỊNH\nvề kiểm tra, giám sát\n\nNội dung.\n\nT/M BỘ CHÍNH TRỊ\n\nNguyễn Văn A",
     dict(issuer="Bộ Chính trị", parent_issuer="Ban Chấp hành Trung ương", doc_type="Quy định")),
    ("central-committee-signs-itself",
     "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 27-NQ/TW\nHà Nội, ngày 09 tháng 11 năm 2022\n\n"
     "NGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ SÁU\n\nNội dung.\n\nT/M BAN CHẤP HÀNH TRUNG ƯƠNG\nTỔNG BÍ THƯ\n\n"
     "Nguyễn Phú Trọng",
     dict(issuer="Ban Chấp hành Trung ương")),
    ("standing-board-title-line",
     "ĐẢNG BỘ TỈNH BẮC GIANG\nĐẢNG ỦY KHỐI DOANH NGHIỆP\n*\nSố 05-CT/ĐUK\nBắc Giang, ngày 2 tháng 3 năm 2021"
     "\n\nCHỈ THỊ\ncủa Ban Thường vụ Đảng ủy Khối\nvề công tác dân vận\n\nNội dung.",
     dict(issuer="Ban Thường vụ Đảng ủy Khối Doanh nghiệp", parent_issuer="Đảng ủy Khối Doanh nghiệp",
          title="về công tác dân vận")),
    ("standing-board-signature-alone-is-not-the-issuer",
     "TỈNH ỦY NGHỆ AN\n*\nSố 20-KH/TU\nNghệ An, ngày 5 tháng 4 năm 2022\n\nKẾ HOẠCH\nthực hiện chương "
     "trình\n\nNội dung.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nThái Thanh Quý",
     dict(issuer="Tỉnh ủy Nghệ An")),
    ("parent-without-diacritics",
     "UY BAN NHAN DAN\nHUYỆN GIA LÂM\nSố: 12/QĐ-UBND\nGia Lâm, ngày 2 tháng 3 năm 2021\n\nQUYẾT ĐỊNH\nVề việc",
     dict(parent_issuer="Ủy ban nhân dân", issuer="Huyện Gia Lâm")),
    ("council-without-diacritics",
     "HOI DONG NHAN DAN\nTỈNH BẮC KẠN\nSố: 12/NQ-HĐND\n\nNGHỊ QUYẾT\nVề việc",
     dict(parent_issuer="Hội đồng nhân dân", issuer="Tỉnh Bắc Kạn")),
    ("interleaved-two-column",
     "BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG * Số 36-HD/VPTW ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày 03 tháng 4 năm 2018\n\n"
     "HƯỚNG DẪN\nthể thức và kỹ thuật trình bày văn bản của Đảng\n\nNội dung.",
     dict(symbol="36-HD/VPTW", place="Hà Nội", date=D(2018, 4, 3), doc_type="Hướng dẫn",
          title="thể thức và kỹ thuật trình bày văn bản của Đảng")),
    ("cua-ban-thuong-vu-line",
     "*\nSố 07- CT/TU\nHà Nội, ngày 01 tháng 10 năm 2021\n\n**CHỈ THỊ**\n**CỦA BAN THƯỜNG VỤ THÀNH ỦY**\n"
     "**về đẩy mạnh công tác dân vận**\n\n----\nNội dung.",
     dict(symbol="07-CT/TU", issuer="Ban Thường vụ Thành ủy Hà Nội", place="Hà Nội",
          title="về đẩy mạnh công tác dân vận", locality="Hà Nội")),
    ("cua-line-without-place",
     " CHỈ THỊ\n\n      CỦA BAN THƯỜNG VỤ TỈNH UỶ\n\nvề tăng cường công tác dân vận\n\n-----\n\nNội dung.",
     dict(symbol=None, place=None, date=None, issuer="Ban Thường vụ Tỉnh ủy", doc_type="Chỉ thị",
          title="về tăng cường công tác dân vận")),
    ("caps-title-line",
     "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 25/2016/QĐ-UBND\nHà Nội, ngày 10 tháng 8 năm 2016\n\n"
     "QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ\n\nNội dung.",
     dict(symbol="25/2016/QĐ-UBND", doc_type="Quyết định", title="Về việc ban hành quy chế")),
    ("joint-circular",
     "BỘ NỘI VỤ - BỘ TÀI CHÍNH\nSố: 03/2019/TTLT-BNV-BTC-BLĐTBXH\nHà Nội, ngày 01 tháng 3 năm 2019\n\n"
     "THÔNG TƯ LIÊN TỊCH\nHướng dẫn chế độ\n\nNội dung.",
     dict(symbol="03/2019/TTLT-BNV-BTC-BLĐTBXH", doc_type="Thông tư liên tịch",
          date=D(2019, 3, 1), title="Hướng dẫn chế độ")),
    ("government-decree",
     "CHÍNH PHỦ\n-------\nSố: 30/2020/NĐ-CP\nHà Nội, ngày 05 tháng 3 năm 2020\n\nNGHỊ ĐỊNH\nVề công tác văn thư\n\n"
     "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
     dict(symbol="30/2020/NĐ-CP", issuer="Chính phủ", doc_type="Nghị định", date=D(2020, 3, 5),
          title="Về công tác văn thư")),
    ("draft-blank-number",
     "ỦY BAN NHÂN DÂN\nSố:      /QĐ-UBND\nHà Nội, ngày      tháng      năm 2026\n\nQUYẾT ĐỊNH\nVề việc dự thảo",
     dict(symbol=None, date=None, doc_type="Quyết định")),
    ("signer-after-block",
     "CHÍNH PHỦ\nSố: 30/2020/NĐ-CP\nHà Nội, ngày 05 tháng 3 năm 2020\n\nNGHỊ ĐỊNH\nVề công tác văn thư\n\n"
     "Nội dung./.\n\nNơi nhận:\n- Ban Bí thư Trung ương Đảng;\n- Thủ tướng, các Phó Thủ tướng;\n"
     "- Lưu: VT, TCCV (2).\n\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\nNguyễn Xuân Phúc",
     dict(signer="Nguyễn Xuân Phúc", signer_position="Thủ tướng",
          recipients=["Ban Bí thư Trung ương Đảng", "Thủ tướng, các Phó Thủ tướng"])),
    ("kt-signer",
     "ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\nSố: 18/CT-UBND\nHải Dương, ngày 1 tháng 8 năm 2016\n\nCHỈ THỊ\nTăng cường\n\n"
     "Nội dung./.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Dương Thái",
     dict(signer="Nguyễn Dương Thái", signer_position="Phó Chủ tịch")),
    ("no-signer-when-last-line-is-recipient",
     "CHỈ THỊ\nvề việc\n\nNội dung.\n\nNơi nhận:\n- Các Ban của Tỉnh uỷ;\n- Lưu Văn phòng Tỉnh uỷ.",
     dict(signer=None, recipients=["Các Ban của Tỉnh uỷ"])),
    ("old-tone-issuer",
     "UỶ BAN NHÂN DÂN\nTỈNH KHÁNH HOÀ\nSố: 02/CT-UBND\nKhánh Hoà, ngày 10 tháng 02 năm 2010\n\nCHỈ THỊ\nVề phòng chống\n\nNội dung.",
     dict(issuer="Tỉnh Khánh Hòa", parent_issuer="Ủy ban nhân dân", place="Khánh Hòa",
          date=D(2010, 2, 10))),
    ("article-byline",
     "Thứ Hai, 13/5/2024\nTriển khai công tác dân vận\n\nNội dung bài viết.\n\n Theo Trang tin Đảng ủy Khối",
     dict(symbol=None, date=D(2024, 5, 13), title="Triển khai công tác dân vận", issuer=None)),
    ("bold-markers-issuer",
     "**BỘ GIÁO DỤC VÀ ĐÀO TẠO**\n**Số: 155/QĐ-BGDĐT**\nHà Nội, ngày 15 tháng 01 năm 2021\n\n**QUYẾT ĐỊNH**\n**Về việc công nhận**\n\nNội dung.",
     dict(symbol="155/QĐ-BGDĐT", issuer="Bộ Giáo dục và Đào tạo", doc_type="Quyết định",
          title="Về việc công nhận", date=D(2021, 1, 15))),
    ("first-word-caps-title",
     "ĐẢNG ỦY VĂN PHÒNG CHÍNH PHỦ\nSố 665 - CT/ĐU\nHà Nội, ngày 22 tháng 9 năm 2014\n\nCHỈ THỊ\n"
     "**VỀ việc tăng cường công tác dân vận tại các đơn vị\ntrực thuộc Văn phòng Chính phủ**\n\nNội dung.",
     dict(title="Về việc tăng cường công tác dân vận tại các đơn vị trực thuộc Văn phòng Chính phủ")),
    ("ocr-khoi",
     "ĐẢNG BỘ KHÔI CÁC CƠ QUAN TW\nĐẢNG ỦY BỘ TƯ PHÁP\nSố 12-KH/ĐU\nHà Nội, ngày 2 tháng 3 năm 2015\n\nKẾ HOẠCH\nvề việc",
     dict(parent_issuer="Đảng bộ Khối các cơ quan Trung ương", issuer="Đảng ủy Bộ Tư pháp")),
    ("quoc-hoi-resolution-number-line",
     "QUỐC HỘI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
     "Nghị quyết số: 43/2022/QH15\nHà Nội, ngày 11 tháng 01 năm 2022\n\nNGHỊ QUYẾT\n"
     "Về chính sách tài khóa\n\nQUỐC HỘI\n\nCăn cứ Hiến pháp;",
     dict(symbol="43/2022/QH15", doc_type="Nghị quyết", place="Hà Nội", date=D(2022, 1, 11))),
    ("ocr-o-for-0-leading-the-number",
     "BỘ QUỐC PHÒNG           CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Sô: O7 /CT-BQP          Hà Nội, ngày 12 tháng 9 năm 2023\n\nCHỈ THỊ\nVề huấn luyện\n\nNội dung.",
     dict(symbol="07/CT-BQP", issuer="Bộ Quốc phòng", date=D(2023, 9, 12))),
    ("name-ended-on-the-next-line",
     "VIỆN KIỂM SÁT NHÂN DÂN       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "        TỐI CAO                Độc lập - Tự do - Hạnh phúc\n"
     "Số: 88/VKSTC-V8              Hà Nội, ngày 3 tháng 4 năm 2023\nV/v thống kê\n\nNội dung.",
     dict(issuer="Viện kiểm sát nhân dân tối cao", parent_issuer=None, symbol="88/VKSTC-V8")),
    ("motto-typed-without-diacritics-is-no-issuer",
     "UY BAN NHAN DAN              CONG HOA XA HOI CHU NGHIA VIET NAM\n"
     "XA TAN LAP                   Doc lap - Tu do - Hanh phuc\n"
     "So: 41/UBND                  Tan Lap, ngay 2 thang 5 nam 2023\nV/v bao cao\n\nNoi dung.",
     dict(issuer="Xã Tan Lap", parent_issuer="Ủy ban nhân dân")),
    ("xa-hoi-is-society-not-a-commune",
     "BẢO HIỂM XÃ HỘI VIỆT NAM     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Số: 1203/BHXH-CSXH           Hà Nội, ngày 5 tháng 6 năm 2024\nV/v điều chỉnh\n\nNội dung.",
     dict(issuer="Bảo hiểm xã hội Việt Nam", locality=None)),
    ("joint-issuers-over-three-lines",
     "VIỆN KIỂM SÁT NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "TỐI CAO - BỘ CÔNG AN -                Độc lập - Tự do - Hạnh phúc\n"
     "BỘ QUỐC PHÒNG\n--------\nSố: 03/2024/TTLT-VKSNDTC-BCA-BQP       Hà Nội, ngày 20 tháng 12 năm 2024\n\n"
     "THÔNG TƯ LIÊN TỊCH\nQuy định việc phối hợp\n\nNội dung.",
     dict(issuer="Viện kiểm sát nhân dân tối cao - Bộ Công an - Bộ Quốc phòng", parent_issuer=None,
          doc_type="Thông tư liên tịch")),
    ("letter-title-on-the-number-line-of-a-converted-table",
     "| UBND TỈNH HÀ GIANG **SỞ TÀI CHÍNH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n| --- | --- |\n"
     "| Số: 2875/STC-QLG V/v rà soát văn bản trong lĩnh vực giá | *Hà Giang, ngày 04 tháng 10 năm 2024* |\n\n"
     "Kính gửi: Ủy ban nhân dân tỉnh.",
     dict(symbol="2875/STC-QLG", title="V/v rà soát văn bản trong lĩnh vực giá",
          date=D(2024, 10, 4))),
    ("vbhn-keeps-its-own-type",
     "BỘ XÂY DỰNG\nSố: 09/VBHN-BXD\nHà Nội, ngày 12 tháng 9 năm 2023\n\nNGHỊ ĐỊNH\n"
     "Quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng\n\nNội dung.",
     dict(symbol="09/VBHN-BXD", doc_type="Văn bản hợp nhất")),
]


@pytest.mark.parametrize("text, expected", [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_header_row(text: str, expected: dict) -> None:
    header = parse_document(text).header
    got = {field: getattr(header, field) for field in expected}
    assert got == expected


def test_own_number_is_not_a_citation() -> None:
    text = ("ĐẢNG ỦY VĂN PHÒNG CHÍNH PHỦ\nSố 665 - CT/ĐU\nHà Nội, ngày 22 tháng 9 năm 2014\n\nCHỈ THỊ\n"
            "về việc\n\nThực hiện Chỉ thị số 18/2000/CT-TTg. Chỉ thị số 665-CT/ĐU này phổ biến đến chi bộ.")
    doc = parse_document(text)
    assert [c.symbol for c in doc.citations] == ["18/2000/CT-TTg"]
    assert [(r.source, r.target, r.relation) for r in doc.relations] == [
        ("665-CT/ĐU", "18/2000/CT-TTg", "implements")]


def test_article_kind_cites_only() -> None:
    text = ("Thứ Hai, 13/5/2024\nTiêu đề\n\nĐảng ủy Khối ban hành Chương trình hành động số 16-CTr/ĐUK "
            "ngày 18-8-2013 thực hiện Nghị quyết số 25-NQ/TW ngày 03-6-2013.\n\n Theo Trang tin")
    doc = parse_document(text, source="bai.txt")
    assert doc.kind == "article"
    own = [(r.target, r.relation) for r in doc.relations if r.source == "bai.txt"]
    assert own == [("16-CTr/ĐUK", "cites"), ("25-NQ/TW", "cites")]
    assert ("16-CTr/ĐUK", "25-NQ/TW", "implements") in {(r.source, r.target, r.relation) for r in doc.relations}


def test_an_article_title_is_its_headline_above_the_byline() -> None:
    """News pages print a headline, then "Thứ Ba, 02/7/2024 08:15 (GMT+7)": the title is the
    headline (not the byline's time, not the breadcrumbs above it)."""
    from vanban.parse import parse_document

    text = ("Trang chủ > Bất động sản > Chính sách\n\n"
            "Luật Đất đai năm 2024 chính thức có hiệu lực từ ngày 01/8/2024, sớm 5 tháng\n\n"
            "Thứ Ba, 02/7/2024 08:15 (GMT+7)\n\nPhương Liên\n\n"
            "(TTPL) - Quốc hội đã thông qua Luật số 43/2024/QH15 ngày 29/6/2024.\n")
    doc = parse_document(text)
    assert doc.kind == "article"
    assert doc.header.date is not None and doc.header.date.isoformat() == "2024-07-02"
    assert doc.header.title == ("Luật Đất đai năm 2024 chính thức có hiệu lực từ ngày 01/8/2024, "
                                "sớm 5 tháng")


def test_a_letter_title_stops_at_the_motto_and_a_caps_title_keeps_its_symbol() -> None:
    """Extraction may put the national motto right under the "V/v" lines; an all-capitals title
    is given in sentence case, but the symbol in it keeps its capitals."""
    from vanban.parse import parse_document

    letter = parse_document(
        "BỘ NỘI VỤ\nSố: 2345/BNV-CQĐP\nV/v chế độ phụ cấp đối với người hoạt động không chuyên trách\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 03 tháng 6 năm 2024\n\nKính gửi: Ủy ban nhân dân tỉnh Nghệ An.\n")
    assert letter.header.title == "V/v chế độ phụ cấp đối với người hoạt động không chuyên trách"
    decision = parse_document(
        "CHÍNH PHỦ\nSố: 88/NQ-CP\n\nHà Nội, ngày 10 tháng 5 năm 2024\n\nNGHỊ QUYẾT\n"
        "SỬA ĐỔI NGHỊ QUYẾT SỐ 12.1/2023/NQ-CP\n\nNội dung.\n")
    assert decision.header.title == "Sửa đổi nghị quyết số 12.1/2023/NQ-CP"
