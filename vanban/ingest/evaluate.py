"""Character error rate of extracted text against a reference, for tests and benchmarks."""

from __future__ import annotations

import re
import unicodedata

import numpy as np

_SPACE = re.compile(r"\s+")


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance between two strings (row-wise, vectorised with numpy).

    Within a row, the insertion chain ``d[j] = min(d[j], d[j-1] + 1)`` is a running minimum of
    ``d[k] - k`` shifted back by ``j``, so each row costs a few array operations.
    """
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return len(a)
    codes_b = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    index = np.arange(len(b) + 1)
    row = index.copy()
    for i, ch in enumerate(a, start=1):
        cost = (codes_b != ord(ch)).astype(np.int64)
        new = np.empty_like(row)
        new[0] = i
        new[1:] = np.minimum(row[1:] + 1, row[:-1] + cost)
        new = np.minimum.accumulate(new - index) + index
        row = new
    return int(row[-1])


def normalise_for_cer(text: str) -> str:
    """NFC, whitespace collapsed to single spaces (layout is not what CER measures)."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def cer(hypothesis: str, reference: str) -> float:
    """Character error rate: edits needed to turn the hypothesis into the reference, per
    reference character, after :func:`normalise_for_cer` on both."""
    ref = normalise_for_cer(reference)
    hyp = normalise_for_cer(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    return edit_distance(hyp, ref) / len(ref)
