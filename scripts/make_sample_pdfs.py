"""Make the sample PDFs of data/raw from the sample texts, deterministically.

    python scripts/make_sample_pdfs.py            # write data/raw/<stem>.pdf and <stem>.scan.pdf
    python scripts/make_sample_pdfs.py --check    # regenerate into a temp dir, compare bytes

Every sample text gets a text-layer PDF laid out as a real document; the samples listed in
SCANNED also get an image-only "scanned" PDF (300 dpi greyscale JPEG pages, mild noise and
rotation). ``--check`` exits 1 when a committed PDF differs from what this script produces.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from vanban.testing.pdfgen import render_scanned_pdf, render_text_pdf

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
SCANNED = ("000", "002")  # official samples with a received stamp; 003 would add ~1.7 MB


def build(out_dir: Path, raw_dir: Path = RAW) -> list[Path]:
    """Render every sample text of ``raw_dir`` into ``out_dir``; return the written PDFs."""
    written: list[Path] = []
    for text_path in sorted(raw_dir.glob("*.txt")):
        text = text_path.read_text(encoding="utf-8")
        written.append(render_text_pdf(text, out_dir / f"{text_path.stem}.pdf", seed=0))
        prefix = text_path.stem.split("_")[0]
        if prefix in SCANNED:
            target = out_dir / f"{text_path.stem}.scan.pdf"
            written.append(render_scanned_pdf(text, target, seed=int(prefix)))
    return written


def check(raw_dir: Path = RAW) -> list[str]:
    """Regenerate into a temporary folder; return one message per differing or missing file."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = build(Path(tmp), raw_dir)
        expected = {p.name for p in fresh}
        for path in fresh:
            committed = raw_dir / path.name
            if not committed.is_file():
                problems.append(f"{committed}: missing (run scripts/make_sample_pdfs.py)")
            elif committed.read_bytes() != path.read_bytes():
                problems.append(f"{committed}: differs from the generator's output")
        for stray in sorted(raw_dir.glob("*.pdf")):
            if stray.name not in expected:
                problems.append(f"{stray}: not produced by the generator")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="compare committed PDFs, write nothing"
    )
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        print("sample PDFs:", "DIFFER" if problems else "up to date")
        return 1 if problems else 0
    for path in build(RAW):
        print(f"{path.relative_to(RAW.parents[1])}  {path.stat().st_size:>9,d} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
