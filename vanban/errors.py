"""One exception hierarchy for vanban; every error carries an exit code and says what to do.

The library raises these; the CLI turns them into one line on stderr and the exit code, in one
place (``vanban.cli``). Low-level errors are translated at the boundary with ``raise … from e``.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes of the ``vanban`` command."""

    ok = 0
    bad_args = 2
    input_file = 3
    missing_dependency = 4
    not_found = 5
    file_failures = 6
    store = 7
    other = 15
    ctrl_c = 130


class VanbanError(Exception):
    """Root of every error vanban raises on purpose."""

    exit_code: ExitCode = ExitCode.other


class InputFileError(VanbanError):
    """A file cannot be read as a document: empty, corrupt, encrypted, unsupported, unreadable.

    ``str(err)`` names the file and the reason.
    """

    exit_code = ExitCode.input_file

    def __init__(self, path: object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class EncryptedFileError(InputFileError):
    """A password-protected PDF."""


class UnsupportedFormatError(InputFileError):
    """A file whose type vanban does not read."""


class EncodingError(InputFileError):
    """Text whose encoding could not be decoded or detected."""


class OcrError(VanbanError):
    """Tesseract failed in a way that is not a single bad page."""

    exit_code = ExitCode.other


class MissingDependencyError(VanbanError):
    """A program or data file vanban needs is not installed; the message names the package."""

    exit_code = ExitCode.missing_dependency


class ParseError(VanbanError):
    """Text that the parser refuses (never raised for merely unusual documents)."""


class ReferenceNotFound(VanbanError):
    """A document reference (``25-NQ/TW``) that matches no node of the graph."""

    exit_code = ExitCode.not_found


class AmbiguousReference(VanbanError):
    """A reference that fits several documents; ``candidates`` lists them."""

    exit_code = ExitCode.not_found

    def __init__(self, ref: str, candidates: list[str]) -> None:
        self.ref = ref
        self.candidates = candidates
        super().__init__(
            f"{ref!r} fits {len(candidates)} documents: {', '.join(candidates)}; "
            "add the date or the issuing body to choose one"
        )


class StoreError(VanbanError):
    """The store file cannot be opened or is from an incompatible version."""

    exit_code = ExitCode.store
