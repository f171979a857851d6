"""The examples in the docstrings are tests too (the modules whose examples name behaviour)."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["vanban.symbols", "vanban.parse.names", "vanban.parse.normalize",
           "vanban.parse.symbols", "vanban.graph.identity"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
