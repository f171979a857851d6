"""The parser: extracted text -> header, citations, references and relations (issue #5).

Pipeline: ``normalize`` once (with an offset map) -> one symbol scan -> look left for the type
word, "số", issuer and relation cue, right for the date, issuer and term -> enumerations ->
validation flags. Public API: :func:`parse_document`, :func:`parse_file`,
:func:`parse_reference`.
"""

from __future__ import annotations

from pathlib import Path

from vanban import _native

_native.attach(__name__, __path__)  # compiled twins of hot modules first, when current

from vanban.models import ExtractedDocument, ParsedDocument
from vanban.parse.reference import RefQuery, parse_reference

__all__ = ["RefQuery", "parse_document", "parse_file", "parse_reference"]


def parse_document(doc: ExtractedDocument | str, *, source: str | None = None) -> ParsedDocument:
    """Parse one document.

    Args:
        doc: an :class:`~vanban.models.ExtractedDocument`, or a string taken as one page of text.
        source: overrides the source name (default: ``doc.source``, or "<text>" for a string).

    Returns:
        The header, the citations (offsets into ``doc.text``), unresolved references and the
        relation records (one per cited document, plus relations stated between cited ones).
    """
    from vanban.parse.document import build

    return build(doc, source)


def parse_file(path: str | Path) -> ParsedDocument:
    """Extract the text of ``path`` (``vanban.ingest.extract.extract_text``) and parse it."""
    try:
        from vanban.ingest.extract import extract_text
    except ImportError:  # the ingest stage is optional for plain text files
        extract_text = None
    path = Path(path)
    if extract_text is None and path.suffix.lower() == ".txt":
        from vanban.errors import InputFileError

        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputFileError(str(path), str(exc)) from exc
        return parse_document(text, source=str(path))
    if extract_text is None:
        from vanban.errors import MissingDependencyError

        raise MissingDependencyError(f"cannot read {path}: vanban.ingest.extract is not available")
    return parse_document(extract_text(path))
