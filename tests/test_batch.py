"""Batch ingestion: bad files in the middle, incremental re-runs, kill -9 and resume."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import make_text_corpus
from vanban.ingest.batch import ingest_folder
from vanban.store import open_store


def _bad_files(folder: Path) -> set[str]:
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.bin").write_bytes(os.urandom(4096))
    (folder / "truncated.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R")
    return {"empty.txt", "junk.bin", "truncated.pdf"}


def test_bad_files_are_reported_by_name_and_the_batch_goes_on(sample_texts, store_path):
    bad = _bad_files(sample_texts)
    summary = ingest_folder([sample_texts], store=store_path, workers=1)
    failed = {Path(f.source).name: f for f in summary.failures}
    assert set(failed) == set(bad)
    assert all(f.reason for f in failed.values())
    assert summary.processed == 5
    with open_store(store_path) as db:
        assert db.counts()["documents"] == 5
        assert {Path(f.source).name for f in db.failures()} == set(bad)


def test_rerun_on_unchanged_files_does_no_work(sample_texts, store_path):
    first = ingest_folder([sample_texts], store=store_path, workers=1)
    again = ingest_folder([sample_texts], store=store_path, workers=1)
    assert first.processed == 5
    assert (again.processed, again.skipped_unchanged) == (0, 5)
    (sample_texts / "003_7a726011005a37cb.txt").write_text("Số 01-CT/TU\nnội dung mới", "utf-8")
    third = ingest_folder([sample_texts], store=store_path, workers=1)
    assert (third.processed, third.skipped_unchanged) == (1, 4)


def test_process_pool_gives_the_same_store_as_one_process(sample_texts, tmp_path):
    ingest_folder([sample_texts], store=tmp_path / "one.sqlite", workers=1)
    ingest_folder([sample_texts], store=tmp_path / "two.sqlite", workers=2)
    with open_store(tmp_path / "one.sqlite") as a, open_store(tmp_path / "two.sqlite") as b:
        assert a.snapshot() == b.snapshot()


def _documents(store: Path) -> int:
    try:
        with sqlite3.connect(store, timeout=5) as conn:
            return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_kill_9_then_rerun_gives_the_same_store_as_an_uninterrupted_run(tmp_path):
    corpus = tmp_path / "corpus"
    total = len(make_text_corpus(corpus, 300))
    killed, clean = tmp_path / "killed.sqlite", tmp_path / "clean.sqlite"
    cmd = [sys.executable, "-m", "vanban.cli", "ingest", str(corpus), "--workers", "1",
           "--no-progress", "--store", str(killed)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _documents(killed) < 20 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.005)
    assert proc.poll() is None, "the run ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 0 < _documents(killed) < total
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ingest_folder([corpus], store=clean, workers=1)
    with open_store(killed) as a, open_store(clean) as b:
        assert a.snapshot() == b.snapshot()
        assert a.counts()["documents"] == total


@pytest.mark.slow
def test_a_dask_cluster_gives_the_same_store_as_the_local_run(sample_texts, tmp_path):
    distributed = pytest.importorskip("distributed")
    ingest_folder([sample_texts], store=tmp_path / "local.sqlite", workers=2)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        summary = ingest_folder(
            [sample_texts], store=tmp_path / "dask.sqlite", scheduler=cluster.scheduler_address
        )
    assert summary.processed == 5
    with open_store(tmp_path / "local.sqlite") as a, open_store(tmp_path / "dask.sqlite") as b:
        assert a.snapshot() == b.snapshot()
