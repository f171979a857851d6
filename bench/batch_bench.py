"""End-to-end ingestion benchmark: extract + parse + store, against pdfplumber alone.

Run: ``python bench/batch_bench.py`` (``--help`` for sizes). It generates its own corpus with
``vanban.testing.pdfgen`` and prints figures and ratios measured in this run:

* text-layer PDFs: vanban end to end (all workers) vs pdfplumber ``extract_text`` alone;
* a re-run of the unchanged corpus vs the first run;
* scanned PDFs: OCR end to end with 1 worker vs all workers;
* peak memory of this process and of its worker processes.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber

from vanban.ingest.batch import ingest_folder
from vanban.testing.pdfgen import synthetic_corpus


def _pdfplumber_pages_per_s(files: list[Path]) -> tuple[int, float]:
    started, pages = time.perf_counter(), 0
    for path in files:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                pages += 1
    return pages, time.perf_counter() - started


def _timed_ingest(folder: Path, store: Path, workers: int) -> tuple[float, object]:
    started = time.perf_counter()
    summary = ingest_folder([folder], store=store, workers=workers)
    return time.perf_counter() - started, summary


def _peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def main(argv: list[str] | None = None) -> None:
    """Build the corpora, run each measurement, print a report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text-docs", type=int, default=150)
    parser.add_argument("--scanned-docs", type=int, default=8)
    parser.add_argument("--pages", type=int, default=4)
    args = parser.parse_args(argv)
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="vanban-bench-") as tmp:
        root = Path(tmp)
        text_dir, scan_dir = root / "text", root / "scan"
        text_files = synthetic_corpus(
            text_dir, n_text_pdfs=args.text_docs, n_scanned_pdfs=0, pages_per_doc=args.pages, seed=1
        )
        pages, plumber_s = _pdfplumber_pages_per_s(text_files)
        first_s, first = _timed_ingest(text_dir, root / "text.sqlite", cores)
        rerun_s, _ = _timed_ingest(text_dir, root / "text.sqlite", cores)
        ocr_rows: list[tuple[str, str]] = []
        if args.scanned_docs:
            synthetic_corpus(
                scan_dir, n_text_pdfs=0, n_scanned_pdfs=args.scanned_docs, pages_per_doc=1, seed=2
            )
            ocr1_s, ocr = _timed_ingest(scan_dir, root / "ocr1.sqlite", 1)
            ocrn_s, _ = _timed_ingest(scan_dir, root / "ocrn.sqlite", cores)
            ocr_pages = ocr.ocr_pages  # type: ignore[attr-defined]
            ocr_rows = [
                ("OCR'd pages", f"{ocr_pages}"),
                ("OCR end to end, 1 worker", f"{ocr_pages / ocr1_s:.2f} pages/s"),
                (f"OCR end to end, {cores} workers", f"{ocr_pages / ocrn_s:.2f} pages/s"),
                (f"  ratio {cores} / 1 workers (target >= 1.8)", f"{ocr1_s / ocrn_s:.2f}x"),
            ]
    own, children = _peak_mb()
    rows = [
        ("text-layer pages", f"{pages}"),
        ("pdfplumber extract_text alone", f"{pages / plumber_s:,.1f} pages/s"),
        (f"vanban extract+parse+store ({cores} workers)", f"{pages / first_s:,.1f} pages/s"),
        ("  ratio vanban / pdfplumber (target >= 25)", f"{plumber_s / first_s:,.1f}x"),
        ("re-run of the unchanged corpus", f"{rerun_s:.3f} s vs first {first_s:.3f} s"),
        ("  ratio first / re-run (target >= 50)", f"{first_s / rerun_s:,.1f}x"),
        *ocr_rows,
        ("peak memory: this process / largest worker", f"{own:.0f} MB / {children:.0f} MB"),
        ("files failed", f"{len(first.failures)}"),  # type: ignore[attr-defined]
    ]
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    sys.exit(main())
