"""The repo's copies of the team's reference files (gold annotations, sample texts) are exact.

The gold file and the samples live in ``../shared`` beside the checkout; the repo carries copies
(``tests/data/seeds.json``, ``data/raw/*.txt``) so that a fresh clone tests the parser against
the gold without it. Where ``../shared`` is present, the copies must not have drifted.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "tests" / "data" / "seeds.json"


def test_gold_copy_names_every_sample_in_data_raw() -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    for name in gold["documents"]:
        assert (ROOT / "data" / "raw" / name).is_file(), name


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not beside this checkout")
def test_copies_match_shared() -> None:
    assert GOLD.read_bytes() == (SHARED / "gold" / "seeds.json").read_bytes()
    for sample in sorted((SHARED / "samples").glob("*.txt")):
        assert (ROOT / "data" / "raw" / sample.name).read_bytes() == sample.read_bytes(), sample.name
