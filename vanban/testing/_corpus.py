"""Templates for a synthetic benchmark corpus of Vietnamese Party and State documents.

Every document is built from a seeded :class:`random.Random`: an issuer (Party or State), a number
and symbol of the right shape, a date, a type and title, a body mixing template paragraphs that cite
other documents (Party "25-NQ/TW ngày 03/6/2013" and State "18/2000/CT-TTg ngày 21 tháng 9 năm
2000" shapes) with paragraphs of the bundled samples, then recipients and a signature.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from vanban.testing._docsplit import DocumentLayout, split_document

_ENUMERATION = re.compile(
    r"^(\d+|[IVX]+|[a-zđ])[.)-]\s+"
)  # "1. ", "II- ", "a) " in sample paragraphs
SAMPLES_DIR = Path(__file__).resolve().parents[2] / "data" / "raw"


@dataclass(frozen=True)
class _Issuer:
    parent: str
    name: str
    code: str
    place: str
    party: bool


_ISSUERS = (
    _Issuer("ĐẢNG BỘ TỈNH NAM ĐỊNH", "TỈNH ỦY", "TU", "Nam Định", True),
    _Issuer("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG", "ĐẢNG ỦY BỘ TƯ PHÁP", "ĐU", "Hà Nội", True),
    _Issuer("BAN CHẤP HÀNH TRUNG ƯƠNG", "VĂN PHÒNG", "VPTW", "Hà Nội", True),
    _Issuer("ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG", "QUẬN ỦY HẢI CHÂU", "QU", "Hải Châu", True),
    _Issuer("UBND TỈNH QUẢNG NINH", "SỞ NỘI VỤ", "SNV", "Quảng Ninh", False),
    _Issuer("", "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "UBND", "Nghệ An", False),
    _Issuer("BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ", "TCT", "Hà Nội", False),
    _Issuer("", "BỘ GIÁO DỤC VÀ ĐÀO TẠO", "BGDĐT", "Hà Nội", False),
)
_PARTY_TYPES = (
    ("Nghị quyết", "NQ"),
    ("Chỉ thị", "CT"),
    ("Kết luận", "KL"),
    ("Hướng dẫn", "HD"),
    ("Kế hoạch", "KH"),
    ("Chương trình", "CTr"),
    ("Thông báo", "TB"),
)
_STATE_TYPES = (
    ("Quyết định", "QĐ"),
    ("Chỉ thị", "CT"),
    ("Kế hoạch", "KH"),
    ("Thông báo", "TB"),
    ("Báo cáo", "BC"),
)
_TOPICS = (
    "tăng cường công tác dân vận trong tình hình mới",
    "triển khai thực hiện Quy chế dân chủ ở cơ sở",
    "đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân",
    "nâng cao chất lượng sinh hoạt chi bộ",
    "tăng cường công tác kiểm tra, giám sát của Đảng",
    "phòng, chống tham nhũng, lãng phí",
    "đổi mới công tác thi đua, khen thưởng",
    "bảo đảm an toàn thông tin trong các cơ quan nhà nước",
)
# Cited documents: (type, code, issuer code, issuer phrase, party?) — shapes from the domain spec.
_CITED = (
    ("Nghị quyết", "NQ", "TW", "của Ban Chấp hành Trung ương", True),
    ("Chỉ thị", "CT", "TW", "của Ban Bí thư", True),
    ("Kết luận", "KL", "TW", "của Bộ Chính trị", True),
    ("Quyết định", "QĐ", "TW", "của Bộ Chính trị", True),
    ("Nghị định", "NĐ-CP", "", "của Chính phủ", False),
    ("Chỉ thị", "CT-TTg", "", "của Thủ tướng Chính phủ", False),
    ("Quyết định", "QĐ-TTg", "", "của Thủ tướng Chính phủ", False),
    ("Thông tư", "TT-BNV", "", "của Bộ Nội vụ", False),
)
_LEADS = ("Thực hiện", "Căn cứ", "Quán triệt", "Tiếp tục thực hiện", "Triển khai")
_SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ")
_MIDDLES = ("Văn", "Thị", "Đức", "Minh", "Quang", "Thanh", "Ngọc", "Hữu")
_GIVEN = ("Hùng", "Lan", "Dũng", "Hà", "Sơn", "Tuấn", "Hương", "Nam", "Bình", "Thảo")


def _date(rng: random.Random, year: int) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), year


def citation_sentence(rng: random.Random, year: int) -> str:
    """One body sentence citing an earlier document, in Party or State style."""
    kind, code, issuer_code, phrase, party = rng.choice(_CITED)
    cited_year = rng.randint(max(1995, year - 15), year - 1)
    day, month, _ = _date(rng, cited_year)
    number = rng.randint(1, 350)
    if party:
        symbol = f"{number}-{code}/{issuer_code}"
        date = rng.choice(
            (f"ngày {day:02d}/{month}/{cited_year}", f"ngày {day}-{month}-{cited_year}")
        )
    else:
        symbol = f"{number:02d}/{cited_year}/{code}"
        date = f"ngày {day:02d} tháng {month} năm {cited_year}"
    topic = rng.choice(_TOPICS)
    return (
        f"{rng.choice(_LEADS)} {kind} số {symbol} {date} {phrase} về {topic}, "
        f"các cấp ủy, cơ quan, đơn vị tập trung lãnh đạo, chỉ đạo tổ chức thực hiện "
        f"nghiêm túc, có hiệu quả các nhiệm vụ đề ra."
    )


def sample_paragraphs(samples_dir: Path | None = None) -> list[str]:
    """Body paragraphs of the bundled sample texts (empty when the folder is not there)."""
    folder = samples_dir or SAMPLES_DIR
    paragraphs: list[str] = []
    for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
        layout = split_document(path.read_text(encoding="utf-8"))
        paragraphs += [_ENUMERATION.sub("", p) for p in layout.body if len(p) > 200]
    return [p for p in paragraphs if p[:1].isupper()]


def _signature(rng: random.Random, issuer: _Issuer) -> tuple[str, ...]:
    name = f"{rng.choice(_SURNAMES)} {rng.choice(_MIDDLES)} {rng.choice(_GIVEN)}"
    if issuer.party:
        return ("T/M BAN THƯỜNG VỤ", rng.choice(("BÍ THƯ", "PHÓ BÍ THƯ")), name)
    return (
        rng.choice(("KT. GIÁM ĐỐC", "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN")),
        rng.choice(("PHÓ GIÁM ĐỐC", "PHÓ CHỦ TỊCH", "CHỦ TỊCH")),
        name,
    )


def random_layout(
    rng: random.Random, n_paragraphs: int, paragraphs: list[str], *, year: int | None = None
) -> DocumentLayout:
    """Build one synthetic document with ``n_paragraphs`` body paragraphs.

    Args:
        rng: Seeded generator; the same state gives the same document.
        n_paragraphs: Number of body paragraphs (about a third of them cite other documents).
        paragraphs: Real paragraphs to mix in (e.g. :func:`sample_paragraphs`); may be empty.
        year: Issue year; None draws one in 2005–2024.

    Returns:
        The document layout, ready for the PDF renderers.
    """
    issuer = rng.choice(_ISSUERS)
    year = year or rng.randint(2005, 2024)
    day, month, _ = _date(rng, year)
    kind, code = rng.choice(_PARTY_TYPES if issuer.party else _STATE_TYPES)
    number = rng.randint(1, 250)
    if issuer.party:
        number_line, motto = f"Số {number}-{code}/{issuer.code}", ("ĐẢNG CỘNG SẢN VIỆT NAM",)
    else:
        number_line = f"Số: {number}/{code}-{issuer.code}"
        motto = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
    body = []
    for i in range(n_paragraphs):
        if i % 3 == 0 or not paragraphs:
            body.append(citation_sentence(rng, year) + " " + rng.choice(paragraphs or [""]))
        else:
            body.append(
                f"{i // 3 + 1}. {rng.choice(paragraphs)}" if i % 3 == 2 else rng.choice(paragraphs)
            )
    return DocumentLayout(
        issuer_lines=tuple(x for x in (issuer.parent, issuer.name) if x)
        + (("*",) if issuer.party else ()),
        number_line=number_line,
        motto_lines=motto,
        place_date=f"{issuer.place}, ngày {day:02d} tháng {month:02d} năm {year}",
        type_line=kind.upper(),
        title_lines=(f"về {rng.choice(_TOPICS)}",),
        body=tuple(p.strip() for p in body),
        recipients=("- Như trên;", "- Các đơn vị trực thuộc;", "- Lưu: VT."),
        signature_lines=_signature(rng, issuer),
    )
