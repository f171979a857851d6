"""Plain text in every encoding an archive holds, decoded to NFC with the encoding recorded."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from tests.ingest.conftest import cp1258_bytes
from vanban.ingest import legacy_fonts as lf
from vanban.ingest.extract import extract_text

TEXT = (
    "ĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Hà Nội, ngày 22 tháng 9 năm 2014\n"
    "Thực hiện Nghị quyết số 25-NQ/TW ngày 03-6-2013 của Ban Chấp hành Trung ương về tăng "
    "cường công tác dân vận, Thủ tướng Chính phủ yêu cầu các bộ, ngành triển khai ngay.\n"
)
SAFE_CAPS = TEXT.replace("ĐẢNG CỘNG SẢN VIỆT NAM", "Đảng Cộng sản Việt Nam")  # TCVN3 has no toned capitals


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (cp1258_bytes(TEXT), "cp1258"),
        (unicodedata.normalize("NFD", TEXT).encode("utf-8"), "utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "cp1258", "nfd"],
)
def test_unicode_and_windows_1258_decode_to_nfc(tmp_path: Path, data: bytes, encoding: str) -> None:
    doc = extract_text(_write(tmp_path, "a.txt", data))
    page = doc.pages[0]
    assert page.text == TEXT
    assert page.encoding == encoding
    assert page.method == "plain_text" and doc.kind == "text"
    assert page.quality is not None and page.quality > 0.9


@pytest.mark.parametrize("legacy", [lf.TCVN3, lf.VNI])
def test_legacy_font_bytes_are_detected_and_converted(tmp_path: Path, legacy: str) -> None:
    data = lf.encode(SAFE_CAPS, legacy).encode("latin-1")
    page = extract_text(_write(tmp_path, "old.txt", data)).pages[0]
    assert page.text == SAFE_CAPS
    assert page.encoding == legacy


def test_legacy_mojibake_saved_as_utf8_is_converted(tmp_path: Path) -> None:
    data = lf.encode(SAFE_CAPS, lf.TCVN3).encode("utf-8")
    page = extract_text(_write(tmp_path, "old.txt", data)).pages[0]
    assert page.text == SAFE_CAPS
    assert page.encoding == "utf-8+tcvn3"


def test_form_feeds_split_pages(tmp_path: Path) -> None:
    doc = extract_text(_write(tmp_path, "p.txt", "trang một\ftrang hai\f".encode()))
    assert [p.text for p in doc.pages] == ["trang một", "trang hai", ""]
    assert doc.pages[2].warnings == ["no text on this page"]
    assert doc.page_at(doc.text.index("hai")) == 2


def test_sample_texts_read_unchanged(raw_dir: Path) -> None:
    for path in sorted(raw_dir.glob("*.txt")):
        doc = extract_text(path)
        assert doc.text == unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        assert doc.pages[0].quality > 0.95
