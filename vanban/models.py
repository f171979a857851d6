"""Typed records that cross a stage boundary: ingest -> parse -> store -> graph.

Everything here is a pydantic model so that it validates on the way in, serialises to JSON for
the store and for worker processes, and documents itself. Plain functions inside each stage work
on these records; nothing here knows how it is produced.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Relation = Literal["implements", "based_on", "guides", "amends", "replaces", "repeals", "cites"]
"""How a citing document uses the cited one (the JSON contract's closed set)."""

RELATIONS: tuple[str, ...] = (
    "implements",
    "based_on",
    "guides",
    "amends",
    "replaces",
    "repeals",
    "cites",
)

PageMethod = Literal["text_layer", "ocr", "converted", "plain_text"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------------------------
# ingest
# --------------------------------------------------------------------------------------------


class PageText(_Model):
    """One page of extracted text and how it was obtained (its provenance)."""

    number: int = Field(ge=1, description="1-based page number in the source file.")
    text: str = Field(description="NFC Unicode text of the page.")
    method: PageMethod = Field(description="text_layer, ocr, converted (docx/html/doc) or plain_text.")
    engine: str = Field(description="Engine that produced the text, e.g. 'pypdfium2', 'tesseract'.")
    engine_version: str | None = None
    encoding: str | None = Field(
        default=None, description="Detected source encoding for text inputs (utf-8, tcvn3, vni…)."
    )
    quality: float | None = Field(
        default=None, description="Text-quality score in [0, 1] used for the OCR decision."
    )
    ocr_confidence: float | None = Field(default=None, description="Mean Tesseract word confidence.")
    seconds: float = Field(default=0.0, ge=0, description="Wall time spent on this page.")
    warnings: list[str] = Field(default_factory=list)


PAGE_SEPARATOR = "\f"
"""Pages are joined with a form feed in ``ExtractedDocument.text``; offsets count it as one char."""


class ExtractedDocument(_Model):
    """What ingest hands to the parser: the text of one file, page by page."""

    source: str = Field(description="Path of the input file as given to ingest.")
    sha256: str = Field(description="Hex SHA-256 of the file's bytes (the store's identity).")
    size: int = Field(ge=0)
    kind: str = Field(description="Detected input kind: pdf, image, docx, doc, odt, rtf, html, text.")
    extractor_version: str
    pages: list[PageText]

    @property
    def text(self) -> str:
        """All pages joined with ``PAGE_SEPARATOR``; citation offsets index into this string."""
        return PAGE_SEPARATOR.join(p.text for p in self.pages)

    def page_at(self, offset: int) -> int:
        """Return the 1-based page number that holds character ``offset`` of ``text``."""
        pos = 0
        for page in self.pages:
            pos += len(page.text) + 1
            if offset < pos:
                return page.number
        return self.pages[-1].number if self.pages else 1


# --------------------------------------------------------------------------------------------
# parse
# --------------------------------------------------------------------------------------------


class Header(_Model):
    """The document's own identity, read from its first page (null where not printed)."""

    doc_type: str | None = Field(default=None, description="Spelled-out type, e.g. 'Chỉ thị'.")
    symbol: str | None = Field(default=None, description="Canonical number-symbol, e.g. '665-CT/ĐU'.")
    issuer: str | None = None
    parent_issuer: str | None = None
    place: str | None = None
    date: dt.date | None = None
    title: str | None = None
    signer: str | None = None
    signer_position: str | None = None
    recipients: list[str] = Field(default_factory=list)
    locality: str | None = Field(
        default=None, description="Province/city the issuing body belongs to, when known."
    )


class Citation(_Model):
    """One mention of another document, with where it stands in the extracted text."""

    symbol: str = Field(description="Canonical number-symbol (NFC, no spaces, 'Đ', plain '-').")
    doc_type: str | None = Field(default=None, description="Spelled-out type, e.g. 'Nghị quyết'.")
    date: dt.date | None = None
    issuer: str | None = None
    term: str | None = Field(default=None, description="Party/NA term (khóa) as a Roman numeral.")
    relation: Relation = "cites"
    text: str = Field(description="The citation as it stands in the extracted text.")
    start: int = Field(ge=0, description="Offset of the citation's first char in the text.")
    end: int = Field(ge=0, description="Offset one past its last char.")
    page: int = Field(default=1, ge=1)
    scope: str | None = Field(
        default=None,
        description="For local symbols (TU, HU, ĐU, UBND…): the locality or body it belongs to.",
    )
    flags: list[str] = Field(
        default_factory=list,
        description="Validation flags, e.g. 'year_mismatch', 'impossible_date', 'after_citing'.",
    )


class Reference(_Model):
    """A mention that names a document without a usable number-symbol (kept, never an edge)."""

    text: str
    doc_type: str | None = None
    number: str | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    page: int = Field(default=1, ge=1)


class RelationRecord(_Model):
    """A typed relation between two documents, identified by canonical symbol.

    ``source`` is the citing document's symbol, or its file name when it has no number.
    """

    source: str
    target: str
    relation: Relation
    start: int | None = None
    end: int | None = None


class ParsedDocument(_Model):
    """What the parser hands to the store and the graph."""

    source: str
    sha256: str | None = None
    kind: Literal["official", "article"] = "official"
    header: Header
    citations: list[Citation] = Field(default_factory=list)
    relations: list[RelationRecord] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    methods: list[PageMethod] = Field(
        default_factory=list, description="Extraction method of each page (for edge provenance)."
    )

    @property
    def name(self) -> str:
        """The document's symbol, or its file name when it carries none."""
        from pathlib import PurePath

        return self.header.symbol or PurePath(self.source).name

    def contract(self) -> dict[str, object]:
        """The stable JSON contract of ``vanban parse --format json`` (see the README)."""
        return {
            "source": self.source,
            "header": self.header.model_dump(mode="json"),
            "citations": [c.model_dump(mode="json") for c in self.citations],
            "relations": [r.model_dump(mode="json") for r in self.relations],
            "references": [r.model_dump(mode="json") for r in self.references],
        }


# --------------------------------------------------------------------------------------------
# runs
# --------------------------------------------------------------------------------------------


class FileFailure(_Model):
    """A file that could not be processed, and why (the batch went on)."""

    source: str
    reason: str
    error: str = Field(description="Exception class name.")


class RunSummary(_Model):
    """What ``ingest_folder`` reports at the end of a batch."""

    files: int = 0
    processed: int = 0
    skipped_unchanged: int = 0
    pages: int = 0
    ocr_pages: int = 0
    citations: int = 0
    documents_in_graph: int = 0
    unresolved: int = 0
    conflicts: int = 0
    failures: list[FileFailure] = Field(default_factory=list)
    seconds: float = 0.0
