"""Which form of the extractor loads: compiled while it says what the sources say."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tiendo.extract._sources import FOLDER, compiled_modules, stale_reason

_SUFFIX = ".cpython-311-x86_64-linux-gnu.so"
_ROOT = Path(__file__).parents[2]


def _touch(path: Path, when: float) -> None:
    path.write_text("")
    os.utime(path, (when, when))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    _touch(tmp_path / "__init__.py", 300)  # never compiled: no compiled form asked of it
    _touch(tmp_path / "prose.py", 100)
    _touch(tmp_path / "units.py", 100)
    return tmp_path


def test_a_folder_without_compiled_modules_reads_its_sources_without_a_warning(
    folder: Path,
) -> None:
    assert stale_reason(folder, library="json") is None


def test_compiled_modules_newer_than_their_sources_stand_for_them(folder: Path) -> None:
    _touch(folder / f"prose{_SUFFIX}", 200)
    _touch(folder / f"units{_SUFFIX}", 200)
    assert stale_reason(folder, library="json") is None
    assert set(compiled_modules(folder)) == {"prose", "units"}


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
    assert reason in (stale_reason(folder, library=library) or "")


def test_the_environment_can_ask_for_the_sources_and_they_give_the_same_figures() -> None:
    code = (
        "import json, tiendo.extract as e, tiendo.extract.prose as p\n"
        "print(p.__file__)\n"
        "print(json.dumps([f.as_dict() for f in e.extract_figures("
        "'Thu ngân sách ước đạt 123,4 tỷ đồng, tăng 5% so với cùng kỳ.', year=2022)]))\n"
    )

    def run(**env: str) -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", code],
            cwd=_ROOT,
            env={**os.environ, **env},
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout.splitlines()

    sources = run(TIENDO_EXTRACT_SOURCES="1")
    installed = run(TIENDO_EXTRACT_SOURCES="")
    assert sources[0] == str(FOLDER / "prose.py")
    assert sources[1] == installed[1] and '"value": 123.4' in sources[1]
