"""Clause boundaries: where a cue word stops governing the citations after it.

A clause runs to the sentence end, and across ";", ":" and line breaks only while the next item
is again a document ("quán triệt … cụ thể là: A, B, C và D"). A ";" or a sentence end before a
numbered list item that cites a document is *soft*: the clause goes on only when the clause
before it already cited one (``relations.assign_relations`` decides). A line the layout wrapped
mid-sentence and a list mark's "." ("1. Nghị định số …") end nothing.
"""

from __future__ import annotations

import re

from vanban.parse import fastre, patterns
from vanban.parse.normalize import Normalized, fold
from vanban.parse.scan import matches_at, positions
from vanban.parse.tables import TYPE_ABBREVIATIONS, TYPE_WORDS

_SENTENCE_END = fastre.compile(patterns.SENTENCE_END)
_LINE_BREAK = fastre.compile(patterns.LINE_BREAK)
_ITEM_START = re.compile(patterns.ITEM_START_PREFIX)
# A type word at the start of the next 30 characters (the ``endpos`` of the match), whitespace
# runs counting as one space: a one-word type ends at a space or the window end ("luật."
# is not one), a longer one at anything but a letter or digit.
# A numbered item without its type word ("các Nghị quyết của Chính phủ: số 01/NQ-CP …, số
# 02/NQ-CP …") continues the enumeration too.
# An abbreviated type word counts before "số" only ("…; TT số 01/2011/TT-BNV").
_ITEM_HEAD = re.compile(r"\s*(?:" + "|".join(
    t.key.replace(" ", r"\s+") + (r"(?![^\W_])" if " " in t.key else r"(?=\s|\Z)")
    for t in TYPE_WORDS) + r"|(?:" + "|".join(sorted({fold(a).lower() for a in TYPE_ABBREVIATIONS},
                                                    key=len, reverse=True))
    + r")\s{1,3}so\b|so\s{0,2}:?\s{0,2}\d)")
ITEM_REACH = 30


def starts_item(folded: str, pos: int) -> bool:
    """Whether an enumeration item (a type word, maybe after a list mark, "và", "các") starts
    at ``pos``: then ";", ":" or a line break there does not end the clause."""
    at = _ITEM_START.match(folded, pos).end()  # type: ignore[union-attr]  # all optional
    return _ITEM_HEAD.match(folded, at, at + ITEM_REACH) is not None


def find_boundaries(norm: Normalized, windows: list[tuple[int, int]] | None = None,
                    soft: list[int] | None = None) -> list[int]:
    """Offsets where a clause ends (see the module docstring), within ``windows``.

    A ";" followed by a document ("…; Quyết định số …") goes to ``soft``: it continues an
    enumeration only when the clause before it already cited a document. Sentence ends and
    semicolons start with rare characters (``patterns.*_CHARS``), found with ``str.find``.
    """
    text, folded = norm.text, norm.folded
    ends = []
    for lo, hi in windows if windows is not None else [(0, len(text))]:
        # a letter or digit right after the mark ("12.1", "v.v.") fails the regex's look-ahead
        starts = [at for at in positions(text, patterns.SENTENCE_END_CHARS, lo, hi)
                  if (at + 1 >= hi or not text[at + 1].isalnum()) and not _list_mark(text, at)]
        for m in matches_at(_SENTENCE_END, text, starts, hi):
            if soft is not None and text[m.end():m.end() + 1] == "\n" and _next_item(folded, m.end()):
                soft.append(m.end())  # "…nước ngoài.\n2. Nghị định số …": the next list item
            else:
                ends.append(m.end())
        for at in positions(text, patterns.SEMICOLON_CHARS, lo, hi):
            if not starts_item(folded, at + 1):
                ends.append(at + 1)
            elif soft is not None and text[at] == ";":
                soft.append(at + 1)
        for m in _LINE_BREAK.finditer(text, lo, hi):  # frequent "\n": the regex scan is faster
            before = text[max(0, m.start() - 1)]
            if _wrapped(text, m.start(), m.end()):
                continue  # a line wrapped mid-sentence ("… của Ban Chấp hành\nTrung ương về …")
            if not starts_item(folded, m.end()) or before in ".!?" and not (
                    soft is not None and _next_item(folded, m.start())):
                ends.append(m.end())
    return sorted(set(ends))


_NUMBER_NEXT = re.compile(r"\s{0,3}(?:so\b|\d)")  # "Nghị định số …", not "Nghị quyết này"
_LIST_MARK = re.compile(r"\s{1,4}(?:\d{1,2}[.)\-]|[a-z][.)])\s{1,3}(?:cac\s{1,3})?")


def _next_item(folded: str, pos: int) -> bool:
    """Whether a numbered list item citing a document begins after ``pos`` ("\n2. Nghị định
    số …", "\nb) Các Nghị định số …"; not "\n3. Nghị quyết này …")."""
    m = _LIST_MARK.match(folded, pos)
    if m is None:
        return False
    head = _ITEM_HEAD.match(folded, m.end(), m.end() + ITEM_REACH)
    return head is not None and _NUMBER_NEXT.match(folded, head.end()) is not None


_WRAP_WIDTH = 60
"""A line this long or longer that ends inside a sentence was wrapped by the layout."""


def _wrapped(text: str, brk: int, nxt: int) -> bool:
    """Whether the line break at ``brk`` only wraps a sentence: one line break, the line before
    is long and ends in a letter or a comma, and the next one starts with a capitalised word
    (no list mark, number or "Căn cứ"/"Điều" heading)."""
    if text.count("\n", brk, nxt) != 1:
        return False
    prev = text.rfind("\n", 0, brk) + 1
    last = text[brk - 1:brk]
    if brk - prev < _WRAP_WIDTH or not (last.isalpha() or last == ","):
        return False
    head = text[nxt:nxt + 8]
    return head[:1].isalpha() and head[:1].isupper() and not head.startswith(_HEADINGS)


_HEADINGS = ("Căn cứ", "Điều", "Chương", "Mục", "Phần", "Thực hiện", "Theo đề")


def _list_mark(text: str, at: int) -> bool:
    """Whether the "." at ``at`` ends a list mark opening its line ("1. Nghị định số …",
    "a. Quyết định …"): the items of "Bãi bỏ các văn bản sau đây:" stay in its clause."""
    line = text.rfind("\n", max(0, at - 5), at)
    if line < 0 and at > 4:
        return False
    mark = text[line + 1:at].strip(" \t")
    return 0 < len(mark) <= 2 and (mark.isdigit() or len(mark) == 1 and mark.islower())
