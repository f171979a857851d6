"""DOCX, legacy DOC and saved web pages."""

from __future__ import annotations

import html
import zipfile
from pathlib import Path

import docx
import pytest

from tests.ingest.conftest import cp1258_bytes
from vanban.errors import InputFileError, MissingDependencyError, UnsupportedFormatError
from vanban.ingest import legacy_fonts as lf
from vanban.ingest.extract import extract_text


def _docx(path: Path, body: list[str], header: list[tuple[str, str]] | None = None) -> Path:
    document = docx.Document()
    if header:
        table = document.add_table(rows=len(header), cols=2)
        for row, (left, right) in zip(table.rows, header, strict=True):
            row.cells[0].text, row.cells[1].text = left, right
    for paragraph in body:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Nơi nhận:", "TM. BAN THƯỜNG VỤ"
    document.save(str(path))
    return path


def test_docx_paragraphs_tables_and_header_columns(tmp_path: Path) -> None:
    header = [("BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐẢNG CỘNG SẢN VIỆT NAM"),
              ("Số 36-HD/VPTW", "Hà Nội, ngày 03 tháng 4 năm 2018")]  # fmt: skip
    body = ["HƯỚNG DẪN", "Thực hiện Quy định số 66-QĐ/TW ngày 06-02-2017 của Bộ Chính trị."]
    doc = extract_text(_docx(tmp_path / "hd.docx", body, header))
    page = doc.pages[0]
    assert doc.kind == "docx" and page.method == "converted" and page.engine == "python-docx"
    assert page.text.splitlines() == [
        "BAN CHẤP HÀNH TRUNG ƯƠNG", "Số 36-HD/VPTW", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Hà Nội, ngày 03 tháng 4 năm 2018", *body, "Nơi nhận:\tTM. BAN THƯỜNG VỤ",
    ]  # fmt: skip


def test_docx_in_a_legacy_font_is_converted(tmp_path: Path) -> None:
    sentence = "Thực hiện chỉ thị của Thủ tướng về tăng cường công tác dân vận ở cơ sở"
    page = extract_text(_docx(tmp_path / "old.docx", [lf.encode(sentence, lf.VNI)])).pages[0]
    assert page.text.splitlines()[0] == sentence
    assert page.encoding == "vni"


def test_zip_that_is_not_a_docx(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "xin chào")
    with pytest.raises(UnsupportedFormatError, match="ZIP archive that is not a Word .docx"):
        extract_text(path)


def test_doc_that_antiword_cannot_read(tmp_path: Path) -> None:
    path = tmp_path / "broken.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000)
    with pytest.raises(InputFileError, match=r"broken\.doc: not a readable Word 97-2003 document"):
        extract_text(path)


def test_missing_antiword_names_the_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(MissingDependencyError, match="Debian package antiword"):
        extract_text(path)


def _news_page(paragraphs: list[str], charset: str = "utf-8") -> str:
    menu = "".join(f'<li><a href="/c{i}">Chuyên mục {i}</a></li>' for i in range(12))
    related = "".join(f'<li><a href="/r{i}">Tin liên quan số {i} về công tác dân vận</a></li>' for i in range(8))
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs[1:])
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{html.escape(paragraphs[0])}'
        " - Cổng thông tin</title><script>var x = 'Số 99-NQ/TW';</script></head><body>"
        f'<header><ul class="menu">{menu}</ul></header>'
        f'<div class="container"><div class="article-detail"><h1>{html.escape(paragraphs[0])}</h1>'
        f'{body}</div><div class="sidebar"><h3>Đọc nhiều</h3><ul>{related}</ul></div></div>'
        '<footer><p>Bản quyền thuộc Cổng thông tin điện tử. Địa chỉ: 1 Hoàng Hoa Thám.</p></footer>'
        "</body></html>"
    )


def test_saved_news_page_main_text(tmp_path: Path, raw_dir: Path) -> None:
    sample = (raw_dir / "001_4563e09b6f3ddef1.txt").read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in sample.split("\n") if p.strip()][1:]
    path = tmp_path / "article.htm"
    path.write_text(_news_page(paragraphs), encoding="utf-8")
    doc = extract_text(path)
    page = doc.pages[0]
    assert doc.kind == "html" and page.method == "converted" and page.encoding == "utf-8"
    assert page.text.splitlines() == paragraphs
    for junk in ("Chuyên mục", "Tin liên quan", "Bản quyền", "99-NQ/TW", "Đọc nhiều"):
        assert junk not in page.text


def test_html_in_windows_1258_declared_charset(tmp_path: Path) -> None:
    paragraphs = ["Tiêu đề bài viết", "Nội dung chính của bài viết về công tác dân vận ở cơ sở."]
    page_html = _news_page(paragraphs, charset="windows-1258")
    path = tmp_path / "old.html"
    path.write_bytes(cp1258_bytes(page_html))
    page = extract_text(path).pages[0]
    assert paragraphs[1] in page.text and page.encoding == "windows-1258"
