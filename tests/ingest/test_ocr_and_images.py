"""Images and OCR with the real Tesseract: formats, orientation, bad images, missing Tesseract."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytesseract
import pytest
from PIL import Image

from tests.ingest.conftest import LINES, text_image
from vanban.errors import InputFileError, MissingDependencyError
from vanban.ingest.extract import extract_text
from vanban.ingest.images import deskew, skew_angle
from vanban.ingest.ocr import check_tesseract, fix_eth
from vanban.ingest.options import ExtractOptions


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.slow
@pytest.mark.parametrize("suffix", [".png", ".jpg", ".pdf"])
def test_image_file_is_ocrd(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"page{suffix}"
    text_image().save(path.with_suffix(".png") if suffix == ".pdf" else path)
    if suffix == ".pdf":  # a PNG misnamed .pdf is read as the PNG it is
        path.with_suffix(".png").rename(path)
    doc = extract_text(path)
    page = doc.pages[0]
    assert doc.kind == "image" and page.method == "ocr" and page.engine == "tesseract"
    assert "18/2000/CT-TTg" in page.text and "Thủ tướng Chính phủ" in _flat(page.text)
    assert page.ocr_confidence is not None and page.ocr_confidence > 80
    assert page.engine_version == check_tesseract()


@pytest.mark.slow
def test_multipage_tiff(tmp_path: Path) -> None:
    path = tmp_path / "two.tiff"
    first, second = text_image("Nghị quyết số 25-NQ/TW"), text_image("Chỉ thị số 07-CT/TU ngày 01 tháng 10")
    first.save(path, save_all=True, append_images=[second], compression="tiff_lzw")
    doc = extract_text(path)
    assert [p.number for p in doc.pages] == [1, 2]
    assert "25-NQ/TW" in doc.pages[0].text and "07-CT/TU" in doc.pages[1].text


@pytest.mark.slow
def test_upside_down_page_is_turned(tmp_path: Path) -> None:
    image = text_image(LINES + "\n" + LINES + "\n" + LINES).rotate(180, expand=True)
    path = tmp_path / "upside.png"
    image.save(path)
    page = extract_text(path).pages[0]
    assert "18/2000/CT-TTg" in page.text
    assert any("rotated by 180" in w for w in page.warnings)


def test_skew_is_measured() -> None:
    image = text_image(LINES + "\n" + LINES, rotation_deg=1.5)
    assert skew_angle(image) == pytest.approx(1.5, abs=0.25)


@pytest.mark.parametrize(("skew", "rotated"), [(0.3, False), (-0.4, False), (1.0, True), (-2.0, True)])
def test_only_a_skew_tesseract_cannot_read_is_straightened(skew: float, rotated: bool) -> None:
    image = text_image(LINES + "\n" + LINES, rotation_deg=skew).convert("L")
    straightened, correction = deskew(image)
    assert (straightened is not image) == rotated
    assert correction == (pytest.approx(-skew, abs=0.25) if rotated else 0.0)


@pytest.mark.slow
def test_image_without_text_is_no_text_found(tmp_path: Path) -> None:
    path = tmp_path / "blank.png"
    Image.new("L", (1200, 800), 255).save(path)
    with pytest.raises(InputFileError, match=r"blank\.png: no text found in this image file"):
        extract_text(path)


def _png_header_only(path: Path, width: int, height: int) -> Path:
    """A tiny PNG whose header declares a huge image (a decompression bomb)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64))
                     + chunk(b"IEND", b""))  # fmt: skip
    return path


def test_decompression_bomb_is_refused_before_decoding(tmp_path: Path) -> None:
    path = _png_header_only(tmp_path / "bomb.png", 40000, 40000)
    with pytest.raises(InputFileError, match=r"bomb\.png: image too large to decode safely"):
        extract_text(path)


def test_image_over_the_configured_limit(tmp_path: Path) -> None:
    path = _png_header_only(tmp_path / "big.png", 12000, 12000)
    with pytest.raises(InputFileError, match=r"12000x12000 pixels .*limit 100 Mpx"):
        extract_text(path, options=ExtractOptions(max_image_pixels=100_000_000))


def test_missing_tesseract_names_the_debian_packages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "no-tesseract"))
    with pytest.raises(MissingDependencyError, match="tesseract-ocr and tesseract-ocr-vie"):
        check_tesseract()
    path = tmp_path / "page.png"
    text_image().save(path)
    with pytest.raises(MissingDependencyError):
        extract_text(path)


def test_missing_language_data_names_its_package() -> None:
    with pytest.raises(MissingDependencyError, match="tesseract-ocr-fra"):
        check_tesseract("vie+fra")


@pytest.mark.parametrize(
    ("ocr", "fixed"),
    [("763-QĐÐ/ĐUK", "763-QĐ/ĐUK"), ("698/QĐÐĐ-VPCP", "698/QĐ-VPCP"), ("ÐẢNG ðoàn", "ĐẢNG đoàn"),
     ("ĐĐBQH", "ĐĐBQH")],
)  # fmt: skip
def test_tesseract_eth_is_mapped_to_d_with_stroke(ocr: str, fixed: str) -> None:
    assert fix_eth(ocr) == fixed
