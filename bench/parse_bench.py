"""Parser throughput on a corpus of repeated samples (issue #5, item 8).

Run: ``python bench/parse_bench.py`` (``--mb 50`` sets the corpus size). The corpus is built in
memory from the five sample texts, each copy made distinct by a numbered line, to at least
``--mb`` megabytes of UTF-8. One process, one core; it prints MB/s for

* the symbol scan alone (the one regex over the normalized text),
* the citation scan (normalize + symbols with their left/right context + relations),
* the full ``parse_document`` (header, citations, references, relations, flags),

and citations found per MB. Target: full parse >= 20 MB/s per core.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vanban.parse import parse_document  # noqa: E402
from vanban.parse.citations import SYMBOL_RE, find_mentions  # noqa: E402
from vanban.parse.normalize import normalize  # noqa: E402
from vanban.parse.relations import assign_relations  # noqa: E402

SAMPLES = sorted((ROOT / "data" / "raw").glob("*.txt"))
MB = 1_000_000


def build_corpus(megabytes: float) -> tuple[list[str], int]:
    """Distinct documents made from the samples, totalling at least ``megabytes`` MB of UTF-8."""
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    docs, size, i = [], 0, 0
    while size < megabytes * MB:
        doc = texts[i % len(texts)] + f"\n\nBản sao số {i}.\n"
        docs.append(doc)
        size += len(doc.encode("utf-8"))
        i += 1
    return docs, size


def _timed(label: str, size: int, fn) -> float:
    started = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - started
    print(f"{label:<34} {seconds:7.2f} s  {size / MB / seconds:7.1f} MB/s")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    parser.add_argument("--profile", action="store_true", help="profile the full parse")
    args = parser.parse_args(argv)
    docs, size = build_corpus(args.mb)
    print(f"corpus: {len(docs)} documents, {size / MB:.1f} MB (UTF-8), 1 process / 1 core")

    def scan() -> int:
        return sum(1 for d in docs for _ in SYMBOL_RE.finditer(d))

    def citations() -> int:
        total = 0
        for d in docs:
            norm = normalize(d)
            mentions = find_mentions(norm)
            assign_relations(norm, mentions)
            total += len(mentions)
        return total

    def full() -> int:
        return sum(len(parse_document(d).citations) for d in docs)

    symbols = _timed("symbol scan (one regex)", size, scan)
    found = _timed("citation scan (+context, relations)", size, citations)
    if args.profile:
        profile = cProfile.Profile()
        cited = profile.runcall(full)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
    else:
        cited = _timed("full parse_document", size, full)
    print(f"symbols matched: {symbols / (size / MB):.0f} per MB; citations: "
          f"{found / (size / MB):.0f} per MB (full parse: {cited / (size / MB):.0f} per MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
