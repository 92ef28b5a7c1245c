"""Build hook: compiles the figure extractor (`tiendo/extract`) with mypyc.

Everything else about the package is in pyproject.toml. mypyc turns the extractor's typed
Python into C, which reads text about 1,7 times as fast (docs/extraction.md, "Speed").
Set TIENDO_PURE_PYTHON=1 to install without compiling. Where the compiler is missing or
fails, the build goes on without the compiled modules (they are optional extensions), and
the same extractor runs from its sources.
"""

from __future__ import annotations

import importlib.machinery
import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

# Decide where the other modules load from, so they stay Python (tiendo/extract/_sources.py);
# _patterns.py runs once at start-up, on re's internals, where compiling gains nothing.
NEVER_COMPILED = {"__init__.py", "__main__.py", "_sources.py", "_patterns.py"}


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
        ["--follow-imports=silent", *modules], opt_level="3", group_name="tiendo_extract"
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


# Run from the sources in a fresh interpreter: loads the extractor with re's cache unbounded
# (and reads some text), then writes the compiled program of every pattern compiled on the
# way, each checked to give the pattern object re builds (tiendo/extract/_patterns.py).
_RECORD_PATTERNS = """
import array, json, marshal, re, sys
from re import _compiler, _parser
re._MAXCACHE = 1 << 30
import tiendo.extract._patterns as patterns
import tiendo.cli, tiendo.extract.commands, tiendo.extract.prose
from pathlib import Path
# A few patterns are compiled when first needed (kinds._CuesByWord: one per cue's first
# word); reading the tuning parts of the corpus, where the clone has them, meets them.
for part in sorted(Path("tests/extract/data/corpus").glob("tune*.jsonl")):
    for line in part.read_text(encoding="utf-8").splitlines():
        if line.strip():
            tiendo.extract.prose.extract_figures(str(json.loads(line).get("text", "")))
engine = _compiler._sre
rows = []
for (kind, pattern, flags), built in list(re._cache.items()):
    if kind is not str or flags & re.DEBUG:
        continue
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    final_flags, groups = flags | parsed.state.flags, parsed.state.groups - 1
    if engine.compile(pattern, final_flags, code, groups, groupindex, tuple(indexgroup)) != built:
        continue  # not what re builds: left to re
    # As the bytes of an array of C unsigned ints: read back far faster than a list.
    program = array.array("I", code).tobytes()
    rows.append((pattern, int(flags), int(final_flags), program, groups, groupindex, indexgroup))
with open(patterns.PROGRAMS, "wb") as out:
    marshal.dump((patterns.stamp(), rows), out)
"""


def record_patterns(here: Path, build_lib: Path | None = None) -> None:
    """Writes the extractor's patterns compiled (tiendo/extract/_patterns.py) in the clone,
    and in `build_lib` for a wheel; a failure only costs start-up time."""
    environment = {**os.environ, "TIENDO_EXTRACT_SOURCES": "1", "PYTHONPATH": str(here)}
    package = here / "tiendo" / "extract"
    for old in package.glob("_patterns.*.marshal"):
        old.unlink()
    subprocess.run([sys.executable, "-c", _RECORD_PATTERNS], env=environment, cwd=here, check=False)
    if build_lib is not None and (build_lib / "tiendo" / "extract").is_dir():
        for written in package.glob("_patterns.*.marshal"):
            shutil.copyfile(written, build_lib / "tiendo" / "extract" / written.name)


class BuildWholeOrNot(build_ext):
    """Builds the compiled extractor whole, or not at all.

    Its modules are one shared library (tiendo_extract__mypyc, a 50 MB C file that takes
    gcc minutes and much memory) and a small stub per module that loads it. As optional
    extensions, a library that failed (no Python headers, gcc out of memory) left the
    stubs, and every run warned that the library is missing. Here the library builds
    first, and if it fails nothing is compiled: the extractor runs from its sources, as
    where there is no C compiler at all, and the install goes on.
    """

    def build_extensions(self) -> None:
        super().build_extensions()
        here = Path(__file__).parent
        record_patterns(here, None if self.inplace else Path(self.build_lib))
        if all(Path(self.get_ext_fullpath(ext.name)).is_file() for ext in self.extensions):
            sweep_orphans(here / "tiendo" / "extract")
            return
        for extension in self.extensions:  # and what an earlier build left in the clone
            Path(self.get_ext_fullpath(extension.name)).unlink(missing_ok=True)
            (here / self.get_ext_filename(extension.name)).unlink(missing_ok=True)
        self.warn("the extractor is not compiled (see above); it runs from its sources")


if __name__ == "__main__":  # as pip's build backend runs it; a test imports the helpers
    setup(ext_modules=compiled_extractor(), cmdclass={"build_ext": BuildWholeOrNot})
