"""PDFs: fast text layer, header in reading order, per-page OCR decision, bad PDFs."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from tests.ingest.conftest import DOC, merge_pdfs, pdf_with_layers, text_image
from vanban.errors import EncryptedFileError, InputFileError
from vanban.ingest.extract import extract_text
from vanban.ingest.options import ExtractOptions
from vanban.testing.pdfgen import render_page_image, render_text_pdf


def test_text_layer_pdf(text_pdf: Path) -> None:
    doc = extract_text(text_pdf)
    assert doc.kind == "pdf" and len(doc.pages) >= 1
    page = doc.pages[0]
    assert page.method == "text_layer" and page.engine == "pypdfium2" and page.engine_version
    assert page.quality is not None and page.quality > 0.9
    assert "Nghị quyết số 25-NQ/TW ngày 03-6-2013" in " ".join(doc.text.split())
    assert doc.sha256 and doc.size == text_pdf.stat().st_size


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_header_left_column_before_right_column(text_pdf: Path, engine: str) -> None:
    text = extract_text(text_pdf, options=ExtractOptions(header_engine=engine)).pages[0].text
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    order = [lines.index(x) for x in ("BAN THƯỜNG VỤ", "Số 15-CT/TU", "ĐẢNG CỘNG SẢN VIỆT NAM")]
    assert order == sorted(order)
    date = next(i for i, line in enumerate(lines) if line.startswith("Thái Nguyên, ngày 12"))
    assert lines[date] == "Thái Nguyên, ngày 12 tháng 5 năm 2009"  # not merged with "Số …"
    assert date < lines.index("CHỈ THỊ")


def test_decomposed_text_layer_comes_out_nfc(tmp_path: Path) -> None:
    path = render_text_pdf(unicodedata.normalize("NFD", DOC), tmp_path / "nfd.pdf")
    text = extract_text(path).text
    assert text == unicodedata.normalize("NFC", text)
    assert "Thủ tướng Chính phủ" in " ".join(text.split())


def test_legacy_font_text_layer_is_converted(tmp_path: Path) -> None:
    from vanban.ingest.legacy_fonts import encode

    body = "Thực hiện chỉ thị của Thủ tướng về tăng cường công tác dân vận ở cơ sở"
    path = render_text_pdf(encode(body, "tcvn3"), tmp_path / "tcvn3.pdf")
    page = extract_text(path).pages[0]
    assert body in " ".join(page.text.split())
    assert page.encoding == "tcvn3" and page.method == "text_layer"


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = pdf_with_layers(tmp_path / "locked.pdf", text_image(), userPassword="secret")
    with pytest.raises(EncryptedFileError, match=r"locked\.pdf: encrypted PDF.*qpdf --decrypt"):
        extract_text(path)


def test_truncated_pdf(text_pdf: Path, tmp_path: Path) -> None:
    path = tmp_path / "cut.pdf"
    path.write_bytes(text_pdf.read_bytes()[: text_pdf.stat().st_size // 2])
    with pytest.raises(InputFileError, match=r"cut\.pdf: corrupt or truncated PDF"):
        extract_text(path)


@pytest.mark.slow
def test_scanned_pdf_is_ocrd(scanned_pdf: Path) -> None:
    doc = extract_text(scanned_pdf)
    page = doc.pages[0]
    assert page.method == "ocr" and page.engine == "tesseract"
    assert page.ocr_confidence is not None and page.ocr_confidence > 70
    assert "OCR: no text layer" in page.warnings
    flat = " ".join(doc.text.split())
    assert "25-NQ/TW" in flat and "18/2000/CT-TTg" in flat
    assert "Ð" not in doc.text  # Tesseract's eth is mapped to Đ


@pytest.mark.slow
def test_garbage_text_layer_is_replaced_by_ocr(tmp_path: Path) -> None:
    """A legacy-font PDF whose text layer maps to unconvertible symbols: OCR reads the page."""
    image = render_page_image(
        "Căn cứ Chỉ thị số 18/2000/CT-TTg ngày 21/9/2000\ncủa Thủ tướng Chính phủ về công tác "
        "dân vận,\nBan Thường vụ yêu cầu các cấp ủy thực hiện tốt.",
        size=(2480, 3508),
    )
    garbage = "Ýgn ùr ÇhØ þhþ ùx 18/2000/ÇÞ-ÞÞg ÿgÝÿ 21/9/2000\nçßÝ Þhß þ÷íÿg ÇhÝÿh ðhß þá çÏÿg þáç dáÿ þËÿ\n" * 4
    path = pdf_with_layers(tmp_path / "legacy.pdf", image, hidden_text=garbage)
    page = extract_text(path).pages[0]
    assert page.method == "ocr"
    assert any("garbled text layer" in w for w in page.warnings)
    assert "18/2000/CT-TTg" in page.text and page.quality > 0.8


@pytest.mark.slow
def test_ocr_timeout_on_one_page_leaves_it_empty(text_pdf: Path, tmp_path: Path) -> None:
    scan = pdf_with_layers(tmp_path / "scan.pdf", text_image())
    path = merge_pdfs(tmp_path / "mixed.pdf", text_pdf, scan)
    doc = extract_text(path, options=ExtractOptions(ocr_timeout_s=0.01, deskew=False))
    first, last = doc.pages[0], doc.pages[-1]
    assert first.method == "text_layer" and "Số 15-CT/TU" in first.text
    assert last.method == "ocr" and last.text == ""
    assert any("timed out" in w for w in last.warnings)
