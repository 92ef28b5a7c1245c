"""Build hook: compiles the figure extractor (`tiendo/extract`) with mypyc.

Everything else about the package is in pyproject.toml. mypyc turns the extractor's typed
Python into C, which reads text about four times as fast (docs/extraction.md, "Speed").
Set TIENDO_PURE_PYTHON=1 to install without compiling. Where the compiler is missing or
fails, the build goes on without the compiled modules (they are optional extensions), and
the same extractor runs from its sources.
"""

from __future__ import annotations

import importlib.machinery
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext

# Decide where the other modules load from, so they stay Python (tiendo/extract/_sources.py).
NEVER_COMPILED = {"__init__.py", "__main__.py", "_sources.py", "_pattern_codes.py"}


def compiled_extractor() -> list[object]:
    here = Path(__file__).parent
    if os.environ.get("TIENDO_PURE_PYTHON", "") not in ("", "0"):
        # An earlier build's modules, in a clone, would still load before the sources.
        suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
        for path in [*here.glob("tiendo/extract/*"), *here.glob("tiendo_extract__mypyc.*")]:
            if path.name.endswith(suffixes):
                path.unlink()
        return []
    from mypyc.build import mypycify

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
        ["--follow-imports=silent", *modules],
        opt_level="3",
        group_name="tiendo_extract",
        multi_file=True,  # a C file per module, which BuildWholeOrNot compiles side by side
    )
    for extension in extensions:
        extension.optional = True  # a failure is a warning, and the install goes on
    return extensions


def sweep_orphans(package: Path) -> None:
    """Removes the compiled form of a module whose source is gone.

    An editable install builds in place and never deletes: a module removed from the
    sources would keep its stale compiled stub beside the others, importable by name.
    """
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    for path in package.iterdir():
        if (
            path.name.endswith(suffixes)
            and not (package / f"{path.name.split('.')[0]}.py").exists()
        ):
            path.unlink()


def stamp_built(paths: list[Path]) -> None:
    """Dates every module's compiled stub now, after the whole library was built.

    The code of every module lives in the one shared library, rebuilt from today's sources;
    the stubs only load it. An incremental `build_ext --inplace` copies an unchanged stub
    back with its old time, so an edited source looked newer than its compiled form and
    `_sources` quietly ran the sources. Dating the stubs with the library says the truth.
    """
    now = time.time()
    for path in paths:
        if path.is_file():
            os.utime(path, (now, now))


def write_pattern_codes(folder: Path) -> None:
    """Writes the code of the extractor's patterns beside its modules (_pattern_codes.py),
    so that no start compiles them again. A failure costs only that tenth of a second."""
    here = Path(__file__).parent
    script = here / "tiendo" / "extract" / "_pattern_codes.py"
    run = "import runpy, sys; runpy.run_path(sys.argv[1], run_name='__main__')"
    done = subprocess.run(
        [sys.executable, "-c", run, str(script), str(folder)],
        cwd=here,
        env={**os.environ, "PYTHONPATH": str(here)},
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        print(f"the patterns' code was not written: {done.stderr.strip()[-500:]}")


class BuildWholeOrNot(build_ext):
    """Builds the compiled extractor whole, or not at all.

    Its modules are one shared library (tiendo_extract__mypyc: a C file per module, compiled
    side by side; as one 50 MB file gcc took several minutes on one core, and the whole
    build now takes about two on two) and a small stub per module that loads it. As optional
    extensions, a library that failed (no Python headers, gcc out of memory) left the
    stubs, and every run warned that the library is missing. Here the library builds
    first, and if it fails nothing is compiled: the extractor runs from its sources, as
    where there is no C compiler at all, and the install goes on.
    """

    def build_extension(self, ext: Any) -> None:
        # gcc takes minutes over the library's C, one file after another; its files are
        # compiled on every core the process may use (the objects are linked as before).
        compile_one_by_one = self.compiler.compile
        jobs = len(os.sched_getaffinity(0))

        def compile_side_by_side(sources: list[str], *args: Any, **kwargs: Any) -> list[str]:
            if jobs < 2 or len(sources) < 2:
                return compile_one_by_one(sources, *args, **kwargs)
            with ThreadPoolExecutor(jobs) as pool:
                parts = pool.map(lambda one: compile_one_by_one([one], *args, **kwargs), sources)
                return [obj for part in parts for obj in part]

        self.compiler.compile = compile_side_by_side
        try:
            super().build_extension(ext)
        finally:
            del self.compiler.compile  # the class's own method again

    def run(self) -> None:
        super().run()
        # After the run: setuptools builds in place by building in build_lib first.
        in_place = self.inplace or getattr(self, "editable_mode", False)
        package = Path(__file__).parent if in_place else Path(self.build_lib)
        write_pattern_codes(package / "tiendo" / "extract")

    def build_extensions(self) -> None:
        super().build_extensions()
        here = Path(__file__).parent
        built = [Path(self.get_ext_fullpath(ext.name)) for ext in self.extensions]
        if all(path.is_file() for path in built):
            stamp_built(built)
            sweep_orphans(here / "tiendo" / "extract")
            return
        for extension in self.extensions:  # and what an earlier build left in the clone
            Path(self.get_ext_fullpath(extension.name)).unlink(missing_ok=True)
            (here / self.get_ext_filename(extension.name)).unlink(missing_ok=True)
        self.warn("the extractor is not compiled (see above); it runs from its sources")


if __name__ == "__main__":  # as pip's build backend runs it; a test imports the helpers
    setup(ext_modules=compiled_extractor(), cmdclass={"build_ext": BuildWholeOrNot})
