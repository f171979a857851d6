"""The examples in the docstrings are tests too (the modules whose examples name behaviour)."""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import sys
from types import ModuleType

import pytest

from vanban import _native

MODULES = ["vanban.symbols", "vanban.parse.names", "vanban.parse.normalize",
           "vanban.parse.symbols", "vanban.graph.identity"]


def _source_module(module: ModuleType) -> ModuleType:
    """The module itself, or for a compiled one (no Python functions for doctest to read) its
    source loaded as a plain module: the examples are read there and run on the compiled one."""
    if not _native.compiled(module.__name__):
        return module
    spec = importlib.util.spec_from_file_location(f"{module.__name__}__source",
                                                  _native.source_of(module.__name__))
    assert spec is not None and spec.loader is not None
    plain = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = plain  # dataclasses look their module up there
    try:
        spec.loader.exec_module(plain)
    finally:
        del sys.modules[spec.name]
    return plain


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for test in doctest.DocTestFinder().find(_source_module(module), name,
                                             globs=dict(vars(module))):
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.attempted > 0
    assert result.failed == 0
