"""The extractor's regular expressions, compiled when tiendo is built, not at every start.

Python's `re` parses and compiles a pattern in Python code. The extractor compiles about
800 patterns as it loads, which took 0,1 s of the 0,17 s `tiendo extract` needs before
it reads a word. So the build (`setup.py`) loads the package once, keeps the code `re`
made of each pattern (the list of integers its C matcher runs, `_sre`), and writes it
beside the modules. As the package loads, `precompiled()` gives `re.compile` that code
for the patterns it knows; the matcher checks the code as it takes it.

The file belongs to one interpreter: its name holds the cache tag (`cpython-311`) and
its header the exact version and the matcher's magic number. Another Python, a file
that cannot be read, or a pattern edited since the build: those patterns compile as
always. `TIENDO_PATTERN_CODES=0` turns it off. `re`'s internals (`re._compiler`,
`_sre.compile`) are used here only, and only under that header.

setup.py runs this file by `runpy.run_path` with the folder to write to, from the root of
the source tree: loaded as a module of the package, the package would load first, and
nothing would be left to see; run as `python FILE`, tiendo/extract would stand first on
sys.path, where its `numbers.py` hides the standard library's.
"""

from __future__ import annotations

import importlib
import marshal
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).parent
# A pattern as re.compile was asked for it -> the arguments `re` passed to _sre.compile
# after the pattern: flags, code, groups, group index, index group.
Key = tuple[str, int]
Code = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_sre: Any = importlib.import_module("_sre")
_compiler: Any = importlib.import_module("re._compiler")


def file_name() -> str:
    return f"_pattern_codes.{sys.implementation.cache_tag}.marshal"


def header() -> tuple[int, int, int]:
    """What must be the same for code to be taken: the interpreter and its matcher."""
    return (sys.hexversion, _sre.MAGIC, _sre.CODESIZE)


def codes_of(compile_all: Callable[[], object]) -> dict[Key, Code]:
    """The code `re` makes of each pattern of text compiled while `compile_all` runs.

    >>> codes = codes_of(lambda: re.compile("(?P<n>[0-9]+)%", re.I))
    >>> flags, code, groups, index, names = codes["(?P<n>[0-9]+)%", re.I]
    >>> groups, index, names
    (1, {'n': 1}, (None, 'n'))
    """
    codes: dict[Key, Code] = {}
    asked: list[Key] = []
    compile_text = re.compile

    class Matcher:
        """_sre for re._compiler: notes the code it is given for the pattern asked."""

        def __getattr__(self, name: str) -> Any:
            return getattr(_sre, name)

        def compile(self, pattern: Any, flags: int, code: list[int], *rest: Any) -> Any:
            if asked and asked[-1][0] is pattern:
                groups, index, names = rest
                codes[asked[-1]] = (int(flags), [int(c) for c in code], groups, dict(index), names)
            return _sre.compile(pattern, flags, code, *rest)

    def noting(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        if type(pattern) is not str:
            return compile_text(pattern, flags)
        asked.append((pattern, int(flags)))
        try:
            return compile_text(pattern, flags)
        finally:
            asked.pop()

    re.purge()  # or a pattern compiled before would come from re's cache, unseen
    _compiler._sre = Matcher()
    re.compile = noting
    try:
        compile_all()
    finally:
        re.compile = compile_text
        _compiler._sre = _sre
    return codes


def write(folder: Path, codes: dict[Key, Code]) -> Path:
    path = folder / file_name()
    partial = path.with_suffix(".partial")
    partial.write_bytes(marshal.dumps((header(), codes)))
    partial.replace(path)  # never a half-written file under the name that is read
    return path


def load(folder: Path = FOLDER) -> dict[Key, Code]:
    """The codes written for this interpreter in `folder`; {} when there are none."""
    try:
        written, codes = marshal.loads((folder / file_name()).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return codes if written == header() and isinstance(codes, dict) else {}


@contextmanager
def precompiled(codes: dict[Key, Code] | None = None) -> Iterator[None]:
    """While the package loads, re.compile takes the code written for a pattern it knows."""
    if os.environ.get("TIENDO_PATTERN_CODES", "") == "0":
        yield
        return
    known = load() if codes is None else codes
    if not known:
        yield
        return
    compile_text = re.compile

    def compile_known(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        if type(pattern) is str:
            code = known.get((pattern, int(flags)))
            if code is not None:
                try:
                    return _sre.compile(pattern, *code)  # type: ignore[no-any-return]
                except (RuntimeError, TypeError, ValueError):  # code the matcher refused
                    pass
        return compile_text(pattern, flags)

    re.compile = compile_known
    try:
        yield
    finally:
        re.compile = compile_text


def record(folder: Path) -> Path:
    """Loads the extractor and its command as `tiendo extract` does, and writes the code
    of every pattern they compile to `folder`."""
    os.environ["TIENDO_PATTERN_CODES"] = "0"  # the file in the package is not read
    os.environ["TIENDO_EXTRACT_SOURCES"] = "1"  # the same patterns, from any build
    codes = codes_of(lambda: importlib.import_module("tiendo.extract.commands"))
    return write(folder, codes)


if __name__ == "__main__":
    written = record(Path(sys.argv[-1]))
    print(f"{written}: the code of {len(load(written.parent))} patterns")
