"""Pre-Unicode Vietnamese font encodings (TCVN3/ABC and VNI) read as Latin-1 "mojibake".

Documents typed in ``.VnTime`` (TCVN3) or ``VNI-Times`` (VNI) fonts store Vietnamese letters in
8-bit slots; read as cp1252/Latin-1 they look like ``Céng hoµ x· héi`` or ``Coäng hoøa xaõ
hoäi``. The conversion back is exact (domain spec §5.4): these tables are built from the spec's
byte tables, and :func:`encode` is their inverse (used by the tests to round-trip sentences).

Detection is per block (a line or paragraph), never per document, because one file may mix
TCVN3, VNI and Unicode sections:

1. a block that already holds Vietnamese-only code points (ơ ư ă đ, U+1EA0–U+1EF9) is Unicode;
2. otherwise each candidate conversion is scored by the share of valid Vietnamese syllables and
   must beat the text as it is, on a phrase of at least ``MIN_BLOCK_CHARS`` characters;
3. a conversion that yields long words or f/j/w/z is rejected (Spanish ``señor`` guard).

Short blocks (a heading, a signature) follow the encoding of their neighbours.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from vanban.ingest.syllables import syllable_share, tokens

TCVN3 = "tcvn3"
VNI = "vni"

MIN_BLOCK_CHARS = 24
"""Shorter blocks are ambiguous on their own (spec §5.4 step 2) and follow their neighbours."""

# --------------------------------------------------------------------------------------------
# TCVN3 (TCVN 5712:1993 subset used by .VnTime fonts): one byte per letter
# --------------------------------------------------------------------------------------------

_TCVN3_RUNS: tuple[tuple[int, str], ...] = (
    (0xA1, "ĂÂÊÔƠƯĐăâêôơưđ"),  # A1..AE; AD (soft hyphen) is ư
    (0xB5, "àảãáạ"),
    (0xBB, "ằẳẵắ"),
    (0xC6, "ặầẩẫấậè"),  # C6 ặ, C7..CB ầẩẫấậ, CC è
    (0xCE, "ẻẽéẹềểễếệìỉ"),  # CE..D8
    (0xDC, "ĩíịò"),  # DC..DF
    (0xE1, "ỏõóọồổỗốộờởỡớợù"),  # E1..EF
    (0xF1, "ủũúụừửữứựỳỷỹýỵ"),  # F1..FE
)

TCVN3_DECODE: dict[str, str] = {
    chr(start + i): letter for start, run in _TCVN3_RUNS for i, letter in enumerate(run)
}
"""Latin-1 character of a TCVN3 byte -> the Vietnamese letter it stands for."""

TCVN3_ARTEFACTS: dict[str, str] = {"\u2212": "\xad", "\u2219": "\xb7"}
"""PDF extraction turns TCVN3 ư (0xAD) into U+2212 and ã (0xB7) into U+2219: back to the bytes."""

# --------------------------------------------------------------------------------------------
# VNI: ASCII base letter followed by mark bytes
# --------------------------------------------------------------------------------------------

_VNI_TONES = {"\u0300": "ø", "\u0301": "ù", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_CIRCUMFLEX = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_I = {"\u0300": "ì", "\u0301": "í", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}
_VNI_SINGLE = {"đ": "ñ", "ơ": "ô", "ư": "ö", "ỵ": "î"}
_TONES = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")


def _vni_lower_table() -> dict[str, str]:
    """Every lower-case Vietnamese letter with a diacritic -> its VNI spelling."""
    table = dict(_VNI_SINGLE)
    for tone in _TONES:
        for base in "aeouy":
            table[unicodedata.normalize("NFC", base + tone)] = base + _VNI_TONES[tone]
        table[unicodedata.normalize("NFC", "i" + tone)] = _VNI_I[tone]
        for horn, spelled in (("ơ", "ô"), ("ư", "ö")):
            table[unicodedata.normalize("NFC", horn + tone)] = spelled + _VNI_TONES[tone]
    for tone in ("", *_TONES):
        for base in "aeo":
            table[unicodedata.normalize("NFC", base + "\u0302" + tone)] = base + _VNI_CIRCUMFLEX[tone]
        table[unicodedata.normalize("NFC", "a\u0306" + tone)] = "a" + _VNI_BREVE[tone]
    table["ỵ"] = "î"  # single byte, not y + dot
    return table


def _vni_encode_table() -> dict[str, str]:
    lower = _vni_lower_table()
    table = dict(lower)
    for letter, spelled in lower.items():
        table[letter.upper()] = spelled.upper()
    return table


VNI_ENCODE: dict[str, str] = _vni_encode_table()
"""Vietnamese letter -> VNI spelling as Latin-1 characters (capitals use capital mark bytes)."""


def _vni_decode_table() -> dict[str, str]:
    table = {spelled: letter for letter, spelled in VNI_ENCODE.items()}
    # Mixed case (capital base, lower-case mark byte and vice versa) occurs in title-cased words.
    for letter, spelled in VNI_ENCODE.items():
        if len(spelled) == 2:
            base = spelled[0]
            for mark in (spelled[1].lower(), spelled[1].upper()):
                table.setdefault(base + mark, letter)
    return table


VNI_DECODE: dict[str, str] = _vni_decode_table()
_VNI_PATTERN = re.compile("|".join(re.escape(k) for k in sorted(VNI_DECODE, key=len, reverse=True)))

# --------------------------------------------------------------------------------------------
# conversion
# --------------------------------------------------------------------------------------------

_TCVN3_INVERSE = {letter: byte for byte, letter in TCVN3_DECODE.items()}
_AFTER_LETTER = re.compile(r"(?<=[^\W\d_])([\u2212\u2219])")
_SOFT_HYPHEN_LOST = re.compile(r"(?i)(?<=[bcdđghklmnpqrstvx])([ơờởỡớợ])(?=(?:ng|c)\b)")
_VIETNAMESE_ONLY = re.compile(r"[ăđơưĂĐƠƯ\u1ea0-\u1ef9\u0300-\u0323]")


def decode_tcvn3(text: str) -> str:
    """Convert TCVN3 mojibake (Latin-1 characters) to Unicode Vietnamese, NFC.

    Also restores the PDF artefacts U+2212 (ư) and U+2219 (ã) after a letter, the ``ư`` that
    cleaners drop with the soft hyphen (``trëng`` -> ``trưởng``: ``ơng``/``ơc`` do not exist in
    Vietnamese), and upper-cases the capital words of ``…H``-font headings.
    """
    text = _AFTER_LETTER.sub(lambda m: TCVN3_ARTEFACTS[m.group(1)], text)
    out = "".join(TCVN3_DECODE.get(ch, ch) for ch in text)
    out = _SOFT_HYPHEN_LOST.sub(lambda m: ("Ư" if m.group(1).isupper() else "ư") + m.group(1), out)
    return unicodedata.normalize("NFC", _fix_heading_case(out))


def decode_vni(text: str) -> str:
    """Convert VNI mojibake (Latin-1 characters) to Unicode Vietnamese, NFC."""
    return unicodedata.normalize("NFC", _VNI_PATTERN.sub(lambda m: VNI_DECODE[m.group(0)], text))


def encode(text: str, encoding: str) -> str:
    """Spell Unicode Vietnamese in a legacy font encoding (as Latin-1 characters).

    The inverse of :func:`decode_tcvn3` / :func:`decode_vni`, for tests and fixtures. TCVN3 has
    no toned capitals: they are written with the lower-case byte (as the ``…H`` fonts do).

    Raises:
        ValueError: ``encoding`` is neither ``"tcvn3"`` nor ``"vni"``.
    """
    text = unicodedata.normalize("NFC", text)
    if encoding == TCVN3:
        return "".join(_TCVN3_INVERSE.get(ch) or _TCVN3_INVERSE.get(ch.lower(), ch) for ch in text)
    if encoding == VNI:
        return "".join(VNI_ENCODE.get(ch, ch) for ch in text)
    raise ValueError(f"unknown legacy encoding {encoding!r}")


def _fix_heading_case(converted: str) -> str:
    """Upper-case TCVN3 ``…H``-font headings (``CéNG HOµ X·`` -> ``CộNG HOà Xã`` -> ``CỘNG HOÀ XÃ``).

    Those fonts show lower-case bytes as capitals. A converted word with at least two capitals,
    no ASCII lower-case letter and some lower-case Vietnamese letter was a capital word; a line
    holding such a word and no ASCII lower-case letter was a capital line. ``Số`` stays.
    """
    return "\n".join(_fix_line_case(line) for line in converted.split("\n"))


def _fix_line_case(line: str) -> str:
    words = _HEADING_WORD.findall(line)
    if any(_is_heading_word(w) for w in words):
        if not any(c.isascii() and c.islower() for c in line):
            return line.upper()
        return _HEADING_WORD.sub(lambda m: m.group(0).upper() if _is_heading_word(m.group(0)) else m.group(0), line)
    return line


_HEADING_WORD = re.compile(r"[^\W\d_]+")


def _is_heading_word(word: str) -> bool:
    capitals = sum(1 for c in word if c.isupper())
    ascii_lower = any(c.isascii() and c.islower() for c in word)
    other_lower = any(not c.isascii() and c.islower() for c in word)
    return capitals >= 2 and other_lower and not ascii_lower


DECODERS: dict[str, Callable[[str], str]] = {TCVN3: decode_tcvn3, VNI: decode_vni}

# --------------------------------------------------------------------------------------------
# detection
# --------------------------------------------------------------------------------------------


def is_unicode_vietnamese(text: str) -> bool:
    """True when ``text`` holds code points only Unicode Vietnamese uses (never convert it)."""
    return _VIETNAMESE_ONLY.search(text) is not None


def _plausible(converted: str) -> bool:
    """Spec §5.4 step 3: reject conversions full of long words or f/j/w/z (other languages)."""
    words = tokens(converted)
    if not words:
        return False
    odd = sum(1 for w in words if len(w) > 7 or re.search(r"[fjwzFJWZ]", w))
    return odd <= max(1, len(words) // 10)


UNICODE = "unicode"
"""Label of a block that is already Unicode (or another language): never converted."""


def detect_block(text: str) -> tuple[str | None, str]:
    """Decide whether one block is TCVN3, VNI or neither; return ``(label, converted)``.

    ``label`` is ``"tcvn3"`` or ``"vni"`` for a legacy block, ``"unicode"`` for one that must
    stay as it is (Vietnamese-only code points, or a long block no conversion improves) and
    None when the block cannot tell on its own (ASCII only, or too short). ``converted`` is
    the best conversion candidate (the text itself when there is none).
    """
    if is_unicode_vietnamese(text):
        return UNICODE, text
    if text.isascii():
        return None, text
    base = syllable_share(text)
    best: tuple[float, str | None, str] = (base, UNICODE, text)
    for name, decoder in DECODERS.items():
        converted = decoder(text)
        if converted == text:
            continue
        score = syllable_share(converted)
        if score > best[0] + 0.1 and _plausible(converted):
            best = (score, name, converted)
    if len(text.strip()) < MIN_BLOCK_CHARS:
        return None, best[2]
    return best[1], best[2]


def convert_blocks(text: str) -> tuple[str, list[str]]:
    """Convert every legacy-encoded line of ``text``; return the text and encodings found.

    A line too short to decide alone takes the label of the nearest decided line, and is
    converted when that makes it no less Vietnamese than it was.
    """
    lines = text.split("\n")
    labels = [detect_block(line)[0] for line in lines]
    found = [label for label in labels if label in DECODERS]
    if not found:
        return text, []
    out = []
    for i, (line, label) in enumerate(zip(lines, labels, strict=True)):
        if label is None and not line.isascii():
            label = _neighbour_label(labels, i)
            if label in DECODERS and not _no_worse(line, DECODERS[label](line)):
                label = None
        out.append(DECODERS[label](line) if label in DECODERS else line)
    return "\n".join(out), sorted(set(found), key=found.index)


def _neighbour_label(labels: list[str | None], index: int) -> str | None:
    for distance in range(1, len(labels)):
        for j in (index - distance, index + distance):
            if 0 <= j < len(labels) and labels[j]:
                return labels[j]
    return None


def _no_worse(before: str, after: str) -> bool:
    return syllable_share(after) >= syllable_share(before)
