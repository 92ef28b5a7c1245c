from __future__ import annotations

import pytest

from tiendo.extract.figure import Measure
from tiendo.periods import Period
from tiendo.progress.checks import find_conflicts, infer_base, percent_agrees
from tiendo.progress.model import Observation
from tiendo.progress.quantity import Quantity

Q1 = Period(2022, 1, 3)


@pytest.mark.parametrize(
    ("value", "base", "percent", "decimals", "measure", "agrees"),
    [
        # 123,4 / 685,6 = 17,999%: printed "18%".
        (123.4, 685.6, 18.0, 0, "ratio", True),
        # "18%" stands for 17,5 to 18,5: 123,4 / 700 = 17,63% still rounds into it.
        (123.4, 700.0, 18.0, 0, "ratio", True),
        # 123,4 / 720 = 17,14%: no rounding explains "18%".
        (123.4, 720.0, 18.0, 0, "ratio", False),
        # "16,0%" is 15,95 to 16,05: a base of 775 gives 15,92%, outside.
        (123.4, 775.0, 16.0, 1, "ratio", False),
        # ... but "16%" (no decimals) allows it.
        (123.4, 775.0, 16.0, 0, "ratio", True),
        (220.0, 953.2, 23.08, 2, "ratio", True),
        (220.0, 940.0, 23.08, 2, "ratio", False),
        # The value is rounded too: 220 may be 219,5 to 220,5.
        (220.0, 951.0, 23.08, 2, "ratio", True),
        (123.4, 73.28, 68.4, 1, "change", True),
        (123.4, 73.28, 60.0, 1, "change", False),
        (98.4, 100.0, -1.6, 1, "change", True),
    ],
)
def test_reported_percentage_is_checked_allowing_for_rounding(
    value: float,
    base: float,
    percent: float,
    decimals: int,
    measure: Measure,
    agrees: bool,
) -> None:
    assert (
        percent_agrees(Quantity.written(value), Quantity.exact(base), percent, decimals, measure)
        is agrees
    )


@pytest.mark.parametrize(
    ("value", "percent", "decimals", "measure", "base", "low", "high"),
    [
        (220.0, 23.08, 2, "ratio", 953.2, 950.8, 955.6),
        (123.4, 18.0, 0, "ratio", 685.6, 666.8, 705.4),
        (123.4, 16.0, 1, "ratio", 771.25, 768.5, 774.0),
        (123.4, 168.4, 1, "ratio", 73.3, 73.2, 73.3),
        (123.4, 68.4, 1, "change", 73.3, 73.2, 73.3),
        (950.0, 27.4, 1, "ratio", 3467.2, 3459.0, 3475.3),
    ],
)
def test_missing_baseline_is_inferred_with_the_interval_rounding_allows(
    value: float,
    percent: float,
    decimals: int,
    measure: Measure,
    base: float,
    low: float,
    high: float,
) -> None:
    inferred = infer_base(Quantity.written(value), percent, decimals, measure)
    assert inferred is not None
    assert inferred.value == pytest.approx(base, abs=0.05)
    assert inferred.low == pytest.approx(low, abs=0.05)
    assert inferred.high == pytest.approx(high, abs=0.05)
    assert inferred.low <= inferred.value <= inferred.high


@pytest.mark.parametrize(("percent", "measure"), [(0.0, "ratio"), (-100.0, "change")])
def test_no_baseline_is_inferred_from_a_zero_factor(percent: float, measure: Measure) -> None:
    assert infer_base(Quantity.written(10.0), percent, 1, measure) is None


def test_two_sources_with_different_values_give_a_conflict_naming_both() -> None:
    first = Observation("thu", "bt", Q1, 123.4, source_label="Báo cáo UBND", source_id="d1")
    second = Observation("thu", "bt", Q1, 125.0, source_label="Tin bài cổng", source_id="d2")
    warnings = find_conflicts([first, second])
    assert [w.code for w in warnings] == ["conflicting_values"]
    assert "Báo cáo UBND" in warnings[0].message
    assert "Tin bài cổng" in warnings[0].message
    assert "123,4" in warnings[0].message and "125" in warnings[0].message
    assert warnings[0].sources == ("d1", "d2")


@pytest.mark.parametrize(
    "other",
    [
        Observation("thu", "bt", Q1, 123.4, source_label="Tin bài"),
        Observation("thu", "bt", Q1, 125.0, "estimate", source_label="Tin bài"),
        Observation("thu", "xa", Q1, 125.0, source_label="Tin bài"),
        Observation("thu", "bt", Period(2022, 1, 6), 125.0, source_label="Tin bài"),
        Observation("chi", "bt", Q1, 125.0, source_label="Tin bài"),
    ],
)
def test_agreeing_values_or_different_keys_are_no_conflict(other: Observation) -> None:
    first = Observation("thu", "bt", Q1, 123.4, source_label="Báo cáo UBND")
    assert find_conflicts([first, other]) == []
