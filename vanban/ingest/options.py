"""Options of per-file extraction (what crosses to worker processes with each job)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class ExtractOptions(BaseModel):
    """How :func:`vanban.ingest.extract.extract_text` reads a file.

    The defaults are the measured best on this project's corpus (see ``bench/ingest_bench.py``).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    ocr_language: str = Field(default="vie", description="Tesseract language(s), e.g. 'vie+eng'.")
    dpi: int = Field(default=300, ge=72, le=1200, description="Rendering resolution for OCR.")
    ocr_timeout_s: float = Field(
        default=180.0, gt=0, description="Per-page Tesseract time limit; a page over it is empty."
    )
    force_ocr: bool = Field(default=False, description="OCR every PDF page, ignoring text layers.")
    min_quality: float = Field(
        default=0.6,
        ge=0,
        le=1,
        description="Text-layer pages scoring below this share of Vietnamese syllables are OCR'd.",
    )
    min_letters: int = Field(
        default=30,
        ge=0,
        description="Text-layer pages with fewer letters (a stamp, a page number) are OCR'd.",
    )
    body_psm: int = Field(default=3, ge=0, le=13, description="Tesseract page segmentation mode.")
    binarize: bool = Field(
        default=False, description="Otsu-binarise page images before OCR (greyscale otherwise)."
    )
    deskew: bool = Field(default=True, description="Detect orientation and straighten small skew.")
    header_layout: bool = Field(
        default=True,
        description="Put the two-column header of page 1 in reading order (left, then right).",
    )
    paragraphs: bool = Field(
        default=True,
        description="Join the wrapped lines of a text-layer page into paragraphs (line boxes).",
    )
    header_engine: Literal["pdfium", "pdfplumber"] = Field(
        default="pdfium",
        description="Where page-1 text positions come from: pypdfium2 characters or pdfplumber.",
    )
    max_image_pixels: int = Field(
        default=150_000_000,
        gt=0,
        description="Refuse images (and page renders) larger than this: decompression bombs.",
    )
