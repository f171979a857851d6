"""The parser's patterns compiled with the standard library's ``re`` (``vanban.parse.fastre``)
match exactly as their ``regex`` twins on the text the parser reads (normalized: Basic
Multilingual Plane only): same span and groups at every offset of real documents and of
adversarial text, and the same full matches over random stretches."""

from __future__ import annotations

import random
from functools import lru_cache
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import vanban.parse  # noqa: F401  (imports every parser module: their patterns register)
from vanban.parse import citations, document, header, references, relations  # noqa: F401
from vanban.parse.fastre import ON_STDLIB, compile_all, to_stdlib
from vanban.parse.normalize import normalize

compile_all()

DOCS = Path(__file__).resolve().parents[1] / "data" / "documents"
PATTERNS = {f"{i}:{p[:40]}": (p, flags, fast) for i, (p, flags, fast) in enumerate(ON_STDLIB)}


@lru_cache(maxsize=None)
def twin(pattern: str, flags: int) -> regex.Pattern[str]:
    return regex.compile(pattern, flags)


def same(a: object, b: object) -> bool:
    key = (lambda m: m and (m.span(), m.groups()))
    return key(a) == key(b)


@lru_cache(maxsize=1)
def texts() -> list[str]:
    """Normalized and folded text of a third of the acceptance documents (every offset of each
    is tried: the whole set takes half a minute)."""
    out = []
    for path in sorted(DOCS.glob("*.txt"))[::3]:
        norm = normalize(path.read_text(encoding="utf-8"))
        out += [norm.text, norm.folded]
    return out


def test_the_hot_patterns_run_on_the_stdlib_engine() -> None:
    assert len(ON_STDLIB) >= 40
    assert citations.SYMBOL_RE.compiled.__class__.__module__ == "re"
    assert "\\p{" not in to_stdlib(r"[\p{Lu}\d]\p{Ll}+")
    assert citations._ISSUER_AFTER.compiled.__class__.__module__ == "re"


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_same_matches_on_documents(name: str) -> None:
    pattern, flags, fast = PATTERNS[name]
    slow = twin(pattern, flags)
    rng = random.Random(name)
    for text in texts():
        for i in range(len(text)):
            assert same(fast.match(text, i), slow.match(text, i)), (text[i:i + 80], i)
        for _ in range(50):
            lo = rng.randrange(len(text))
            hi = min(len(text), lo + rng.randrange(1, 200))
            assert same(fast.fullmatch(text, lo, hi), slow.fullmatch(text, lo, hi)), text[lo:hi]


PIECES = ["Nghị quyết", "số", " ", "  ", "\n", "25-NQ/TW", "18/CT-UBND", "ngày", "03/6/2013",
          "của", "Ban Chấp hành Trung ương", "khóa XI", "(", ")", ",", ";", ".", ":", "-", "/",
          "Đ", "ĐU", "QĐ", "l", "1", "2013", "20l3", "tháng", "năm", "Thực hiện", "căn cứ", "và",
          "ỦY BAN NHÂN DÂN", "Số:", "CÔNG VĂN ĐẾN", "Ð", "\f", "|", "**", "V.III", "&", "é", "A",
          "\x1c", "\x85", "½", "²", "①", "\u0301", "_", "Ǆ", "ǅ", "ß", "İ", "\u2028", "\t",
          "𝐀", "𐐀", "𝟏", "\U00020000"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join))
def test_same_matches_on_adversarial_text(text: str) -> None:
    norm = normalize(text)
    assert all(ch <= "\uffff" for ch in norm.text + norm.folded)  # what the patterns see
    for variant in (norm.text, norm.folded):
        for pattern, flags, fast in ON_STDLIB:
            slow = twin(pattern, flags)
            for i in range(len(variant)):
                assert same(fast.match(variant, i), slow.match(variant, i)), (pattern, variant, i)
