"""The signs an indicator alone gives its figure's confidence."""

from __future__ import annotations

import pytest

from tiendo.extract.indicator_signs import indicator_signs


@pytest.mark.parametrize(
    ("indicator", "before", "after", "rate_head", "verbish"),
    [
        ("Sản lượng lúa", ("measure_head", "strict_measure_head"), (), False, False),
        ("tỷ lệ hộ nghèo", ("measure_head", "strict_measure_head"), (), True, False),
        ("sản lượng", ("measure_head", "strict_measure_head", "indicator_two_words"),
         ("indicator_generic",), False, False),
        ("đạt chuẩn nông thôn mới", (), (), False, True),
        ("xã ở Hà Giang, Lai Châu", ("indicator_capitalised_inside",), ("indicator_comma",),
         False, False),
        ("đảo ước đón lượt du khách", (), ("indicator_verb_inside",), False, False),
    ],
)  # fmt: skip
def test_an_indicator_s_signs_are_read_from_its_words(
    indicator: str, before: tuple[str, ...], after: tuple[str, ...], rate_head: bool, verbish: bool
) -> None:
    low, count, *signs = indicator_signs(indicator)
    assert (low, count) == (indicator.lower(), len(indicator.split()))
    assert signs == [before, after, rate_head, verbish]


def test_an_indicator_asked_again_gives_the_same_signs() -> None:
    assert indicator_signs("giá trị sản xuất") == indicator_signs("giá trị sản xuất")
