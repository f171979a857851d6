"""Text-layer PDF layout of the generator: fonts, paragraph styles and the page story.

Fonts: DejaVu Serif and Sans from Debian's ``fonts-dejavu-core`` (regular and bold only; italics
are drawn as a sheared regular face so that no other font package is needed).
"""

from __future__ import annotations

import functools
import io
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from vanban.errors import MissingDependencyError
from vanban.testing._docsplit import DocumentLayout, split_document
from vanban.testing._pdfblocks import HeaderBlock, StampBox

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_FONT_FILES = {
    "VBSerif": "DejaVuSerif.ttf",
    "VBSerif-Bold": "DejaVuSerif-Bold.ttf",
    "VBSans": "DejaVuSans.ttf",
    "VBSans-Bold": "DejaVuSans-Bold.ttf",
}
_MARGINS = {
    "leftMargin": 30 * mm,
    "rightMargin": 20 * mm,
    "topMargin": 20 * mm,
    "bottomMargin": 20 * mm,
}


def font_path(name: str = "VBSerif") -> Path:
    """Return the TrueType file behind one of the generator's font names.

    Args:
        name: ``VBSerif``, ``VBSerif-Bold``, ``VBSans`` or ``VBSans-Bold``.

    Raises:
        MissingDependencyError: The DejaVu fonts are not installed.
    """
    path = FONT_DIR / _FONT_FILES[name]
    if not path.is_file():
        raise MissingDependencyError(
            f"font {path} not found: install the Debian package fonts-dejavu-core "
            "(sudo apt-get install fonts-dejavu-core)"
        )
    return path


@functools.cache
def register_fonts() -> None:
    """Register the DejaVu faces with reportlab once per process."""
    for name in _FONT_FILES:
        pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
    pdfmetrics.registerFontFamily("VBSerif", normal="VBSerif", bold="VBSerif-Bold")


def as_layout(layout_or_text: DocumentLayout | str) -> DocumentLayout:
    return (
        layout_or_text
        if isinstance(layout_or_text, DocumentLayout)
        else split_document(layout_or_text)
    )


def _styles(seed: int) -> dict[str, ParagraphStyle]:
    """Paragraph styles; the seed picks the body size (13 or 14 pt) as offices do."""
    size = 13.0 if seed % 2 == 0 else 14.0
    base = ParagraphStyle("base", fontName="VBSerif", fontSize=size, leading=size * 1.32)
    bold = ParagraphStyle(
        "bold", base, fontName="VBSerif-Bold", alignment=TA_CENTER, fontSize=14, leading=18
    )
    return {
        "body": ParagraphStyle(
            "body", base, alignment=TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=5
        ),
        "type": ParagraphStyle("type", bold, spaceBefore=14, fontSize=14.5),
        "title": bold,
        "label": ParagraphStyle("label", base, fontName="VBSerif-Bold", fontSize=11.5, leading=14),
        "recipient": ParagraphStyle("recipient", base, fontSize=10.5, leading=13),
        "sign": ParagraphStyle("sign", bold, fontSize=13, leading=16.5),
        "dateline": ParagraphStyle(
            "dateline", base, fontSize=11, textColor=colors.HexColor("#444444")
        ),
        "headline": ParagraphStyle(
            "headline",
            base,
            fontName="VBSerif-Bold",
            fontSize=16,
            leading=20.5,
            spaceBefore=4,
            spaceAfter=10,
            alignment=TA_LEFT,
        ),
        "trailer": ParagraphStyle("trailer", base, fontSize=11, leading=14, alignment=TA_RIGHT),
    }


def _closing(layout: DocumentLayout, styles: dict[str, ParagraphStyle], width: float) -> Table:
    """ "Nơi nhận:" and its items on the left, authority lines and signer on the right."""
    left: list[Flowable] = []
    if layout.recipients:
        left.append(Paragraph("Nơi nhận:", styles["label"]))
        left += [Paragraph(escape(item), styles["recipient"]) for item in layout.recipients]
    right: list[Flowable] = []
    *authority, name = layout.signature_lines or ("",)
    right += [Paragraph(escape(line), styles["sign"]) for line in authority]
    if name:
        right += [Spacer(1, 24 * mm), Paragraph(escape(name), styles["sign"])]
    table = Table([[left, right]], colWidths=[0.5 * width, 0.5 * width])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _story(layout: DocumentLayout, seed: int, width: float) -> list[Flowable]:
    """The flowables of one document, top to bottom."""
    styles = _styles(seed)
    story: list[Flowable] = []
    if layout.is_article:
        if layout.dateline:
            story.append(Paragraph(escape(layout.dateline), styles["dateline"]))
        story += [Paragraph(escape(line), styles["headline"]) for line in layout.title_lines]
    else:
        story.append(HeaderBlock(layout, width))
    if layout.stamp_lines:
        story.append(StampBox(layout.stamp_lines))
    if layout.type_line:
        story.append(Paragraph(escape(layout.type_line), styles["type"]))
    if not layout.is_article:
        story += [Paragraph(escape(line), styles["title"]) for line in layout.title_lines]
        story += [
            Spacer(1, 5),
            HRFlowable(width=38 * mm, thickness=0.7, color=colors.black, spaceAfter=12),
        ]
    story += [Paragraph(escape(par), styles["body"]) for par in layout.body]
    story += [Paragraph(escape(line), styles["trailer"]) for line in layout.trailer_lines]
    if layout.recipients or layout.signature_lines:
        story += [Spacer(1, 8), _closing(layout, styles, width)]
    return story


def _page_number(canvas: Canvas, doc: SimpleDocTemplate) -> None:
    """Page numbers at the top centre from page 2 on (Nghị định 30/2020 style)."""
    canvas.saveState()
    canvas.setFont("VBSerif", 13)
    canvas.drawCentredString(doc.pagesize[0] / 2, doc.pagesize[1] - 12 * mm, str(doc.page))
    canvas.restoreState()


def text_pdf_bytes(
    layout_or_text: DocumentLayout | str, *, seed: int = 0, title: str = ""
) -> bytes:
    """Render a document to text-layer PDF bytes (see :func:`render_text_pdf`)."""
    register_fonts()
    layout = as_layout(layout_or_text)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        invariant=1,
        pageCompression=1,
        title=title,
        author="vanban",
        creator="vanban.testing.pdfgen",
        **_MARGINS,
    )
    doc.build(_story(layout, seed, doc.width), onLaterPages=_page_number)
    return buf.getvalue()
