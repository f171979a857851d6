"""The repo's own deterministic generator of Vietnamese document PDFs and page images.

Text-layer PDFs are laid out as real documents are (two-column header, centred type and title,
justified body, "Nơi nhận:" left and the signature right, page numbers from page 2); "scanned" PDFs
are the same pages rasterised, greyed, slightly rotated, blurred and noised, and embedded as
image-only pages. Same input and seed → same bytes (reportlab ``invariant=1``, seeded numpy RNG).

Fonts: DejaVu Serif and Sans from Debian's ``fonts-dejavu-core`` (see ``_textpdf``).
"""

from __future__ import annotations

import io
import os
import random
import tempfile
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

from vanban.testing._corpus import random_layout, sample_paragraphs
from vanban.testing._docsplit import DocumentLayout, split_document
from vanban.testing._textpdf import as_layout, font_path, text_pdf_bytes

__all__ = [
    "DocumentLayout",
    "degrade",
    "font_path",
    "render_page_image",
    "render_scanned_pdf",
    "render_text_pdf",
    "split_document",
    "synthetic_corpus",
    "text_pdf_bytes",
]

_PAPER = 238  # grey level of the scanned paper
_INK = 24  # grey level of the scanned ink


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    Path(tmp).replace(path)


def render_text_pdf(
    layout_or_text: DocumentLayout | str, path: str | os.PathLike[str], *, seed: int = 0
) -> Path:
    """Write an A4 text-layer PDF laid out like a real Vietnamese document.

    Args:
        layout_or_text: A :class:`DocumentLayout`, or plain text that :func:`split_document` splits.
        path: Output file (written atomically; parent folders are created).
        seed: Picks small layout variations (body size 13 or 14 pt); same seed → same bytes.

    Returns:
        The written path.
    """
    out = Path(path)
    _write_atomic(out, text_pdf_bytes(layout_or_text, seed=seed, title=out.stem))
    return out


def degrade(
    image: Image.Image,
    rng: np.random.Generator,
    *,
    noise: float = 1.0,
    rotation_deg: float = 0.0,
    seal: tuple[float, float, float] | None = None,
) -> Image.Image:
    """Make a clean greyscale page look scanned: paper tone, faint seal, rotation, blur, noise.

    Args:
        image: The clean page (any mode; converted to greyscale).
        rng: Seeded generator for the noise.
        noise: Noise scale; 0 gives a clean (only toned and rotated) page, 1 the default mild noise.
        rotation_deg: Counter-clockwise rotation in degrees.
        seal: ``(x, y, radius)`` in pixels of a faint round seal ring to draw, or None.

    Returns:
        A greyscale ("L") image of the same size.
    """
    page = image.convert("L").point(lambda v: _INK + v * (_PAPER - _INK) // 255)
    if seal is not None:
        x, y, r = seal
        draw = ImageDraw.Draw(page)
        for radius, width in ((r, max(2, int(r / 40))), (r * 0.8, max(1, int(r / 80)))):
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), outline=200, width=width)
    if rotation_deg:
        page = page.rotate(rotation_deg, resample=Image.Resampling.BICUBIC, fillcolor=_PAPER)
    if noise > 0:
        page = page.filter(ImageFilter.GaussianBlur(0.5 + 0.25 * noise))
        pixels = np.asarray(page, dtype=np.float32)
        pixels = pixels + rng.normal(0.0, 4.0 * noise, pixels.shape)
        specks = rng.random(pixels.shape) < 0.0002 * noise
        pixels[specks] = rng.uniform(40, 140, int(specks.sum()))
        page = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    return page


def _seal_position(
    page: pdfium.PdfPage, name: str, scale: float
) -> tuple[float, float, float] | None:
    """Pixel centre and radius of a seal over the signer's name, if the name is on this page."""
    textpage = page.get_textpage()
    found = textpage.search(name, match_case=True).get_next() if name else None
    if not found:
        return None
    left, bottom, right, top = textpage.get_charbox(found[0])
    height = page.get_height()
    return (left + 10 * mm) * scale, (height - top - 11 * mm) * scale, 15 * mm * scale


def render_scanned_pdf(
    layout_or_text: DocumentLayout | str,
    path: str | os.PathLike[str],
    *,
    dpi: int = 300,
    seed: int = 0,
    noise: float = 1.0,
    rotation_deg: float | None = None,
    jpeg_quality: int = 20,
) -> Path:
    """Write an image-only "scanned" PDF of the same pages :func:`render_text_pdf` lays out.

    Each page is rendered at ``dpi`` with pypdfium2, greyed, given a faint seal over the signer's
    name, rotated, blurred and noised (:func:`degrade`), and embedded as a greyscale JPEG filling
    the A4 page, so the PDF has no text layer and the image resolution is ``dpi``.

    Args:
        layout_or_text: A :class:`DocumentLayout` or plain text.
        path: Output file (written atomically).
        dpi: Scan resolution.
        seed: Seeds the noise and the per-page rotation.
        noise: Noise scale (0 = none, 1 = mild default).
        rotation_deg: Rotation of every page; None draws 0.3–1.2° per page with a random sign.
        jpeg_quality: JPEG quality of the embedded page images.

    Returns:
        The written path.
    """
    layout = as_layout(layout_or_text)
    out = Path(path)
    source = pdfium.PdfDocument(text_pdf_bytes(layout, seed=seed, title=out.stem))
    buf = io.BytesIO()
    pdf = rl_canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    pdf.setTitle(out.stem)
    pdf.setCreator("vanban.testing.pdfgen (scan)")
    name = layout.signature_lines[-1] if layout.signature_lines else ""
    for index in range(len(source)):
        page = source[index]
        rng = np.random.default_rng([seed, index])
        angle = rotation_deg
        if angle is None:
            angle = float(rng.uniform(0.3, 1.2) * rng.choice([-1.0, 1.0]))
        scale = dpi / 72
        clean = page.render(scale=scale).to_pil()
        image = degrade(
            clean, rng, noise=noise, rotation_deg=angle, seal=_seal_position(page, name, scale)
        )
        jpeg = io.BytesIO()
        image.save(jpeg, "JPEG", quality=jpeg_quality, optimize=True, dpi=(dpi, dpi))
        width, height = page.get_size()
        pdf.setPageSize((width, height))
        pdf.drawImage(ImageReader(jpeg), 0, 0, width=width, height=height)
        pdf.showPage()
    pdf.save()
    _write_atomic(out, buf.getvalue())
    return out


def render_page_image(
    text: str,
    *,
    dpi: int = 300,
    size: tuple[int, int] | None = None,
    font_size: float = 14.0,
    seed: int = 0,
    noise: float = 0.0,
    rotation_deg: float = 0.0,
) -> Image.Image:
    """Draw a few lines of text as a small greyscale page image (for OCR tests).

    Args:
        text: Lines separated by ``\\n``, drawn left-aligned in DejaVu Serif.
        dpi: Resolution used to turn ``font_size`` points into pixels.
        size: ``(width, height)`` in pixels; None fits the text with a 0.3-inch margin.
        font_size: Font size in points.
        seed: Seeds the noise.
        noise: Noise scale (0 = clean).
        rotation_deg: Counter-clockwise rotation in degrees.

    Returns:
        A greyscale ("L") image whose ``info["dpi"]`` is ``(dpi, dpi)``.
    """
    font = ImageFont.truetype(str(font_path("VBSerif")), round(font_size * dpi / 72))
    lines = text.splitlines() or [""]
    line_height = round(font_size * dpi / 72 * 1.45)
    margin = round(0.3 * dpi)
    if size is None:
        widest = max(font.getlength(line) for line in lines)
        size = (int(widest) + 2 * margin, line_height * len(lines) + 2 * margin)
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    for row, line in enumerate(lines):
        draw.text((margin, margin + row * line_height), line, font=font, fill=0)
    image = degrade(image, np.random.default_rng(seed), noise=noise, rotation_deg=rotation_deg)
    image.info["dpi"] = (dpi, dpi)
    return image


def _fit_pages(doc_seed: int, pages: int, paragraphs: list[str]) -> DocumentLayout:
    """The synthetic document with the most paragraphs that still fits in ``pages`` pages."""

    def build(count: int) -> DocumentLayout:
        return random_layout(random.Random(doc_seed), count, paragraphs)

    def page_count(count: int) -> int:
        return len(pdfium.PdfDocument(text_pdf_bytes(build(count), seed=doc_seed)))

    count = max(1, 4 * pages - 2)
    while count > 1 and page_count(count) > pages:
        count -= 1
    while page_count(count + 1) <= pages:
        count += 1
    return build(count)


def synthetic_corpus(
    out_dir: str | os.PathLike[str],
    *,
    n_text_pdfs: int = 20,
    n_scanned_pdfs: int = 4,
    pages_per_doc: int = 2,
    seed: int = 0,
) -> list[Path]:
    """Write a benchmark corpus of realistic synthetic Vietnamese documents.

    Documents are drawn from templates (Party and State issuers, numbers, dates, titles, body
    paragraphs that cite other documents) mixed with paragraphs of the bundled samples, and filled
    to ``pages_per_doc`` pages each.

    Args:
        out_dir: Folder to write to (created if needed).
        n_text_pdfs: Number of text-layer PDFs (``text_0000.pdf`` …).
        n_scanned_pdfs: Number of image-only scanned PDFs (``scan_0000.pdf`` …).
        pages_per_doc: Pages per document.
        seed: Corpus seed; the same arguments give the same files, byte for byte.

    Returns:
        The written paths, text PDFs first.
    """
    out = Path(out_dir)
    paragraphs = sample_paragraphs()
    paths: list[Path] = []
    for i in range(n_text_pdfs + n_scanned_pdfs):
        doc_seed = seed * 1_000_003 + i
        layout = _fit_pages(doc_seed, pages_per_doc, paragraphs)
        if i < n_text_pdfs:
            paths.append(render_text_pdf(layout, out / f"text_{i:04d}.pdf", seed=doc_seed))
        else:
            target = out / f"scan_{i - n_text_pdfs:04d}.pdf"
            paths.append(render_scanned_pdf(layout, target, seed=doc_seed))
    return paths
