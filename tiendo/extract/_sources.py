"""Which form of the extractor to load: the modules mypyc compiled at install, or their sources.

`pip install` compiles `tiendo.extract` with mypyc where a C compiler is at hand (setup.py),
which reads text about four times as fast. An editable install puts the compiled modules
beside their sources, where Python prefers them; after a source is edited, or after
`git pull`, they no longer say what the sources say. So the sources are loaded instead when

- `TIENDO_EXTRACT_SOURCES=1` is set (to debug, profile or measure coverage), or
- any module's source is newer than its compiled form, or has none, or the shared library
  the compiled modules load is missing; then a warning says how to build them again.

This module, `__init__.py`, `__main__.py` and `_pattern_codes.py` are never compiled: they
decide before any other module loads.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

PACKAGE = "tiendo.extract"
FOLDER = Path(__file__).parent
# The shared library that holds every compiled module (mypycify's group_name in setup.py).
COMPILED_LIBRARY = "tiendo_extract__mypyc"
NEVER_COMPILED = frozenset({"__init__", "__main__", "_sources", "_pattern_codes"})


def compiled_modules(folder: Path = FOLDER) -> dict[str, float]:
    """Module name → modification time of its compiled form, for those compiled.

    Only the forms this Python loads: `prose.cpython-310-….so`, left from another Python,
    ends in `.so` but is not `prose` + one of this Python's suffixes, and never loads.
    """
    # os.scandir, not Path.iterdir: every `tiendo extract` starts here, and ~400 Path
    # objects cost more than the stat calls themselves.
    found: dict[str, float] = {}
    suffixes = importlib.machinery.EXTENSION_SUFFIXES
    with os.scandir(folder) as entries:
        for entry in entries:
            for suffix in suffixes:
                name = entry.name.removesuffix(suffix)
                if name != entry.name and "." not in name:  # a module's name holds no dot
                    found[name] = max(found.get(name, 0.0), entry.stat().st_mtime)
                    break
    return found


def in_a_clone(folder: Path = FOLDER) -> bool:
    """Whether `folder` is the extractor in a clone (setup.py beside the package), where
    sources are edited and pulled under the modules compiled from them."""
    return (folder.parent.parent / "setup.py").is_file()


def stale_reason(
    folder: Path = FOLDER, library: str = COMPILED_LIBRARY, *, edited: bool | None = None
) -> str | None:
    """Why the compiled modules in `folder` cannot stand for the sources; None when they can,
    and when there are none (a plain install reads the sources anyway).

    Modification times count only where sources are `edited` (by default: in a clone). pip
    installs a wheel writing each `X.py` just after its `X.*.so`, so in site-packages every
    source is newer than its compiled form by a few microseconds, and says nothing.
    """
    if edited is None:
        edited = in_a_clone(folder)
    compiled = compiled_modules(folder)
    if not compiled:
        return None
    if importlib.util.find_spec(library) is None:
        return f"{library} is missing"
    with os.scandir(folder) as entries:  # as folder.glob("*.py"), without Path objects
        sources = sorted((entry.name, entry) for entry in entries if entry.name.endswith(".py"))
    for file_name, source in sources:
        name = file_name[:-3] or file_name  # Path(".py").stem is ".py"
        if name in NEVER_COMPILED:
            continue
        built = compiled.get(name)
        if built is None:
            return f"{name}.py has no compiled form"
        if edited and source.stat().st_mtime > built:
            return f"{name}.py is newer than its compiled form"
    return None


class SourceFinder:
    """Finds `tiendo.extract.X` in `X.py`, ahead of the compiled `X.*.so` beside it.

    sys.meta_path asks a finder only for find_spec; not a subclass of
    importlib.abc.MetaPathFinder, whose module imports importlib.resources (and tempfile,
    typing...) at every start-up of `tiendo extract`, about 9 ms.
    """

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        source = FOLDER / f"{name}.py"
        if package != PACKAGE or not source.is_file():
            return None
        return importlib.util.spec_from_file_location(fullname, source)


def loaded_modules() -> list[str]:
    """The extractor's modules this process has loaded already, in whichever form."""
    prefix = PACKAGE + "."
    return [
        name
        for name in sys.modules
        if name.startswith(prefix) and name[len(prefix) :] not in NEVER_COMPILED
    ]


def sources_asked() -> bool:
    """Whether TIENDO_EXTRACT_SOURCES asks for the sources ("", "0" and unset do not)."""
    return os.environ.get("TIENDO_EXTRACT_SOURCES", "") not in ("", "0")


def choose_sources_if_needed() -> bool:
    """Puts SourceFinder first on sys.meta_path when the sources must be read; says whether.

    Decided once per process, before the first module loads: on `importlib.reload` of the
    package, or with TIENDO_EXTRACT_SOURCES set afterwards, the modules already loaded keep
    their form. A compiled module calls the others of its library directly, so compiled
    and source modules of the extractor cannot be mixed in one process.
    """
    if any(isinstance(finder, SourceFinder) for finder in sys.meta_path):
        return True
    if loaded_modules():
        return False
    reason = "TIENDO_EXTRACT_SOURCES is set" if sources_asked() else None
    if reason is None:
        reason = stale_reason()
        if reason is not None:
            warnings.warn(
                f"tiendo.extract: reading the sources, not the compiled modules ({reason}); "
                "install tiendo again (`pip install -e .`) to compile them, or set "
                "TIENDO_EXTRACT_SOURCES=1 to read the sources without this warning",
                RuntimeWarning,
                stacklevel=3,
            )
    if reason is None:
        return False
    sys.meta_path.insert(0, SourceFinder())
    return True
