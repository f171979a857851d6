"""Parser test fixtures: the gold annotations and the samples parsed once per session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vanban.models import ParsedDocument
from vanban.parse import parse_document

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "data" / "raw"
GOLD_PATH = ROOT / "tests" / "data" / "seeds.json"


@pytest.fixture(scope="session")
def gold() -> dict:
    """The reference annotations of the five samples."""
    return json.loads(GOLD_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def parsed_samples(gold: dict) -> dict[str, ParsedDocument]:
    """Each gold document parsed from its sample text."""
    out = {}
    for name in gold["documents"]:
        text = (SAMPLES / name).read_text(encoding="utf-8")
        out[name] = parse_document(text, source=name)
    return out
