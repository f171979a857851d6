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
    with pytest.raises(UnsupportedFormatError, match="ZIP archive that is neither a Word .docx nor an OpenDocument .odt"):
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


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"')


def _odt(path: Path, body_xml: str, mime: str = "application/vnd.oasis.opendocument.text") -> Path:
    """A minimal OpenDocument text, as LibreOffice lays out its zip (mimetype first, stored)."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODF_NS}>'
               f"<office:body><office:text>{body_xml}</office:text></office:body>"
               "</office:document-content>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", mime, compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", "<manifest/>")
    return path


def _cell(text: str) -> str:
    return f"<table:table-cell><text:p>{text}</text:p></table:table-cell>"


def test_odt_header_table_lists_spacing_and_footnotes(tmp_path: Path) -> None:
    header = ("<table:table>"
              f"<table:table-row>{_cell('HUYỆN ỦY ĐÔNG ANH')}{_cell('ĐẢNG CỘNG SẢN VIỆT NAM')}</table:table-row>"
              f"<table:table-row>{_cell('Số 12-CT/HU')}{_cell('Đông Anh, ngày 5 tháng 3 năm 2021')}</table:table-row>"
              "</table:table>")
    body = ('<text:h text:outline-level="1">CHỈ THỊ</text:h>'
            "<text:p>Thực hiện Chỉ thị số<text:s/>05-CT/TU<text:s text:c=\"2\"/>ngày 01/10/2020"
            '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
            "<text:note-body><text:p>Xem Kết luận số 01-KL/TW ngày 18/5/2021.</text:p></text:note-body>"
            "</text:note> của Tỉnh ủy,<text:line-break/>Huyện ủy yêu cầu:</text:p>"
            "<text:list><text:list-item><text:p>1.<text:tab/>Quán triệt.</text:p></text:list-item>"
            "</text:list>"
            "<text:tracked-changes><text:changed-region><text:deletion>"
            "<text:p>Nghị quyết số 99-NQ/TW (đã xóa)</text:p></text:deletion></text:changed-region>"
            "</text:tracked-changes>")
    doc = extract_text(_odt(tmp_path / "ct.odt", header + body))
    page = doc.pages[0]
    assert doc.kind == "odt" and page.method == "converted" and page.engine == "lxml"
    assert page.text.splitlines() == [
        "HUYỆN ỦY ĐÔNG ANH", "Số 12-CT/HU", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Đông Anh, ngày 5 tháng 3 năm 2021", "CHỈ THỊ",
        "Thực hiện Chỉ thị số 05-CT/TU  ngày 01/10/2020 của Tỉnh ủy,", "Huyện ủy yêu cầu:",
        "Xem Kết luận số 01-KL/TW ngày 18/5/2021.", "1.\tQuán triệt."]


def test_zip_of_another_opendocument_is_named(tmp_path: Path) -> None:
    path = _odt(tmp_path / "sheet.odt", "", mime="application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(UnsupportedFormatError, match="neither a Word .docx nor an OpenDocument"):
        extract_text(path)


def test_corrupt_odt_is_a_named_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.odt"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content><unclosed>")
    with pytest.raises(InputFileError, match=r"broken\.odt: corrupt OpenDocument file"):
        extract_text(path)


def _rtf_escaped(data: bytes) -> str:
    return "".join(chr(b) if b < 128 else f"\\'{b:02x}" for b in data)


def test_rtf_unicode_and_windows_1258(tmp_path: Path) -> None:
    sentence = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ"
    unicode_rtf = "".join(c if ord(c) < 128 else f"\\u{ord(c)}?" for c in sentence)
    cp1258_rtf = _rtf_escaped(cp1258_bytes(sentence))
    for name, head, body in (("u.rtf", "", unicode_rtf), ("w.rtf", "\\ansicpg1258", cp1258_rtf)):
        path = tmp_path / name
        path.write_text("{\\rtf1\\ansi" + head + "\\deff0{\\fonttbl{\\f0 Times New Roman;}}"
                        "{\\*\\generator Word;}\\f0\\fs26 " + body + "\\par}", encoding="ascii")
        page = extract_text(path).pages[0]
        assert page.engine == "striprtf" and page.text.strip() == sentence


def test_rtf_in_a_legacy_font_is_converted(tmp_path: Path) -> None:
    sentence = "Thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương"
    legacy = lf.encode(sentence, lf.TCVN3)
    path = tmp_path / "vntime.rtf"
    path.write_text("{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 .VnTime;}}\\f0 "
                    + _rtf_escaped(legacy.encode("cp1252")) + "\\par}", encoding="ascii")
    page = extract_text(path).pages[0]
    assert page.text.strip() == sentence and page.encoding == "tcvn3"
