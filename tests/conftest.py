"""Shared fixtures: the sample corpus, fresh stores, and a corpus of many text files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
GOLD = ROOT / "tests" / "data" / "seeds.json"


@pytest.fixture(scope="session")
def raw_dir() -> Path:
    """The bundled sample corpus (data/raw)."""
    return RAW


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """A store file that does not exist yet."""
    return tmp_path / "store" / "vanban.sqlite"


@pytest.fixture
def sample_texts(tmp_path: Path) -> Path:
    """A folder with copies of the five sample texts."""
    folder = tmp_path / "samples"
    folder.mkdir()
    for path in sorted(RAW.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    return folder


def make_text_corpus(folder: Path, copies: int) -> list[Path]:
    """``copies`` distinct text files made from the samples (each with its own content hash)."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*.txt"))]
    paths = []
    for i in range(copies):
        path = folder / f"doc_{i:04d}.txt"
        path.write_text(texts[i % len(texts)] + f"\n\nBản sao số {i}.\n", encoding="utf-8")
        paths.append(path)
    return paths
