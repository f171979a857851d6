"""Batch ingestion: discover files, skip unchanged ones, extract and parse in parallel, store.

Workers extract and parse; this process is the one writer, committing each file in its own
transaction as its result arrives. A bad file becomes a :class:`~vanban.models.FileFailure`
naming the file and the reason, and the batch goes on. A run killed at any point keeps every
file already committed; the next run skips them (same content hash, same versions).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from vanban.errors import VanbanError
from vanban.ingest.discover import iter_input_files
from vanban.ingest.executor import make_executor
from vanban.ingest.extract import EXTRACTOR_VERSION, ExtractOptions, extract_text, sha256_file
from vanban.models import ExtractedDocument, FileFailure, ParsedDocument, RunSummary
from vanban.store import DEFAULT_STORE, Store, open_store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    """One file to process (what crosses to a worker)."""

    path: str
    options: ExtractOptions | None


@dataclass(frozen=True)
class Outcome:
    """What a worker sends back: the documents, or the failure."""

    extracted: ExtractedDocument | None = None
    parsed: ParsedDocument | None = None
    failure: FileFailure | None = None


@dataclass(frozen=True)
class Progress:
    """One step of a run, for progress bars: ``done`` of ``total`` files, and the last one."""

    done: int
    total: int
    source: str
    status: str  # "stored", "skipped" or "failed"


def parser_version() -> str:
    """The parser's version string (part of the incremental-skip key)."""
    from vanban import parse

    return str(getattr(parse, "PARSER_VERSION", "0"))


def process_file(job: Job) -> Outcome:
    """Extract and parse one file; never raises for a bad file (runs in a worker)."""
    from vanban.parse import parse_document

    try:
        extracted = extract_text(job.path, options=job.options)
        return Outcome(extracted=extracted, parsed=parse_document(extracted))
    except VanbanError as e:
        reason = getattr(e, "reason", None) or str(e)
        return Outcome(failure=FileFailure(source=job.path, reason=reason, error=type(e).__name__))
    except Exception as e:  # a bug or an unforeseen input must not kill the batch
        log.exception("unexpected error on %s", job.path)
        return Outcome(
            failure=FileFailure(
                source=job.path, reason=f"internal error: {e!r}", error=type(e).__name__
            )
        )


def _warm_up() -> None:
    """Import the parser and compile its patterns once, before worker processes fork.

    Forked workers inherit the warmed modules instead of each paying ~0.3 s of imports and
    regex compilation; under the spawn start method this only costs the parent that time.
    """
    from vanban.ingest import pdf  # noqa: F401  (pypdfium2 loaded before the fork)
    from vanban.parse import parse_document

    parse_document("Số 1-CT/TW\nCăn cứ Nghị quyết số 25-NQ/TW ngày 03/6/2013.", source="warm-up")


def _pending_jobs(
    files: list[Path], store: Store, options: ExtractOptions | None, force: bool, skipped: list[str]
) -> Iterator[Job]:
    version = parser_version()
    for path in files:
        source = str(path)
        if not force:
            try:
                digest = sha256_file(path)
            except OSError:
                digest = ""  # the worker reports the real reason
            if digest and store.is_current(source, digest, EXTRACTOR_VERSION, version):
                skipped.append(source)
                continue
        yield Job(path=source, options=options)


def ingest_folder(
    paths: Iterable[str | Path] = ("data/raw",),
    *,
    store: str | Path | Store = DEFAULT_STORE,
    workers: int | None = None,
    scheduler: str | None = None,
    options: ExtractOptions | None = None,
    force: bool = False,
    on_progress: Callable[[Progress], None] | None = None,
) -> RunSummary:
    """Ingest files and folders into the store and refresh the citation graph.

    Args:
        paths: Files and folders (searched recursively).
        store: Store path or an open :class:`~vanban.store.Store`.
        workers: Local worker processes (default: one per core; 1 runs in this process).
        scheduler: Dask scheduler address; runs the same work on a cluster instead.
        options: Extraction options (OCR language, dpi, …).
        force: Re-process files even when unchanged.
        on_progress: Called after every file.

    Returns:
        A :class:`~vanban.models.RunSummary`; per-file failures are in ``failures``.
    """
    started = time.perf_counter()
    db = store if isinstance(store, Store) else open_store(store)
    files = list(iter_input_files(paths))
    summary = RunSummary(files=len(files))
    skipped: list[str] = []
    version = parser_version()
    _warm_up()
    executor = make_executor(workers, scheduler)
    done = 0
    try:
        jobs = _pending_jobs(files, db, options, force, skipped)
        for job, outcome in executor.run(process_file, jobs):
            status = _write(db, outcome, version, summary)
            done = len(skipped) + summary.processed + len(summary.failures)
            if on_progress:
                on_progress(Progress(done, len(files), job.path, status))
    finally:
        executor.close()
    summary.skipped_unchanged = len(skipped)
    if on_progress and skipped:
        on_progress(Progress(len(files), len(files), skipped[-1], "skipped"))
    _add_graph_figures(db, summary)
    summary.seconds = round(time.perf_counter() - started, 3)
    if not isinstance(store, Store):
        db.close()
    return summary


def _write(db: Store, outcome: Outcome, version: str, summary: RunSummary) -> str:
    if outcome.failure is not None:
        log.warning("%s: %s", outcome.failure.source, outcome.failure.reason)
        db.record_failure(outcome.failure)
        summary.failures.append(outcome.failure)
        return "failed"
    assert outcome.extracted is not None and outcome.parsed is not None
    db.save_document(outcome.extracted, outcome.parsed, parser_version=version)
    summary.processed += 1
    summary.pages += len(outcome.extracted.pages)
    summary.ocr_pages += sum(1 for p in outcome.extracted.pages if p.method == "ocr")
    summary.citations += len(outcome.parsed.citations)
    return "stored"


def _add_graph_figures(db: Store, summary: RunSummary) -> None:
    from vanban.graph import refresh

    stats = refresh(db)
    summary.documents_in_graph = stats.nodes
    summary.unresolved = stats.unresolved
    summary.conflicts = stats.conflicts
