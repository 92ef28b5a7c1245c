"""Start-up: the regular expressions the extractor compiles as it loads, compiled at build.

Loading the extractor compiles some 720 patterns at module level. Python's `re` parses and
compiles each in Python code: about 75 ms of the 130 ms that `tiendo extract` takes to
start, paid again by every run. The build (setup.py, `record_patterns`) writes each
pattern's compiled program to PROGRAMS; `preload` turns them into pattern objects with the
call `re` itself ends with (`_sre.compile`) and puts them in `re`'s cache, where the
modules' own `re.compile` calls find them. The patterns are the same objects `re` would
build (the build checks each one equal), so the output cannot change.

The file is stamped with the Python version and the regex engine's constants: from another
Python, or missing, nothing is preloaded and every pattern is compiled as before. A pattern
edited since the build is not in the file under its new text, and is compiled as before.
"""

from __future__ import annotations

import importlib
import marshal
import re
import sys
from array import array
from pathlib import Path

# marshal: read in a few ms, where json takes ten times as long.
PROGRAMS = Path(__file__).with_name(f"_patterns.{sys.implementation.cache_tag}.marshal")


def stamp() -> list[object]:
    """What a compiled program depends on besides its pattern's text and flags."""
    engine = importlib.import_module("_sre")
    # A program is written as the bytes of an array of C unsigned ints, each a code word.
    return [sys.version, engine.MAGIC, engine.CODESIZE, array("I").itemsize, engine.MAXREPEAT]


def preload(path: Path = PROGRAMS, cache: dict[object, object] | None = None) -> int:
    """Puts the patterns compiled at build time into `re`'s cache (or `cache`); says how
    many."""
    if cache is None:
        cache = getattr(re, "_cache", None)
        if not isinstance(cache, dict):  # another `re` than the one the build read
            return 0
    try:
        with open(path, "rb") as stream:
            # loads of the bytes: load would read the file object by object
            written, rows = marshal.loads(stream.read())
    except (OSError, ValueError, EOFError, TypeError):
        return 0
    if written != stamp():
        return 0
    engine = importlib.import_module("_sre")
    count = 0
    for pattern, flags, final_flags, program, groups, groupindex, indexgroup in rows:
        key = (str, pattern, flags)
        if key not in cache:
            code = array("I", program).tolist()
            # As re._compiler.compile ends, with the program it computed at build time.
            cache[key] = engine.compile(
                pattern, final_flags, code, groups, groupindex, tuple(indexgroup)
            )
            count += 1
    return count
