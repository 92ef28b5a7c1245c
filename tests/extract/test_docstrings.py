"""The examples in the extractor's docstrings are true."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.docexamples import run_docstring_examples

# Every module of the extractor that shows an example: a wrong example misleads the next
# reader more than a missing one.
EXTRACT = Path(__file__).parents[2] / "tiendo" / "extract"
MODULES = sorted(
    "tiendo.extract" + ("" if path.stem == "__init__" else f".{path.stem}")
    for path in EXTRACT.glob("*.py")
    if ">>>" in path.read_text(encoding="utf-8")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name: str) -> None:
    result = run_docstring_examples(name)
    assert result.attempted > 0
    assert result.failed == 0
