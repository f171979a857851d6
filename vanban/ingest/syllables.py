"""Is this a Vietnamese syllable? The yardstick of text quality and of legacy-font detection.

A Vietnamese word is written as syllables: an optional initial consonant, a rhyme (vowels and
an optional final consonant) and at most one tone mark. Mojibake from legacy fonts, glyph-id
garbage from broken PDF fonts and OCR noise all break that shape, so the share of valid
syllables among the words of a text is a cheap, language-aware quality score.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")

_ONSETS = (
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
)  # fmt: skip

_RHYMES = frozenset(
    """
    a ac ach ai am an ang anh ao ap at au ay
    ăc ăm ăn ăng ăp ăt
    âc âm ân âng âp ât âu ây
    e ec em en eng eo ep et
    ê êch êm ên ênh êp êt êu êng
    i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
    o oc oi om on ong op ot oong ooc
    ô ôc ôi ôm ôn ông ôp ôt
    ơ ơi ơm ơn ơp ơt
    u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt
    ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
    y yêm yên yêng yêt yêu ych ynh yp yt yu
    oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt
    oe oem oen oeo oet
    uâ uân uâng uât uây uê uêch uênh uy uych uyên uyêt uynh uyp uyt uyu uya uơ
    """.split()
)

_WORD = re.compile(r"[^\W\d_]+")
_SCORED_WORD = re.compile(r"(?:[^\W\d_]|[\u00a1-\u00bf\u00d7\u00f7\u2212\u2219])+")
"""Words for scoring: Latin-1 symbols inside a word (``§¶NG``, ``c¸c``) stay in it and spoil it."""


_SAMPLE = 400
"""Characters per sample when a long text is scored (see :func:`syllable_share`)."""


def tokens(text: str) -> list[str]:
    """The words of ``text``: maximal runs of letters (digits and punctuation split them)."""
    return _WORD.findall(text)


def scored_words(text: str) -> list[str]:
    """The words that :func:`syllable_share` judges (legacy-font symbols kept inside words)."""
    return [w for w in _SCORED_WORD.findall(text) if _WORD.search(w) and not _is_abbreviation(w)]


def _strip_tone(word: str) -> str | None:
    """Lower-case ``word`` without its tone mark; None when it carries more than one."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for ch in decomposed if ch in _TONE_MARKS)
    if tones > 1:
        return None
    bare = "".join(ch for ch in decomposed if ch not in _TONE_MARKS)
    return unicodedata.normalize("NFC", bare)


@functools.lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """True when ``word`` is spelled like one Vietnamese syllable (tone and case ignored)."""
    bare = _strip_tone(word)
    if not bare or len(bare) > 7:
        return False
    for onset in _ONSETS:
        if bare.startswith(onset):
            rest = bare[len(onset) :]
            if rest in _RHYMES or (onset == "gi" and rest in ("", "n", "ng", "m", "p", "t", "c")):
                return True
    return False


def _is_abbreviation(word: str) -> bool:
    """Short all-capital words (UBND, NQ, TW, HĐND) are neither good nor bad evidence."""
    return word.isupper() and len(word) <= 8 and word.replace("Đ", "D").isascii()


def syllable_share(text: str) -> float:
    """Share of the words of ``text`` that are Vietnamese syllables (0.0 with no words).

    Capital ASCII abbreviations are left out of the count. A long text is judged on three
    spread samples of ``_SAMPLE`` characters (start, middle, end): the share barely moves and
    scoring every page of a large text-layer PDF stays cheap.
    """
    if len(text) > 3 * _SAMPLE:
        middle = (len(text) - _SAMPLE) // 2
        text = "\n".join((text[:_SAMPLE], text[middle : middle + _SAMPLE], text[-_SAMPLE:]))
    words = scored_words(text)
    if not words:
        return 0.0
    return sum(1 for w in words if is_syllable(w)) / len(words)
