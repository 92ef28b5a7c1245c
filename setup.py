"""Build hook: compiles the figure extractor (`tiendo/extract`) with mypyc.

Everything else about the package is in pyproject.toml. mypyc turns the extractor's typed
Python into C, which reads text about 1,7 times as fast (docs/extraction.md, "Speed").
Set TIENDO_PURE_PYTHON=1 to install without compiling. Where the compiler is missing or
fails, the build goes on without the compiled modules (they are optional extensions), and
the same extractor runs from its sources.
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import setup

# Decide where the other modules load from, so they stay Python (tiendo/extract/_sources.py).
NEVER_COMPILED = {"__init__.py", "__main__.py", "_sources.py"}


def compiled_extractor() -> list[object]:
    if os.environ.get("TIENDO_PURE_PYTHON", "") not in ("", "0"):
        return []
    from mypyc.build import mypycify

    here = Path(__file__).parent
    modules = sorted(
        str(path.relative_to(here))
        for path in (here / "tiendo" / "extract").glob("*.py")
        if path.name not in NEVER_COMPILED
    )
    # mypyc type-checks what it compiles with the project's mypy settings, following the
    # imports out of the extractor (tiendo.documents, ...). pip's build environment holds
    # only setuptools and mypy, not numpy, Pillow or pypdf that those modules import: their
    # errors are silenced, as they are checked by `mypy` in a full environment (scripts/test).
    # Without this a fresh clone does not install (a .mypy_cache from a full run hid it).
    extensions = mypycify(
        ["--follow-imports=silent", *modules], opt_level="3", group_name="tiendo_extract"
    )
    for extension in extensions:
        extension.optional = True
    return extensions


setup(ext_modules=compiled_extractor())
