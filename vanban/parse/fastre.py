"""Compile a pattern with the standard library's ``re`` when it can run there, else with ``regex``.

The ``regex`` package is needed for what ``re`` lacks (reverse searches, variable-width
look-behinds, ``\\p{…}`` classes), but each of its calls costs more: a short anchored ``match``
such as the symbol grammar at one offset takes 1.6 µs with ``regex`` and 0.5 µs with ``re``, and
the parser makes a few dozen such calls per citation.

:func:`compile` spells the Unicode properties ``re`` lacks (``\\p{L}``, ``\\p{Lu}``, ``\\p{Ll}``, and
bracket classes holding them) as the explicit characters ``regex`` gives them in the Basic
Multilingual Plane, and compiles the result with ``re``; what it cannot carry over goes to
``regex``. Normalized text holds nothing beyond the BMP and none of the few characters the
engines class differently as word characters or spaces (:func:`disagreements`), so both engines
give the same matches on the text the parser reads (tests/parse/test_fastre.py holds every
pattern to its ``regex`` twin). Patterns compile on
first use: listing the characters of a class takes a few milliseconds, which a command that
never parses (``vanban lineage``) should not pay at import.
"""

from __future__ import annotations

import array
import re
from functools import cache
from typing import Any

import regex

_PROPERTY = re.compile(r"\\[pP]\{\w+\}")
_CLASS_ESCAPES = re.compile(r"\\[pP]\{")


@cache
def _bmp() -> str:
    """Every character of the Basic Multilingual Plane once, in order: ``text[i] == chr(i)``."""
    return array.array("H", range(0x10000)).tobytes().decode("utf-16-le", "surrogatepass")


@cache
def _ranges(expr: str, flags: int) -> str:
    """The BMP characters ``regex`` matches with the class ``expr`` (``\\p{Lu}``, ``[^\\W\\d_]``…)
    under ``flags``, as one ``re`` bracket class (a bitmap test in ``re``): runs of code points
    found by one C scan. Text reaches these patterns normalized, with every character beyond
    the BMP mapped into it (``vanban.parse.normalize``), so the BMP is all there is to match."""
    out = []
    for run in regex.finditer(f"(?:{expr})+", _bmp(), flags):
        a, b = chr(run.start()), chr(run.end() - 1)
        out.append(re.escape(a) if a == b else f"{re.escape(a)}-{re.escape(b)}")
    return f"[{''.join(out)}]" if out else "(?!)"


class _Unsupported(Exception):
    """A construct this translation does not carry over (``regex`` compiles the pattern)."""


def _class_end(pattern: str, i: int) -> int:
    """The offset after the "]" closing the class that opens at ``pattern[i]``."""
    j = i + 1
    if pattern.startswith("^", j):
        j += 1
    if pattern.startswith("]", j):
        j += 1
    while j < len(pattern):
        if pattern[j] == "\\":
            j += 2
            continue
        if pattern[j] == "]":
            return j + 1
        j += 1
    raise _Unsupported("unclosed class")


def to_stdlib(pattern: str, flags: int = 0) -> str:
    """``pattern`` with its Unicode properties (``\\p{L}``, ``\\p{Lu}``…), which ``re`` lacks,
    spelled out as the characters ``regex`` gives them, alone or inside ``[…]`` (the whole
    bracket class is expanded). ``\\w``, ``\\d``, ``\\s``, ``\\b`` stay native: the characters the
    engines disagree on are normalized away (:func:`disagreements`). Raises ``_Unsupported``
    for what it does not translate (``\\X``, ``\\m``…)."""
    probe_flags = regex.IGNORECASE if flags & re.IGNORECASE or pattern.startswith("(?i)") else 0
    out, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "[":
            end = _class_end(pattern, i)
            text = pattern[i:end]
            out.append(_ranges(text, probe_flags) if _CLASS_ESCAPES.search(text) else text)
            i = end
            continue
        if ch == "\\":
            m = _PROPERTY.match(pattern, i)
            nxt = pattern[i + 1:i + 2]
            if m is not None:
                out.append(_ranges(m.group(), probe_flags))
                i = m.end()
                continue
            if nxt in ("X", "m", "M", "p", "P", "G", "K", "L"):
                raise _Unsupported(pattern[i:i + 2])
            out.append(pattern[i:i + 2])
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


@cache
def disagreements() -> tuple[frozenset[int], frozenset[int]]:
    """The BMP characters ``re`` and ``regex`` class differently as word characters (lone
    combining marks, numeric symbols such as "½" and "①", a few connectors and characters of a
    newer Unicode version) and as spaces (the separators U+001C-U+001F). Normalization maps them
    away (``vanban.parse.normalize``), so ``\\w``, ``\\b``, ``\\d`` and ``\\s`` can stay native."""
    def diff(expr: str) -> frozenset[int]:
        ours = {m.start() for m in re.finditer(expr, _bmp())}
        theirs = {m.start() for m in regex.finditer(expr, _bmp())}
        return frozenset(ours ^ theirs)
    return diff(r"\w") | diff(r"\d"), diff(r"\s")


def compile_now(pattern: str, flags: int = 0) -> re.Pattern[str] | regex.Pattern[str]:
    """``re.compile`` of :func:`to_stdlib` (``pattern``), or ``regex.compile`` when the
    translation or ``re`` cannot take it. ``flags`` are ``re`` flags (``re.I``, ``re.M``)."""
    try:
        compiled = re.compile(to_stdlib(pattern, flags), flags)
    except (re.error, _Unsupported):
        return regex.compile(pattern, flags)
    ON_STDLIB.append((pattern, flags, compiled))
    return compiled


_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A compiled pattern made on first use. Its first call compiles and stores the compiled
    pattern's methods on the instance, where later calls find them as plain attributes (no
    ``__getattr__`` hook: it would slow every attribute access down)."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    @property
    def compiled(self) -> re.Pattern[str] | regex.Pattern[str]:
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = compile_now(*self._source)
            self.__dict__["_compiled"] = compiled
            for method in _METHODS:
                self.__dict__[method] = getattr(compiled, method)
        return compiled

    def match(self, *args: Any) -> Any:
        return self.compiled.match(*args)

    def search(self, *args: Any) -> Any:
        return self.compiled.search(*args)

    def fullmatch(self, *args: Any) -> Any:
        return self.compiled.fullmatch(*args)

    def finditer(self, *args: Any) -> Any:
        return self.compiled.finditer(*args)

    def findall(self, *args: Any) -> Any:
        return self.compiled.findall(*args)

    def sub(self, *args: Any) -> Any:
        return self.compiled.sub(*args)

    def subn(self, *args: Any) -> Any:
        return self.compiled.subn(*args)

    def split(self, *args: Any) -> Any:
        return self.compiled.split(*args)

    @property
    def pattern(self) -> str:
        return self.compiled.pattern


ALL: list[LazyPattern] = []
ON_STDLIB: list[tuple[str, int, re.Pattern[str]]] = []
"""(pattern, flags, compiled) of every pattern compiled with ``re`` so far (for the test that
holds each to its ``regex`` twin; :func:`compile_all` compiles them all)."""


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001
    """A pattern compiled on first use with ``re`` (see the module docstring) or ``regex``."""
    lazy = LazyPattern(pattern, flags)
    ALL.append(lazy)
    return lazy


def compile_all() -> None:
    """Compile every pattern made so far (tests; a long run may call it to warm up)."""
    for lazy in ALL:
        lazy.compiled  # noqa: B018
