"""Eighth round (h8quant): which percentages are figures, what they compare with, and when."""

from __future__ import annotations

import pytest

from tiendo.extract.prose import extract_figures

Read = tuple[float | None, str, tuple[tuple[str, str, float], ...]]


def _read(text: str) -> list[Read]:
    """Each figure as (value, unit, its comparisons as (basis, measure, percent))."""
    return [
        (
            f.value,
            f.unit,
            tuple((c.basis, c.measure, c.percent) for c in f.comparisons),
        )
        for f in extract_figures(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Năm 2022, tốc độ tăng trưởng kinh tế của huyện ước đạt 8,2%; khu vực nông nghiệp"
            " tăng 3,1%, dịch vụ tăng 9,4%.",
            [(8.2, "%", ()), (3.1, "%", ()), (9.4, "%", ())],
            id="the sectors after a semicolon break down the growth stated as a level",
        ),
        pytest.param(
            "Quý II năm 2024, tăng trưởng GRDP của tỉnh đạt 6,7%, trong đó công nghiệp - xây"
            " dựng tăng khoảng 10,2%, thuế sản phẩm tăng 2,3%.",
            [(6.7, "%", ()), (10.2, "%", ()), (2.3, "%", ())],
            id="the parts after trong đó of a growth named as such are levels",
        ),
        pytest.param(
            "Sáu tháng đầu năm 2021, tốc độ tăng trưởng GRDP ước đạt 5,4%. Khu vực dịch vụ tăng"
            " 6,6%, khu vực nông, lâm, thủy sản tăng 2,5%.",
            [(5.4, "%", ()), (6.6, "%", ()), (2.5, "%", ())],
            id="the next sentence naming sectors goes on breaking the growth down",
        ),
        pytest.param(
            "Năm 2023, tốc độ tăng trưởng GRDP ước đạt 7,1%; so với năm trước, khu vực"
            " dịch vụ tăng 8,2%, công nghiệp tăng 6,3%.",
            [
                (7.1, "%", ()),
                (None, "%", (("previous", "change", 8.2),)),
                (None, "%", (("previous", "change", 6.3),)),
            ],
            id="a list that names its basis compares and stays changes",
        ),
        pytest.param(
            "So với năm trước, kinh tế tiếp tục phát triển. "
            "Năm 2023, tốc độ tăng trưởng GRDP ước đạt 7,1%. Tổng thu ngân sách đạt 900 tỷ"
            " đồng. Khu vực dịch vụ tăng 8,2%.",
            [
                (7.1, "%", ()),
                (900.0, "tỷ đồng", ()),
                (None, "%", (("previous", "change", 8.2),)),
            ],
            id="another quantity stated in between leaves the growth behind",
        ),
        pytest.param(
            "So với năm trước, kinh tế tiếp tục phát triển. "
            "Năm 2023, tốc độ tăng trưởng GRDP ước đạt 7,1%. Kim ngạch xuất khẩu tăng 12%.",
            [(7.1, "%", ()), (None, "%", (("previous", "change", 12.0),))],
            id="a later sentence about no part of the economy states a change",
        ),
        pytest.param(
            "So với năm trước, kinh tế tiếp tục phát triển. "
            "Năm 2023, tăng trưởng tín dụng đạt 12%, dư nợ cho vay tiêu dùng tăng 15%.",
            [(12.0, "%", ()), (None, "%", (("previous", "change", 15.0),))],
            id="a rise beside a growth, outside its breakdown and of no sector, is a change",
        ),
        pytest.param(
            "Năm 2023, tăng trưởng tín dụng đạt 12%, trong đó tín dụng tiêu dùng tăng 15%.",
            [(12.0, "%", ()), (15.0, "%", ())],
            id="a part in the growth's own breakdown is a growth rate whatever it names",
        ),
    ],
)
def test_growth_parts(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Năm 2026, huyện phấn đấu thu ngân sách tăng 12%.",
            [(12.0, "%", ())],
            id="a rise with no basis after a target cue is the rate to reach",
        ),
        pytest.param(
            "Mục tiêu đến năm 2030, kim ngạch xuất khẩu tăng 15%.",
            [(15.0, "%", ())],
            id="a rise with no basis under an aim is a level",
        ),
        pytest.param(
            "Năm 2026, huyện phấn đấu thu ngân sách tăng 12% so với năm 2025.",
            [(None, "%", (("previous", "change", 12.0),))],
            id="a target rise that names its basis still compares",
        ),
        pytest.param(
            # a change on the year before until the twenty-eighth round; since the
            # twenty-ninth, in a text that names no basis of a rise, a rate (test_r29_rise.py)
            "Năm 2025, thu ngân sách tăng 12%.",
            [(12.0, "%", ())],
            id="a result's rise in a text that names no basis is a rate of growth",
        ),
        pytest.param(
            "Năm 2025, thu ngân sách đạt 800 tỷ đồng, tăng 12% so với năm trước; thu nội địa "
            "tăng 9%.",
            [
                (800.0, "tỷ đồng", (("previous", "change", 12.0),)),
                (None, "%", (("previous", "change", 9.0),)),
            ],
            id="a result's rise with no basis in a text that names one is a change",
        ),
    ],
)
def test_rises_aimed_at(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sáu tháng đầu năm 2024, giá trị trồng trọt đạt 48,2% kế hoạch năm; giá trị chăn"
            " nuôi đạt 52,6%.",
            [(None, "%", (("plan", "ratio", 48.2),)), (None, "%", (("plan", "ratio", 52.6),))],
            id="a later item of the sentence reaching a bare share is a share of the plan named",
        ),
        pytest.param(
            "Nhiều xã thu ngân sách vượt dự toán: xã An Bình đạt 131,5%, xã Phú Mỹ 118,2%.",
            [
                (None, "%", (("budget", "ratio", 131.5),)),
                (None, "%", (("budget", "ratio", 118.2),)),
            ],
            id="the items under a heading that passes a plan are shares of that plan",
        ),
        pytest.param(
            "Năm 2024, thu ngân sách đạt 96% dự toán; tỷ lệ che phủ rừng đạt 54,3%.",
            [(None, "%", (("budget", "ratio", 96.0),)), (54.3, "%", ())],
            id="a subject that names a rate keeps its share as a level",
        ),
        pytest.param(
            "Năm 2024, thu ngân sách đạt 96% dự toán; tăng trưởng kinh tế đạt 6,8%.",
            [(None, "%", (("budget", "ratio", 96.0),)), (6.8, "%", ())],
            id="a growth reached is a level, not a share of the plan named before",
        ),
    ],
)
def test_shares_of_a_plan_named_before(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


def _periods(text: str) -> list[tuple[float | None, int | None, int | None, int | None]]:
    """Each figure's value (a comparison's percentage when it has none) and period."""
    return [
        (
            f.value if f.value is not None else f.comparisons[0].percent,
            f.period.year,
            f.period.from_month,
            f.period.to_month,
        )
        for f in extract_figures(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected", "periods"),
    [
        pytest.param(
            "Sáu tháng đầu năm 2020, trạm y tế đã tiêm chủng cho 4.210 trẻ, đạt 61,3% kế"
            " hoạch, tăng 3,2% so với cùng kỳ (năm 2019 đạt 55,8%).",
            [
                (4210.0, "trẻ", (("plan", "ratio", 61.3), ("same_period", "change", 3.2))),
                (None, "%", (("plan", "ratio", 55.8),)),
            ],
            [(4210.0, 2020, 1, 6), (55.8, 2019, 1, 6)],
            id="an earlier year's share quoted in parentheses is a share of its plan",
        ),
        pytest.param(
            "Sáu tháng đầu năm 2020, công suất sử dụng giường bệnh đạt 92,5%, giảm 4,1% so"
            " với cùng kỳ (năm 2019 là 96,4%).",
            [
                (92.5, "%", (("same_period", "change", -4.1),)),
                (96.4, "%", ()),
            ],
            [(92.5, 2020, 1, 6), (96.4, 2019, 1, 6)],
            id="an earlier year's rate quoted beside a rate stays a level",
        ),
    ],
)
def test_earlier_shares_in_parentheses(
    text: str, expected: list[Read], periods: list[tuple[float, int, int, int]]
) -> None:
    assert _read(text) == expected
    assert _periods(text) == periods


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chỉ số giá tiêu dùng tháng 5/2019 tăng 0,42% so với tháng trước và tăng 2,9% so"
            " với cùng kỳ, chủ yếu do nhóm nhà ở tăng 1,2%, nhóm giáo dục giảm 0,3%.",
            [
                (None, "%", (("previous", "change", 0.42), ("same_period", "change", 2.9))),
                (None, "%", (("previous", "change", 1.2),)),
                (None, "%", (("previous", "change", -0.3),)),
            ],
            id="the parts after a rise stated on two bases are on the first",
        ),
        pytest.param(
            "Doanh thu tháng 5/2019 tăng 3% so với tháng trước và tăng 9% so với cùng kỳ"
            " (cùng kỳ năm trước giảm 4%).",
            [
                (None, "%", (("previous", "change", 3.0), ("same_period", "change", 9.0))),
                (None, "%", (("same_period", "change", -4.0),)),
            ],
            id="a remark in parentheses is no part of the head",
        ),
        pytest.param(
            "Tháng 5/2019, doanh thu bán lẻ tăng 0,8% so với cùng kỳ; khách quốc tế tăng 12%.",
            [
                (None, "%", (("same_period", "change", 0.8),)),
                (None, "%", (("same_period", "change", 12.0),)),
            ],
            id="after a rise on one basis the default stands",
        ),
    ],
)
def test_parts_on_the_first_basis_of_their_head(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "tails"),
    [
        pytest.param(
            "sản lượng cá 4.100 tấn, tôm 2.500 tấn và thủy sản nuôi các loại khác 900 tấn.",
            ["", "", ""],
            id="the next item after và is no tail of the number before it",
        ),
        pytest.param(
            "huyện có 120 hộ và cá nhân được hỗ trợ vay vốn.",
            ["và cá nhân được hỗ trợ vay vốn"],
            id="a và with no number after it goes on with the counted noun",
        ),
    ],
)
def test_tails_end_before_the_next_item(text: str, tails: list[str]) -> None:
    from tiendo.extract.mentions import find_quantities

    found = find_quantities(text, text, 0, len(text), [])
    assert [q.tail for q in found] == tails


def _names(text: str) -> list[str]:
    return [f.indicator for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Giá trị sản xuất nông nghiệp quý I tăng 3,2% so với cùng kỳ, trong đó trồng trọt"
            " tăng 2,1%, chăn nuôi tăng 4,4%; riêng thủy sản tăng 6,3%.",
            [
                "Giá trị sản xuất nông nghiệp",
                "Giá trị sản xuất nông nghiệp trồng trọt",
                "Giá trị sản xuất nông nghiệp chăn nuôi",
                "Giá trị sản xuất nông nghiệp thủy sản",
            ],
            id="a part set apart after a breakdown is a part of the same whole",
        ),
    ],
)
def test_parts_set_apart(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chỉ số sản xuất công nghiệp tháng 4 tăng 1,8% so với tháng trước; so với cùng kỳ,"
            " IIP tháng 4 tăng 9,6%.",
            [(None, "%", (("previous", "change", 1.8), ("same_period", "change", 9.6)))],
            id="the measure named again by its abbreviation after a basis is the same figure",
        ),
        pytest.param(
            "Chỉ số sản xuất công nghiệp tháng 4 tăng 1,8% so với tháng trước; so với cùng kỳ,"
            " ngành khai khoáng tăng 4,2%.",
            [
                (None, "%", (("previous", "change", 1.8),)),
                (None, "%", (("same_period", "change", 4.2),)),
            ],
            id="another subject after a basis is a figure of its own",
        ),
    ],
)
def test_a_measure_named_again(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tháng 4/2020, chỉ số giá tiêu dùng giảm 0,6% so với tháng trước nhưng tăng 2,9%"
            " so với cùng kỳ; trong đó nhóm hàng ăn tăng 1,1% và 8,4%.",
            [
                (None, "%", (("previous", "change", -0.6), ("same_period", "change", 2.9))),
                (None, "%", (("previous", "change", 1.1), ("same_period", "change", 8.4))),
            ],
            id="two bare rises after a figure on two bases are a part's rises on those bases",
        ),
        pytest.param(
            "Tháng 4/2020, doanh thu bán lẻ tăng 1,5% so với tháng trước và 9,2% so với cùng"
            " kỳ. Trong đó, doanh thu lưu trú đạt 320 tỷ đồng (tăng 0,8% và 6,1%).",
            [
                (None, "%", (("previous", "change", 1.5), ("same_period", "change", 9.2))),
                (320.0, "tỷ đồng", (("previous", "change", 0.8), ("same_period", "change", 6.1))),
            ],
            id="the bases stated in the sentence before go on to a pair of rises",
        ),
    ],
)
def test_bare_pairs_of_rises_on_stated_bases(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
            "Đường sắt có 12 vụ, 8 người chết; đường thủy có 6 vụ, làm chết 11 người, số người"
            " chết tăng 37,5%.",
            [
                (12.0, "vụ", ()),
                (8.0, "người chết", ()),
                (6.0, "vụ", ()),
                (11.0, "người", (("same_period", "change", 37.5),)),
            ],
            id="a count named again is the one of its own clause among those that match",
        ),
    ],
)
def test_counts_named_again_in_their_clause(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kim ngạch xuất khẩu ước 820 triệu USD, tăng 6,4% về giá trị so cùng kỳ, đạt 48,1%"
            " kế hoạch năm.",
            [(820.0, "triệu usd", (("same_period", "change", 6.4), ("plan", "ratio", 48.1)))],
            id="a rise whose basis comes after an aspect runs to that basis",
        ),
    ],
)
def test_rises_run_to_a_later_basis(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Thu ngân sách huyện đạt 96,5 tỷ đồng, bằng 58,1% dự toán tỉnh giao và dự toán"
            " HĐND huyện giao, tăng 7,3% so với cùng kỳ.",
            [(96.5, "tỷ đồng", (("budget", "ratio", 58.1), ("same_period", "change", 7.3)))],
            id="one share of two plans named together runs past the và",
        ),
    ],
)
def test_two_plans_named_together(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


def _ranges(text: str) -> list[tuple[float | None, float | None, int]]:
    """Each figure's value, upper bound and number of comparisons."""
    return [(f.value, f.value_max, len(f.comparisons)) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Năm 2023, tốc độ tăng GRDP đạt 4,8%, thấp hơn kế hoạch 6,5 - 7%.",
            [(4.8, None, 0), (6.5, 7.0, 0)],
            id="a range set against a plan after a rate is the rate the plan set",
        ),
        pytest.param(
            # A rise set beside its plan's rate is the rate reached (rise_levels.py, round 30).
            "So với năm trước, kinh tế tiếp tục phát triển. "
            "Năm 2023, khu vực công nghiệp tăng 3,9% (kế hoạch 8 - 9%).",
            [(3.9, None, 0), (8.0, 9.0, 0)],
            id="a plan's range in parentheses after a rise is no rise of its own",
        ),
        pytest.param(
            "Năm 2023, số doanh nghiệp thành lập mới tăng 5 - 7% so với năm trước.",
            [(None, None, 1)],
            id="a range compared with a time stays a comparison",
        ),
    ],
)
def test_plan_ranges_are_levels(text: str, expected: list[tuple[float, float, int]]) -> None:
    assert _ranges(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Năm 2026, huyện phấn đấu tăng trưởng 9-10%, cao hơn chỉ tiêu tỉnh giao là 8,5%.",
            [(9.0, 10.0, 0), (8.5, None, 0)],
            id="what the plan is after a rate is a rate of its own",
        ),
        pytest.param(
            "Năm 2023, tốc độ tăng GRDP đạt 4,8%, thấp hơn kế hoạch 6,5 - 7%. Khu vực dịch vụ"
            " tăng 5,2% (kế hoạch 7 - 8%); nông nghiệp tăng 2,9%.",
            [(4.8, None, 0), (6.5, 7.0, 0), (5.2, None, 0), (7.0, 8.0, 0), (2.9, None, 0)],
            id="the plans' rates between the growth and its parts keep them parts",
        ),
    ],
)
def test_plans_beside_rates(text: str, expected: list[tuple[float, float, int]]) -> None:
    assert _ranges(text) == expected


def _values(text: str) -> list[tuple[float | None, str]]:
    return [(f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Năm 2022, huyện đạt và vượt kế hoạch 18/21 chỉ tiêu.",
            [(18.0, "chỉ tiêu")],
            id="a fraction of the targets after passing a plan is a count not a difference",
        ),
        pytest.param(
            "Năm 2022, doanh thu vượt kế hoạch 300 tỷ đồng.",
            [],
            id="by how much a plan was passed stays a difference",
        ),
        pytest.param(
            "Sau ba năm, số hộ nghèo giảm từ 1.240 hộ, chiếm 8,2%, xuống còn 860 hộ.",
            [(1240.0, "hộ"), (8.2, "%"), (860.0, "hộ")],
            id="the first level of giảm từ keeps its share before xuống còn",
        ),
    ],
)
def test_levels_that_are_no_differences(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Từ năm 2015 đến cuối năm 2020, xã đã kéo tỷ lệ hộ nghèo từ 9,4% xuống còn 3,1%.",
            [(9.4, 2015, None, None), (3.1, 2020, None, None)],
            id="the first level of a change over a span is of the span's first year",
        ),
        pytest.param(
            "Giai đoạn 2016 - 2020, số hộ nghèo giảm từ 2.140 hộ xuống 960 hộ.",
            # (the level it ran to is of the last year, as readers U, Y and Z3 give it:
            # test_eleventh_p)
            [(2140.0, 2016, None, None), (960.0, 2020, None, None)],
            id="the first level over a giai đoạn is of its first year",
        ),
    ],
)
def test_first_levels_take_their_time(
    text: str, expected: list[tuple[float, int, int | None, int | None]]
) -> None:
    assert _periods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Đến cuối năm 2020, tỉnh có 612.000 người tham gia bảo hiểm y tế, gấp 4 lần so với"
            " năm 2010, chiếm 91,2% dân số.",
            [(612000.0, "người", ()), (91.2, "%", ())],
            id="a share after a multiple's basis is a level of its own",
        ),
    ],
)
def test_shares_after_a_basis_of_something_else(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Đến nay, toàn tỉnh không còn xã nào dưới 10 tiêu chí.",
            [],
            id="a threshold no place is left under is no count",
        ),
        pytest.param(
            "Năm 2023, có 12 xã đạt 19 tiêu chí.",
            [(12.0, "xã")],
            id="the criteria a count of places met stay no count either",
        ),
    ],
)
def test_thresholds_are_no_counts(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == expected


def _bounds(text: str) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.bound) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Hằng năm có từ 85% chi bộ hoàn thành tốt nhiệm vụ trở lên.",
            [(85.0, "at_least")],
            id="từ before a share and trở lên after its rating bound the share",
        ),
        pytest.param(
            "Năm 2023 có 91,2% đảng viên hoàn thành tốt nhiệm vụ trở lên.",
            [(91.2, None)],
            id="trở lên after a rating alone bounds the rating, not the share",
        ),
    ],
)
def test_bounds_of_shares_of_a_rating(text: str, expected: list[tuple[float, str]]) -> None:
    assert _bounds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Năm 2022, xã dồn điền được 120 ha đất để sản xuất rau an toàn, đạt 80% kế hoạch.",
            [(120.0, "ha", (("plan", "ratio", 80.0),))],
            id="what an amount is for does not part it from its share of the plan",
        ),
    ],
)
def test_purposes_stay_with_their_amount(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Năm 2022, huyện có 85 hợp tác xã thành lập mới với vốn điều lệ 120 tỷ đồng, tăng"
            " 12% về số hợp tác xã và 30% về số vốn so với năm trước.",
            [
                (85.0, "hợp tác xã", (("previous", "change", 12.0),)),
                (120.0, "tỷ đồng", (("previous", "change", 30.0),)),
            ],
            id="rises that name their aspects go to the levels named at length before them",
        ),
    ],
)
def test_rises_by_aspect(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sáu tháng đầu năm 2022, huyện thu ngân sách 210 tỷ đồng. Kế hoạch vốn đầu tư công"
            " của huyện là 90 tỷ đồng, đến nay đã giải ngân 41 tỷ đồng.",
            [(210.0, 2022, 1, 6), (90.0, 2022, 1, 12), (41.0, 2022, None, None)],
            id="a plan's level in a report of part of the year is of the whole year",
        ),
        pytest.param(
            "Sáu tháng đầu năm 2022, huyện thu ngân sách 210 tỷ đồng. Kế hoạch quý III thu"
            " ngân sách là 95 tỷ đồng.",
            [(210.0, 2022, 1, 6), (95.0, 2022, 7, 9)],
            id="a plan that names its own part of the year keeps it",
        ),
    ],
)
def test_plans_are_of_the_whole_year(
    text: str, expected: list[tuple[float, int, int | None, int | None]]
) -> None:
    assert _periods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sáu tháng đầu năm 2022, sản lượng lúa đạt 210.000 tấn. Cả năm 2022, huyện phấn đấu"
            " sản lượng lúa 400.000 tấn. Phấn đấu có thêm 5 xã đạt chuẩn nông thôn mới.",
            [(210000.0, 2022, 1, 6), (400000.0, 2022, 1, 12), (5.0, 2022, 1, 12)],
            id="a sentence of targets opened by the whole year sets the year for those after",
        ),
        pytest.param(
            "Chín tháng năm 2022, sản lượng lúa đạt 310.000 tấn; ước cả năm 2022 đạt 400.000"
            " tấn. Sản lượng ngô đạt 52.000 tấn.",
            [(310000.0, 2022, 1, 9), (400000.0, 2022, 1, 12), (52000.0, 2022, 1, 9)],
            id="a forecast for the whole year said in passing leaves the report's months",
        ),
    ],
)
def test_whole_years_of_targets(
    text: str, expected: list[tuple[float, int, int | None, int | None]]
) -> None:
    assert _periods(text) == expected
