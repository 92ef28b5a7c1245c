"""Which form of the extractor loads: compiled while it says what the sources say."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tiendo.extract._sources import FOLDER, compiled_modules, stale_reason

_SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]  # this Python's: .cpython-311-….so
_ROOT = Path(__file__).parents[2]


def _touch(path: Path, when: float) -> None:
    path.write_text("")
    os.utime(path, (when, when))


def _setup_helpers() -> ModuleType:
    """setup.py's helpers, loaded without running it (not as __main__: it builds nothing)."""
    spec = importlib.util.spec_from_file_location("tiendo_setup", _ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    setup_module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(setup_module)
    return setup_module


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "tiendo" / "extract"  # as installed: no setup.py in tmp_path
    folder.mkdir(parents=True)
    _touch(folder / "__init__.py", 300)  # never compiled: no compiled form asked of it
    _touch(folder / "prose.py", 100)
    _touch(folder / "units.py", 100)
    return folder


def test_a_folder_without_compiled_modules_reads_its_sources_without_a_warning(
    folder: Path,
) -> None:
    assert stale_reason(folder, library="json") is None


def test_compiled_modules_newer_than_their_sources_stand_for_them(folder: Path) -> None:
    _touch(folder / f"prose{_SUFFIX}", 200)
    _touch(folder / f"units{_SUFFIX}", 200)
    assert stale_reason(folder, library="json", edited=True) is None
    assert set(compiled_modules(folder)) == {"prose", "units"}


def test_a_module_compiled_for_another_python_is_not_taken_for_a_compiled_form(
    folder: Path,
) -> None:
    _touch(folder / "prose.cpython-310-x86_64-linux-gnu.so", 200)
    _touch(folder / f"units{_SUFFIX}", 200)
    assert set(compiled_modules(folder)) == {"units"}
    assert "prose.py has no compiled form" in (stale_reason(folder, library="json") or "")


@pytest.mark.parametrize(
    ("compiled", "library", "reason"),
    [
        ({"prose": 200, "units": 50}, "json", "units.py is newer than its compiled form"),
        ({"prose": 200}, "json", "units.py has no compiled form"),
        ({"prose": 200, "units": 200}, "no_such_library__mypyc", "is missing"),
    ],
)
def test_an_edited_new_or_unbuilt_module_sends_the_reading_to_the_sources(
    folder: Path, compiled: dict[str, float], library: str, reason: str
) -> None:
    for name, when in compiled.items():
        _touch(folder / f"{name}{_SUFFIX}", when)
    assert reason in (stale_reason(folder, library=library, edited=True) or "")


def test_in_site_packages_a_source_written_after_its_compiled_form_is_not_an_edit(
    folder: Path,
) -> None:
    # pip writes each X.py of a wheel just after its X.*.so.
    _touch(folder / f"prose{_SUFFIX}", 99.999)
    _touch(folder / f"units{_SUFFIX}", 99.999)
    assert stale_reason(folder, library="json") is None
    assert "prose.py is newer" in (stale_reason(folder, library="json", edited=True) or "")
    (folder.parent.parent / "setup.py").write_text("")  # the same folder in a clone
    assert "prose.py is newer" in (stale_reason(folder, library="json") or "")


def test_a_build_sweeps_the_compiled_form_of_a_module_whose_source_is_gone(
    folder: Path,
) -> None:
    setup_module = _setup_helpers()
    _touch(folder / f"prose{_SUFFIX}", 200)
    _touch(folder / f"removed{_SUFFIX}", 200)  # its source was deleted since the last build
    setup_module.sweep_orphans(folder)
    assert (folder / f"prose{_SUFFIX}").exists()
    assert not (folder / f"removed{_SUFFIX}").exists()


def test_a_whole_build_dates_every_stub_so_an_edited_clone_loads_what_was_just_compiled(
    folder: Path,
) -> None:
    setup_module = _setup_helpers()
    (folder.parent.parent / "setup.py").write_text("")  # a clone, where times count
    # An incremental build copied back prose's unchanged stub with its time of long ago.
    _touch(folder / f"prose{_SUFFIX}", 50)
    _touch(folder / f"units{_SUFFIX}", 50)
    assert "prose.py is newer" in (stale_reason(folder, library="json") or "")
    setup_module.stamp_built([folder / f"prose{_SUFFIX}", folder / f"units{_SUFFIX}"])
    assert stale_reason(folder, library="json") is None


def test_the_environment_can_ask_for_the_sources_and_they_give_the_same_figures() -> None:
    code = (
        "import json, tiendo.extract as e, tiendo.extract.prose as p\n"
        "print(p.__file__)\n"
        "print(json.dumps([f.as_dict() for f in e.extract_figures("
        "'Thu ngân sách ước đạt 123,4 tỷ đồng, tăng 5% so với cùng kỳ.', year=2022)]))\n"
    )

    sources = _python(code, TIENDO_EXTRACT_SOURCES="1")
    installed = _python(code, TIENDO_EXTRACT_SOURCES="")
    assert sources[0] == str(FOLDER / "prose.py")
    assert sources[1] == installed[1] and '"value": 123.4' in sources[1]


def _python(code: str, **env: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=_ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.splitlines()


def test_reloading_the_package_keeps_the_form_its_modules_loaded_in() -> None:
    # Asking for the sources after the compiled modules loaded must not send the modules
    # loaded later to the sources: compiled and source modules cannot be mixed.
    code = (
        "import importlib, os, tiendo.extract as e, tiendo.extract.prose as p\n"
        "os.environ['TIENDO_EXTRACT_SOURCES'] = '1'\n"
        "importlib.reload(e)\n"
        "import tiendo.extract.commands as c\n"
        "print(p.__file__.endswith('.py'), c.__file__.endswith('.py'))\n"
    )
    prose, commands = _python(code, TIENDO_EXTRACT_SOURCES="")[0].split()
    assert prose == commands


def test_a_figure_pickled_by_one_form_of_the_extractor_is_read_by_the_other() -> None:
    # multiprocessing's spawned workers import the extractor afresh, and may read the
    # other form: a figure crosses between them as a pickle.
    text = "Thu ngân sách ước đạt 123,4 tỷ đồng, tăng 5% so với cùng kỳ."
    dump = (
        "import pickle, sys, tiendo.extract as e\n"
        f"sys.stdout.write(pickle.dumps(e.extract_figures({text!r}, year=2022)).hex())\n"
    )
    load = (
        "import copy, pickle, sys, tiendo.extract as e\n"
        "figures = pickle.loads(bytes.fromhex(sys.argv[1]))\n"
        f"assert figures == e.extract_figures({text!r}, year=2022), figures\n"
        "assert copy.deepcopy(figures) == figures and figures[0].comparisons\n"
        "print(type(figures[0]).__module__, figures[0].value)\n"
    )
    for writer, reader in (("", "1"), ("1", "")):
        pickled = _python(dump, TIENDO_EXTRACT_SOURCES=writer)[0]
        done = subprocess.run(
            [sys.executable, "-c", load, pickled],
            cwd=_ROOT,
            env={**os.environ, "TIENDO_EXTRACT_SOURCES": reader},
            capture_output=True,
            text=True,
            check=True,
        )
        assert done.stdout.split() == ["tiendo.extract.figure", "123.4"]
