"""Per-file extraction benchmark: text layers vs pdfplumber, OCR workers, overhead, CER, OCRmyPDF.

Run: ``python bench/ingest_bench.py`` (``--help`` for sizes). It generates its own corpus with
``vanban.testing.pdfgen`` (synthetic text-layer PDFs; scanned PDFs of the bundled samples with
their text-layer twins as the CER reference) and prints figures and ratios measured in this run:

* text-layer PDFs: ``extract_text`` pages/s vs pdfplumber ``extract_text`` alone (and with the
  page-1 header read through pdfplumber instead of pypdfium2, and extract + parse when the
  parser is installed);
* OCR: pages/s with 1 and with N worker processes (one Tesseract thread each);
* vanban's OCR of a rendered page vs the bare ``tesseract`` command on the same page images;
* character error rate against the source text, greyscale vs binarised;
* OCRmyPDF (``--sidecar``, ``-l vie``, ``--force-ocr``) on the same scanned PDFs;
* peak memory of this process and of its children.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from multiprocessing import Pool
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from vanban.ingest.evaluate import cer
from vanban.ingest.extract import extract_text
from vanban.ingest.ocr import ocr_image
from vanban.ingest.options import ExtractOptions
from vanban.testing.pdfgen import render_scanned_pdf, render_text_pdf, synthetic_corpus

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


def _timed(fn, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - started, result


def pdfplumber_pages(files: list[Path]) -> int:
    """pdfplumber ``extract_text`` on every page (the baseline); returns the page count."""
    pages = 0
    for path in files:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                pages += 1
    return pages


def vanban_pages(files: list[Path], options: ExtractOptions | None = None, parse: bool = False) -> int:
    """``extract_text`` (and optionally ``parse_document``) on every file; returns pages."""
    parse_document = None
    if parse:
        from vanban.parse import parse_document
    pages = 0
    for path in files:
        doc = extract_text(path, options=options)
        if parse_document is not None:
            parse_document(doc)
        pages += len(doc.pages)
    return pages


def text_layer_report(files: list[Path]) -> None:
    """Text-layer pages/s: vanban vs pdfplumber alone on the same files."""
    vanban_pages(files[:2])  # warm imports
    base_s, pages = _timed(pdfplumber_pages, files)
    ours_s, _ = _timed(vanban_pages, files)
    plumber_header_s, _ = _timed(vanban_pages, files, ExtractOptions(header_engine="pdfplumber"))
    print(f"text-layer PDFs: {len(files)} files, {pages} pages")
    print(f"  pdfplumber extract_text alone   {pages / base_s:9.1f} pages/s")
    print(f"  vanban extract_text             {pages / ours_s:9.1f} pages/s  ({base_s / ours_s:.1f}x)")
    print(f"  vanban, header via pdfplumber   {pages / plumber_header_s:9.1f} pages/s  "
          f"({base_s / plumber_header_s:.1f}x)")  # fmt: skip
    try:
        parse_s, _ = _timed(vanban_pages, files, None, True)
    except ImportError:
        return
    print(f"  vanban extract + parse          {pages / parse_s:9.1f} pages/s  ({base_s / parse_s:.1f}x)")


def _ocr_file(path: Path) -> int:
    return len(extract_text(path).pages)


def ocr_workers_report(scans: list[Path], workers: int) -> float:
    """OCR pages/s with 1 and with ``workers`` processes; returns seconds per page (1 worker)."""
    results = {}
    # Longest files first (LPT order), as a scheduler would: with a handful of files, the
    # order alone can leave one worker idle for a whole file at the end.
    scans = sorted(scans, key=lambda p: -len(pdfium.PdfDocument(str(p))))
    for n in sorted({1, workers}):
        with Pool(n) as pool:
            seconds, pages = _timed(lambda p=pool: sum(p.map(_ocr_file, scans, chunksize=1)))
        results[n] = (pages, seconds)
        print(f"  OCR with {n} worker(s)            {pages / seconds:9.2f} pages/s  ({seconds:.1f} s)")
    (pages, one), (_, many) = results[1], results[workers]
    print(f"  speed-up {workers} workers vs 1          {one / many:9.2f}x")
    return one / pages


def _page_images(scans: list[Path], dpi: int) -> list:  # noqa: ANN202
    images = []
    for path in scans:
        pdf = pdfium.PdfDocument(str(path))
        images += [pdf[i].render(scale=dpi / 72, grayscale=True).to_pil() for i in range(len(pdf))]
    return images


def _cpu() -> float:
    """CPU seconds of this process and its finished children (Tesseract runs as a child)."""
    own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _timed_cpu(fn, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
    """(wall seconds, CPU seconds) of one call."""
    cpu = _cpu()
    wall, _ = _timed(fn, *args, **kwargs)
    return wall, _cpu() - cpu


def overhead_report(images: list, folder: Path) -> None:
    """vanban ``ocr_image`` vs bare ``tesseract`` on the same page images (1 thread each).

    Runs alternate page by page so that load from other processes hits both sides alike; the
    CPU-time ratio (this process plus its Tesseract children) is the steadier figure on a
    shared machine.
    """
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    variants = {"": ExtractOptions(), " without deskew": ExtractOptions(deskew=False)}
    bare = [0.0, 0.0]
    ours = {name: [0.0, 0.0] for name in variants}
    for i, image in enumerate(images):
        file = folder / f"page_{i:03d}.png"
        image.save(file)
        for k, v in enumerate(_timed_cpu(subprocess.run, ["tesseract", str(file), "stdout", "-l",
                                                          "vie", "--psm", "3"],
                                          env=env, capture_output=True, check=True)):  # fmt: skip
            bare[k] += v
        for name, options in variants.items():
            for k, v in enumerate(_timed_cpu(ocr_image, image, options)):
                ours[name][k] += v
    n = len(images)
    for name, (wall, cpu) in ours.items():
        print(f"  vanban ocr_image{name:16s} {wall / n:6.2f} s/page vs bare tesseract "
              f"{bare[0] / n:.2f} s/page: overhead {100 * (wall / bare[0] - 1):+.1f}% "
              f"(CPU time {100 * (cpu / bare[1] - 1):+.1f}%)")  # fmt: skip


def pdf_overhead_report(scans: list[Path], folder: Path) -> None:
    """Scanned PDF pages end to end: vanban ``extract_text`` (render, deskew, OCR, layout) vs
    what a user does by hand with the bare command (pdfium render, PNG file, ``tesseract``)."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    ours, pages = _timed(lambda: sum(len(extract_text(p).pages) for p in scans))
    started, n = time.perf_counter(), 0
    for path in scans:
        pdf = pdfium.PdfDocument(str(path))
        for i in range(len(pdf)):
            file = folder / f"by_hand_{n:03d}.png"
            pdf[i].render(scale=300 / 72, grayscale=True).to_pil().save(file)
            subprocess.run(["tesseract", str(file), "stdout", "-l", "vie", "--psm", "3"],
                           env=env, capture_output=True, check=True)  # fmt: skip
            n += 1
    bare = time.perf_counter() - started
    print(f"  scanned PDF pages end to end    {ours / pages:6.2f} s/page vs render + PNG + bare "
          f"tesseract {bare / n:.2f} s/page: overhead {100 * (ours / bare - 1):+.1f}%")  # fmt: skip


def cer_report(images: list, references: list[str], first_pages: set[int]) -> None:
    """CER of OCR against the source text, greyscale vs binarised (all pages and body pages)."""
    for name, options in (("greyscale", ExtractOptions()), ("binarised", ExtractOptions(binarize=True))):
        seconds, texts = _timed(lambda o=options: [ocr_image(im, o, header=False).text for im in images])
        rates = [cer(t, r) for t, r in zip(texts, references, strict=True)]
        body = [i for i in range(len(rates)) if i not in first_pages]
        print(f"  CER {name}: all pages {100 * _weighted(rates, references, range(len(rates))):.2f}%, "
              f"pages 2+ {100 * _weighted(rates, references, body):.2f}%, worst page "
              f"{100 * max(rates):.2f}%, {seconds / len(images):.2f} s/page")  # fmt: skip


def _weighted(rates: list[float], references: list[str], pages: object) -> float:
    """Edits over reference characters on ``pages`` (a CER over their text, not a mean of rates)."""
    chosen = list(pages)  # type: ignore[call-overload]
    chars = sum(len(references[i]) for i in chosen)
    return sum(rates[i] * len(references[i]) for i in chosen) / max(chars, 1)


def ocrmypdf_report(scans: list[Path], references: list[str], folder: Path, vanban_s: float) -> None:
    """OCRmyPDF on the same scanned PDFs: time per page and CER of its sidecar text."""
    if shutil.which("ocrmypdf") is None:
        print("  OCRmyPDF not installed: skipped")
        return
    texts, pages, started = [], 0, time.perf_counter()
    for path in scans:
        sidecar = folder / f"{path.stem}.txt"
        proc = subprocess.run(["ocrmypdf", "--sidecar", str(sidecar), "-l", "vie", "--force-ocr",
                               "-q", str(path), str(folder / f"{path.stem}.ocr.pdf")],
                              capture_output=True, text=True, check=False)  # fmt: skip
        if proc.returncode != 0:
            print(f"  OCRmyPDF failed on {path.name}: {proc.stderr.strip().splitlines()[-1:]}")
            return
        chunks = sidecar.read_text(encoding="utf-8").split("\f")
        pages += len(pdfium.PdfDocument(str(path)))
        texts += chunks[: len(pdfium.PdfDocument(str(path)))]
    seconds = time.perf_counter() - started
    rate = sum(cer(t, r) * len(r) for t, r in zip(texts, references, strict=False)) / sum(map(len, references))
    print(f"  OCRmyPDF (all cores)            {seconds / pages:6.2f} s/page  "
          f"(vanban 1 worker {vanban_s:.2f} s/page), CER {100 * rate:.2f}%")  # fmt: skip


def scanned_samples(folder: Path, count: int) -> tuple[list[Path], list[str], set[int]]:
    """Scanned PDFs of the first ``count`` samples, with per-page reference text."""
    scans, references, first_pages = [], [], set()
    for seed, sample in enumerate(sorted(RAW.glob("*.txt"))[:count]):
        text = sample.read_text(encoding="utf-8")
        scans.append(render_scanned_pdf(text, folder / f"scan_{sample.stem}.pdf", seed=seed))
        twin = pdfium.PdfDocument(str(render_text_pdf(text, folder / f"text_{sample.stem}.pdf", seed=seed)))
        first_pages.add(len(references))
        references += [twin[i].get_textpage().get_text_range() for i in range(len(twin))]
    return scans, references, first_pages


def main(argv: list[str] | None = None) -> None:
    """Build the corpora, run each measurement, print a report."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--text-docs", type=int, default=40, help="synthetic text-layer PDFs")
    parser.add_argument("--pages", type=int, default=3, help="pages per synthetic PDF")
    parser.add_argument("--scanned-samples", type=int, default=4, help="samples scanned for OCR")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--skip-ocrmypdf", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="vanban-ingest-bench-") as tmp:
        root = Path(tmp)
        print(f"vanban ingest benchmark ({os.cpu_count()} cores, Python {sys.version.split()[0]})")
        texts = synthetic_corpus(root / "text", n_text_pdfs=args.text_docs, n_scanned_pdfs=0,
                                 pages_per_doc=args.pages)  # fmt: skip
        text_layer_report(texts)
        scans, references, first_pages = scanned_samples(root / "scan", args.scanned_samples)
        print(f"scanned sample PDFs: {len(scans)} files, {len(references)} pages, 300 dpi")
        per_page = ocr_workers_report(scans, args.workers)
        images = _page_images(scans, 300)
        overhead_report(images, root)
        pdf_overhead_report(scans, root)
        cer_report(images, references, first_pages)
        if not args.skip_ocrmypdf:
            ocrmypdf_report(scans, references, root, per_page)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory: this process {own:.0f} MB, largest child {children:.0f} MB")


if __name__ == "__main__":
    main()
