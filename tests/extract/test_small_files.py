"""Each module of tiendo.extract stays small enough to read in one sitting."""

from __future__ import annotations

from pathlib import Path

import pytest

import tiendo.extract

MODULES = sorted(Path(tiendo.extract.__file__).parent.glob("*.py"))
LIMIT = 500  # lines; new rules go into a module of their own


@pytest.mark.parametrize("module", MODULES, ids=[m.name for m in MODULES])
def test_no_extract_module_is_over_500_lines(module: Path) -> None:
    lines = module.read_text(encoding="utf-8").count("\n")
    assert lines <= LIMIT, f"{module.name} has {lines} lines"
