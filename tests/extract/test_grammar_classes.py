"""Error classes found on the tuning part of the corpus, fixed as grammar. Every sentence
here was written for these tests (none is from the corpus): input sentence -> the figures
expected of it."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _levels(text: str) -> list[tuple[float | None, str, str | None]]:
    return [(f.value, f.unit, f.bound) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected", "names"),
    [
        (
            "Năm 2023, thu ngân sách của các huyện Tân Phú, Định Quán và Vĩnh Cửu lần lượt là "
            "120, 98 và 76 tỷ đồng.",
            [(120.0, "tỷ đồng", None), (98.0, "tỷ đồng", None), (76.0, "tỷ đồng", None)],
            ["Tân Phú", "Định Quán", "Vĩnh Cửu"],
        ),
        (
            "Kim ngạch xuất khẩu sang Mỹ, EU và Nhật Bản lần lượt đạt 510, 320 và 150 triệu USD.",
            [(510.0, "triệu usd", None), (320.0, "triệu usd", None), (150.0, "triệu usd", None)],
            ["Mỹ", "EU", "Nhật Bản"],
        ),
        (
            "Diện tích lúa, ngô và sắn của xã lần lượt đạt 1.200 ha, 350 ha và 120 ha.",
            [(1200.0, "ha", None), (350.0, "ha", None), (120.0, "ha", None)],
            ["lúa", "ngô", "sắn"],
        ),
        (
            "Tỷ lệ che phủ rừng của hai huyện Mường Tè và Sìn Hồ lần lượt là 61,2% và 48,5%.",
            [(61.2, "%", None), (48.5, "%", None)],
            ["Mường Tè", "Sìn Hồ"],
        ),
        (
            "Năng suất lúa hai vụ tương ứng đạt 62 và 58 tạ/ha trở lên.",
            [(62.0, "tạ/ha", "at_least"), (58.0, "tạ/ha", "at_least")],
            ["năng suất", "năng suất"],
        ),
    ],
)
def test_levels_listed_respectively_with_one_unit_are_a_figure_each(
    text: str, expected: list[tuple[float, str, str | None]], names: list[str]
) -> None:
    figures = extract_figures(text)
    assert [(f.value, f.unit, f.bound) for f in figures] == expected
    assert all(f.comparisons == [] for f in figures)
    for figure, name in zip(figures, names, strict=True):
        assert name.lower() in figure.indicator.lower()


def test_a_list_of_levels_without_subjects_shares_the_head_indicator() -> None:
    text = "Doanh thu các khu du lịch lần lượt đạt 45, 38 và 20 tỷ đồng."
    figures = extract_figures(text)
    assert [f.value for f in figures] == [45.0, 38.0, 20.0]
    assert {f.indicator for f in figures} == {figures[0].indicator}
    assert "doanh thu" in figures[0].indicator.lower()


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # A measure that heads its own clause after a semicolon is not an item of the
        # estimated list before it.
        (
            "Doanh thu du lịch ước đạt 820 tỷ đồng, tăng 12%; tổng vốn đầu tư xã hội 2.400 tỷ "
            "đồng, tăng 8%.",
            ["estimate", "actual"],
        ),
        # Elliptic items after a semicolon still share the head's estimate.
        (
            "Đàn trâu ước đạt 21 nghìn con, giảm 2%; đàn bò 35 nghìn con, tăng 4%.",
            ["estimate", "estimate"],
        ),
        # "còn" sets a new measure against the estimated one.
        (
            "Sản lượng điện ước đạt 1.500 triệu kWh, tăng 6%, còn chỉ số sản xuất công nghiệp "
            "tăng 3,1%.",
            ["estimate", "actual"],
        ),
        # The basis first, then the estimate word, then the rise.
        ("So với cùng kỳ, doanh thu bán lẻ của huyện ước tăng 9,2%.", ["estimate"]),
    ],
)
def test_an_estimate_covers_its_own_list_and_not_the_next_statement(
    text: str, kinds: list[str]
) -> None:
    assert [f.kind for f in extract_figures(text)] == kinds


def test_an_aim_stated_in_words_does_not_make_the_next_sentence_a_target() -> None:
    text = (
        "Huyện phấn đấu đến năm 2030 trở thành thị xã. Huyện có diện tích tự nhiên 520 km2, "
        "dân số trên 120 nghìn người."
    )
    assert [f.kind for f in extract_figures(text)] == ["actual", "actual"]


def test_a_heading_that_names_targets_still_makes_the_next_sentence_a_target() -> None:
    text = "Các chỉ tiêu chủ yếu đến năm 2030 như sau. Thu nhập bình quân đạt 120 triệu đồng/người."
    assert [f.kind for f in extract_figures(text)] == ["target"]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # "Hiện" is the time of writing, not the year the sentence before aimed at.
        (
            "Xã đạt chuẩn nông thôn mới năm 2021 và hướng tới đạt chuẩn kiểu mẫu vào năm 2026. "
            "Hiện xã có 1.200 lao động làm việc tại các doanh nghiệp.",
            [2024],
        ),
        # After a target, "Hiện" goes back to the year the passage spoke of.
        (
            "Sáu tháng đầu năm 2024, huyện thu ngân sách 120 tỷ đồng, so với chỉ tiêu cả năm là "
            "300 tỷ đồng. Hiện huyện có 12 doanh nghiệp chế biến nông sản.",
            [2024, 2024, 2024],
        ),
        # A year after "thì" opens the next clause; the number before keeps its own year.
        (
            "Thu nhập bình quân năm 2018 mới 30 triệu đồng/người thì đến năm 2023 đã đạt 55 "
            "triệu đồng/người.",
            [2018, 2023],
        ),
    ],
)
def test_now_and_years_in_the_next_clause_give_the_right_year(text: str, years: list[int]) -> None:
    assert [f.period.year for f in extract_figures(text, year=2024)] == years


def _comparisons(text: str) -> list[list[tuple[str, str, float]]]:
    return [[(c.basis, c.measure, c.percent) for c in f.comparisons] for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A remark on the level does not part the figure from its rise.
        (
            "Doanh thu du lịch đạt 3.200 tỷ đồng, cao nhất từ trước đến nay, tăng 18% so với "
            "cùng kỳ.",
            [[("same_period", "change", 18.0)]],
        ),
        (
            "Thu ngân sách đạt 910 tỷ đồng, mức cao nhất trong 5 năm; so với năm 2022 tăng 7%.",
            [[("previous", "change", 7.0)]],
        ),
        # Nor does a remark in parentheses.
        (
            "Tổng thu ngân sách đạt 1.250 tỷ đồng (số liệu chốt ngày 31/12), bằng 104% dự toán.",
            [[("budget", "ratio", 104.0)]],
        ),
        # A clause with only a basis before "lần lượt" lists the rises of the figures before.
        (
            "Cà phê xuất khẩu 12.000 tấn, trị giá 48 triệu USD; so với cùng kỳ lần lượt tăng 5% "
            "và 9%.",
            [[("same_period", "change", 5.0)], [("same_period", "change", 9.0)]],
        ),
        # The items of a breakdown share the basis the head named.
        (
            "Chỉ số sản xuất công nghiệp tháng 3 ước tăng 4,2% so với tháng trước, trong đó "
            "khai khoáng tăng 2,1%, chế biến tăng 5,3%.",
            [
                [("previous", "change", 4.2)],
                [("previous", "change", 2.1)],
                [("previous", "change", 5.3)],
            ],
        ),
    ],
)
def test_a_comparison_finds_its_figure_across_remarks_and_clauses(
    text: str, expected: list[list[tuple[str, str, float]]]
) -> None:
    assert _comparisons(text) == expected


def test_bare_items_under_a_heading_that_states_a_rise_are_rises() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp quý I ước tăng 8,2% so với cùng kỳ. Các ngành tăng so với "
        "cùng kỳ: khai khoáng 4,1%; chế biến, chế tạo 9,3%; sản xuất điện 6,6%."
    )
    figures = extract_figures(text, year=2024)
    assert [(f.value, f.unit) for f in figures] == [(None, "%")] * 4
    assert [c.percent for f in figures[1:] for c in f.comparisons] == [4.1, 9.3, 6.6]
    assert {c.basis for f in figures for c in f.comparisons} == {"same_period"}
    # The heading names kinds of items; the measure is the one the passage spoke of.
    assert all("chỉ số sản xuất" in f.indicator.lower() for f in figures[1:])
    # The list goes on with the estimated report before it.
    assert [f.kind for f in figures] == ["estimate"] * 4


def test_a_heading_that_states_a_fall_gives_falls() -> None:
    text = "Các mặt hàng giảm so với tháng trước: xăng dầu 3,2%; gas 1,5%."
    figures = extract_figures(text)
    assert [[(c.basis, c.measure, c.percent) for c in f.comparisons] for f in figures] == [
        [("previous", "change", -3.2)],
        [("previous", "change", -1.5)],
    ]


def test_a_period_set_in_contrast_stays_with_its_own_figure() -> None:
    text = (
        "5 tháng năm 2024, doanh thu bán lẻ ước tăng 9% so với cùng kỳ, trong khi 5 tháng năm "
        "2023 doanh thu chỉ tăng 4%. Doanh thu lưu trú ước đạt 420 tỷ đồng."
    )
    figures = extract_figures(text)
    assert [f.period.year for f in figures] == [2024, 2023, 2024]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tháng 6, kim ngạch xuất khẩu của cả nước đạt 35 tỷ USD. Thái Nguyên dẫn đầu với "
            "4,1 tỷ USD, Bình Dương xếp thứ hai với 3,3 tỷ USD, trong khi TP. Hồ Chí Minh đạt "
            "3,1 tỷ USD.",
            [
                "kim ngạch xuất khẩu của cả nước",
                "kim ngạch xuất khẩu của Thái Nguyên",
                "kim ngạch xuất khẩu của Bình Dương",
                "kim ngạch xuất khẩu của TP. Hồ Chí Minh",
            ],
        ),
        (
            "Năng suất lúa toàn tỉnh đạt 58 tạ/ha; Yên Thành dẫn đầu về năng suất với 64 tạ/ha.",
            ["Năng suất lúa toàn tỉnh", "năng suất của Yên Thành"],
        ),
    ],
)
def test_a_place_ranked_or_set_beside_another_takes_the_measure_being_ranked(
    text: str, expected: list[str]
) -> None:
    assert [f.indicator for f in extract_figures(text)] == expected


def test_an_abbreviation_before_a_name_does_not_end_the_sentence() -> None:
    text = "Doanh thu của TP. Vinh đạt 1.200 tỷ đồng, tăng 8% so với cùng kỳ."
    figures = extract_figures(text)
    assert len(figures) == 1
    assert figures[0].comparisons[0].percent == 8.0


def test_a_table_of_growth_rates_gives_a_rise_per_cell_for_the_period_of_its_column() -> None:
    text = (
        "Doanh thu bán lẻ hàng hóa tỉnh Nghệ An năm 2024 (ước tính, % tăng):\n"
        "Nhóm hàng | Tháng 6 so với tháng trước | 6 tháng so với cùng kỳ\n"
        "Lương thực, thực phẩm | +2,15 | +8,40\n"
        "Xăng dầu | -1,20 | +3,05"
    )
    figures = extract_figures(text)
    assert [(f.value, f.unit, f.kind) for f in figures] == [(None, "%", "estimate")] * 4
    assert [[(c.basis, c.measure, c.percent) for c in f.comparisons] for f in figures] == [
        [("previous", "change", 2.15)],
        [("same_period", "change", 8.4)],
        [("previous", "change", -1.2)],
        [("same_period", "change", 3.05)],
    ]
    assert [f.period.code() for f in figures] == ["2024-M6", "2024-H1", "2024-M6", "2024-H1"]
    assert figures[0].indicator.startswith("Doanh thu bán lẻ hàng hóa")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Toàn tỉnh có 8 huyện, thị xã, thành phố đạt chuẩn nông thôn mới.",
            "huyện, thị xã, thành phố",
        ),
        ("Cả 15 đảng bộ, chi bộ trực thuộc đã tổ chức đại hội.", "đảng bộ, chi bộ"),
        ("Có 11 xã, phường ra mắt mô hình mới.", "xã, phường"),
        # A name after the comma is not another body counted.
        ("Huyện có 12 xã, Tân An là xã dẫn đầu.", "xã"),
    ],
)
def test_bodies_counted_together_are_one_unit(text: str, unit: str) -> None:
    assert [f.unit for f in extract_figures(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a rate, the percentage beside the plan's name is the rate the plan set.
        (
            "So với năm trước, kinh tế tiếp tục phát triển. "
            "Năm 2023, GRDP của tỉnh tăng 8,4%, vượt kế hoạch đề ra (8%).",
            [(None, "actual", [("previous", "change", 8.4)]), (8.0, "target", [])],
        ),
        # After a level in its own unit, it is the share of the plan reached.
        (
            "Năm 2023, diện tích lúa đạt 12.400 ha, vượt nhẹ kế hoạch (101,5%).",
            [(12400.0, "actual", [("plan", "ratio", 101.5)])],
        ),
    ],
)
def test_a_percentage_beside_a_plan_is_its_level_after_a_rate_and_a_share_after_a_level(
    text: str, expected: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    figures = extract_figures(text)
    assert [
        (f.value, f.kind, [(c.basis, c.measure, c.percent) for c in f.comparisons]) for f in figures
    ] == expected


def test_levels_from_and_to_listed_after_a_first_pair_take_its_years_and_measures() -> None:
    text = (
        "Cơ cấu lao động chuyển dịch: tỷ trọng lao động nông nghiệp giảm từ 52,4% năm 2015 "
        "xuống 41,2% năm 2020, công nghiệp từ 20,1% lên 27,5%, còn dịch vụ tăng từ 27,5% lên "
        "31,3%."
    )
    figures = extract_figures(text)
    assert [f.value for f in figures] == [52.4, 41.2, 20.1, 27.5, 27.5, 31.3]
    assert [f.period.year for f in figures] == [2015, 2020, 2015, 2020, 2015, 2020]
    assert figures[3].indicator == figures[2].indicator
    assert figures[5].indicator == figures[4].indicator


@pytest.mark.parametrize(
    ("text", "contributor"),
    [
        ("Khu vực dịch vụ tăng 6,2%, đóng góp 2,9 điểm phần trăm.", "khu vực dịch vụ"),
        (
            "Trong mức tăng chung, công nghiệp - xây dựng đóng góp 3,1 điểm phần trăm.",
            "công nghiệp",
        ),
    ],
)
def test_a_contribution_to_growth_names_the_item_that_contributed(
    text: str, contributor: str
) -> None:
    points = [f for f in extract_figures(text) if f.unit == "điểm phần trăm"]
    assert len(points) == 1
    assert points[0].indicator.lower().startswith("đóng góp của")
    assert contributor in points[0].indicator.lower()


def test_a_cumulative_column_covers_the_months_up_to_the_latest_and_shares_its_estimate() -> None:
    text = (
        "Một số chỉ tiêu du lịch tháng 5 năm 2024:\n"
        "Chỉ tiêu | Thực hiện tháng 4/2024 | Ước TH tháng 5/2024 | Lũy kế từ đầu năm\n"
        "Lượt khách (lượt) | 120.500 | 131.200 | 598.000"
    )
    figures = extract_figures(text)
    assert [(f.value, f.kind, f.period.code()) for f in figures] == [
        (120500.0, "actual", "2024-M4"),
        (131200.0, "estimate", "2024-M5"),
        (598000.0, "estimate", "2024-5M"),
    ]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        (
            "Tổng thu ngân sách (không gồm thu chuyển nguồn) ước đạt 4.120 tỷ đồng.",
            "Tổng thu ngân sách",
        ),
        (
            "Tổng vốn đầu tư công năm 2024 (chưa gồm vốn dự phòng) là 3.050 tỷ đồng.",
            "Tổng vốn đầu tư công",
        ),
    ],
)
def test_a_remark_on_what_a_measure_includes_is_not_its_name(text: str, indicator: str) -> None:
    assert [f.indicator for f in extract_figures(text)] == [indicator]


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        (
            "Năm 2023, công nghiệp - xây dựng chiếm 38,2%, dịch vụ 41,5%, nông nghiệp 20,3%.",
            ["tỷ trọng công nghiệp - xây dựng", "tỷ trọng dịch vụ", "tỷ trọng nông nghiệp"],
        ),
        (
            "Giá trị sản xuất thủy sản đạt 9.800 tỷ đồng, chiếm 31% GRDP.",
            ["Giá trị sản xuất thủy sản", "tỷ trọng giá trị sản xuất thủy sản trong GRDP"],
        ),
        # A rate already named as such keeps its name.
        ("Tỷ lệ hộ nghèo chiếm 3,2%.", ["Tỷ lệ hộ nghèo"]),
    ],
)
def test_a_share_taken_names_the_share_of_its_item(text: str, indicators: list[str]) -> None:
    assert [f.indicator for f in extract_figures(text)] == indicators


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Kinh phí gồm ngân sách Trung ương 12,5 tỷ đồng và ngân sách tỉnh 4 tỷ đồng.",
            [12.5, 4.0],
        ),
        ("Xuất khẩu lao động sang thị trường Nhật Bản 240 người.", [240.0]),
        # Still names: a plenum, a village.
        ("Hội nghị Trung ương 5 khóa XII đã họp. Thôn Bản 5 có 120 hộ.", [120.0]),
    ],
)
def test_a_name_word_before_a_number_with_a_unit_of_measure_leaves_it_a_quantity(
    text: str, values: list[float]
) -> None:
    assert [f.value for f in extract_figures(text)] == values


def test_a_rise_set_apart_for_another_time_is_a_figure_of_its_own() -> None:
    text = (
        "5 tháng năm 2024, doanh thu bán lẻ ước tăng 9% so với cùng kỳ, trong khi 5 tháng "
        "năm 2023 chỉ tăng 4%."
    )
    figures = extract_figures(text)
    assert [[c.percent for c in f.comparisons] for f in figures] == [[9.0], [4.0]]
    assert [f.period.year for f in figures] == [2024, 2023]


def test_places_listed_after_such_as_take_the_measure_stated_before() -> None:
    text = (
        "Vụ mùa năm 2024, toàn tỉnh gieo trồng 28.400 ha lúa. Nhiều huyện tăng mạnh như Yên "
        "Thành 4.120 ha (tăng 6,1%), Diễn Châu 3.080 ha (tăng 4,2%), còn Quỳnh Lưu đạt 2.950 ha."
    )
    figures = extract_figures(text)
    assert [f.value for f in figures] == [28400.0, 4120.0, 3080.0, 2950.0]
    head = figures[0].indicator
    assert head.startswith("diện tích gieo trồng")
    for figure, place in zip(figures[1:], ["Yên Thành", "Diễn Châu", "Quỳnh Lưu"], strict=True):
        assert figure.indicator.startswith("diện tích gieo trồng")
        assert place in figure.indicator


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2023, xã bán 420 tấn cá, thu 31 tỷ đồng, tăng 12% và 9% so với năm trước.",
        "Năm 2023, xã bán 420 tấn cá, thu 31 tỷ đồng, tăng 12% về lượng và 9% về giá trị so "
        "với năm trước.",
    ],
)
def test_as_many_rises_as_levels_before_them_go_to_those_levels_in_order(text: str) -> None:
    figures = extract_figures(text)
    assert [
        (f.value, [(c.basis, c.measure, c.percent) for c in f.comparisons]) for f in figures
    ] == [
        (420.0, [("previous", "change", 12.0)]),
        (31.0, [("previous", "change", 9.0)]),
    ]


def test_two_rises_after_one_level_are_not_a_list() -> None:
    text = "Doanh thu đạt 500 tỷ đồng, tăng 12% và vượt 5% kế hoạch."
    assert [len(f.comparisons) for f in extract_figures(text)] == [2]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("Riêng tháng 10, tỉnh xuất khẩu hơn 9,4 tỷ USD.", "kim ngạch xuất khẩu"),
        ("Quý I, doanh nghiệp nhập khẩu 120 triệu USD.", "kim ngạch nhập khẩu"),
    ],
)
def test_money_after_a_verb_of_trade_is_the_value_traded(text: str, indicator: str) -> None:
    assert [f.indicator for f in extract_figures(text)] == [indicator]
