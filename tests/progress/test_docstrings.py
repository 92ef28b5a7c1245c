"""The examples in the progress package's docstrings are run, so they stay true."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import tiendo.progress

MODULES = sorted(
    f"tiendo.progress.{info.name}" for info in pkgutil.iter_modules(tiendo.progress.__path__)
)


@pytest.mark.parametrize("name", ["tiendo.progress", *MODULES])
def test_docstring_examples_hold(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0
    assert result.failed == 0
