"""Every bad input is a named per-file error whose message gives the file and the reason."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from vanban.errors import InputFileError, UnsupportedFormatError
from vanban.ingest.detect import detect_kind
from vanban.ingest.extract import extract_text, sha256_file

ROOT = Path(__file__).resolve().parents[2]


def test_zero_byte_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.touch()
    with pytest.raises(InputFileError, match=r"empty\.pdf: empty file \(0 bytes\)"):
        extract_text(path)


def test_unreadable_file(tmp_path: Path) -> None:
    """A mode-000 file. Root reads any file, so as root the check runs as ``nobody`` (setpriv)."""
    if os.geteuid() != 0:
        path = tmp_path / "secret.txt"
        path.write_text("văn bản")
        path.chmod(0)
        with pytest.raises(InputFileError, match="secret.txt: cannot read the file: permission denied"):
            extract_text(path)
        return
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv (util-linux) to drop privileges")
    folder = Path(tempfile.mkdtemp(prefix="vanban-unreadable-"))
    try:
        folder.chmod(0o755)
        path = folder / "secret.txt"
        path.write_text("văn bản")
        path.chmod(0)
        probe = (
            "import sys\n"
            "from vanban.errors import InputFileError\n"
            "from vanban.ingest.extract import extract_text\n"
            "try:\n"
            "    extract_text(sys.argv[1])\n"
            "except InputFileError as e:\n"
            "    print(e)\n"
        )
        done = subprocess.run(
            [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups",
             sys.executable, "-c", probe, str(path)],
            capture_output=True, text=True, timeout=60, cwd=ROOT, check=False,
        )  # fmt: skip
        assert "secret.txt: cannot read the file: permission denied" in done.stdout, done.stderr
    finally:
        shutil.rmtree(folder)


def test_permission_denied_is_translated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Root reads every file, so the OS error is injected (the one thing that cannot run here)."""
    from vanban.ingest import extract

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    path = tmp_path / "secret.txt"
    path.write_text("văn bản")
    monkeypatch.setattr(extract, "open", denied, raising=False)
    with pytest.raises(InputFileError, match="secret.txt: cannot read the file: permission denied"):
        extract_text(path)


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="is a folder"):
        extract_text(tmp_path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="no such file"):
        extract_text(tmp_path / "nope.txt")


def test_binary_junk_is_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "junk.bin"
    path.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(UnsupportedFormatError, match="junk.bin: unsupported file type"):
        extract_text(path)


def test_binary_junk_named_txt(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(os.urandom(4000))
    with pytest.raises(UnsupportedFormatError):
        extract_text(path)


def test_wrong_extension_with_unknown_content(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"\x01\x02\x03 this is no pdf" * 50)
    with pytest.raises(UnsupportedFormatError, match=r"report\.pdf: named \.pdf but its content is not a pdf"):
        extract_text(path)


def test_text_named_pdf_says_what_it_is(tmp_path: Path) -> None:
    path = tmp_path / "note.pdf"
    path.write_text("Chỉ thị số 07-CT/TU", encoding="utf-8")
    with pytest.raises(UnsupportedFormatError, match="plain text"):
        extract_text(path)


def test_rtf_named_doc_is_read_as_the_rtf_it_is(tmp_path: Path) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(b"{\\rtf1\\ansi C\\'e1c ng\\'e0nh}")
    doc = extract_text(path)
    assert doc.kind == "rtf" and doc.pages[0].text.strip() == "Các ngành"


@pytest.mark.parametrize(
    ("head", "name", "kind"),
    [
        (b"%PDF-1.7\n", "x.png", "pdf"),
        (b"\x89PNG\r\n\x1a\n....", "x.pdf", "image"),
        (b"\xff\xd8\xff\xe0", "x.txt", "image"),
        (b"II*\x00", "x", "image"),
        (b"<!DOCTYPE html><html><body>x</body></html>", "page.txt", "html"),
        (b"plain words", "README", "text"),
        (b"<p>fragment</p>", "frag.html", "html"),
    ],
)
def test_magic_bytes_win_over_the_extension(head: bytes, name: str, kind: str) -> None:
    assert detect_kind(Path(name), head) == kind


def test_sha256_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"abc")
    assert sha256_file(path) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
