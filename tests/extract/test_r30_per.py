"""Round 30 (periods and comparisons): bases listed before "lần lượt", who set a plan
("do … giao") inside its basis, a plan's level in parentheses after "nghị quyết", and the
time said right after a rise alone."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures
from tiendo.extract.comparisons import read_basis_after
from tiendo.extract.figure import Figure


def _figures(text: str) -> list[Figure]:
    return list(extract_figures(text, year=2024))


def _with(text: str, percent: float) -> Figure:
    """The figure that holds `percent`, as its level or as one of its comparisons."""
    for figure in _figures(text):
        if figure.value == percent or any(
            abs(abs(c.percent) - percent) < 1e-9 for c in figure.comparisons
        ):
            return figure
    raise AssertionError(f"no figure for {percent} in {text!r}")


def _triples(figure: Figure) -> list[tuple[str, str, float]]:
    return [(c.basis, c.measure, c.percent) for c in figure.comparisons]


def _period(figure: Figure) -> tuple[int | None, int | None, int | None]:
    return (figure.period.year, figure.period.from_month, figure.period.to_month)


# --- bases listed before "lần lượt" -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        (
            "Chỉ số tiêu thụ tháng 9 so với tháng trước và cùng kỳ tăng lần lượt 5,4% và 17,2%.",
            None,
            [("previous", "change", 5.4), ("same_period", "change", 17.2)],
        ),
        (
            "Kim ngạch xuất khẩu tháng 10 so với tháng trước và cùng kỳ lần lượt tăng 2,1% và "
            "12,4%.",
            None,
            [("previous", "change", 2.1), ("same_period", "change", 12.4)],
        ),
        (
            "Doanh thu bán lẻ tháng 5 đạt 3.200 tỷ đồng, so với tháng trước và cùng kỳ tăng "
            "lần lượt 1,5% và 9,8%.",
            3200,
            [("previous", "change", 1.5), ("same_period", "change", 9.8)],
        ),
        (
            "Thu ngân sách 6 tháng đạt 2.100 tỷ đồng, so với dự toán và cùng kỳ lần lượt bằng "
            "55% và 112%.",
            2100,
            [("budget", "ratio", 55), ("same_period", "ratio", 112)],
        ),
    ],
)
def test_bases_listed_before_the_verb_compare_one_figure_in_turn(
    text: str, value: float | None, expected: list[tuple[str, str, float]]
) -> None:
    figures = _figures(text)
    assert len(figures) == 1
    assert figures[0].value == value
    assert _triples(figures[0]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two subjects, one basis: a rise each (respectively.py as before)
        (
            "Sản lượng thịt hơi và trứng so với cùng kỳ tăng lần lượt 3,2% và 4,1%.",
            [[("same_period", "change", 3.2)], [("same_period", "change", 4.1)]],
        ),
        # the bases open the sentence with a comma (read before this round)
        (
            "So với tháng trước và cùng kỳ, kim ngạch lần lượt tăng 5,2% và 11,4%.",
            [[("previous", "change", 5.2), ("same_period", "change", 11.4)]],
        ),
        # the bases follow the list (read before this round)
        (
            "Kim ngạch tháng 10 ước 159,3 triệu USD, lần lượt giảm 1,7% và tăng 6,7% so với "
            "tháng trước và cùng kỳ.",
            [[("previous", "change", -1.7), ("same_period", "change", 6.7)]],
        ),
    ],
)
def test_near_misses_of_bases_before_the_list(
    text: str, expected: list[list[tuple[str, str, float]]]
) -> None:
    assert [_triples(f) for f in _figures(text)] == expected


# --- who set the plan, inside the basis ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        (
            "Năm 2021, tổng thu ngân sách trên địa bàn đạt 14.500 tỷ đồng, vượt 36,8% dự toán "
            "phấn đấu do Tổng cục Thuế giao và tăng 10,7% so với năm 2020.",
            14500,
            [("budget", "change", 36.8), ("previous", "change", 10.7)],
        ),
        (
            "Tổng thu ngân sách được 7.802 tỷ đồng, bằng 92% kế hoạch tỉnh giao (8.498,4 tỷ "
            "đồng) và 86,8% kế hoạch do thành phố giao (8.986 tỷ đồng), đồng thời bằng 168% so "
            "với cùng kỳ.",
            7802,
            [("plan", "ratio", 92), ("plan", "ratio", 86.8), ("same_period", "ratio", 168)],
        ),
        (
            "Giải ngân vốn đầu tư công đạt 1.250 tỷ đồng, bằng 65% kế hoạch vốn do Thủ tướng "
            "Chính phủ giao và tăng 12% so với cùng kỳ.",
            1250,
            [("plan", "ratio", 65), ("same_period", "change", 12)],
        ),
    ],
)
def test_a_plan_set_by_a_body_keeps_the_later_comparisons_with_the_figure(
    text: str, value: float, expected: list[tuple[str, str, float]]
) -> None:
    figure = _with(text, value)
    assert _triples(figure) == expected
    assert [f.value for f in _figures(text) if f.value is None] == []


@pytest.mark.parametrize(
    ("tail", "basis"),
    [
        (" kế hoạch do thành phố giao (8.986 tỷ đồng)", "kế hoạch do thành phố giao"),
        (
            " dự toán phấn đấu do tổng cục thuế giao và tăng",
            "dự toán phấn đấu do tổng cục thuế giao",
        ),
        (" nghị quyết do đại hội đề ra, tăng", "nghị quyết do đại hội đề ra"),
        # near misses: "do" gives a cause
        (" kế hoạch do ảnh hưởng dịch bệnh, giảm", "kế hoạch"),
        (" kế hoạch do giá giao dịch tăng", "kế hoạch"),
        (" kế hoạch do thời tiết thuận lợi và giá giao dịch", "kế hoạch"),
    ],
)
def test_do_names_who_set_the_plan_only_before_the_verb_that_sets_it(tail: str, basis: str) -> None:
    found = read_basis_after(tail, 0)
    assert found is not None
    assert found[0] == basis


def test_a_cause_after_the_plan_still_ends_the_basis() -> None:
    text = "Sản lượng lúa đạt 95% kế hoạch do ảnh hưởng của hạn hán, giảm 3% so với cùng kỳ."
    assert [_triples(f) for f in _figures(text)] == [
        [("plan", "ratio", 95)],
        [("same_period", "change", -3)],
    ]


# --- a plan's level in parentheses after "nghị quyết" ----------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Tổng thu ngân sách 6 tháng đầu năm 2024 là 12.221 tỷ đồng, đạt 51,8% so với nghị "
            "quyết đề ra (23.600 tỷ đồng) và tăng 2,5% so với cùng kỳ.",
            23600,
        ),
        ("Sáu tháng đầu năm 2024, diện tích trồng rừng đạt 900 ha, vượt nghị quyết (850 ha).", 850),
        (
            "Thu ngân sách quý I năm 2024 đạt 3.100 tỷ đồng, bằng 28% so với nghị quyết HĐND "
            "tỉnh (11.000 tỷ đồng).",
            11000,
        ),
    ],
)
def test_a_level_in_parentheses_after_the_resolution_is_its_plan(text: str, value: float) -> None:
    figure = _with(text, value)
    assert (figure.kind, figure.comparisons) == ("target", [])


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # a level after the resolution's clause, not in its parentheses
        (
            "Sáu tháng đầu năm 2024, diện tích trồng rừng đạt 900 ha, vượt nghị quyết; riêng "
            "huyện A trồng 850 ha.",
            850,
            "actual",
        ),
        # read as the plan's before this round
        (
            "Năm 2023, huyện kết nạp 120 đảng viên, đạt nghị quyết đề ra (100 đảng viên).",
            100,
            "target",
        ),
        (
            "Năm 2023, huyện kết nạp 120 đảng viên, đạt nghị quyết đề ra (100 đảng viên).",
            120,
            "actual",
        ),
    ],
)
def test_near_misses_of_the_resolutions_level(text: str, value: float, kind: str) -> None:
    assert _with(text, value).kind == kind


# --- the time said right after a rise alone --------------------------------------------


@pytest.mark.parametrize(
    ("text", "percent", "period"),
    [
        (
            "GRDP 6 tháng đầu năm 2024 tăng 2,7% so với cùng kỳ. Riêng ngành công nghiệp tăng "
            "14,8% trong quý II.",
            14.8,
            (2024, 4, 6),
        ),
        (
            "GRDP 6 tháng đầu năm 2024 tăng 2,7% so với cùng kỳ. Riêng ngành công nghiệp phục "
            "hồi với mức tăng 14,8% trong quý II.",
            14.8,
            (2024, 4, 6),
        ),
        (
            "Chỉ số giá tiêu dùng bình quân 9 tháng năm 2023 tăng 3,2% so với cùng kỳ. Giá thực "
            "phẩm tăng 5,1% trong tháng 9.",
            5.1,
            (2023, 9, 9),
        ),
        (
            "Xuất khẩu 9 tháng năm 2023 tăng 3,2% so với cùng kỳ. Riêng dệt may giảm 4% trong "
            "quý III.",
            4,
            (2023, 7, 9),
        ),
    ],
)
def test_a_time_right_after_a_rise_dates_it(
    text: str, percent: float, period: tuple[int, int, int]
) -> None:
    assert _period(_with(text, percent)) == period


@pytest.mark.parametrize(
    ("text", "percent", "period"),
    [
        # the year after "so với cùng kỳ" is the basis's, not the rise's time
        ("GRDP 6 tháng đầu năm 2024 tăng 2,7% so với cùng kỳ năm 2023.", 2.7, (2024, 1, 6)),
        # after a comma, the time opens the next clause
        (
            "GRDP 6 tháng đầu năm 2024 tăng 2,7% so với cùng kỳ, trong quý II tăng 3,1%.",
            2.7,
            (2024, 1, 6),
        ),
        (
            "GRDP 6 tháng đầu năm 2024 tăng 2,7% so với cùng kỳ, trong quý II tăng 3,1%.",
            3.1,
            (2024, 4, 6),
        ),
    ],
)
def test_near_misses_of_a_time_after_a_rise(
    text: str, percent: float, period: tuple[int, int, int]
) -> None:
    assert _period(_with(text, percent)) == period
