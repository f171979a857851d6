"""Lines of a document's header zone: each with its offset, cleaned of markup on demand.

Shared by the header parser (:mod:`vanban.parse.header`) and the received-stamp finder
(:mod:`vanban.parse.stamps`).
"""

from __future__ import annotations

from vanban.parse import fastre

MOTTO = fastre.compile(  # the national motto or "ĐẢNG CỘNG SẢN VIỆT NAM": never issuer nor stamp
    r"(?i)c[ộo]ng\s+h[òoó][aà]\s+x[ãa]\s+h[ộo]i\s+ch[ủu]\s+ngh[ĩi]a\s+vi[ệe]t\s+nam|[đd][ộo]c\s+l[ậa]p\s*-?\s*t[ựu]\s+do"
    r"\s*-?\s*h[ạa]nh\s+ph[úu]c|[đd][ảa]ng\s+c[ộo]ng\s+s[ảa]n\s+vi[ệe]t\s+nam"  # also typed without diacritics
)
LONG_LINE = 300
"""Header lines are short; longer lines are body text and are not searched for header parts."""


class Line:
    """A line of the normalized text and its offset; ``clean`` is its text without markdown marks
    and outer spaces, computed on first use (a plain slot: no ``__getattr__`` hook or property,
    which would slow down every read of ``text`` and ``start``)."""

    __slots__ = ("text", "start", "_clean")

    def __init__(self, text: str, start: int) -> None:
        self.text, self.start = text, start
        self._clean: str | None = None

    @property
    def clean(self) -> str:
        clean = self._clean
        if clean is None:
            clean = self._clean = clean_line(self.text)
        return clean

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Line) and (self.text, self.start) == (other.text, other.start)

    def __repr__(self) -> str:
        return f"Line(text={self.text!r}, start={self.start})"


def clean_line(text: str) -> str:
    return text.replace("\\*", "*").strip(" \t*_#>").strip()


_LINE_GUESS = 160
"""Characters per line the bounded split of :func:`raw_lines` allows for (longer: a slow walk)."""


def raw_lines(text: str, start: int = 0, limit: int | None = None) -> list[str]:
    """Lines of ``text`` from ``start`` (at most ``limit``), without splitting the whole text."""
    end = len(text)
    if limit is not None:
        reach = start + limit * _LINE_GUESS
        parts = text[start:reach].split("\n", limit)
        if len(parts) > limit:  # one C split of a bounded slice gives the ``limit`` lines
            del parts[limit:]
            return parts
        if reach >= end:
            return parts
        end = start - 1
        for _ in range(limit):
            end = text.find("\n", end + 1)
            if end < 0:
                end = len(text)
                break
    return text[start:end].split("\n")


def header_lines(text: str, start: int = 0, limit: int | None = None) -> list[Line]:
    """:func:`raw_lines` with their offsets."""
    out, pos = [], start
    for raw in raw_lines(text, start, limit):
        out.append(Line(raw, pos))
        pos += len(raw) + 1
    return out


def is_caps(text: str) -> bool:
    return text.isupper() and len(text.strip()) >= 2
