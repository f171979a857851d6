"""Fixtures for ingestion tests: small page images and PDFs rendered by the repo's generator.

PDFs come from :mod:`vanban.testing.pdfgen`; the few PDFs it does not make on purpose (an
encrypted one, a scan under an invisible garbage text layer) are assembled here with reportlab
around its page images.
"""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from vanban.ingest import ocr
from vanban.testing.pdfgen import render_page_image, render_scanned_pdf, render_text_pdf

DOC = (
    "ĐẢNG BỘ TỈNH THÁI NGUYÊN\nBAN THƯỜNG VỤ\n*\nSố 15-CT/TU\n\n"
    "ĐẢNG CỘNG SẢN VIỆT NAM\n\nThái Nguyên, ngày 12 tháng 5 năm 2009\n\n"
    "CHỈ THỊ\nvề tăng cường công tác dân vận trong tình hình mới\n\n"
    "Thực hiện Nghị quyết số 25-NQ/TW ngày 03-6-2013 của Ban Chấp hành Trung ương và Chỉ thị số "
    "18/2000/CT-TTg ngày 21/9/2000 của Thủ tướng Chính phủ, Ban Thường vụ Tỉnh ủy yêu cầu các cấp "
    "ủy đảng, chính quyền tập trung lãnh đạo thực hiện tốt các nhiệm vụ sau đây.\n"
)
LINES = "Chỉ thị số 18/2000/CT-TTg ngày 21/9/2000\ncủa Thủ tướng Chính phủ về công tác dân vận"


@pytest.fixture(autouse=True)
def _fresh_tesseract_check() -> None:
    """Tests change ``tesseract_cmd``; never reuse a cached check across them."""
    ocr._check.cache_clear()


@pytest.fixture(scope="session")
def text_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A text-layer PDF of a Party directive with the two-column header."""
    return render_text_pdf(DOC, tmp_path_factory.mktemp("pdf") / "text.pdf")


@pytest.fixture(scope="session")
def scanned_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same document as an image-only scan (300 dpi, noise, slight rotation)."""
    return render_scanned_pdf(DOC, tmp_path_factory.mktemp("pdf") / "scan.pdf", seed=3)


def text_image(text: str = LINES, **kwargs: object) -> Image.Image:
    """A small page image of ``text`` (DejaVu Serif, 300 dpi)."""
    return render_page_image(text, **kwargs)  # type: ignore[arg-type]


def pdf_with_layers(path: Path, image: Image.Image, hidden_text: str = "", **encrypt: str) -> Path:
    """An A4 PDF showing ``image``, with ``hidden_text`` as an invisible text layer (as OCR'd or
    legacy-font PDFs have), optionally encrypted (``userPassword=…``)."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    buf = io.BytesIO()
    options = {"encrypt": StandardEncryption(**encrypt)} if encrypt else {}
    pdf = canvas.Canvas(buf, pagesize=A4, invariant=1, **options)
    jpeg = io.BytesIO()
    image.convert("L").save(jpeg, "JPEG", quality=90)
    pdf.drawImage(ImageReader(jpeg), 0, 0, width=A4[0], height=A4[1])
    if hidden_text:
        text = pdf.beginText(72, A4[1] - 72)
        text.setTextRenderMode(3)
        text.setFont("Helvetica", 11)
        for line in hidden_text.splitlines():
            text.textLine(line)
        pdf.drawText(text)
    pdf.showPage()
    pdf.save()
    path.write_bytes(buf.getvalue())
    return path


def merge_pdfs(path: Path, *sources: Path) -> Path:
    """Concatenate the pages of ``sources`` into ``path``."""
    out = pdfium.PdfDocument.new()
    for source in sources:
        out.import_pages(pdfium.PdfDocument(str(source)))
    out.save(str(path))
    return path


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258 bytes as Vietnamese keyboards wrote them: base letter, then the tone byte."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")
