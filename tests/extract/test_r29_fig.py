"""Sentences for the twenty-ninth round's helper fig: which numbers are figures, and what
a percentage attaches to.

A comparison's verb may be negated ("chưa bằng 90% cùng kỳ", "không đạt 95% kế hoạch"):
the negation is the verb's own adverb and names no new subject, so the share is the
figure's before it, not a figure of its own named "chưa". An earlier time named right
before parentheses gives that time's own rise, and the parentheses may name the basis of
that rise ("cao hơn mức tăng của 9 tháng/2018 (tăng 16,20% so với cùng kỳ)"): the rise is
a figure of that time, not a second rise of this year's figure.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import Row, comparisons_read
from tiendo.extract import extract_figures


def _periods(text: str) -> list[tuple[int | None, int | None, int | None]]:
    return [
        (f.period.year, f.period.from_month, f.period.to_month)
        for f in extract_figures(text, year=2024)
    ]


_NEGATED_SHARES: list[tuple[str, list[Row]]] = [
    (
        "Quý II, huyện xuất khẩu khoảng 410 triệu USD, chưa bằng 85% cùng kỳ.",
        [(410.0, "triệu usd", [("same_period", "ratio", 85.0)])],
    ),
    (
        "Năm 2023, thu nội địa đạt 1.200 tỷ đồng, chưa đạt 92% dự toán.",
        [(1200.0, "tỷ đồng", [("budget", "ratio", 92.0)])],
    ),
    (
        "Sản lượng cá nuôi năm nay đạt 3.400 tấn, không bằng 96% kế hoạch.",
        [(3400.0, "tấn", [("plan", "ratio", 96.0)])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _NEGATED_SHARES)
def test_a_negated_comparison_verb_keeps_the_share_with_the_figure_before_it(
    text: str, expected: list[Row]
) -> None:
    assert comparisons_read(text, 2024) == expected


# Near misses: the adverbs that were already read as the verb's ("chỉ", "mới"), and a
# "chưa" that opens a clause of its own with a subject and a level.
_NEGATED_NEAR_MISSES: list[tuple[str, list[Row]]] = [
    (
        "Quý II, huyện xuất khẩu khoảng 410 triệu USD, chỉ bằng 85% cùng kỳ.",
        [(410.0, "triệu usd", [("same_period", "ratio", 85.0)])],
    ),
    (
        "Năm 2023, thu nội địa đạt 1.200 tỷ đồng, mới đạt 92% dự toán.",
        [(1200.0, "tỷ đồng", [("budget", "ratio", 92.0)])],
    ),
    (
        "Năm 2023, thu nội địa đạt 1.200 tỷ đồng; chi thường xuyên chưa giải ngân 300 tỷ đồng.",
        [(1200.0, "tỷ đồng", []), (300.0, "tỷ đồng", [])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _NEGATED_NEAR_MISSES)
def test_adverbs_and_clauses_of_their_own_keep_their_reading(
    text: str, expected: list[Row]
) -> None:
    assert comparisons_read(text, 2024) == expected


_EARLIER_RISES_WITH_BASIS: list[tuple[str, list[Row], list[tuple[int, int, int]]]] = [
    (
        "Sáu tháng đầu năm 2024, GRDP tăng 7,1% so với cùng kỳ năm trước, thấp hơn mức tăng "
        "của 6 tháng/2023 (tăng 7,9% so với cùng kỳ).",
        [
            (None, "%", [("same_period", "change", 7.1)]),
            (None, "%", [("same_period", "change", 7.9)]),
        ],
        [(2024, 1, 6), (2023, 1, 6)],
    ),
    (
        "Quý III/2022, GRDP tỉnh tăng 9,2% so với cùng kỳ, cao hơn so với quý III/2021 (tăng "
        "3,4% so với cùng kỳ năm trước).",
        [
            (None, "%", [("same_period", "change", 9.2)]),
            (None, "%", [("same_period", "change", 3.4)]),
        ],
        [(2022, 7, 9), (2021, 7, 9)],
    ),
    (
        "Tám tháng năm 2021, chỉ số sản xuất công nghiệp tăng 5,6% so với cùng kỳ, chậm hơn "
        "mức tăng của 8 tháng/2020 (tăng 8,1% so cùng kỳ).",
        [
            (None, "%", [("same_period", "change", 5.6)]),
            (None, "%", [("same_period", "change", 8.1)]),
        ],
        [(2021, 1, 8), (2020, 1, 8)],
    ),
]


@pytest.mark.parametrize(("text", "expected", "periods"), _EARLIER_RISES_WITH_BASIS)
def test_an_earlier_times_rise_in_parentheses_may_name_its_own_basis(
    text: str, expected: list[Row], periods: list[tuple[int, int, int]]
) -> None:
    assert comparisons_read(text, 2024) == expected
    assert _periods(text) == periods


# Near misses: parentheses that name another basis, or hold a level beside the rise, are
# not read as that time's rise alone.
_EARLIER_NEAR_MISSES = [
    "Quý III/2022, GRDP tỉnh tăng 9,2% so với cùng kỳ, cao hơn so với quý III/2021 (tăng "
    "3,4% so với kế hoạch).",
    "Quý III/2022, GRDP tỉnh tăng 9,2% so với cùng kỳ, cao hơn so với quý III/2021 (tăng "
    "3,4%, đạt 1.200 tỷ đồng).",
]


@pytest.mark.parametrize("text", _EARLIER_NEAR_MISSES)
def test_parentheses_with_more_than_a_basis_are_not_an_earlier_rise(text: str) -> None:
    # Both figures stay of the sentence's own quarter: none is dated to quý III/2021.
    assert _periods(text) == [(2022, 7, 9), (2022, 7, 9)]


def _names_and_years(text: str) -> list[tuple[str, int | None, float]]:
    return [
        (f.indicator, f.period.year, f.comparisons[0].percent)
        for f in extract_figures(text, year=2024)
        if f.comparisons
    ]


# A group named again by its count ("ba khu vực này", "ba nhóm hàng trên") before "lần
# lượt": the figures of the sentence before whose names open with the group's noun, one
# per percentage. The percentages were dropped, or all given the last figure's name. Each
# text names its basis: in one that names none, a bare rise is a rate of growth.
_GROUPS_NAMED_AGAIN: list[tuple[str, list[tuple[str, int | None, float]]]] = [
    (
        "Năm 2024, khu vực nông nghiệp tăng 3,1%, khu vực công nghiệp tăng 8,2% so với năm "
        "trước. Năm 2023, hai khu vực này lần lượt tăng 2,5% và 7,9%.",
        [("khu vực nông nghiệp", 2023, 2.5), ("khu vực công nghiệp", 2023, 7.9)],
    ),
    (
        "Tháng 6, nhóm hàng lương thực tăng 0,4%, nhóm hàng thực phẩm tăng 0,9% và nhóm hàng "
        "đồ uống tăng 0,2% so với tháng trước. Tháng 5, ba nhóm hàng trên lần lượt tăng 0,3%, "
        "0,6% và 0,1%.",
        [
            ("nhóm hàng lương thực", 2024, 0.3),
            ("nhóm hàng thực phẩm", 2024, 0.6),
            ("nhóm hàng đồ uống", 2024, 0.1),
        ],
    ),
    (
        "Năm 2024, vùng trung du tăng 5,4% và vùng miền núi tăng 4,8% so với năm trước. Năm "
        "2023, hai vùng này lần lượt tăng 4,9% và 4,1%.",
        [("vùng trung du", 2023, 4.9), ("vùng miền núi", 2023, 4.1)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _GROUPS_NAMED_AGAIN)
def test_a_group_named_again_by_its_count_takes_the_figures_before_it_in_turn(
    text: str, expected: list[tuple[str, int | None, float]]
) -> None:
    assert _names_and_years(text)[-len(expected) :] == expected


# Near misses: a count that is not the number of figures the group's noun named, and a
# list that names its subjects itself.
_GROUP_NEAR_MISSES: list[tuple[str, list[tuple[str, int | None, float]]]] = [
    (
        "Năm 2024, khu vực nông nghiệp tăng 3,1%, khu vực công nghiệp tăng 8,2%, khu vực dịch "
        "vụ tăng 6% so với năm trước. Năm 2023, hai khu vực này lần lượt tăng 2,5% và 7,9%.",
        [("khu vực dịch vụ", 2023, 2.5), ("khu vực dịch vụ", 2023, 7.9)],
    ),
    (
        "Năm 2024, khu vực nông nghiệp tăng 3,1%, khu vực công nghiệp tăng 8,2% so với năm "
        "trước. Năm 2023, nông nghiệp và công nghiệp lần lượt tăng 2,5% và 7,9%.",
        [("nông nghiệp", 2023, 2.5), ("công nghiệp", 2023, 7.9)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _GROUP_NEAR_MISSES)
def test_groups_that_do_not_count_the_figures_before_keep_their_reading(
    text: str, expected: list[tuple[str, int | None, float]]
) -> None:
    assert _names_and_years(text)[-len(expected) :] == expected


def _named_readings(text: str) -> list[tuple[str, list[tuple[str, str, float]]]]:
    return [
        (f.indicator, [(c.basis, c.measure, c.percent) for c in f.comparisons])
        for f in extract_figures(text, year=2024)
    ]


# "tăng trưởng" right before a percentage that a basis follows is the verb of a rise on
# that basis, as "tăng" is: it was a share of the basis, and the verb stayed in the name.
_GROWN_BY: list[tuple[str, list[tuple[str, list[tuple[str, str, float]]]]]] = [
    (
        "Năm 2023, doanh thu du lịch tăng trưởng 12,4% so với năm 2022.",
        [("doanh thu du lịch", [("previous", "change", 12.4)])],
    ),
    (
        "Sáu tháng, kim ngạch xuất khẩu tăng trưởng 8,1% so với cùng kỳ năm trước.",
        [("kim ngạch xuất khẩu", [("same_period", "change", 8.1)])],
    ),
    (
        "Năm 2022, nhóm hàng thủy sản tăng trưởng 6,3% so với cùng kỳ.",
        [("nhóm hàng thủy sản", [("same_period", "change", 6.3)])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _GROWN_BY)
def test_a_growth_verb_before_a_compared_percentage_states_a_rise(
    text: str, expected: list[tuple[str, list[tuple[str, str, float]]]]
) -> None:
    assert _named_readings(text) == expected


# Near misses: "tăng trưởng" as the name of a rate ("tốc độ tăng trưởng", "mức tăng
# trưởng"), and with no basis after it.
_GROWN_NEAR_MISSES: list[tuple[str, list[tuple[str, list[tuple[str, str, float]]]]]] = [
    (
        "Năm 2020, tốc độ tăng trưởng 7,5% so với năm 2019.",
        [("tốc độ tăng trưởng", [("previous", "ratio", 7.5)])],
    ),
    (
        "Năm 2020, mức tăng trưởng 7,5% so với năm 2019.",
        [("mức tăng trưởng", [("previous", "ratio", 7.5)])],
    ),
    ("Năm 2020, kinh tế tỉnh tăng trưởng 7,5%.", [("kinh tế tỉnh tăng trưởng", [])]),
]


@pytest.mark.parametrize(("text", "expected"), _GROWN_NEAR_MISSES)
def test_a_growth_rate_named_or_stated_alone_keeps_its_reading(
    text: str, expected: list[tuple[str, list[tuple[str, str, float]]]]
) -> None:
    assert _named_readings(text) == expected
