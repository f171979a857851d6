"""Custom reportlab flowables of the generator: the two-column header and a received stamp.

The header is drawn column by column (left column complete, then the right one) so that a text
extractor meets "issuer … Số …" together and "motto … place, date" together, with the number line
and the place-date line on the same baseline as in real documents (§1.4 and §3.2 of the domain
spec).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from vanban.testing._docsplit import DocumentLayout

_LEFT_SHARE = 0.42  # share of the header width taken by the issuer column
_OVERHANG = 12 * mm  # the header reaches this far into the left margin
_CONDENSE = 92.0  # horizontal scale (%) of header lines
_SHEAR = 0.21  # slant of the synthetic italic (tan of ~12°)
_STAMP_INK = colors.Color(0.28, 0.22, 0.55)


@dataclass(frozen=True)
class _Line:
    text: str
    font: str
    size: float
    italic: bool = False
    rule: float = 0.0  # length of the rule under the line, as a share of the text width


def _fit(text: str, font: str, size: float, width: float) -> tuple[float, float]:
    """Size and horizontal scale (%) at which ``text`` fits in ``width``.

    DejaVu is wider than the Times faces offices use, so header lines are condensed first (down to
    80 %, which extraction does not notice), then made smaller (down to 9 pt).
    """
    natural = stringWidth(text, font, size) / 0.93
    scale = min(_CONDENSE, max(80.0, 100.0 * width / natural))
    if natural * scale / 100 <= width:
        return size, scale
    return max(9.0, size * width / (natural * scale / 100)), scale


def _left_lines(layout: DocumentLayout) -> tuple[list[_Line], list[_Line]]:
    """Issuer lines (parent plain, issuing body bold) and the lines from "Số …" down."""
    issuers = [ln for ln in layout.issuer_lines if ln.strip("*")]
    head: list[_Line] = []
    for i, text in enumerate(issuers):
        bold = i == len(issuers) - 1
        head.append(_Line(text, "VBSerif-Bold" if bold else "VBSerif", 12.5))
    if any(not ln.strip("*") for ln in layout.issuer_lines):
        head.append(_Line("*", "VBSerif", 12.5))
    elif head:
        head[-1] = _Line(head[-1].text, head[-1].font, head[-1].size, rule=0.4)
    tail = [_Line(layout.number_line, "VBSerif", 13)] if layout.number_line else []
    tail += [_Line(text, "VBSerif", 12) for text in layout.left_extra]
    return head, tail


def _right_lines(layout: DocumentLayout) -> tuple[list[_Line], list[_Line]]:
    """Party title or Quốc hiệu + Tiêu ngữ (rule under the last), then the place-date line."""
    head = [
        _Line(text, "VBSerif-Bold", 12.5 if "CỘNG HÒA" in text.upper() else 13)
        for text in layout.motto_lines
    ]
    if head:
        head[-1] = _Line(head[-1].text, head[-1].font, head[-1].size, rule=1.0)
    tail = [_Line(layout.place_date, "VBSerif", 13, italic=True)] if layout.place_date else []
    return head, tail


class HeaderBlock(Flowable):
    """The two-column header of an official document."""

    def __init__(self, layout: DocumentLayout, width: float) -> None:
        super().__init__()
        self.width = width
        span, x0 = width + _OVERHANG, -_OVERHANG
        self.columns = (
            (x0, span * _LEFT_SHARE, *_left_lines(layout)),
            (x0 + span * _LEFT_SHARE, span * (1 - _LEFT_SHARE), *_right_lines(layout)),
        )
        self.head_height = max(self._height(col[2]) for col in self.columns)
        self.height = self.head_height + max(self._height(col[3]) for col in self.columns) + 4

    @staticmethod
    def _height(lines: list[_Line]) -> float:
        return sum(line.size * 1.3 + (0.35 * line.size + 3 if line.rule else 0) for line in lines)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Fixed size: the whole text width and the taller column."""
        return self.width, self.height

    def draw(self) -> None:
        """Draw the left column, then the right one; the number and place-date share a baseline."""
        for x0, col_width, head, tail in self.columns:
            y = self.height
            for line in head:
                y = self._draw_line(line, x0, col_width, y)
            y = self.height - self.head_height - (2 if head else 0)
            for line in tail:
                y = self._draw_line(line, x0, col_width, y)

    def _draw_line(self, line: _Line, x0: float, col_width: float, top: float) -> float:
        """Draw one centred line below ``top``; return the top of the next line."""
        size, scale = _fit(line.text, line.font, line.size, col_width)
        baseline = top - line.size * 1.05
        centre = x0 + col_width / 2
        text_width = stringWidth(line.text, line.font, size) * scale / 100
        canvas = self.canv
        text = canvas.beginText()
        text.setFont(line.font, size)
        text.setHorizScale(scale)
        shear = _SHEAR if line.italic else 0.0
        text.setTextTransform(1, 0, shear, 1, centre - text_width / 2, baseline)
        text.textOut(line.text)
        canvas.drawText(text)
        if not line.rule:
            return top - line.size * 1.3
        rule, rule_y = min(text_width, col_width) * line.rule, baseline - 0.6 * line.size
        canvas.setLineWidth(0.6)
        canvas.line(centre - rule / 2, rule_y, centre + rule / 2, rule_y)
        return rule_y - 3


class StampBox(Flowable):
    """A received stamp ("CÔNG VĂN ĐẾN", "ĐẾN Số: … Ngày: …") as a box at the left edge."""

    font, size, leading = "VBSans", 9.0, 12.0

    def __init__(self, lines: tuple[str, ...]) -> None:
        super().__init__()
        self.title = lines[0] if "\t" not in lines[0] else ""
        self.rows = self._rows(lines[1:] if self.title else lines)
        self.left_width = max(
            (stringWidth(a, self.font, self.size) for a, _ in self.rows), default=0
        )
        widths = [stringWidth(b, self.font, self.size) for _, b in self.rows]
        widths.append(stringWidth(self.title, "VBSans-Bold", self.size) - self.left_width - 8)
        self.box_width = self.left_width + max(widths) + 22
        self.box_height = self.leading * (len(self.rows) + (1 if self.title else 0)) + 8

    @staticmethod
    def _rows(lines: tuple[str, ...]) -> list[tuple[str, str]]:
        """Split each line at its tab; a line without a tab continues the right-hand column."""
        rows: list[tuple[str, str]] = []
        for line in lines:
            left, _, right = line.partition("\t")
            rows.append((left.strip(), right.strip()) if right else ("", left.strip()))
        return rows

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The box plus a little air above and below."""
        return self.box_width, self.box_height + 10 * mm

    def draw(self) -> None:
        """Draw the box, its bold title line and the two columns of fields."""
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(_STAMP_INK)
        canvas.setFillColor(_STAMP_INK)
        canvas.setLineWidth(1.3)
        bottom = 5 * mm
        canvas.roundRect(0, bottom, self.box_width, self.box_height, 3)
        y = bottom + self.box_height - 4 - self.size
        if self.title:
            canvas.setFont("VBSans-Bold", self.size)
            canvas.drawString(6, y, self.title)
            y -= self.leading
        canvas.setFont(self.font, self.size)
        for left, right in self.rows:
            canvas.drawString(6, y, left)
            canvas.drawString(14 + self.left_width, y, right)
            y -= self.leading
        canvas.restoreState()
