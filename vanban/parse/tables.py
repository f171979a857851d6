"""Reference tables of the parser: type words, symbol codes, issuer codes, organisation words.

Everything here is data with an example per entry; ``tests/parse/test_patterns_examples.py``
turns every example into a test. Folded keys (``key``) are lower-case ASCII with "đ" -> "d"
(see ``vanban.parse.normalize.fold``), so OCR text that lost its diacritics still matches.
Sources: domain spec sections 1.7, 2.3-2.5, 3.4-3.5, 4.3 (``shared/domain/README.md``).
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True)
class TypeWord:
    """A spelled-out document type as it stands before a number in running text."""

    name: str
    """Canonical spelling (first letter capital, new-style tone marks)."""
    key: str
    """Folded spelling matched against folded text."""
    codes: tuple[str, ...]
    """Type codes in symbols that this word is compatible with ("" = no type segment)."""
    example: str
    """A citation using the word; the parser must give ``name`` for it."""


# Longest first where one is a prefix of another (domain section 6, note on TYPES).
TYPE_WORDS: tuple[TypeWord, ...] = (
    TypeWord("Chương trình hành động", "chuong trinh hanh dong", ("CTr",),
             "Chương trình hành động số 16-CTr/ĐUK ngày 18/8/2013"),
    TypeWord("Chương trình", "chuong trinh", ("CTr",), "Chương trình số 12-CTr/TU"),
    TypeWord("Nghị quyết liên tịch", "nghi quyet lien tich", ("NQLT",),
             "Nghị quyết liên tịch số 22/2006/NQLT-BGDĐT-HKHVN"),
    TypeWord("Nghị quyết", "nghi quyet", ("NQ", ""), "Nghị quyết số 25-NQ/TW ngày 03/6/2013"),
    TypeWord("Nghị định", "nghi dinh", ("NĐ", "CP", ""), "Nghị định số 04/2015/NĐ-CP"),
    TypeWord("Quyết định", "quyet dinh", ("QĐ",), "Quyết định số 290-QĐ/TW"),
    TypeWord("Quy định", "quy dinh", ("QĐ", "QĐi", "QyĐ"), "Quy định số 08-QĐi/TW"),
    TypeWord("Quy chế", "quy che", ("QC",), "Quy chế số 03-QC/TU"),
    TypeWord("Quy trình", "quy trinh", ("QTr",), "Quy trình số 05-QTr/TU"),
    TypeWord("Chỉ thị", "chi thi", ("CT",), "Chỉ thị số 18/2000/CT-TTg"),
    TypeWord("Kết luận", "ket luan", ("KL",), "Kết luận số 114-KL/TW"),
    TypeWord("Thông tư liên tịch", "thong tu lien tich", ("TTLT",),
             "Thông tư liên tịch số 03/2016/TTLT-VKSNDTC-TANDTC"),
    TypeWord("Thông tư liên bộ", "thong tu lien bo", ("TTLB", "TT"), "Thông tư liên bộ số 94 TT/LB"),
    TypeWord("Thông tư", "thong tu", ("TT",), "Thông tư số 145/2013/TT-BTC"),
    TypeWord("Thông tri", "thong tri", ("TT",), "Thông tri số 17-TT/TW"),
    TypeWord("Thông báo", "thong bao ket luan", ("TB",), "Thông báo kết luận số 130-TB/TW"),
    TypeWord("Thông báo", "thong bao", ("TB",), "Thông báo số 130-TB/TW"),
    TypeWord("Thông cáo", "thong cao", ("TC",), "Thông cáo số 01-TC/TW"),
    TypeWord("Hướng dẫn liên ngành", "huong dan lien nganh", ("HDLN",),
             "Hướng dẫn liên ngành số 02/HDLN-SNV-STC"),
    TypeWord("Hướng dẫn", "huong dan", ("HD",), "Hướng dẫn số 36-HD/VPTW"),
    TypeWord("Kế hoạch", "ke hoach", ("KH",), "Kế hoạch số 39-KH/ĐU"),
    TypeWord("Công văn", "cong van", ("CV", ""), "Công văn số 2785/VPCP-V.III"),
    TypeWord("Công điện", "cong dien", ("CĐ",), "Công điện số 01/CĐ-TTg"),
    TypeWord("Tờ trình", "to trinh", ("TTr",), "Tờ trình số 12/TTr-UBND"),
    TypeWord("Báo cáo", "bao cao", ("BC",), "Báo cáo số 45-BC/TU"),
    TypeWord("Đề án", "de an", ("ĐA",), "Đề án số 07-ĐA/TU"),
    TypeWord("Phương án", "phuong an", ("PA",), "Phương án số 02/PA-UBND"),
    TypeWord("Dự án", "du an", ("DA",), "Dự án số 01/DA-BQL"),
    TypeWord("Biên bản", "bien ban", ("BB",), "Biên bản số 03/BB-UBND"),
    TypeWord("Pháp lệnh", "phap lenh", ("PL", ""), "Pháp lệnh số 34/2007/PL-UBTVQH11"),
    TypeWord("Văn bản hợp nhất", "van ban hop nhat", ("VBHN",), "Văn bản hợp nhất số 155/VBHN-VPQH"),
    TypeWord("Văn bản", "van ban", (), "Văn bản số 5123/BTC-NSNN"),
    TypeWord("Bộ luật", "bo luat", ("",), "Bộ luật số 45/2019/QH14"),
    TypeWord("Luật", "luat", ("", "L"), "Luật Bảo vệ môi trường số 72/2020/QH14"),
    TypeWord("Lệnh", "lenh", ("L", "LCT"), "Lệnh số 29/2015/L-CTN"),
    TypeWord("Hiến pháp", "hien phap", ("",), "Hiến pháp năm 2013"),
    TypeWord("Điều lệ", "dieu le", ("",), "Điều lệ Đảng"),
)

# Printed abbreviations used as a type word right before a number ("NĐ 30", "QĐ 102-QĐ/TW",
# "TT 75/2025/TT-BNNMT"); matched case-sensitively on the normalized text.
TYPE_ABBREVIATIONS: MappingProxyType[str, str] = MappingProxyType({
    "NQ": "Nghị quyết", "NĐ": "Nghị định", "QĐ": "Quyết định", "CT": "Chỉ thị",
    "KL": "Kết luận", "TT": "Thông tư", "TTLT": "Thông tư liên tịch", "HD": "Hướng dẫn",
    "KH": "Kế hoạch", "CV": "Công văn", "TB": "Thông báo", "VBHN": "Văn bản hợp nhất",
})

# Type code in a symbol -> the type it implies when the text has no type word.
# Example for each: the symbol whose type is implied.
TYPE_CODES: MappingProxyType[str, tuple[str, str]] = MappingProxyType({
    "NQ": ("Nghị quyết", "25-NQ/TW"),
    "NQLT": ("Nghị quyết liên tịch", "22/2006/NQLT-BGDĐT-HKHVN"),
    "NĐ": ("Nghị định", "04/2015/NĐ-CP"),
    "QĐ": ("Quyết định", "290-QĐ/TW"),
    "QĐi": ("Quy định", "08-QĐi/TW"),
    "QyĐ": ("Quy định", "12/QyĐ-UBND"),
    "CT": ("Chỉ thị", "18/2000/CT-TTg"),
    "KL": ("Kết luận", "114-KL/TW"),
    "CTr": ("Chương trình", "16-CTr/ĐUK"),
    "KH": ("Kế hoạch", "39-KH/ĐU"),
    "HD": ("Hướng dẫn", "36-HD/VPTW"),
    "HDLN": ("Hướng dẫn liên ngành", "02/HDLN-SNV-STC"),
    "TT": ("Thông tư", "145/2013/TT-BTC"),
    "TTLT": ("Thông tư liên tịch", "03/2019/TTLT-BNV-BTC-BLĐTBXH"),
    "TTLB": ("Thông tư liên bộ", "12/TTLB-BTC-BNV"),
    "PL": ("Pháp lệnh", "34/2007/PL-UBTVQH11"),
    "L": ("Lệnh", "29/2015/L-CTN"),
    "LCT": ("Lệnh", "41-LCT/HĐNN8"),
    "VBHN": ("Văn bản hợp nhất", "155/VBHN-VPQH"),
    "TB": ("Thông báo", "130-TB/TW"),
    "TC": ("Thông cáo", "01/TC-UBND"),
    "QC": ("Quy chế", "03-QC/TU"),
    "QTr": ("Quy trình", "05-QTr/TU"),
    "BC": ("Báo cáo", "45-BC/TU"),
    "TTr": ("Tờ trình", "12/TTr-UBND"),
    "ĐA": ("Đề án", "07-ĐA/TU"),
    "DA": ("Dự án", "01/DA-BQL"),
    "PA": ("Phương án", "02/PA-UBND"),
    "BB": ("Biên bản", "03/BB-UBND"),
    "CĐ": ("Công điện", "01/CĐ-TTg"),
    "CV": ("Công văn", "208-CV/TU"),
    "HĐ": ("Hợp đồng", "15/HĐ-UBND"),
    "GM": ("Giấy mời", "20/GM-UBND"),
})

# Party shape overrides (NUMBER-TYPE/ISSUER): "TT" there is a thông tri, "L/CTN" a pre-1992 law.
PARTY_TYPE_CODES: MappingProxyType[str, tuple[str, str]] = MappingProxyType({
    "TT": ("Thông tri", "17-TT/TW"),
    "L": ("Luật", "35-L/CTN"),
})


@dataclass(frozen=True)
class IssuerCode:
    """An issuer abbreviation of a symbol."""

    code: str
    name: str | None
    """Issuer name when the code alone tells it (None for TW: BCH, Bộ Chính trị or Ban Bí thư)."""
    party: bool
    local: bool
    """True when the code only makes sense with a locality or body (scope)."""
    example: str


ISSUER_CODES: tuple[IssuerCode, ...] = (
    IssuerCode("TW", None, True, False, "25-NQ/TW"),
    IssuerCode("VPTW", "Văn phòng Trung ương Đảng", True, False, "36-HD/VPTW"),
    IssuerCode("BTCTW", "Ban Tổ chức Trung ương", True, False, "26-HD/BTCTW"),
    IssuerCode("BTGTW", "Ban Tuyên giáo Trung ương", True, False, "45-HD/BTGTW"),
    IssuerCode("BDVTW", "Ban Dân vận Trung ương", True, False, "12-HD/BDVTW"),
    IssuerCode("BTGDVTW", "Ban Tuyên giáo và Dân vận Trung ương", True, False, "94-KH/BTGDVTW"),
    IssuerCode("UBKTTW", "Ủy ban Kiểm tra Trung ương", True, False, "519-QĐ/UBKTTW"),
    IssuerCode("QUTW", "Quân ủy Trung ương", True, False, "847-NQ/QUTW"),
    IssuerCode("ĐUCA", "Đảng ủy Công an Trung ương", True, False, "12-NQ/ĐUCA"),
    IssuerCode("ĐUCATW", "Đảng ủy Công an Trung ương", True, False, "12-NQ/ĐUCATW"),
    IssuerCode("ĐUK", None, True, True, "16-CTr/ĐUK"),
    IssuerCode("ĐU", None, True, True, "665-CT/ĐU"),
    IssuerCode("TU", None, True, True, "07-CT/TU"),
    IssuerCode("HU", None, True, True, "12-NQ/HU"),
    IssuerCode("QU", None, True, True, "05-NQ/QU"),
    IssuerCode("ThU", None, True, True, "03-CT/ThU"),
    IssuerCode("CB", None, True, True, "02-NQ/CB"),
    IssuerCode("BCSĐ", None, True, True, "05-NQ/BCSĐ"),
    IssuerCode("ĐĐ", None, True, True, "03-NQ/ĐĐ"),
    IssuerCode("CP", "Chính phủ", False, False, "04/2015/NĐ-CP"),
    IssuerCode("TTg", "Thủ tướng Chính phủ", False, False, "16/CT-TTg"),
    IssuerCode("VPCP", "Văn phòng Chính phủ", False, False, "698/QĐ-VPCP"),
    IssuerCode("CTN", "Chủ tịch nước", False, False, "29/2015/L-CTN"),
    IssuerCode("VPQH", "Văn phòng Quốc hội", False, False, "155/VBHN-VPQH"),
    IssuerCode("HĐBT", "Hội đồng Bộ trưởng", False, False, "370-HĐBT"),
    IssuerCode("TANDTC", "Tòa án nhân dân tối cao", False, False, "03/2016/TTLT-VKSNDTC-TANDTC"),
    IssuerCode("HĐTP", "Hội đồng Thẩm phán Tòa án nhân dân tối cao", False, False, "03/2019/NQ-HĐTP"),
    IssuerCode("VKSNDTC", "Viện kiểm sát nhân dân tối cao", False, False, "05/2012/TTLT-VKSNDTC-TANDTC"),
    IssuerCode("VKSTC", "Viện kiểm sát nhân dân tối cao", False, False, "1988/VKSTC-V8"),
    IssuerCode("KTNN", "Kiểm toán nhà nước", False, False, "12/2016/QĐ-KTNN"),
    IssuerCode("BNV", "Bộ Nội vụ", False, False, "01/2021/TT-BNV"),
    IssuerCode("BTC", "Bộ Tài chính", False, False, "145/2013/TT-BTC"),
    IssuerCode("BTP", "Bộ Tư pháp", False, False, "05/2019/TT-BTP"),
    IssuerCode("BCA", "Bộ Công an", False, False, "28/2020/TT-BCA"),
    IssuerCode("BQP", "Bộ Quốc phòng", False, False, "07/2022/TTLT-BCA-BQP-BNG"),
    IssuerCode("BCT", "Bộ Công Thương", False, False, "09/2015/TT-BCT"),
    IssuerCode("BYT", "Bộ Y tế", False, False, "13/2020/TT-BYT"),
    IssuerCode("BXD", "Bộ Xây dựng", False, False, "10/2021/TT-BXD"),
    IssuerCode("NHNN", "Ngân hàng Nhà nước Việt Nam", False, False, "15/2024/TT-NHNN"),
    IssuerCode("BGDĐT", "Bộ Giáo dục và Đào tạo", False, False, "155/QĐ-BGDĐT"),
    IssuerCode("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội", False, False,
               "03/2019/TTLT-BNV-BTC-BLĐTBXH"),
    IssuerCode("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn", False, False, "1517/BNN-HTQT"),
    IssuerCode("BNN", "Bộ Nông nghiệp và Phát triển nông thôn", False, False, "1517/BNN-HTQT"),
    IssuerCode("BTNMT", "Bộ Tài nguyên và Môi trường", False, False, "25/2014/TT-BTNMT"),
    IssuerCode("BGTVT", "Bộ Giao thông vận tải", False, False, "12/2019/TT-BGTVT"),
    IssuerCode("BKHĐT", "Bộ Kế hoạch và Đầu tư", False, False, "02/2019/TT-BKHĐT"),
    IssuerCode("BTTTT", "Bộ Thông tin và Truyền thông", False, False, "01/2020/TT-BTTTT"),
    IssuerCode("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch", False, False, "04/2018/TT-BVHTTDL"),
    IssuerCode("BKHCN", "Bộ Khoa học và Công nghệ", False, False, "03/2021/TT-BKHCN"),
    IssuerCode("BNG", "Bộ Ngoại giao", False, False, "07/2022/TTLT-BCA-BQP-BNG"),
    IssuerCode("TTCP", "Thanh tra Chính phủ", False, False, "06/2013/TT-TTCP"),
    IssuerCode("UBDT", "Ủy ban Dân tộc", False, False, "01/2019/TT-UBDT"),
    IssuerCode("BNNMT", "Bộ Nông nghiệp và Môi trường", False, False, "23/2025/TT-BNNMT"),
    IssuerCode("BDTTG", "Bộ Dân tộc và Tôn giáo", False, False, "01/2025/TT-BDTTG"),
    IssuerCode("TCHQ", "Tổng cục Hải quan", False, False, "3431/TCHQ-TXNK"),
    IssuerCode("KBNN", "Kho bạc Nhà nước", False, False, "120/KBNN-KTNN"),
    IssuerCode("ĐCTUBTWMTTQVN", "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
               False, False, "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"),
    IssuerCode("UBND", None, False, True, "18/CT-UBND"),
    IssuerCode("HĐND", None, False, True, "12/2020/NQ-HĐND"),
    IssuerCode("UB", None, False, True, "34/2000/QĐ-UB"),
    IssuerCode("LB", None, False, False, "94 QĐ/LB"),
)

ISSUERS: MappingProxyType[str, IssuerCode] = MappingProxyType({i.code: i for i in ISSUER_CODES})

# Issuer codes with a term suffix: QH13, UBTVQH14, HĐNN8, PL-UBTVQH11.
TERM_ISSUERS: MappingProxyType[str, tuple[str, str]] = MappingProxyType({
    "QH": ("Quốc hội", "80/2015/QH13"),
    "UBTVQH": ("Ủy ban Thường vụ Quốc hội", "34/2007/PL-UBTVQH11"),
    "HĐNN": ("Hội đồng Nhà nước", "41-LCT/HĐNN8"),
})

# National Assembly terms (domain 2.6): term -> (first year, last year).
QH_TERMS: MappingProxyType[int, tuple[int, int]] = MappingProxyType({
    9: (1992, 1997), 10: (1997, 2002), 11: (2002, 2007), 12: (2007, 2011),
    13: (2011, 2016), 14: (2016, 2021), 15: (2021, 2026), 16: (2026, 2031),
})

# Suffixes that make a Party issuer code local: compound codes of provincial/district bodies
# ("BTGTU" = Ban Tuyên giáo Tỉnh ủy, "VPHU"), while "...TW" stays central.
LOCAL_SUFFIXES: tuple[str, ...] = ("TU", "HU", "QU", "ThU", "ĐU", "ĐUK")

# Issuer phrases folded to their canonical name. Example: the phrase as it stands in text.
ISSUER_ALIASES: MappingProxyType[str, tuple[str, str]] = MappingProxyType({
    "ban chap hanh trung uong dang": ("Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng"),
    "ban chap hanh trung uong": ("Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương khóa XI"),
    "bch trung uong": ("Ban Chấp hành Trung ương", "BCH Trung ương"),
    "bch tw": ("Ban Chấp hành Trung ương", "BCH TW"),
    "trung uong": ("Ban Chấp hành Trung ương", "của Trung ương"),
    "ban bi thu trung uong dang": ("Ban Bí thư", "Ban Bí thư Trung ương Đảng"),
    "ban bi thu trung uong": ("Ban Bí thư", "Ban Bí thư Trung ương"),
    "ban bi thu": ("Ban Bí thư", "Ban Bí thư"),
    "bo chinh tri": ("Bộ Chính trị", "Bộ Chính trị (khóa X)"),
    "thu tuong chinh phu": ("Thủ tướng Chính phủ", "Thủ tướng Chính phủ"),
    "thu tuong": ("Thủ tướng Chính phủ", "Thủ tướng"),
    "chinh phu": ("Chính phủ", "Chính phủ"),
    "quoc hoi": ("Quốc hội", "Quốc hội"),
    "uy ban thuong vu quoc hoi": ("Ủy ban Thường vụ Quốc hội", "Uỷ ban thường vụ Quốc hội"),
    "ubtvqh": ("Ủy ban Thường vụ Quốc hội", "UBTVQH"),
    "chu tich nuoc": ("Chủ tịch nước", "Chủ tịch nước"),
    "van phong chinh phu": ("Văn phòng Chính phủ", "Văn phòng Chính phủ"),
    "vpcp": ("Văn phòng Chính phủ", "VPCP"),
})

# Organisation words with canonical casing (ALL-CAPS headers, issuer phrases), longest first
# within the same start word. Example: the caps form.
ORG_WORDS: MappingProxyType[str, str] = MappingProxyType({
    "ban chấp hành trung ương": "Ban Chấp hành Trung ương",
    "ban chấp hành": "Ban Chấp hành",
    "bộ chính trị": "Bộ Chính trị",
    "ban bí thư": "Ban Bí thư",
    "ban thường vụ": "Ban Thường vụ",
    "ban cán sự đảng": "Ban cán sự đảng",
    "ủy ban thường vụ quốc hội": "Ủy ban Thường vụ Quốc hội",
    "ủy ban nhân dân": "Ủy ban nhân dân",
    "ủy ban kiểm tra": "Ủy ban Kiểm tra",
    "hội đồng nhân dân": "Hội đồng nhân dân",
    "mặt trận tổ quốc việt nam": "Mặt trận Tổ quốc Việt Nam",
    "văn phòng chính phủ": "Văn phòng Chính phủ",
    "văn phòng quốc hội": "Văn phòng Quốc hội",
    "văn phòng": "Văn phòng",
    "thủ tướng chính phủ": "Thủ tướng Chính phủ",
    "chính phủ": "Chính phủ",
    "quốc hội": "Quốc hội",
    "trung ương": "Trung ương",
    "tw": "Trung ương",
    "đảng cộng sản việt nam": "Đảng Cộng sản Việt Nam",
    "đảng ủy": "Đảng ủy",
    "đảng bộ": "Đảng bộ",
    "đảng đoàn": "Đảng đoàn",
    "chi bộ": "Chi bộ",
    "khối": "Khối",
    "các cơ quan": "các cơ quan",
    "tỉnh ủy": "Tỉnh ủy",
    "thành ủy": "Thành ủy",
    "huyện ủy": "Huyện ủy",
    "quận ủy": "Quận ủy",
    "thị ủy": "Thị ủy",
    "tổng cục": "Tổng cục",
    "ủy ban": "Ủy ban",
    "hội đồng": "Hội đồng",
    "bộ": "Bộ",
    "sở": "Sở",
    "ban": "Ban",
    "cục": "Cục",
    "chủ tịch nước": "Chủ tịch nước",
    "chủ tịch": "Chủ tịch",
    "phó": "Phó",
    "bí thư": "Bí thư",
    "thủ tướng": "Thủ tướng",
    "bộ trưởng": "Bộ trưởng",
    "giám đốc": "Giám đốc",
    "trưởng ban": "Trưởng ban",
})

# Words after which a proper place name follows (every syllable capitalised).
LOCALITY_WORDS: tuple[str, ...] = (
    "tỉnh", "thành phố", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường",
    "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy",
)

# OCR repairs of header words, by dictionary only (domain 5.5). Example: the damaged word.
HEADER_OCR_FIXES: MappingProxyType[str, str] = MappingProxyType({
    "KHÔI": "KHỐI", "ĐÁNG": "ĐẢNG", "ĐÂNG": "ĐẢNG", "UÝ": "ỦY",
    "CHINH": "CHÍNH", "PHU": "PHỦ", "BÔ": "BỘ",
})
# Header words that OCR reads without their tone only when the next word says which they are:
# "THANH ỦY" is "THÀNH ỦY", but "THANH HÓA", "THANH XUÂN", "THANH TRÌ" are names.
HEADER_OCR_FIXES_BEFORE: MappingProxyType[str, tuple[frozenset[str], str]] = MappingProxyType({
    "THANH": (frozenset({"ỦY", "UỶ", "UÝ", "UY", "PHỐ", "PHO"}), "THÀNH"),
})

# Issuer phrases of a local body -> the scope word that names its level.
LOCAL_BODY_KEYS: tuple[str, ...] = (
    "tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy", "uy ban nhan dan", "hoi dong nhan dan",
    "ubnd", "hdnd", "dang uy", "dang bo",
)

# Abbreviations inside issuer phrases, expanded. Example: "UBND tỉnh" -> "Ủy ban nhân dân tỉnh".
ISSUER_ABBREVIATIONS: MappingProxyType[str, str] = MappingProxyType({
    "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "BCH": "Ban Chấp hành",
    "BTV": "Ban Thường vụ", "TW": "Trung ương", "MTTQ": "Mặt trận Tổ quốc",
    "BCS": "Ban cán sự", "VPCP": "Văn phòng Chính phủ", "TP": "thành phố",
})

# Provinces and centrally run cities (the 63 of 2008-2025; the 2025 merged names are among them).
# Old names stay: documents cite bodies of provinces that no longer exist. Example: "Hải Dương".
CITIES: frozenset[str] = frozenset({
    "Hà Nội", "Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế",
})
PROVINCES: frozenset[str] = CITIES | frozenset({
    "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre",
    "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk",
    "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh",
    "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum",
    "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình",
    "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh",
    "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa",
    "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
})

# Relation cue phrases (folded, single spaces) -> (kind, example). Kinds: a relation, "plain"
# (a plain reference that overrides an earlier verb), "monitor" (checking others'
# implementation), "passive:<relation>" (the next document acts on the previous one),
# "post:<relation>" (acts on the document before it). Domain 4.6, issue #5 item 5.
CUE_PHRASES: MappingProxyType[str, tuple[str, str]] = MappingProxyType({
    "huong dan": ("guides", "Thông tư này hướng dẫn Nghị định số 15/2020/NĐ-CP"),
    "theo huong dan": ("plain", "thực hiện theo hướng dẫn Thông tư số 80/2021/TT-BTC"),
    "duoc huong dan": ("plain", "các nội dung được hướng dẫn tại Thông tư số 80/2021/TT-BTC"),
    "van ban huong dan": ("plain", "các văn bản hướng dẫn Luật Đất đai số 31/2024/QH15"),
    "huong dan thi hanh": ("guides", "hướng dẫn thi hành Luật số 80/2015/QH13"),
    "huong dan thuc hien": ("guides", "hướng dẫn thực hiện Nghị định số 04/2015/NĐ-CP"),
    "huong dan ap dung": ("guides", "hướng dẫn áp dụng Điều 5 Bộ luật số 100/2015/QH13"),
    "quy dinh chi tiet": ("guides", "quy định chi tiết Luật số 45/2019/QH14"),
    "theo quy dinh tai": ("plain", "theo quy định tại Nghị định số 30/2020/NĐ-CP"),
    "theo quy dinh cua": ("plain", "theo quy định của Thông tư số 01/2011/TT-BNV"),
    "duoc quy dinh tai": ("plain", "được quy định tại Nghị định số 30/2020/NĐ-CP"),
    "quy dinh tai": ("plain", "quy định tại Thông tư số 01/2011/TT-BNV"),
    "neu tai": ("plain", "ý kiến đã nêu tại Văn bản số 456/SYT-NVY"),
    "theo dung quy dinh": ("plain", "theo đúng quy định của Nghị định số 66/2021/NĐ-CP"),
    "theo huong dan tai": ("plain", "theo hướng dẫn tại Thông tư số 80/2021/TT-BTC"),
    "huong dan tai": ("plain", "áp dụng hướng dẫn tại Thông tư liên tịch số 09/2011/TTLT-BCA-BQP"),
    "huong dan cua": ("plain", "theo các tiêu chí tại hướng dẫn của Sở (1785/SGDĐT-CTTT)"),
    "cac huong dan": ("plain", "các hướng dẫn trước đây, trong đó có Công văn số 212/TANDTC-PC"),
    "da ban hanh": ("plain", "UBND tỉnh đã ban hành Quyết định số 112/QĐ-UBND"),
    "theo huong dan cua": ("plain", "theo hướng dẫn của Bộ Tài chính tại Công văn số 1234/BTC-NSNN"),
    "theo noi dung": ("plain", "theo nội dung Quyết định số 217-QĐ/TW"),
    "phu hop voi": ("plain", "phù hợp với Nghị quyết số 25-NQ/TW"),
    "trai voi": ("plain", "trái với Quyết định số 15/QĐ-UBND"),
    "can cu": ("based_on", "Căn cứ Nghị định số 30/2020/NĐ-CP"),
    "sua doi bo sung": ("amends", "sửa đổi bổ sung Nghị định số 04/2015/NĐ-CP"),
    "sua doi, bo sung": ("amends", "sửa đổi, bổ sung một số điều của Nghị định số 04/2015/NĐ-CP"),
    "sua doi": ("amends", "sửa đổi Thông tư số 01/2011/TT-BNV"),
    "bo sung": ("amends", "bổ sung Quyết định số 15/QĐ-UBND"),
    "dinh chinh": ("amends", "đính chính Thông tư số 01/2011/TT-BNV"),
    "thay the": ("replaces", "thay thế Quyết định số 1836/QĐ-UBND"),
    "thay the mau": ("amends", "thay thế Mẫu số 01 tại Phụ lục kèm theo Nghị định số 105/2017/NĐ-CP"),
    "thay the cac mau": ("amends", "thay thế các mẫu tại Phụ lục kèm theo Thông tư số 80/2021/TT-BTC"),
    "thay the bieu mau": ("amends", "thay thế biểu mẫu kèm theo Thông tư số 80/2021/TT-BTC"),
    "thay the phu luc": ("amends", "thay thế Phụ lục I ban hành kèm theo Nghị định số 15/2018/NĐ-CP"),
    "thay the cac phu luc": ("amends", "thay thế các Phụ lục kèm theo Thông tư số 01/2011/TT-BNV"),
    "thay the cum tu": ("amends", "thay thế cụm từ \"…\" tại Điều 3 Quyết định số 15/QĐ-UBND"),
    "thay the cac cum tu": ("amends", "thay thế các cụm từ tại Nghị định số 04/2015/NĐ-CP"),
    "bai bo": ("repeals", "bãi bỏ Quyết định số 15/QĐ-UBND"),
    "huy bo": ("repeals", "hủy bỏ Quyết định số 15/QĐ-UBND"),
    "het hieu luc": ("post:repeals", "Quyết định số 15/QĐ-UBND hết hiệu lực"),
    "het hieu luc thi hanh": ("post:repeals", "Quyết định số 15/QĐ-UBND hết hiệu lực thi hành"),
    "sau day het hieu luc": ("repeals", "Các văn bản sau đây hết hiệu lực: Chỉ thị số 05/CT-UBND"),
    "sau day het hieu luc thi hanh": ("repeals",
                                      "Các văn bản sau đây hết hiệu lực thi hành: Chỉ thị số 05/CT-UBND"),
    "cham dut hieu luc": ("post:repeals", "Thông tư số 01/2011/TT-BNV chấm dứt hiệu lực"),
    "duoc sua doi": ("passive:amends", "được sửa đổi bởi Luật số 63/2020/QH14"),
    "duoc sua doi, bo sung": ("passive:amends", "được sửa đổi, bổ sung bởi Luật số 63/2020/QH14"),
    "duoc sua doi bo sung": ("passive:amends", "được sửa đổi bổ sung theo Luật số 63/2020/QH14"),
    "da duoc sua doi, bo sung": ("passive:amends", "đã được sửa đổi, bổ sung theo Luật số 63/2020/QH14"),
    "duoc bo sung": ("passive:amends", "được bổ sung bởi Nghị định số 12/2020/NĐ-CP"),
    "bi sua doi": ("passive:amends", "bị sửa đổi bởi Nghị định số 12/2020/NĐ-CP"),
    "duoc thay the": ("passive:replaces", "được thay thế bởi Nghị định số 12/2020/NĐ-CP"),
    "bi thay the": ("passive:replaces", "bị thay thế bởi Nghị định số 12/2020/NĐ-CP"),
    "bi bai bo": ("passive:repeals", "bị bãi bỏ bởi Quyết định số 15/QĐ-UBND"),
    "duoc bai bo": ("passive:repeals", "được bãi bỏ bởi Quyết định số 15/QĐ-UBND"),
    "bi huy bo": ("passive:repeals", "bị hủy bỏ bởi Quyết định số 15/QĐ-UBND"),
    "thuc hien": ("implements", "thực hiện Nghị quyết số 25-NQ/TW"),
    "tiep tuc thuc hien": ("implements", "tiếp tục thực hiện Chỉ thị số 18/2000/CT-TTg"),
    "to chuc thuc hien": ("implements", "tổ chức thực hiện Kết luận số 114-KL/TW"),
    "trien khai thuc hien": ("implements", "triển khai thực hiện Chỉ thị số 16/CT-TTg"),
    "trien khai": ("implements", "triển khai Kế hoạch số 39-KH/ĐU"),
    "quan triet": ("implements", "quán triệt Nghị quyết số 25-NQ/TW"),
    "cu the hoa": ("implements", "cụ thể hóa Nghị quyết số 25-NQ/TW"),
    "the che hoa": ("implements", "thể chế hóa Nghị quyết số 25-NQ/TW"),
    "bam sat": ("implements", "bám sát nội dung Chỉ thị số 18/2000/CT-TTg"),
    "thi hanh": ("implements", "thi hành Luật số 45/2019/QH14"),
    "giam sat": ("monitor", "giám sát cán bộ, đảng viên thực hiện Quy định số 213-QĐ/TW"),
    "kiem tra": ("monitor", "kiểm tra việc thực hiện Chỉ thị số 15-CT/TU"),
    "theo doi": ("monitor", "theo dõi việc thực hiện Kế hoạch số 39-KH/ĐU"),
    "ket qua": ("monitor", "gắn với kết quả thực hiện Chỉ thị số 05-CT/TW"),
    "don doc": ("monitor", "đôn đốc việc thực hiện Kế hoạch số 39-KH/ĐU"),
    "tong ket": ("monitor", "tổng kết việc thực hiện Quyết định số 468/QĐ-TTg"),
    "so ket": ("monitor", "sơ kết 5 năm thực hiện Nghị quyết số 04-NQ/TU"),
    "danh gia": ("monitor", "đánh giá tình hình thực hiện Kế hoạch số 45/KH-UBND"),
})
