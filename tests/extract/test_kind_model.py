"""The learned second look at a figure's kind (tiendo.extract.kind_model), trained by
scripts/train_kind.py on the tuning parts."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tiendo.extract.kind_model import (
    _WEIGHTS,
    decided,
    kind_signs,
    probabilities,
    trained,
)
from tiendo.periods import Period

SCRIPT = Path(__file__).parents[2] / "scripts" / "train_kind.py"


def trainer() -> ModuleType:
    sys.path.insert(0, str(SCRIPT.parent))
    spec = importlib.util.spec_from_file_location("train_kind", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_weights_were_trained_on_the_tuning_parts_as_they_are() -> None:
    """Anyone who changes a tuning part runs scripts/train_kind.py again."""
    data = json.loads(_WEIGHTS.read_text(encoding="utf-8"))
    assert data["digest"] == trainer().digest()


def test_the_shipped_weights_load_and_stay_small() -> None:
    weights, threshold = trained()
    assert weights and 0.5 <= threshold <= 1.0
    assert _WEIGHTS.stat().st_size < 300_000


def test_fitting_twice_gives_the_same_weights() -> None:
    train = trainer()
    data = [([0, 1], 0), ([0, 2], 1), ([0, 3], 2), ([0, 1, 3], 2), ([0, 2], 1), ([0, 1], 0)]
    first, second = train.fit(data, 4), train.fit(data, 4)
    assert first == second
    assert any(abs(w) > 0.1 for w in first)


@pytest.mark.parametrize(
    ("kind", "chances", "threshold", "expected"),
    [
        ("actual", (0.2, 0.7, 0.1), 0.8, "actual"),  # under the threshold: the rules hold
        ("actual", (0.1, 0.85, 0.05), 0.8, "estimate"),  # over it: the model's kind
        ("target", (0.05, 0.05, 0.9), 0.6, "target"),  # the model agrees
        ("estimate", (0.95, 0.05, 0.0), 1.0, "estimate"),  # 1,0: never changed
    ],
)
def test_a_kind_changes_only_when_another_is_more_likely_than_the_threshold(
    kind: str, chances: tuple[float, float, float], threshold: float, expected: str
) -> None:
    assert decided(kind, chances, threshold) == expected  # type: ignore[arg-type]


def _likeliest(sentence: str, number: str, kind: str, year: int, document: int) -> str:
    start = sentence.index(number)
    signs = kind_signs(
        sentence, 0, len(sentence), start, start + len(number), kind, Period(year), document
    )
    chances = probabilities(signs, trained()[0])
    return ("actual", "estimate", "target")[chances.index(max(chances))]


@pytest.mark.parametrize(
    ("sentence", "number", "kind", "year", "expected"),
    [
        ("Phấn đấu đến năm 2030, tỷ lệ che phủ rừng đạt 45%.", "45%", "target", 2030, "target"),
        ("Ước cả năm 2024, tổng thu ngân sách đạt 1.200 tỷ đồng.", "1.200", "estimate", 2024,
         "estimate"),
        ("Năm 2023, tổng thu ngân sách đạt 1.100 tỷ đồng.", "1.100", "actual", 2023, "actual"),
        ("Dự kiến năm 2025 tổng vốn đầu tư đạt 900 tỷ đồng.", "900", "target", 2025, "target"),
    ],
)  # fmt: skip
def test_the_model_reads_the_kind_a_sentence_plainly_states(
    sentence: str, number: str, kind: str, year: int, expected: str
) -> None:
    assert _likeliest(sentence, number, kind, year, 2024) == expected
