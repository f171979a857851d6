"""The repo's PDF generator: layout split, determinism, text layer, scans, committed samples."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from vanban.errors import MissingDependencyError
from vanban.testing import _textpdf, pdfgen
from vanban.testing.pdfgen import (
    DocumentLayout,
    render_page_image,
    render_scanned_pdf,
    render_text_pdf,
    split_document,
    synthetic_corpus,
)

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
A4_POINTS = (595.28, 841.89)

SHORT_DOC = """ỦY BAN NHÂN DÂN
TỈNH BẮC NINH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 12/QĐ-UBND

Bắc Ninh, ngày 05 tháng 3 năm 2020

QUYẾT ĐỊNH

Về việc thành lập Tổ công tác

Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;

Quyết định này có hiệu lực kể từ ngày ký./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

CHỦ TỊCH

Nguyễn Văn A
"""


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _sample(prefix: str) -> Path:
    return next(RAW.glob(f"{prefix}_*.txt"))


def _page_texts(pdf_path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(pdf_path)
    return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]


def _body_text(pdf_path: Path) -> str:
    """All pages' text, the page number line of pages 2+ removed, whitespace normalised."""
    pages = _page_texts(pdf_path)
    cleaned = [pages[0]]
    for number, text in enumerate(pages[1:], start=2):
        first, _, rest = text.partition("\n")
        assert first.strip() == str(number), f"page {number} starts with {first!r}"
        cleaned.append(rest)
    return _norm(" ".join(cleaned))


# ---------------------------------------------------------------------------------------------
# split_document
# ---------------------------------------------------------------------------------------------


def test_split_party_header_keeps_stamp_out_of_the_columns() -> None:
    layout = split_document(_sample("000").read_text(encoding="utf-8"))
    assert layout.issuer_lines[-1] == "ĐẢNG ỦY VĂN PHÒNG CHÍNH PHỦ"
    assert layout.number_line == "Số 665 - CT/ĐU"
    assert layout.motto_lines == ("ĐẢNG CỘNG SẢN VIỆT NAM",)
    assert layout.place_date == "Hà Nội, ngày 22 tháng 9 năm 2014"
    assert layout.type_line == "CHỈ THỊ"
    assert any("ĐẾN" in line for line in layout.stamp_lines)
    assert not any("**" in part for part in (*layout.issuer_lines, *layout.title_lines))
    assert layout.signature_lines == ("Nguyễn Văn Nên",)
    assert layout.recipients[-1] == "- Lưu: VPĐU"


def test_split_state_header_and_signature_before_recipients() -> None:
    layout = split_document(_sample("002").read_text(encoding="utf-8"))
    assert layout.number_line == "Số: 18 /CT-UBND"
    assert layout.stamp_lines[1].startswith("CÔNG\tSố đến: 1530")
    assert not any("Signature" in line for line in layout.stamp_lines)
    assert layout.signature_lines == ("CHỦ TỊCH", "Nguyễn Dương Thái")


def test_split_news_article_has_no_header() -> None:
    layout = split_document(_sample("001").read_text(encoding="utf-8"))
    assert layout.is_article
    assert layout.dateline == "Thứ Hai, 13/5/2024"
    assert layout.title_lines[0].startswith("Triển khai công tác dân vận")
    assert layout.trailer_lines[0].startswith("Theo Trang tin")


def test_split_national_motto_and_markdown_italics() -> None:
    layout = split_document(SHORT_DOC.replace("Căn cứ", "*Căn cứ*"))
    assert layout.issuer_lines == ("ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH")
    assert layout.motto_lines[1] == "Độc lập - Tự do - Hạnh phúc"
    assert layout.title_lines == ("Về việc thành lập Tổ công tác",)
    assert layout.body[0].startswith("Căn cứ Nghị định số 30/2020/NĐ-CP")
    assert layout.signature_lines == ("CHỦ TỊCH", "Nguyễn Văn A")


# ---------------------------------------------------------------------------------------------
# text-layer PDFs
# ---------------------------------------------------------------------------------------------


def test_text_pdf_is_deterministic(tmp_path: Path) -> None:
    text = _sample("003").read_text(encoding="utf-8")
    first = render_text_pdf(text, tmp_path / "a" / "doc.pdf").read_bytes()
    second = render_text_pdf(text, tmp_path / "b" / "doc.pdf").read_bytes()
    assert first == second
    assert render_text_pdf(text, tmp_path / "c" / "doc.pdf", seed=1).read_bytes() != first


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_text_pdf_holds_every_body_paragraph(prefix: str, tmp_path: Path) -> None:
    layout = split_document(_sample(prefix).read_text(encoding="utf-8"))
    pdf_path = render_text_pdf(layout, tmp_path / "doc.pdf")
    text = _body_text(pdf_path)
    missing = [p[:60] for p in layout.body if _norm(p) not in text]
    assert not missing
    assert len(_page_texts(pdf_path)) > 1


def test_text_pdf_header_columns_stay_together(tmp_path: Path) -> None:
    pdf_path = render_text_pdf(_sample("000").read_text(encoding="utf-8"), tmp_path / "d.pdf")
    first_page = _page_texts(pdf_path)[0]
    left = first_page.index("ĐẢNG ỦY VĂN PHÒNG CHÍNH PHỦ")
    assert left < first_page.index("Số 665 - CT/ĐU") < first_page.index("ĐẢNG CỘNG SẢN VIỆT NAM")
    assert (
        first_page.index("ĐẢNG CỘNG SẢN")
        < first_page.index("Hà Nội, ngày 22")
        < first_page.index("CHỈ THỊ")
    )


# ---------------------------------------------------------------------------------------------
# scans and images
# ---------------------------------------------------------------------------------------------


def test_scanned_pdf_is_deterministic_image_only_a4_at_dpi(tmp_path: Path) -> None:
    first = render_scanned_pdf(SHORT_DOC, tmp_path / "a" / "scan.pdf", dpi=150, seed=3)
    second = render_scanned_pdf(SHORT_DOC, tmp_path / "b" / "scan.pdf", dpi=150, seed=3)
    assert first.read_bytes() == second.read_bytes()
    pdf = pdfium.PdfDocument(first)
    page = pdf[0]
    assert page.get_textpage().count_chars() == 0
    assert page.get_size() == pytest.approx(A4_POINTS, abs=0.05)
    (image,) = page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])
    width_px, _ = image.get_px_size()
    assert width_px / (page.get_width() / 72) == pytest.approx(150, abs=1)


@pytest.mark.parametrize("scan", sorted(RAW.glob("*.scan.pdf")), ids=lambda p: p.name[:3])
def test_committed_scans_have_no_text_layer_and_300_dpi(scan: Path) -> None:
    assert scan.stat().st_size < 1_500_000
    pdf = pdfium.PdfDocument(scan)
    assert len(pdf) >= 2
    for index in range(len(pdf)):
        page = pdf[index]
        assert page.get_textpage().count_chars() == 0
        assert page.get_size() == pytest.approx(A4_POINTS, abs=0.05)
        (image,) = page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])
        metadata = image.get_metadata()
        assert round(metadata.horizontal_dpi) == 300
        assert metadata.bits_per_pixel == 8  # greyscale


def test_at_least_two_official_samples_are_scanned() -> None:
    prefixes = {p.name[:3] for p in RAW.glob("*.scan.pdf")}
    assert {"000", "002"} <= prefixes


def test_page_image_size_mode_and_noise_seed() -> None:
    text = "Số 665 - CT/ĐU\nHà Nội, ngày 22 tháng 9 năm 2014"
    clean = render_page_image(text, dpi=200)
    assert clean.mode == "L"
    assert clean.info["dpi"] == (200, 200)
    assert clean.height > 2 * 14 * 200 / 72
    noisy = render_page_image(text, dpi=200, noise=1.0, seed=5)
    assert noisy.tobytes() == render_page_image(text, dpi=200, noise=1.0, seed=5).tobytes()
    assert noisy.tobytes() != clean.tobytes()
    fixed = render_page_image(text, size=(900, 300), rotation_deg=1.0)
    assert fixed.size == (900, 300)


def test_missing_fonts_name_the_debian_package(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(_textpdf, "FONT_DIR", tmp_path)
    with pytest.raises(MissingDependencyError, match="fonts-dejavu-core"):
        pdfgen.font_path("VBSerif")


# ---------------------------------------------------------------------------------------------
# synthetic corpus and the committed samples
# ---------------------------------------------------------------------------------------------


def test_synthetic_corpus_pages_citations_determinism(tmp_path: Path) -> None:
    paths = synthetic_corpus(
        tmp_path / "a", n_text_pdfs=3, n_scanned_pdfs=0, pages_per_doc=2, seed=7
    )
    assert [p.name for p in paths] == ["text_0000.pdf", "text_0001.pdf", "text_0002.pdf"]
    for path in paths:
        pages = _page_texts(path)
        assert len(pages) == 2
        assert re.search(r"số \d+(-[A-ZĐa-z]+/[A-ZĐ]+|/\d{4}/[A-ZĐ]+)", pages[0])
    again = synthetic_corpus(
        tmp_path / "b", n_text_pdfs=1, n_scanned_pdfs=0, pages_per_doc=2, seed=7
    )
    assert again[0].read_bytes() == paths[0].read_bytes()


def test_layout_can_be_built_directly(tmp_path: Path) -> None:
    layout = DocumentLayout(
        number_line="Số: 01/TB-VP",
        place_date="Huế, ngày 02 tháng 01 năm 2024",
        type_line="THÔNG BÁO",
        body=("Nội dung thông báo./.",),
    )
    text = _body_text(render_text_pdf(layout, tmp_path / "tb.pdf"))
    assert "Số: 01/TB-VP" in text and "Nội dung thông báo./." in text


def test_committed_sample_pdfs_match_the_script() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_sample_pdfs.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout
