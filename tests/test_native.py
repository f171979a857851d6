"""The compiled modules (``vanban/_native.py``): used only when current, and the same answers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vanban import _native
from vanban.parse import parse_document

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = sorted((ROOT / "tests" / "data" / "documents").glob("*.txt"))


def _manifest() -> dict:
    return {"tag": _native.build_tag(),
            "sources": {m: _native.digest(_native.source_of(m)) for m in _native.MODULES}}


def test_a_manifest_of_the_current_sources_fits():
    assert _native.check(_manifest()) is None


def test_an_edited_source_makes_the_compile_stale():
    manifest = _manifest()
    manifest["sources"]["vanban.parse.citations"] = "0" * 64
    assert _native.check(manifest) == "sources changed since the compile: vanban.parse.citations"


def test_a_compile_for_another_python_does_not_fit():
    manifest = _manifest() | {"tag": ".cpython-399-x86_64-linux-gnu.so"}
    assert _native.check(manifest).startswith("compiled for .cpython-399")


def test_a_compile_of_another_module_list_does_not_fit():
    manifest = _manifest()
    del manifest["sources"]["vanban.graph.build"]
    assert _native.check(manifest) == "compiled for another module list"


@pytest.mark.skipif(not _native.MANIFEST.exists() or bool(os.environ.get("VANBAN_PURE_PYTHON")),
                    reason="not compiled here, or turned off")
def test_when_compiled_the_hot_modules_run_compiled():
    import vanban.graph.build  # noqa: F401
    import vanban.parse.citations  # noqa: F401

    assert _native.status() == (True, "compiled")
    assert _native.compiled("vanban.parse.citations")
    assert _native.compiled("vanban.graph.build")


_PLAIN_RUN = """
import json, sys
from vanban import _native
from vanban.parse import parse_document
import vanban.parse.citations
assert not _native.compiled("vanban.parse.citations")
paths = json.loads(sys.argv[1])
out = [parse_document(open(p, encoding="utf-8").read()).model_dump(mode="json") for p in paths]
print(json.dumps(out, ensure_ascii=False, sort_keys=True))
"""


@pytest.mark.slow
def test_compiled_and_plain_modules_parse_the_acceptance_set_alike():
    here = [parse_document(p.read_text(encoding="utf-8")).model_dump(mode="json")
            for p in DOCUMENTS]
    env = dict(os.environ, VANBAN_PURE_PYTHON="1")
    plain = subprocess.run([sys.executable, "-c", _PLAIN_RUN, json.dumps(list(map(str, DOCUMENTS)))],
                           cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert json.loads(plain.stdout) == json.loads(json.dumps(here, ensure_ascii=False,
                                                            sort_keys=True))
    assert len(here) >= 100
