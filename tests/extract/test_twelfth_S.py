"""Start-up: the patterns compiled at build time (tiendo/extract/_patterns.py) are the ones
`re` builds, and a file that does not fit this Python is not read."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tiendo.extract import _patterns


def test_each_preloaded_pattern_is_the_one_re_compiles() -> None:
    if not _patterns.PROGRAMS.is_file():
        pytest.skip("not built: setup.py build_ext writes the compiled patterns")
    cache: dict[object, object] = {}
    count = _patterns.preload(cache=cache)
    assert count == len(cache) > 500
    compiler = re._compiler  # type: ignore[attr-defined]
    for (kind, pattern, flags), preloaded in cache.items():
        assert kind is str
        assert preloaded == compiler.compile(pattern, flags), pattern


# Counts the patterns `re` still compiles while a fresh interpreter loads the extractor.
_COUNT_COMPILES = """
import re, sys
from re import _compiler
original, count = _compiler.compile, [0]
def counting(pattern, flags=0):
    count[0] += 1
    return original(pattern, flags)
_compiler.compile = counting
import tiendo.extract.prose, tiendo.extract.commands
print(count[0])
"""


def test_the_extractor_compiles_almost_no_pattern_as_it_loads_when_built() -> None:
    if not _patterns.PROGRAMS.is_file():
        pytest.skip("not built: setup.py build_ext writes the compiled patterns")
    root = Path(_patterns.__file__).parent.parent.parent
    environment = {**os.environ, "PYTHONPATH": str(root)}
    result = subprocess.run(
        [sys.executable, "-c", _COUNT_COMPILES],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    assert int(result.stdout) < 20  # some 720 without the file


def test_a_module_pattern_is_among_the_preloaded() -> None:
    if not _patterns.PROGRAMS.is_file():
        pytest.skip("not built: setup.py build_ext writes the compiled patterns")
    from tiendo.extract import prose, sentences

    cache: dict[object, object] = {}
    _patterns.preload(cache=cache)
    for pattern in (prose._TOPIC, prose._PERIOD_WORD, sentences._BREAK):
        assert cache[str, pattern.pattern, 0] == pattern


@pytest.mark.parametrize(
    "content",
    [
        marshal.dumps((["another Python"], [("a+", 0, 32, [1, 2], 0, {}, [None])])),
        b"not marshal",
        b"",
    ],
    ids=["a file from another Python", "a damaged file", "an empty file"],
)
def test_a_file_that_does_not_fit_preloads_nothing(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "programs.marshal"
    path.write_bytes(content)
    cache: dict[object, object] = {}
    assert _patterns.preload(path, cache) == 0
    assert cache == {}


def test_no_file_preloads_nothing(tmp_path: Path) -> None:
    cache: dict[object, object] = {}
    assert _patterns.preload(tmp_path / "missing.marshal", cache) == 0
    assert cache == {}
