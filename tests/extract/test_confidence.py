"""The confidence of a figure: shipped with the package, between 0 and 1, higher for a
plainly stated figure than for one read out of a crowded list."""

from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path
from types import ModuleType

import pytest

from tiendo.extract import extract_figures
from tiendo.extract.confidence import _WEIGHTS, calibrated, score, trained_model, weigh

SCRIPT = Path(__file__).parents[2] / "scripts" / "train_confidence.py"


def trainer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_confidence", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_model_loads_from_the_package_without_the_network() -> None:
    data = json.loads(_WEIGHTS.read_text(encoding="utf-8"))
    weights, cuts, values = trained_model()
    assert weights == {k: float(v) for k, v in data["weights"].items()}
    assert len(cuts) == len(data["calibration"]) > 1
    assert list(cuts) == sorted(cuts) and list(values) == sorted(values)
    # Some scores reach the import screen's 0,9 and some are held under it.
    assert values[0] < 0.9 <= values[-1]


@pytest.mark.parametrize(
    "text",
    [
        "Thu ngân sách năm 2023 đạt 1.234 tỷ đồng, bằng 105% dự toán.",
        "Các địa phương lần lượt đạt 12%, 15% và 18%, riêng huyện A 2 xã.",
        "Quý I/2024, sản lượng 7 tấn; 3 ha; 5 con; 9 lượt; 8 người; 2 vụ.",
        "Tỷ lệ | 2023 | 2024\nHộ nghèo (%) | 5,2 | 4,1",
        "(((( 1 2 3 % %",
    ],
)
def test_every_confidence_lies_between_zero_and_one(text: str) -> None:
    figures = extract_figures(text)
    assert figures
    assert all(0.0 <= f.confidence <= 1.0 for f in figures)


@pytest.mark.parametrize(
    ("clean", "messy"),
    [
        (
            "Năm 2023, tổng thu ngân sách nhà nước trên địa bàn tỉnh đạt 12.345 tỷ đồng, "
            "bằng 105% dự toán.",
            "Thu ngân sách của các huyện Mai Sơn, Yên Châu, Mộc Châu lần lượt là 120, 98 "
            "và 76 tỷ đồng.",
        ),
        (
            "Sáu tháng đầu năm 2024, kim ngạch xuất khẩu hàng hóa của tỉnh ước đạt 2.150 "
            "triệu USD, tăng 12,5% so với cùng kỳ.",
            "Kim ngạch xuất khẩu sang Mỹ, EU, Nhật Bản lần lượt đạt 510, 320 và 150 triệu USD.",
        ),
        (
            "Năm 2022, diện tích gieo trồng lúa cả năm của tỉnh đạt 52.300 ha.",
            "Diện tích lúa, ngô, sắn lần lượt là 52.300 ha, 12.100 ha và 8.400 ha.",
        ),
    ],
)
def test_a_plain_figure_is_trusted_more_than_one_from_a_respectively_list(
    clean: str, messy: str
) -> None:
    plain = extract_figures(clean)[0].confidence
    listed = [f.confidence for f in extract_figures(messy)]
    assert listed
    assert plain > max(listed)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(-9.0, 0.1), (-1.0, 0.1), (0.0, 0.1), (0.5, 0.6), (2.0, 0.6), (3.0, 0.95)],
)
def test_a_score_takes_the_confidence_of_the_step_at_or_under_it(
    value: float, expected: float
) -> None:
    assert calibrated(value, [[-1.0, 0.1], [0.5, 0.6], [3.0, 0.95]]) == expected


def test_without_calibration_steps_the_confidence_is_the_logistic_score(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tiendo.extract.confidence as confidence

    monkeypatch.setattr(confidence, "trained_model", lambda: ({"a": math.log(3)}, (), ()))
    assert weigh({"a": 1.0}) == 0.75
    assert weigh({"a": 1.0, "unknown_sign": 1.0}) == 0.75
    assert math.isclose(score({"a": 1.0}, {"bias": 0.0, "a": math.log(3)}), 0.75)


def test_pool_adjacent_violators_gives_increasing_shares() -> None:
    steps = trainer().isotonic([(0.0, True), (1.0, False), (2.0, True), (3.0, True)])
    shares = [share for _, share in steps]
    assert shares == sorted(shares)
    assert shares == [0.5, 1.0]


@pytest.mark.parametrize(
    ("right", "count", "low", "high"),
    [(95, 100, 0.90, 0.95), (10, 10, 0.85, 1.0), (0, 10, 0.0, 0.01), (50, 100, 0.44, 0.5)],
)
def test_the_wilson_bound_lies_under_the_share(
    right: int, count: int, low: float, high: float
) -> None:
    assert low <= trainer().wilson_low(right, count) <= high


def test_the_logistic_fit_learns_which_sign_goes_with_right_figures() -> None:
    rows = [({"good": 1.0}, True)] * 40 + [({"good": 1.0}, False)] * 4
    rows += [({"bad": 1.0}, False)] * 40 + [({"bad": 1.0}, True)] * 4
    weights = trainer().fit(rows, l2=1.0)
    assert weights["good"] > 1.0 > -1.0 > weights["bad"]


def test_figures_are_labelled_right_exactly_as_the_shared_scorer_counts_them(
    tmp_path: Path,
) -> None:
    module = trainer()
    if not module.SCORER.exists():
        pytest.skip("shared/eval is not beside the repository")
    scorer = module.load_scorer()
    records = module.read_jsonl(module.TUNE)[:40]
    gold, predicted = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    predicted.write_text(
        "".join(
            json.dumps(
                {"id": r["id"], "figures": [f.as_dict() for f in extract_figures(r["text"])]}
            )
            + "\n"
            for r in records
        )
    )
    metrics, _ = scorer.score(str(gold), str(predicted))
    rows = module.labelled(records, scorer)
    right = sum(is_right for _, _, is_right, _ in rows)
    assert len(rows) == metrics["pred_figures"]
    assert 0 < right < len(rows)
    assert round(right / len(rows), 4) == metrics["strict_precision"]


def test_the_module_examples_hold() -> None:
    import doctest

    import tiendo.extract.confidence as confidence

    result = doctest.testmod(confidence)
    assert result.attempted > 0 and result.failed == 0
