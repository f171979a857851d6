"""Factories for expected parser output, for table-driven tests and user fixtures.

A row of a citation table says what the parser must find in a piece of text. Writing the
expected values as small dicts keeps the tables short and readable::

    citation("25-NQ/TW", "Nghị quyết", "2013-06-03", "implements", term="XI")

The factories check their own arguments (canonical symbol, ISO date, known relation), so a typo
in a table fails loudly at collection time instead of producing a confusing mismatch.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from vanban.models import RELATIONS
from vanban.symbols import canonical_symbol

CORE_FIELDS: tuple[str, ...] = ("symbol", "doc_type", "date", "relation")
"""Fields every expected citation carries; ``issuer`` and ``term`` are compared only when given."""

OPTIONAL_FIELDS: tuple[str, ...] = ("issuer", "term")


def _iso_date(value: str | dt.date | None) -> str | None:
    """Return ``value`` as an ISO date string, checking that it is a real date."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return dt.date.fromisoformat(value).isoformat()


def citation(
    symbol: str,
    doc_type: str | None = None,
    date: str | dt.date | None = None,
    relation: str = "cites",
    *,
    issuer: str | None = None,
    term: str | None = None,
) -> dict[str, Any]:
    """Build the expected projection of one :class:`vanban.models.Citation`.

    Args:
        symbol: Canonical number-symbol ("25-NQ/TW"); a non-canonical spelling is an error.
        doc_type: Spelled-out type ("Nghị quyết"), or None when neither the text nor the
            symbol says it.
        date: ISO date ("2013-06-03") or a ``datetime.date``; None when the text gives none.
        relation: One of :data:`vanban.models.RELATIONS`.
        issuer: Expected issuer, compared only when given.
        term: Expected term (khóa) as a Roman numeral ("XI"), compared only when given.

    Returns:
        A dict with ``symbol``, ``doc_type``, ``date`` and ``relation``, plus ``issuer`` and
        ``term`` when given.

    Raises:
        ValueError: if the symbol is not canonical, the date is not ISO or the relation unknown.
    """
    if canonical_symbol(symbol) != symbol:
        raise ValueError(
            f"expected symbol {symbol!r} is not canonical: {canonical_symbol(symbol)!r}"
        )
    if relation not in RELATIONS:
        raise ValueError(f"unknown relation {relation!r}; expected one of {RELATIONS}")
    expected: dict[str, Any] = {
        "symbol": symbol,
        "doc_type": doc_type,
        "date": _iso_date(date),
        "relation": relation,
    }
    if issuer is not None:
        expected["issuer"] = issuer
    if term is not None:
        expected["term"] = term
    return expected


def reference(needle: str, doc_type: str | None = None) -> dict[str, Any]:
    """Build the expectation that ``needle`` (a piece of the text) is kept as a reference.

    Args:
        needle: The words of the unnumbered mention as they stand in the text
            ("Nghị quyết 18", "Luật Đất đai năm 2024"); a reference must overlap them.
        doc_type: Expected spelled-out type of the reference, compared only when given.

    Returns:
        A dict with ``needle`` and, when given, ``doc_type``.
    """
    if not needle.strip():
        raise ValueError("a reference needle must not be blank")
    expected: dict[str, Any] = {"needle": needle}
    if doc_type is not None:
        expected["doc_type"] = doc_type
    return expected
