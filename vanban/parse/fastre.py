"""Compile a pattern with the standard library's ``re`` when it can run there, else with ``regex``.

The ``regex`` package is needed for what ``re`` lacks (reverse searches, variable-width
look-behinds, ``\\p{…}`` classes), but each of its calls costs more: a short anchored ``match``
such as the symbol grammar at one offset takes 1.6 µs with ``regex`` and 0.5 µs with ``re``, and
the parser makes a few dozen such calls per citation. :func:`compile` spells the Unicode letter
classes the patterns use (``\\p{L}``, ``\\p{Lu}``, ``\\p{Ll}``) as explicit ``re`` classes of the
Basic Multilingual Plane and falls back to ``regex`` when ``re`` rejects the pattern.

Both engines give the same matches on these patterns (tests/parse/test_fastre.py checks every
pattern compiled here against its ``regex`` twin on adversarial text); the exceptions are
letters outside the BMP, which no Vietnamese document contains.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import regex

_PROPERTY = re.compile(r"\\p\{(L|Lu|Ll)\}")


@cache
def _ranges(category: str) -> str:
    """The BMP characters of a general category ("L" = every letter) as ``re`` class ranges."""
    def wanted(ch: str) -> bool:
        cat = unicodedata.category(ch)
        return cat.startswith("L") if category == "L" else cat == category

    out, start = [], None
    for code in range(0x10000):
        if wanted(chr(code)):
            if start is None:
                start = code
        elif start is not None:
            out.append((start, code - 1))
            start = None
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                   for a, b in out)


def to_stdlib(pattern: str) -> str:
    """``pattern`` with its ``\\p{L}``/``\\p{Lu}``/``\\p{Ll}`` written as explicit classes."""
    out, pos, in_class, i = [], 0, False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            m = _PROPERTY.match(pattern, i)
            if m is not None:
                out.append(pattern[pos:i])
                ranges = _ranges(m.group(1))
                out.append(ranges if in_class else f"[{ranges}]")
                pos = i = m.end()
                continue
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
            if pattern.startswith("[^]", i) or pattern.startswith("[]", i):
                i += 2 if pattern[i + 1] == "]" else 3
                continue
        elif ch == "]" and in_class:
            in_class = False
        i += 1
    out.append(pattern[pos:])
    return "".join(out)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str] | regex.Pattern[str]:  # noqa: A001
    """``re.compile`` of :func:`to_stdlib` (``pattern``), or ``regex.compile`` when ``re``
    cannot compile it. ``flags`` are ``re`` flags (``re.I``, ``re.M``)."""
    try:
        compiled = re.compile(to_stdlib(pattern), flags)
    except re.error:
        return regex.compile(pattern, flags)
    ON_STDLIB.append((pattern, flags, compiled))
    return compiled


ON_STDLIB: list[tuple[str, int, re.Pattern[str]]] = []
"""(pattern, flags, compiled) of every pattern :func:`compile` gave to ``re`` (for the test
that holds each to its ``regex`` twin)."""
