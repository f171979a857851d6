"""The parser: extracted text -> header, citations, references and relations (issue #5).

Pipeline: ``normalize`` once (with an offset map) -> one symbol scan -> look left for the type
word, "số", issuer and relation cue, right for the date, issuer and term -> enumerations ->
validation flags. Public API: :func:`parse_document`, :func:`parse_file`,
:func:`parse_reference`.
"""

from __future__ import annotations

from vanban.parse.reference import RefQuery, parse_reference

__all__ = ["RefQuery", "parse_reference"]
