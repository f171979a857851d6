"""Split a plain-text Vietnamese document into the parts a page layout needs.

The sample texts in ``data/raw`` are conversions of real documents: the header comes first (issuer
lines, "Số …", the Party title or the national motto, the place-date line), then the type line
("CHỈ THỊ") and the title, sometimes a received stamp ("ĐẾN Số: … Ngày: …"), the body, and at
the end "Nơi nhận:" with the signature. The rules here are generic line heuristics, used by
:mod:`vanban.testing.pdfgen` to lay the text out as a real page; they are not the parser.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

# Converter artefacts: markdown bold, escaped asterisks, signature placeholders
# (samples 000, 002, 003).
_SIGNATURE_PLACEHOLDER = re.compile(r"(<i>)?\s*\[Signature\]\s*(</i>)?", re.IGNORECASE)
_MD_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
# The two header titles and the motto (Party documents have only the first; §1.4, §3.2).
_MOTTO = re.compile(
    r"^(ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG H(ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    r"|Độc lập\s*[-–]?\s*Tự do\s*[-–]?\s*Hạnh phúc)$",
    re.IGNORECASE,
)
# "Số 665 - CT/ĐU", "Số: 18 /CT-UBND", a draft "Số:   /QĐ-UBND".
_NUMBER = re.compile(r"^Số\s*:?\s*[^\s:].{0,40}/")
# "Hà Nội, ngày 22 tháng 9 năm 2014" (blank day and month allowed for drafts).
_PLACE_DATE = re.compile(r"^[^\W\d][^,]{1,60},\s*ngày\b.{0,12}\btháng\b.{0,12}\bnăm\s+\d{4}\.?$")
# Received stamp ("CÔNG VĂN ĐẾN", "ĐẾN Số: …", "Số đến: 1530"): never part of the header columns.
_STAMP = re.compile(r"(^|\t)ĐẾN\b|\bSố\s+đến\b|CÔNG VĂN ĐẾN")
_RULE = re.compile(r"^[-_=–—.]{3,}$")
_ASTERISKS = re.compile(r"^\*{1,3}$")
_LEFT_SUMMARY = re.compile(r"^V/v\b")
_RECIPIENTS = re.compile(r"^Nơi\s+nhận\s*:?\s*$", re.IGNORECASE)
_BULLET = re.compile(r"^[-–+•]\s*|^\(")
_DATELINE = re.compile(r"^(Thứ\s+\w+|Chủ\s+nhật),\s*\d{1,2}/\d{1,2}/\d{4}")
_SENTENCE_END = re.compile(r"[.;:!?…]$")

_DOC_TYPES = frozenset(
    t.upper()
    for t in (
        "Nghị quyết",
        "Quyết định",
        "Chỉ thị",
        "Kết luận",
        "Quy chế",
        "Quy định",
        "Thông tri",
        "Hướng dẫn",
        "Thông báo",
        "Thông cáo",
        "Tuyên bố",
        "Lời kêu gọi",
        "Báo cáo",
        "Kế hoạch",
        "Quy hoạch",
        "Chương trình",
        "Đề án",
        "Phương án",
        "Dự án",
        "Tờ trình",
        "Biên bản",
        "Luật",
        "Pháp lệnh",
        "Nghị định",
        "Thông tư",
        "Thông tư liên tịch",
        "Lệnh",
        "Công điện",
        "Hợp đồng",
        "Bản ghi nhớ",
        "Giấy mời",
        "Giấy giới thiệu",
        "Quy trình",
    )
)

_TITLE_MAX_CHARS = 220
_TITLE_MAX_BLOCKS = 3
_SIGNATURE_MAX_CHARS = 60


@dataclass(frozen=True)
class DocumentLayout:
    """The parts of one document as a page shows them.

    Attributes:
        issuer_lines: Left header column, top down: parent body, issuing body, "*" for Party papers.
        number_line: The "Số …" line under the issuer (left column).
        left_extra: Lines under the number in the left column (a công văn's "V/v …").
        motto_lines: Right header column: "ĐẢNG CỘNG SẢN VIỆT NAM" or Quốc hiệu and Tiêu ngữ.
        place_date: The place-date line (right column, italic, level with the number).
        type_line: The centred document type ("CHỈ THỊ"); None for articles and công văn.
        title_lines: Centred title lines under the type line (or the article headline).
        stamp_lines: A received stamp, drawn as a box off to the side; tabs split its two columns.
        body: Body paragraphs, one string each.
        signature_lines: Authority lines then the signer's name (right, under the body).
        recipients: The "Nơi nhận:" items (left, under the body), without the label.
        dateline: An article's dateline ("Thứ Hai, 13/5/2024").
        trailer_lines: An article's closing lines (source, page furniture).
    """

    issuer_lines: tuple[str, ...] = ()
    number_line: str | None = None
    left_extra: tuple[str, ...] = ()
    motto_lines: tuple[str, ...] = ()
    place_date: str | None = None
    type_line: str | None = None
    title_lines: tuple[str, ...] = ()
    stamp_lines: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    signature_lines: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    dateline: str | None = None
    trailer_lines: tuple[str, ...] = ()

    @property
    def is_article(self) -> bool:
        """True when there is no official header at all (a news article or a plain note)."""
        return (
            not (self.issuer_lines or self.number_line or self.motto_lines or self.place_date)
            and self.type_line is None
        )


def clean_line(line: str) -> str:
    """Remove converter artefacts from one line and normalise it to NFC.

    Args:
        line: A raw line of a sample text.

    Returns:
        The line without markdown bold/italic markers, escaped asterisks, signature placeholders,
        non-breaking spaces and surrounding blanks (inner tabs are kept: stamps use them).
    """
    line = unicodedata.normalize("NFC", line).replace("\xa0", " ")
    line = _SIGNATURE_PLACEHOLDER.sub("", line).replace("**", "").replace("\\*", "*")
    if not _ASTERISKS.match(line.strip()):
        line = _MD_ITALIC.sub(r"\1", line)
    return line.strip(" \t\r\n").strip("\u200b")


def _blocks(text: str) -> list[list[str]]:
    """Group cleaned, non-empty lines into blocks separated by blank lines."""
    blocks: list[list[str]] = [[]]
    for raw in text.splitlines():
        line = clean_line(raw)
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _is_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _is_type_line(line: str) -> bool:
    return " ".join(line.split()).upper() in _DOC_TYPES and _is_caps(line)


def _is_title_block(block: list[str]) -> bool:
    text = " ".join(block)
    return len(text) <= _TITLE_MAX_CHARS and not _SENTENCE_END.search(text)


class _Builder:
    """Mutable collector used while walking the blocks; frozen into a DocumentLayout at the end."""

    def __init__(self) -> None:
        self.parts: dict[str, list[str]] = {
            k: [] for k in ("issuer", "left", "motto", "title", "stamp", "rest")
        }
        self.number: str | None = None
        self.place_date: str | None = None
        self.type_line: str | None = None
        self.state = "head"  # head -> title -> body
        self.title_blocks = 0

    def head_line(self, line: str) -> bool:
        """Classify one header line; False when it is not a header line."""
        if _MOTTO.match(line):
            self.parts["motto"].append(line)
        elif self.number is None and _NUMBER.match(line):
            self.number = line
        elif self.place_date is None and _PLACE_DATE.match(line):
            self.place_date = line
        elif _is_type_line(line):
            self.type_line, self.state = " ".join(line.split()), "title"
        elif _ASTERISKS.match(line) or (_is_caps(line) and len(line) <= 80 and not self.number):
            self.parts["issuer"].append(line)
        elif _LEFT_SUMMARY.match(line) and self.number:
            self.parts["left"].append(line)
        elif not _RULE.match(line):
            return False
        return True

    def add_block(self, block: list[str]) -> None:
        """Route one block to the header, the title, the stamp or the rest."""
        if self.state != "body" and any(_STAMP.search(line) for line in block):
            self.parts["stamp"].extend(block)
            return
        if self.state == "title":
            self._title_block(block)
            return
        if self.state == "body":
            self.parts["rest"].extend(block)
            return
        for i, line in enumerate(block):
            if self.state == "title":
                self._title_block(block[i:])
                return
            if not self.head_line(line):
                self.state = "body"
                self.parts["rest"].extend(block[i:])
                return

    def _title_block(self, block: list[str]) -> None:
        if _RULE.match(block[0]):
            self.state = "body"
            self.parts["rest"].extend(block[1:])
        elif self.title_blocks < _TITLE_MAX_BLOCKS and _is_title_block(block):
            self.title_blocks += 1
            lines = [ln for ln in block if not _RULE.match(ln)]
            self.parts["title"].extend(lines)
            if len(lines) < len(block):
                self.state = "body"
        else:
            self.state = "body"
            self.parts["rest"].extend(block)


def _split_official_tail(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Split the lines after the header into body, recipients and signature lines."""
    at = next((i for i, ln in enumerate(lines) if _RECIPIENTS.match(ln)), None)
    if at is None:
        end = len(lines)
        while end > 0 and _is_signature_line(lines[end - 1]):
            end -= 1
        return lines[:end], [], lines[end:]
    start = at
    while (
        start > 0 and _is_caps(lines[start - 1]) and len(lines[start - 1]) <= _SIGNATURE_MAX_CHARS
    ):
        start -= 1
    recipients = list(lines[at + 1 :])
    end = next((i for i, ln in enumerate(recipients) if not _BULLET.match(ln)), len(recipients))
    signature = lines[start:at] + recipients[end:]
    return lines[:start], recipients[:end], signature


def _is_signature_line(line: str) -> bool:
    return len(line) <= _SIGNATURE_MAX_CHARS and not _SENTENCE_END.search(line)


def _split_article(lines: list[str]) -> tuple[str | None, list[str], list[str], list[str]]:
    """Split an article into dateline, headline lines, body paragraphs and trailer lines."""
    dateline = lines[0] if lines and _DATELINE.match(lines[0]) else None
    rest = lines[1:] if dateline else list(lines)
    title: list[str] = []
    while rest and len(rest) > 1 and _is_title_block([rest[0]]) and len(title) < 2:
        title.append(rest.pop(0))
    end = len(rest)
    while end > 0 and _is_signature_line(rest[end - 1]) and len(rest[end - 1]) <= 80:
        end -= 1
    return dateline, title, rest[:end], rest[end:]


def split_document(text: str) -> DocumentLayout:
    """Split a sample-style document text into header, body and closing parts.

    Args:
        text: The document as plain text (e.g. a file of ``data/raw``), any line endings.

    Returns:
        The layout parts. A text with no header at all (sample 001, a news article) comes back as an
        article: dateline, headline, body paragraphs and trailer lines.
    """
    builder = _Builder()
    for block in _blocks(text):
        builder.add_block(block)
    parts = builder.parts
    layout = DocumentLayout(
        issuer_lines=tuple(parts["issuer"]),
        number_line=builder.number,
        left_extra=tuple(parts["left"]),
        motto_lines=tuple(parts["motto"]),
        place_date=builder.place_date,
        type_line=builder.type_line,
        title_lines=tuple(parts["title"]),
        stamp_lines=tuple(parts["stamp"]),
    )
    if layout.is_article:
        dateline, title, body, trailer = _split_article(parts["rest"])
        return DocumentLayout(
            stamp_lines=layout.stamp_lines,
            dateline=dateline,
            title_lines=tuple(title),
            body=tuple(body),
            trailer_lines=tuple(trailer),
        )
    body, recipients, signature = _split_official_tail(parts["rest"])
    return replace(
        layout, body=tuple(body), recipients=tuple(recipients), signature_lines=tuple(signature)
    )
