"""The store: transactional writes, incremental skip keys, failures, snapshots."""

from __future__ import annotations

import datetime as dt

import pytest

from vanban.errors import StoreError
from vanban.models import Citation, ExtractedDocument, FileFailure, Header, PageText, ParsedDocument
from vanban.store import open_store


def _docs(source: str = "a.txt", sha: str = "ab" * 32) -> tuple[ExtractedDocument, ParsedDocument]:
    page = PageText(number=1, text="Số 07-CT/TU …", method="plain_text", engine="python")
    extracted = ExtractedDocument(
        source=source, sha256=sha, size=10, kind="text", extractor_version="x1", pages=[page]
    )
    cite = Citation(symbol="25-NQ/TW", date=dt.date(2013, 6, 3), text="25-NQ/TW", start=0, end=8)
    parsed = ParsedDocument(source=source, sha256=sha, header=Header(symbol="07-CT/TU"),
                            citations=[cite])
    return extracted, parsed


def test_saved_document_reads_back_and_is_current(tmp_path):
    extracted, parsed = _docs()
    with open_store(tmp_path / "s.sqlite") as db:
        db.save_document(extracted, parsed, parser_version="p1")
        assert db.is_current("a.txt", extracted.sha256, "x1", "p1")
        assert not db.is_current("a.txt", extracted.sha256, "x1", "p2")
        assert not db.is_current("a.txt", "cd" * 32, "x1", "p1")
        assert list(db.iter_parsed()) == [parsed]
        assert db.get_extracted(extracted.sha256) == extracted
        assert db.counts() == {"documents": 1, "pages": 1, "ocr_pages": 0, "citations": 1}


def test_failed_transaction_leaves_nothing(tmp_path):
    with open_store(tmp_path / "s.sqlite") as db:
        with pytest.raises(RuntimeError), db.transaction() as c:
            c.execute("INSERT INTO meta VALUES ('x', 'y')")
            raise RuntimeError("killed")
        assert db.conn.execute("SELECT COUNT(*) FROM meta WHERE key='x'").fetchone() == (0,)


def test_success_clears_an_earlier_failure_of_the_same_file(tmp_path):
    extracted, parsed = _docs()
    with open_store(tmp_path / "s.sqlite") as db:
        db.record_failure(FileFailure(source="a.txt", reason="empty file", error="InputFileError"))
        assert [f.reason for f in db.failures()] == ["empty file"]
        db.save_document(extracted, parsed, parser_version="p1")
        assert db.failures() == []


def test_fingerprint_changes_when_a_document_is_added(tmp_path):
    with open_store(tmp_path / "s.sqlite") as db:
        before = db.documents_fingerprint()
        db.save_document(*_docs(), parser_version="p1")
        assert db.documents_fingerprint() != before


def test_incompatible_schema_is_a_clear_error(tmp_path):
    path = tmp_path / "s.sqlite"
    with open_store(path) as db:
        db.conn.execute("UPDATE meta SET value='999' WHERE key='schema_version'")
    with pytest.raises(StoreError, match="schema 999"):
        open_store(path)


def test_a_store_that_is_not_sqlite_is_a_clear_error(tmp_path):
    path = tmp_path / "s.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="s.sqlite"):
        open_store(path)


def test_fingerprint_changes_on_every_document_write(tmp_path):
    """Re-parsing a stored file replaces its row: the count stays, the fingerprint must not."""
    from vanban.ingest.batch import ingest_folder

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Số 1-CT/TU\nThực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013.", encoding="utf-8")
    path = tmp_path / "s.sqlite"
    ingest_folder([folder], store=path, workers=1)
    with open_store(path) as store:
        first = store.documents_fingerprint()
        assert store.documents_fingerprint() == first  # stable when nothing changes
    ingest_folder([folder], store=path, workers=1, force=True)  # same file, same row count
    with open_store(path) as store:
        assert store.counts()["documents"] == 1
        assert store.documents_fingerprint() != first
