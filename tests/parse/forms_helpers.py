"""Runner for the citation-form tables (``tests/parse/test_forms_*.py``, issue #5).

Each table is a list of :class:`Row`: a short realistic sentence, the citations the parser must
find in it (built with :func:`vanban.testing.citation`), and optionally the document's own
header and the unnumbered references it must keep. :func:`check_row` parses the text with
``vanban.parse.parse_document`` and compares a projection of every citation — symbol, type,
ISO date, relation, plus issuer/term where the row names them — in text order: nothing missing,
nothing invented. A failure prints the row text and a line diff.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest

from vanban.testing.factories import CORE_FIELDS, OPTIONAL_FIELDS


@dataclass(frozen=True)
class Row:
    """One form of the table: text -> expected citations (and references)."""

    id: str
    text: str
    expected: Sequence[dict[str, Any]]
    header: str | None = None
    """The citing document's own header, prepended to ``text`` when given."""
    refs: Sequence[dict[str, Any]] = field(default_factory=tuple)
    """Unnumbered mentions (built with ``vanban.testing.reference``) that must be references."""

    @property
    def full_text(self) -> str:
        """The text handed to the parser: header block, blank line, body."""
        return f"{self.header}\n\n{self.text}" if self.header else self.text


def params(rows: Iterable[Row]) -> list[Any]:
    """Turn rows into ``pytest.param`` objects with readable ids (ids must be unique)."""
    rows = list(rows)
    seen: set[str] = set()
    for row in rows:
        if row.id in seen:
            raise ValueError(f"duplicate row id {row.id!r}")
        seen.add(row.id)
    return [pytest.param(row, id=row.id) for row in rows]


def party_header(parent: str, issuer: str, number: str, place_date: str, title: str) -> str:
    """A Party header block as text extraction gives it (one column after the other)."""
    return (
        f"{parent}\n{issuer}\n*\nSố {number}\n\nĐẢNG CỘNG SẢN VIỆT NAM\n{place_date}\n\n{title}"
    )


def state_header(parent: str, issuer: str, number: str, place_date: str, title: str) -> str:
    """A State header block (Quốc hiệu, Tiêu ngữ, Số:, place and date, type and summary)."""
    parent_line = f"{parent}\n" if parent else ""
    return (
        f"{parent_line}{issuer}\n-------\nSố: {number}\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
        f"{place_date}\n\n{title}"
    )


class _Any:
    """Wildcard for an optional field a given expected citation does not specify."""

    def __eq__(self, other: object) -> bool:
        return True

    def __repr__(self) -> str:
        return "*"


ANY = _Any()


def _keys(expected: Sequence[dict[str, Any]]) -> tuple[str, ...]:
    extra = [k for k in OPTIONAL_FIELDS if any(k in e for e in expected)]
    return (*CORE_FIELDS, *extra)


def project(citation: Any, keys: Sequence[str]) -> dict[str, Any]:
    """The compared fields of a parsed :class:`vanban.models.Citation`."""
    out = {k: getattr(citation, k) for k in keys}
    out["date"] = citation.date.isoformat() if citation.date else None
    return out


def _line(values: dict[str, Any], keys: Sequence[str]) -> str:
    return " | ".join(repr(values.get(k, ANY)) for k in keys)


def _diff(expected: list[dict[str, Any]], actual: list[dict[str, Any]], keys: Sequence[str]) -> str:
    shown_actual = []
    for i, act in enumerate(actual):
        exp = expected[i] if i < len(expected) else {}
        shown_actual.append({k: (ANY if k not in exp and k not in CORE_FIELDS else v)
                             for k, v in act.items()})
    exp_lines = [_line(e, keys) for e in expected]
    act_lines = [_line(a, keys) for a in shown_actual]
    diff = difflib.ndiff(exp_lines, act_lines)
    return "\n".join(["  (- expected, + parsed) " + " | ".join(keys), *("  " + d for d in diff)])


def _matches(expected: list[dict[str, Any]], actual: list[dict[str, Any]]) -> bool:
    if len(expected) != len(actual):
        return False
    return all(all(exp.get(k, ANY) == act[k] for k in act) for exp, act in zip(expected, actual))


def _check_references(row: Row, parsed: Any) -> list[str]:
    problems = []
    text = row.full_text
    for ref in row.refs:
        start = text.find(ref["needle"])
        if start < 0:
            raise ValueError(f"row {row.id}: needle {ref['needle']!r} is not in the text")
        end = start + len(ref["needle"])
        hits = [r for r in parsed.references if r.start < end and r.end > start]
        if "doc_type" in ref:
            hits = [r for r in hits if r.doc_type == ref["doc_type"]]
        if not hits:
            found = [(r.text, r.doc_type) for r in parsed.references]
            problems.append(f"  no reference over {ref['needle']!r}; references: {found}")
    return problems


def _check_spans(row: Row, parsed: Any) -> list[str]:
    text = row.full_text
    return [
        f"  span {c.start}:{c.end} of {c.symbol!r} is {text[c.start:c.end]!r}, not {c.text!r}"
        for c in parsed.citations
        if text[c.start:c.end] != c.text
    ]


def check_row(row: Row) -> None:
    """Parse ``row`` and assert the citations (and references) are exactly the expected ones."""
    from vanban.parse import parse_document

    parsed = parse_document(row.full_text, source="row.txt")
    keys = _keys(row.expected)
    expected = list(row.expected)
    actual = [project(c, keys) for c in parsed.citations]
    problems = []
    if not _matches(expected, actual):
        problems.append(_diff(expected, actual, keys))
    problems += _check_references(row, parsed)
    problems += _check_spans(row, parsed)
    if problems:
        shown = row.text if len(row.text) < 600 else row.text[:600] + "…"
        pytest.fail(f"row {row.id}\n  text: {shown!r}\n" + "\n".join(problems), pytrace=False)
