"""Decode the bytes of a text file into NFC Vietnamese, saying which encoding it was.

Order (domain spec §5.6): byte-order mark; strict UTF-8; BOM-less UTF-16; else the 8-bit
candidates Windows-1258 and Latin-1, the better by share of Vietnamese syllables. Then, per
line, the legacy font encodings TCVN3 and VNI are detected and converted
(:mod:`vanban.ingest.legacy_fonts`) — before any other clean-up — and the result is NFC.

The encoding label is the byte decoding (``utf-8``, ``utf-8-sig``, ``utf-16-le``, ``cp1258``)
with ``+tcvn3`` / ``+vni`` appended when lines were converted from a legacy font; raw 8-bit
legacy bytes are labelled just ``tcvn3`` / ``vni`` (``tcvn3+vni`` when mixed).
"""

from __future__ import annotations

import codecs
import unicodedata

from vanban.ingest.detect import utf16_without_bom
from vanban.ingest.legacy_fonts import convert_blocks
from vanban.ingest.syllables import syllable_share

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decode_unicode(data: bytes) -> tuple[str, str] | None:
    """Decode by BOM, as strict UTF-8 or as BOM-less UTF-16; None when none applies."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                return None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    codec = utf16_without_bom(data[:8192])
    if codec:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            return None
    return None


def _decode_8bit(data: bytes) -> tuple[str, str]:
    """Pick Windows-1258 or Latin-1 (+ legacy font conversion), whichever reads as Vietnamese."""
    latin, legacy = convert_blocks(data.decode("latin-1"))
    best = (syllable_share(latin), latin, "+".join(legacy) or "latin-1")
    try:
        cp1258 = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        return best[1], best[2]
    if syllable_share(cp1258) > best[0]:
        return cp1258, "cp1258"
    return best[1], best[2]


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes; return ``(nfc_text, encoding_label)``.

    Never raises: Latin-1 decodes any byte string. Callers reject binary content before
    (:func:`vanban.ingest.detect.looks_like_text`).
    """
    decoded = _decode_unicode(data)
    if decoded is None:
        text, label = _decode_8bit(data)
    else:
        text, label = decoded
        text, legacy = convert_blocks(text)
        if legacy:
            label = "+".join([label, *legacy])
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text), label
