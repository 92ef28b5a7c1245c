"""Eighth round (h8qp2): figures missed or made up, comparisons and bounds."""

from __future__ import annotations

import pytest

from tiendo.extract import Figure, extract_figures


def _levels(sentence: str) -> list[tuple[float | None, str | None, list[str]]]:
    """Each figure as (value, bound, its comparisons as 'basis/measure/percent')."""
    return [
        (
            f.value,
            f.bound,
            [f"{c.basis}/{c.measure}/{c.percent:g}" for c in f.comparisons],
        )
        for f in extract_figures(sentence, year=2025)
    ]


@pytest.mark.parametrize(
    ("sentence", "last"),
    [
        # The floor of an aim: the least rate to reach, a level with its bound.
        # The cue stands far back in the sentence: it still sets the list.
        (
            "Năm 2027, thị xã đặt các chỉ tiêu: thu nhập bình quân đạt 80 triệu đồng; "
            "tổng vốn đầu tư toàn xã hội trên 9.000 tỷ đồng; tỷ lệ che phủ rừng đạt 46%; "
            "tỷ lệ trường đạt chuẩn quốc gia 75%; thu ngân sách tăng tối thiểu 12%.",
            (12, "at_least", []),
        ),
        # "so với năm trước" only says the aimed rate is yearly.
        (
            "Năm 2027, huyện phấn đấu tỷ lệ hộ nghèo giảm trên 3,5% so với năm trước.",
            (3.5, "at_least", []),
        ),
        # A rate named as a rise ("tỷ lệ tăng") is the level, its basis and all.
        (
            "Các chỉ tiêu chủ yếu nhiệm kỳ: tỷ lệ tăng thu ngân sách xã so với năm trước "
            "từ 12% trở lên.",
            (12, "at_least", []),
        ),
        # Without a floor the aimed rise after a basis compares.
        (
            "Năm 2027, huyện phấn đấu thu ngân sách tăng 9% so với năm 2026.",
            (None, None, ["previous/change/9"]),
        ),
        # A floor on a result measured against a named period still compares.
        (
            "Năm 2026, thu ngân sách đạt 900 tỷ đồng, tăng hơn 9% so với năm trước.",
            (900, None, ["previous/change/9"]),
        ),
    ],
)
def test_a_rise_aimed_at_with_a_floor_is_the_least_rate_to_reach(
    sentence: str, last: tuple[float | None, str | None, list[str]]
) -> None:
    assert _levels(sentence)[-1] == last


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # "từ" alone before the first level, the level it moves to after: two levels.
        (
            "Tỷ lệ lao động nông nghiệp từ 41% năm 2020 giảm xuống 33% năm 2024.",
            [(41, None, []), (33, None, [])],
        ),
        (
            "Tỷ lệ trẻ em thấp còi từ trên 19% năm 2016 xuống còn gần 15% năm 2023.",
            [(19, "at_least", []), (15, "about", [])],
        ),
        # "từ ... trở lên" with no level it moves to stays a share of the plan, with the
        # floor as its bound (round 22, rise_bounds.py).
        (
            "Các xã phấn đấu giải ngân từ 80% kế hoạch trở lên.",
            [(None, "at_least", ["plan/ratio/80"])],
        ),
    ],
)
def test_a_level_moved_from_is_a_level_of_its_own(
    sentence: str, figures: list[tuple[float | None, str | None, list[str]]]
) -> None:
    assert _levels(sentence) == figures


def _points(sentence: str) -> list[tuple[float | None, str, str]]:
    return [(f.value, f.unit, f.indicator) for f in extract_figures(sentence, year=2025)]


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # "điểm %" is "điểm phần trăm" as some releases write it: a contribution.
        (
            "So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
            "Trong mức tăng chung, công nghiệp tăng 11,2%, đóng góp 4,1 điểm %; dịch vụ "
            "tăng 6,3%, đóng góp 2,7 điểm %.",
            [
                (None, "%", "công nghiệp"),
                (4.1, "điểm %", "đóng góp của công nghiệp"),
                (None, "%", "dịch vụ"),
                (2.7, "điểm %", "đóng góp của dịch vụ"),
            ],
        ),
        # A gap between two rates in "điểm %" stays no figure.
        (
            "Tỷ trọng dịch vụ chiếm 41,5%, tăng 1,2 điểm %.",
            [(41.5, "%", "Tỷ trọng dịch vụ")],
        ),
    ],
)
def test_points_written_with_a_percent_sign_are_points(
    sentence: str, figures: list[tuple[float | None, str, str]]
) -> None:
    assert _points(sentence) == figures


@pytest.mark.parametrize(
    ("sentence", "comparisons"),
    [
        # The same crop season a year back is the same period.
        (
            "Vụ hè thu năm nay, huyện gieo sạ 12.400 ha lúa, tăng 3,2% so với vụ hè thu năm trước.",
            ["same_period/change/3.2"],
        ),
        (
            "Diện tích gieo trồng đạt 8.100 ha, giảm 1,4% so với đông xuân năm ngoái.",
            ["same_period/change/-1.4"],
        ),
        # The season before this one is the previous period.
        (
            "Sản lượng lúa đạt 51.000 tấn, giảm 0,9% so với vụ trước.",
            ["previous/change/-0.9"],
        ),
    ],
)
def test_a_season_of_the_year_before_is_the_same_period(
    sentence: str, comparisons: list[str]
) -> None:
    assert _levels(sentence)[0][2] == comparisons


def test_a_table_of_growth_over_last_years_season_is_on_the_same_period() -> None:
    text = (
        "Vụ đông xuân 2025 - 2026, huyện gieo trồng 33.250 ha, đạt 102% kế hoạch vụ. "
        "Một số nhóm cây:\n"
        "Nhóm cây | Diện tích (ha) | % KH vụ | Tăng so với ĐX năm trước (%)\n"
        "Lúa | 31.200 | 101,5 | 4,1\n"
        "Ngô | 2.050 | 97 | 7,3\n"
    )
    assert [_levels_of(f) for f in extract_figures(text, year=2026)][1:] == [
        (31200, ["plan/ratio/101.5", "same_period/change/4.1"]),
        (2050, ["plan/ratio/97", "same_period/change/7.3"]),
    ]


def _levels_of(figure: Figure) -> tuple[float | None, list[str]]:
    return figure.value, [f"{c.basis}/{c.measure}/{c.percent:g}" for c in figure.comparisons]


@pytest.mark.parametrize(
    ("sentence", "levels"),
    [
        # Where the growth ranks among provinces states no quantity of its own: the
        # sectors in the next sentence still break the growth down.
        (
            "Năm 2024, tăng trưởng kinh tế của tỉnh đạt 7,9%, đưa tỉnh vào nhóm 20 tỉnh, "
            "thành phố tăng trưởng cao nhất. Công nghiệp - xây dựng tăng 11,2%, dịch vụ "
            "tăng 6,4%.",
            [7.9, 11.2, 6.4],
        ),
        # The same period's rate quoted beside a part is a remark on it: the breakdown
        # goes on after it.
        (
            "Năm 2024, tốc độ tăng trưởng kinh tế đạt 7,9%. Nông nghiệp tăng 3,1% (cùng kỳ "
            "tăng 2,4%), chiếm tỷ trọng 22%; dịch vụ tăng 6,4%.",
            [7.9, 3.1, 22, 6.4],
        ),
    ],
)
def test_remarks_beside_a_growth_do_not_end_its_breakdown(
    sentence: str, levels: list[float]
) -> None:
    found = [f.value for f in extract_figures(sentence, year=2025) if f.value is not None]
    assert found == levels


@pytest.mark.parametrize(
    ("sentence", "bound"),
    [
        # A sum or a measure passed is a threshold the figure lies above.
        (
            "Tổng thu ngân sách trên địa bàn vượt 9.500 tỷ đồng, tăng 12% so với cùng kỳ.",
            "at_least",
        ),
        ("Diện tích cây cà phê của tỉnh vượt 210 nghìn ha.", "at_least"),
        # Not passed: a ceiling.
        ("Chi thường xuyên năm 2026 không vượt 800 tỷ đồng.", "at_most"),
        # The targets met or passed are counted, not bounded.
        ("Huyện đạt, vượt 17 chỉ tiêu chủ yếu.", None),
    ],
)
def test_a_level_passed_is_bounded_from_below(sentence: str, bound: str | None) -> None:
    assert _levels(sentence)[0][1] == bound


@pytest.mark.parametrize(
    "sentence",
    [
        "Giá trị sản xuất công nghiệp tăng 7,2% so với cùng kỳ, với 9/14 sản phẩm chủ yếu tăng.",
        "So với tháng trước, CPI tăng 0,4%, với 8/11 nhóm hàng tăng giá.",
    ],
)
def test_a_count_of_parts_out_of_a_whole_is_no_level_of_the_rise_before_it(
    sentence: str,
) -> None:
    found = _levels(sentence)
    assert len(found) == 2
    assert found[0][0] is None and found[0][2]  # the rise, alone
    assert found[1][2] == []  # the count of the parts that moved


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # By how much a level of the clause passed its plan: an absolute difference.
        ("Thu ngân sách đạt 1.480 tỷ đồng, vượt 260 tỷ đồng.", [1480]),
        ("Năng suất lúa đạt 63 tạ/ha, vượt 1,5 tạ/ha.", [63]),
        # A period before "vượt" is no level: the sum passed is the figure.
        ("8 tháng năm 2025, kim ngạch xuất khẩu vượt 610 triệu USD.", [610]),
    ],
)
def test_the_margin_a_level_passed_its_plan_by_is_no_figure(
    sentence: str, values: list[float]
) -> None:
    assert [f[0] for f in _levels(sentence)] == values


def test_a_floor_said_with_tro_len_is_no_level_moved_to() -> None:
    # "từ ... trở lên" bounds one level: no level follows that it moves to.
    sentence = "Các xã phấn đấu giải ngân từ 85% kế hoạch trở lên 3 tháng tới."
    assert _levels(sentence)[0][2] == ["plan/ratio/85"]


def test_a_results_own_rise_after_targets_stays_its_change() -> None:
    # The targets before leave the passage listing aims; the result's rise with a floor
    # is still the change of the level it follows.
    text = (
        "Nghị quyết đặt các chỉ tiêu năm 2026: thu ngân sách 620 tỷ đồng; tỷ lệ hộ nghèo "
        "giảm trên 1,5%. Năm 2025, thu ngân sách đạt 575 tỷ đồng, tăng hơn 8% so với năm trước."
    )
    assert _levels(text)[-1] == (575, None, ["previous/change/8"])
