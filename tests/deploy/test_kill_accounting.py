"""How benchmarks/multi_server_kill.py tells a page a kill cut from a page that failed
later: the numbers its deploy test holds to zero depend on it, and need no stack."""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "multi_server_kill.py"
_SPEC = importlib.util.spec_from_file_location("multi_server_kill_accounting", _PATH)
assert _SPEC and _SPEC.loader
kill_benchmark = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = kill_benchmark  # its dataclasses look their module up there
_saved_path = list(sys.path)
sys.path.insert(0, str(_PATH.parent))  # the benchmark imports its neighbour process_tree
try:
    _SPEC.loader.exec_module(kill_benchmark)
finally:
    sys.path[:] = _saved_path


@pytest.mark.parametrize(
    ("began", "ended", "kills", "since"),
    [
        pytest.param(2.99, 3.01, [3.0], 0.0, id="a page in flight when the server was killed"),
        pytest.param(3.5, 3.6, [3.0], 0.5, id="a page asked for half a second after the kill"),
        pytest.param(4.5, 4.6, [3.0, 5.0], 1.5, id="only kills before the page ended count"),
        pytest.param(1.0, 1.1, [3.0], math.inf, id="a page that ended before any kill"),
    ],
)
def test_a_failed_page_is_timed_from_the_last_kill_before_it_ended(
    began: float, ended: float, kills: list[float], since: float
) -> None:
    assert kill_benchmark._since_kill(began, ended, kills) == pytest.approx(since)
