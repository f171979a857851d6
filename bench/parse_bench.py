"""Parser throughput on a corpus of repeated samples (issue #5, item 8).

Run: ``python bench/parse_bench.py`` (``--mb 50`` sets the corpus size). The corpus is built in
memory from the five sample texts, each copy made distinct by a numbered line, to at least
``--mb`` megabytes of UTF-8. One process, one core; it prints MB/s for

* the symbol scan alone (the one regex over the normalized text; and as the parser runs it,
  tried only near "/" marks: ``find_symbols``),
* the citation scan (normalize + symbols with their left/right context + relations),
* the full ``parse_document`` (header, citations, references, relations, flags),

and citations found per MB. Target: full parse >= 20 MB/s per core. ``--stages`` also prints
where the full parse spends its time, per document (the stage functions ``document.build``
calls, timed with ``perf_counter``).
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vanban.parse import parse_document  # noqa: E402
from vanban.parse import document  # noqa: E402
from vanban.parse.citations import SYMBOL_SCAN, find_mentions, find_symbols  # noqa: E402
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


STAGES = ("normalize", "is_article", "parse_header", "parse_article_header", "find_mentions",
          "assign_relations", "_citation", "_relations", "find_references")


def stages(docs: list[str]) -> None:
    """Microseconds per document in each stage of ``document.build`` (its module-level calls
    wrapped with timers for one pass; "model" is the final ``ParsedDocument`` validation).
    Compiled, ``build`` calls its stages natively, past the wrappers: the stages are timed on
    the plain modules (``VANBAN_PURE_PYTHON=1``)."""
    from vanban import _native

    if _native.compiled(document.__name__):
        print("stages: document.build is compiled and calls its stages natively; "
              "run with VANBAN_PURE_PYTHON=1 to time them")
        return
    spent: collections.Counter[str] = collections.Counter()
    saved = {name: getattr(document, name) for name in (*STAGES, "ParsedDocument")}

    def timed(name: str, fn):
        def run(*args, **kwargs):
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - started
        return run

    class _Model:  # ParsedDocument.model_validate, timed
        model_validate = staticmethod(timed("model", saved["ParsedDocument"].model_validate))

    try:
        for name in STAGES:
            setattr(document, name, timed(name, saved[name]))
        document.ParsedDocument = _Model
        started = time.perf_counter()
        for d in docs:
            document.build(d, None)
        total = time.perf_counter() - started
    finally:
        for name, fn in saved.items():
            setattr(document, name, fn)
    n = len(docs)
    print(f"stages (us per document, {total / n * 1e6:.0f} in all):")
    for name, seconds in spent.most_common():
        print(f"  {name:<22} {seconds / n * 1e6:7.0f}")
    print(f"  {'(the rest)':<22} {(total - sum(spent.values())) / n * 1e6:7.0f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    parser.add_argument("--profile", action="store_true", help="profile the full parse")
    parser.add_argument("--stages", action="store_true", help="time each stage of the parse")
    args = parser.parse_args(argv)
    docs, size = build_corpus(args.mb)
    from vanban import _native

    usable, why = _native.status()
    print(f"corpus: {len(docs)} documents, {size / MB:.1f} MB (UTF-8), 1 process / 1 core; "
          f"hot modules: {'compiled (mypyc)' if usable else 'plain Python: ' + why}")

    def scan() -> int:
        return sum(1 for d in docs for _ in SYMBOL_SCAN.finditer(d))

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
    _timed("symbol scan (near '/' marks)", size,
           lambda: sum(1 for d in docs for _ in find_symbols(d)))
    found = _timed("citation scan (+context, relations)", size, citations)
    if args.profile:
        profile = cProfile.Profile()
        cited = profile.runcall(full)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
    else:
        cited = _timed("full parse_document", size, full)
    print(f"symbols matched: {symbols / (size / MB):.0f} per MB; citations: "
          f"{found / (size / MB):.0f} per MB (full parse: {cited / (size / MB):.0f} per MB)")
    if args.stages:
        stages(docs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
