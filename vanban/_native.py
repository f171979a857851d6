"""Compiled twins of the parser's and the graph builder's hot modules, used when present.

``scripts/compile_native.py`` compiles the modules in :data:`MODULES` with mypyc (plain typed
Python in, a C extension out) into ``vanban/_native/`` and records the SHA-256 of each source
it compiled. A package calls :func:`attach` before it imports its submodules: when the
recorded hashes all match the sources beside them and the binaries were built for this
Python, the compiled directory goes first on the package's ``__path__``, so that
``import vanban.parse.citations`` loads the compiled module. Otherwise nothing changes and the
plain modules run: a source edited since the last compile never runs as a stale binary.
``VANBAN_PURE_PYTHON=1`` turns the compiled modules off.

Only stdlib imports here: the compile script reads :data:`MODULES` before anything is built.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import warnings
from functools import cache
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import Any

MODULES = (
    "vanban.parse.citations",
    "vanban.parse.clauses",
    "vanban.parse.document",
    "vanban.parse.enumerations",
    "vanban.parse.header",
    "vanban.parse.lines",
    "vanban.parse.names",
    "vanban.parse.normalize",
    "vanban.parse.references",
    "vanban.parse.relations",
    "vanban.parse.scan",
    "vanban.parse.stamps",
    "vanban.parse.tables",
    "vanban.graph.assemble",
    "vanban.graph.build",
    "vanban.graph.conflicts",
    "vanban.graph.docview",
    "vanban.graph.identity",
    "vanban.graph.readpool",
)
"""What gets compiled: the modules where the parse and the graph build spend their time."""

PACKAGE = Path(__file__).resolve().parent
NATIVE_DIR = PACKAGE / "_native"
MANIFEST = NATIVE_DIR / "manifest.json"
LIB_DIR = NATIVE_DIR / "lib"  # mypyc's shared runtime of the group, a top-level module


def source_of(module: str) -> Path:
    """The ``.py`` file of a module of this package."""
    return PACKAGE.joinpath(*module.split(".")[1:]).with_suffix(".py")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_tag() -> str:
    """Which interpreter a binary is for (its extension suffix, e.g. ``.cpython-311-x86_64-linux-gnu.so``)."""
    return EXTENSION_SUFFIXES[0]


def check(manifest: dict[str, Any]) -> str | None:
    """Why a compile's manifest does not fit this Python and these sources (None: it fits)."""
    if manifest.get("tag") != build_tag():
        return f"compiled for {manifest.get('tag')}, this Python wants {build_tag()}"
    hashes = manifest.get("sources") or {}
    if sorted(hashes) != sorted(MODULES):
        return "compiled for another module list"
    stale = [m for m in MODULES if not source_of(m).exists() or digest(source_of(m)) != hashes[m]]
    if stale:
        return f"sources changed since the compile: {', '.join(stale)}"
    return None


def why_not_current() -> str | None:
    """Why the compiled modules on disk do not fit (None: they are current)."""
    try:
        manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return "not compiled (python scripts/compile_native.py)"
    except (OSError, ValueError) as exc:
        return f"unreadable {MANIFEST}: {exc}"
    return check(manifest)


@cache
def status() -> tuple[bool, str]:
    """(usable, why): whether the compiled modules can be used, and the reason when not."""
    if os.environ.get("VANBAN_PURE_PYTHON"):
        return False, "VANBAN_PURE_PYTHON is set"
    why = why_not_current()
    if why is None:
        return True, "compiled"
    if MANIFEST.exists():  # compiled once, no longer current: say so
        warnings.warn(f"vanban: running the plain modules, {why}; "
                      "python scripts/compile_native.py compiles them again",
                      RuntimeWarning, stacklevel=3)
    return False, why


def attach(package: str, path: list[str]) -> None:
    """Put the compiled modules of ``package`` (e.g. ``vanban.parse``) first on its ``path``
    (the package's ``__path__``) when :func:`status` allows it."""
    if not status()[0]:
        return
    here = str(NATIVE_DIR.joinpath(*package.split(".")[1:]))
    if here not in path:
        path.insert(0, here)
    if str(LIB_DIR) not in sys.path:
        sys.path.append(str(LIB_DIR))


def compiled(module: str) -> bool:
    """Whether ``module`` (imported) runs as compiled code."""
    mod = sys.modules.get(module)
    return bool(mod is not None and getattr(mod, "__file__", "").endswith(tuple(EXTENSION_SUFFIXES)))
