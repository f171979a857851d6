"""TCVN3 and VNI: the tables, their inverse, detection per line and the pitfalls of spec §5.4."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

from vanban.ingest import legacy_fonts as lf
from vanban.ingest.syllables import is_syllable, syllable_share

SENTENCES = [
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Độc lập - Tự do - Hạnh phúc",
    "Quyết định của Thủ tướng Chính phủ về việc tăng cường công tác dân vận",
    "Hà Nội, ngày 05 tháng 3 năm 2020",
    "Bộ trưởng Bộ Tài chính ký thay; người lao động được hưởng lương",
    "Khuỷu tay, khuya khoắt, nguệch ngoạc, quyển sách, giữa trưa, rượu",
]


@pytest.mark.parametrize("encoding", [lf.TCVN3, lf.VNI])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_round_trip_restores_the_sentence(sentence: str, encoding: str) -> None:
    legacy = lf.encode(sentence, encoding)
    assert legacy != sentence and not lf.is_unicode_vietnamese(legacy)
    text, found = lf.convert_blocks(legacy)
    assert found == [encoding]
    assert text == sentence


def test_spec_signatures_convert() -> None:
    assert lf.decode_tcvn3("Céng hoµ x· héi chñ nghÜa ViÖt Nam") == "Cộng hoà xã hội chủ nghĩa Việt Nam"
    assert lf.decode_tcvn3("§éc lËp - Tù do - H¹nh phóc") == "Độc lập - Tự do - Hạnh phúc"
    assert lf.decode_tcvn3("Uû ban nh©n d©n") == "Uỷ ban nhân dân"
    assert lf.decode_vni("Coäng hoøa xaõ hoäi chuû nghóa") == "Cộng hòa xã hội chủ nghĩa"
    assert lf.decode_vni("Ñoäc laäp - Töï do - Haïnh phuùc") == "Độc lập - Tự do - Hạnh phúc"
    assert lf.decode_vni("thöôøng ñònh Tieáng Vieät") == "thường định Tiếng Việt"


def test_pdf_artefacts_and_lost_soft_hyphen_are_repaired() -> None:
    assert lf.decode_tcvn3("nhµ n\u2212íc") == "nhà nước"
    assert lf.decode_tcvn3("Thñ t\u2212íng") == "Thủ tướng"
    assert lf.decode_tcvn3("x\u2219 héi") == "xã hội"
    assert lf.decode_tcvn3("Bé trëng") == "Bộ trưởng"  # soft hyphen deleted by a cleaner
    assert lf.decode_tcvn3("5 \u2212 3") == "5 \u2212 3"  # a real minus between digits stays


def test_tcvn3_heading_font_capitals() -> None:
    heading = lf.encode("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", lf.TCVN3)
    assert heading == "CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM"
    assert lf.decode_tcvn3(heading) == "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert lf.decode_tcvn3("Sè 12") == "Số 12"  # one capital: not a heading word


@pytest.mark.skipif(shutil.which("iconv") is None, reason="iconv not installed")
def test_tcvn3_table_agrees_with_iconv() -> None:
    raw = bytes(ord(ch) for ch in lf.TCVN3_DECODE)
    out = subprocess.run(
        ["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=raw, capture_output=True, check=True
    ).stdout.decode()
    assert unicodedata.normalize("NFC", out) == "".join(lf.TCVN3_DECODE.values())


@pytest.mark.parametrize(
    "text",
    [
        "El señor Pérez está en la ciudad de México con su familia y sus amigos.",
        "Das Mädchen läuft über die Straße und schließt die Tür hinter sich zu.",
        "Ça coûte très cher à Paris, où les hôtels sont pleins en été.",
        "Tô Lâm, Phạm Minh Chính và các đồng chí lãnh đạo",
        "Số 665 - CT/ĐU",
    ],
)
def test_other_languages_and_unicode_are_left_alone(text: str) -> None:
    assert lf.convert_blocks(text) == (text, [])


def test_mixed_document_is_converted_per_line() -> None:
    unicode_line = "Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;"
    tcvn3_line = lf.encode("Xét đề nghị của Giám đốc Sở Nội vụ tại tờ trình số 12", lf.TCVN3)
    vni_line = lf.encode("Quyết định này có hiệu lực kể từ ngày ký ban hành", lf.VNI)
    short = lf.encode("Số: 12/QĐ-UBND", lf.VNI)
    text, found = lf.convert_blocks("\n".join([unicode_line, tcvn3_line, vni_line, short]))
    assert text.split("\n") == [
        unicode_line,
        "Xét đề nghị của Giám đốc Sở Nội vụ tại tờ trình số 12",
        "Quyết định này có hiệu lực kể từ ngày ký ban hành",
        "Số: 12/QĐ-UBND",
    ]
    assert found == [lf.TCVN3, lf.VNI]


def test_syllable_checker() -> None:
    for word in ["nghiêng", "khuỷu", "quyển", "giữa", "gì", "Ủy", "TRƯỞNG", "oanh"]:
        assert is_syllable(word), word
    for word in ["héi", "ngh", "seđor", "Straße", "hoạtt", "ááa"]:
        assert not is_syllable(word), word
    assert syllable_share("Céng hoµ x· héi chñ nghÜa") < 0.5 < syllable_share("Cộng hòa xã hội")
