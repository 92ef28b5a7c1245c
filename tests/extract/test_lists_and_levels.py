"""Grammar found by the corpus: lists that share a verb, levels stated from one year to
another, differences, estimates stated once for a sentence. Every sentence here was written
for these tests (none is from the corpus), in other sectors and word orders."""

from __future__ import annotations

import pytest

from tiendo.extract import Figure, extract_figures
from tiendo.periods import Period


def _read(text: str) -> list[dict[str, object]]:
    return [f.as_dict(offsets=False) for f in extract_figures(text)]


def _values(text: str) -> list[float | None]:
    return [f.value for f in extract_figures(text)]


def _comparisons(figure: Figure) -> list[tuple[str, str, float]]:
    return [(c.basis, c.measure, c.percent) for c in figure.comparisons]


@pytest.mark.parametrize(
    ("text", "values", "rises"),
    [
        (
            "Xã xuất bán 420 tấn cá, trị giá 31 tỷ đồng, tăng lần lượt 12% và 9% so với năm trước.",
            [420, 31],
            [[("previous", "change", 12.0)], [("previous", "change", 9.0)]],
        ),
        (
            "Toàn huyện có 58 nhà nghỉ với 910 phòng, lần lượt bằng 104,5% và 103,2% so với "
            "cùng kỳ.",
            [58, 910],
            [[("same_period", "ratio", 104.5)], [("same_period", "ratio", 103.2)]],
        ),
    ],
)
def test_a_respective_list_gives_each_figure_its_own_comparison(
    text: str, values: list[float], rises: list[list[tuple[str, str, float]]]
) -> None:
    figures = extract_figures(text)
    assert [f.value for f in figures] == values
    assert [_comparisons(f) for f in figures] == rises


def test_a_respective_list_without_levels_gives_a_figure_to_each_subject() -> None:
    text = "Thu từ thuế và thu từ phí lần lượt đạt 96,5% và 101,2% dự toán."
    figures = extract_figures(text)
    assert [(f.value, _comparisons(f)) for f in figures] == [
        (None, [("budget", "ratio", 96.5)]),
        (None, [("budget", "ratio", 101.2)]),
    ]
    assert "thuế" in figures[0].indicator and "phí" in figures[1].indicator


def test_shares_listed_respectively_are_rates_of_their_own() -> None:
    text = "Xã còn 120 hộ nghèo và 260 hộ cận nghèo, lần lượt chiếm 2,1% và 4,6% tổng số hộ."
    figures = extract_figures(text)
    assert [(f.value, f.unit) for f in figures] == [
        (120, "hộ nghèo"),
        (260, "hộ cận nghèo"),
        (2.1, "%"),
        (4.6, "%"),
    ]
    assert [f.indicator for f in figures[2:]] == ["tỷ lệ hộ nghèo", "tỷ lệ hộ cận nghèo"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Diện tích lúa đạt 5.200 ha, nhiều hơn năm 2023 là 140 ha.", [5200]),
        ("Sản lượng chè đạt 9.800 tấn, giảm 2,1% so với năm trước (tương đương 210 tấn).", [9800]),
        ("Thu nhập bình quân đạt 61 triệu đồng, cao hơn năm 2022 khoảng 5 triệu đồng.", [61]),
        ("Sản lượng cá đạt 3.400 tấn, vượt kế hoạch 300 tấn.", [3400]),
    ],
)
def test_a_difference_from_a_basis_is_not_a_figure(text: str, values: list[float]) -> None:
    assert _values(text) == values


def test_a_rise_from_one_level_to_another_gives_two_levels_of_their_years() -> None:
    text = "Tỷ lệ hộ nghèo của huyện giảm từ 8,4% năm 2021 xuống còn 5,2% năm 2023."
    figures = extract_figures(text)
    assert [(f.value, f.period.year, f.comparisons) for f in figures] == [
        (8.4, 2021, []),
        (5.2, 2023, []),
    ]
    assert figures[1].indicator == figures[0].indicator


@pytest.mark.parametrize(
    "text",
    [
        "Ước tính đến hết tháng 8, toàn huyện thu hoạch được 2.100 ha lúa hè thu.",
        "Dự ước cả năm, huyện trồng được 650 ha rừng tập trung.",
    ],
)
def test_an_estimate_opening_covers_the_whole_sentence(text: str) -> None:
    assert [f.kind for f in extract_figures(text)] == ["estimate"]


def test_items_listed_after_an_estimated_head_are_estimates_too() -> None:
    text = (
        "Giá trị sản xuất nông nghiệp ước tăng 3,1% so với cùng kỳ, trong đó trồng trọt "
        "tăng 2,4%, chăn nuôi tăng 4,0%."
    )
    assert [f.kind for f in extract_figures(text)] == ["estimate", "estimate", "estimate"]


def test_a_bare_percentage_listed_after_a_rise_is_a_rise_too() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp tăng 9,6% so với cùng kỳ, trong đó khai khoáng 4,2%, "
        "chế biến, chế tạo 10,3%."
    )
    figures = extract_figures(text)
    assert [(f.value, _comparisons(f)) for f in figures] == [
        (None, [("same_period", "change", 9.6)]),
        (None, [("same_period", "change", 4.2)]),
        (None, [("same_period", "change", 10.3)]),
    ]


def test_items_named_by_a_place_take_the_measure_of_the_list() -> None:
    text = "Năng suất lúa vụ mùa các địa phương: Tiên Lãng 61,2 tạ/ha, Vĩnh Bảo 59,8 tạ/ha."
    indicators = [f.indicator for f in extract_figures(text)]
    assert [i.split()[-2:] for i in indicators] == [["Tiên", "Lãng"], ["Vĩnh", "Bảo"]]
    assert all(i.lower().startswith("năng suất lúa") for i in indicators)


def test_a_contribution_in_percentage_points_is_a_figure() -> None:
    text = "Khu vực dịch vụ tăng 6,8%, đóng góp 2,75 điểm phần trăm vào mức tăng chung."
    figures = extract_figures(text)
    assert (figures[-1].value, figures[-1].unit) == (2.75, "điểm phần trăm")


def test_a_gap_in_percentage_points_is_still_a_difference() -> None:
    assert _values("Tỷ lệ che phủ rừng đạt 58,2%, cao hơn năm trước 0,4 điểm phần trăm.") == [58.2]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Sản lượng trứng ước 42,6 triệu quả.", "triệu quả"),
        ("Toàn tỉnh sản xuất 8.300 triệu cành hoa.", "triệu cành"),
    ],
)
def test_a_scale_before_a_counted_noun_is_one_unit(text: str, unit: str) -> None:
    assert [f.unit for f in extract_figures(text)] == [unit]


def test_a_rate_per_year_keeps_the_next_item_clean() -> None:
    text = "Giai đoạn 2021 - 2025, nông nghiệp tăng bình quân 3,1%/năm, dịch vụ 8,2%/năm."
    figures = extract_figures(text)
    assert [f.value for f in figures] == [3.1, 8.2]
    assert "/năm" not in figures[1].indicator


def test_months_named_after_the_first_figure_stay_with_that_figure() -> None:
    text = (
        "Năm 2023, thu nhập bình quân đạt 58 triệu đồng, chỉ số giá bình quân 10 tháng tăng "
        "3,2%. Sản lượng lương thực đạt 41.000 tấn."
    )
    assert extract_figures(text)[-1].period == Period(2023, 1, 12)


def test_since_a_year_does_not_move_the_passage_to_that_year() -> None:
    text = "Năm 2024, GRDP tăng 8,1%, mức cao nhất kể từ năm 2015. Thu ngân sách đạt 2.300 tỷ đồng."
    assert extract_figures(text)[-1].period.year == 2024


def test_the_same_period_of_a_named_year_is_that_year() -> None:
    text = "Trong 6 tháng năm 2024, tỷ trọng dịch vụ chiếm 41,2% (cùng kỳ 2023 là 39,8%)."
    figures = extract_figures(text)
    assert [(f.value, f.period) for f in figures] == [
        (41.2, Period(2024, 1, 6)),
        (39.8, Period(2023, 1, 6)),
    ]


def test_until_the_end_of_a_month_is_counted_from_january() -> None:
    text = "Hết tháng 8/2024, vốn đầu tư công giải ngân đạt 52,3% kế hoạch."
    assert extract_figures(text)[0].period == Period(2024, 1, 8)


def test_a_table_written_as_lines_of_cells_is_read_by_column() -> None:
    text = (
        "Một số chỉ tiêu y tế (theo niên giám):\n"
        "Chỉ tiêu | 2022 | 2023\n"
        "Số bác sĩ trên vạn dân (bác sĩ) | 9,1 | 9,6\n"
        "Tỷ lệ trạm y tế có bác sĩ (%) | 92,0 | 95,5\n"
        "Năm 2023, toàn tỉnh có 3 bệnh viện đạt chuẩn."
    )
    figures = extract_figures(text)
    table = [(f.value, f.unit, f.period.year) for f in figures if f.text.count("|") >= 2]
    assert table == [
        (9.1, "bác sĩ", 2022),
        (9.6, "bác sĩ", 2023),
        (92.0, "%", 2022),
        (95.5, "%", 2023),
    ]
    assert [f.value for f in figures if "|" not in f.text] == [3]


def test_every_figure_carries_a_confidence_between_zero_and_one() -> None:
    figures = extract_figures("Thu ngân sách quý I năm 2024 đạt 320 tỷ đồng, bằng 24% dự toán.")
    assert figures and all(0.0 <= f.confidence <= 1.0 for f in figures)
    assert "confidence" in figures[0].as_dict()


def test_a_share_stated_after_a_difference_is_the_change_of_the_figure() -> None:
    text = (
        "Trong tuần, toàn huyện ghi nhận 64 ca sốt xuất huyết, giảm 16 ca (20%) so với tuần trước."
    )
    figures = extract_figures(text)
    assert [(f.value, _comparisons(f)) for f in figures] == [(64, [("previous", "change", -20.0)])]


def test_a_comparison_after_a_difference_still_belongs_to_the_figure() -> None:
    text = (
        "Thu nhập bình quân đầu người đạt 48 triệu đồng, nhiều hơn năm 2020 là 6 triệu đồng, "
        "bằng 82% bình quân cả nước."
    )
    figures = extract_figures(text)
    assert [(f.value, _comparisons(f)) for f in figures] == [(48, [("other", "ratio", 82.0)])]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tỉnh hướng tới năm 2030 có 150 sản phẩm OCOP.", "target"),
        ("Năm 2025, huyện có 6 xã phấn đấu đạt chuẩn nông thôn mới nâng cao.", "target"),
    ],
)
def test_an_aim_marks_a_target(text: str, kind: str) -> None:
    assert [f.kind for f in extract_figures(text)] == [kind]


def test_a_caption_that_announces_plans_makes_a_tables_columns_targets() -> None:
    text = (
        "Một số chỉ tiêu kế hoạch năm 2026:\nChỉ tiêu | Năm 2026\nTạo việc làm mới | 18.000 người"
    )
    assert [(f.value, f.kind) for f in extract_figures(text)] == [(18000, "target")]


def test_a_gap_in_points_does_not_hide_the_subject_of_the_rate_after_it() -> None:
    text = "Thu nhập đạt 60 triệu đồng; tỷ lệ hộ nghèo giảm 2,4 điểm phần trăm, chỉ còn 3,8%."
    assert extract_figures(text)[-1].indicator == "tỷ lệ hộ nghèo"


def test_a_subject_that_takes_a_share_names_the_share() -> None:
    text = "Khu vực công nghiệp chiếm tỷ trọng 41,5% trong GRDP."
    assert extract_figures(text)[0].indicator.lower().startswith("tỷ trọng khu vực công nghiệp")


def test_a_sentence_that_breaks_down_an_estimated_rise_shares_the_estimate() -> None:
    text = (
        "GRDP quý III ước tăng 7,4% so với cùng kỳ. Trong mức tăng chung, khu vực dịch vụ "
        "tăng 8,1%, công nghiệp tăng 6,9%."
    )
    figures = extract_figures(text)
    assert [(f.kind, _comparisons(f)[0][1]) for f in figures] == [("estimate", "change")] * 3


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # Right after the measure's noun, the price basis names that measure, as readers
        # annotate it ("GRDP theo giá so sánh 2010").
        ("Tổng sản phẩm theo giá so sánh 2010 ước tăng 6,2% so với cùng kỳ.",
         "Tổng sản phẩm theo giá so sánh 2010"),
        # Set apart by a time, "tính" or a comma, it only says how the figure is priced.
        ("Tổng sản phẩm quý I năm 2024 theo giá so sánh 2010 ước tăng 6,2% so với cùng kỳ.",
         "Tổng sản phẩm"),
        ("Theo giá so sánh 2010, tổng sản phẩm ước tăng 6,2% so với cùng kỳ.", "tổng sản phẩm"),
    ],
)  # fmt: skip
def test_a_price_basis_names_the_measure_only_right_after_its_noun(
    text: str, indicator: str
) -> None:
    figure = extract_figures(text)[0]
    assert (figure.indicator, figure.kind) == (indicator, "estimate")


def test_a_plan_quoted_in_parentheses_is_a_target_and_leaves_the_next_item_alone() -> None:
    text = "Cơ cấu kinh tế: công nghiệp 41,2% (KH 40-42%), dịch vụ 36,5% (KH 37-38%)."
    assert [(f.value, f.kind) for f in extract_figures(text)] == [
        (41.2, "actual"),
        (40, "target"),
        (36.5, "actual"),
        (37, "target"),
    ]


def test_a_plan_named_after_an_opening_is_still_the_level_planned() -> None:
    text = "Năm 2025, tổng kế hoạch vốn đầu tư công của huyện là 812,5 tỷ đồng."
    assert [f.kind for f in extract_figures(text)] == ["target"]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("Toàn huyện có 52 tổ chức đảng, gồm 30 đảng bộ và 22 chi bộ.", "đảng bộ"),
        (
            "Năm 2024, ngành thủy sản đạt giá trị sản xuất 2.450 tỷ đồng.",
            "giá trị sản xuất ngành thủy sản",
        ),
    ],
)
def test_a_lead_in_or_a_verb_before_the_measure_is_not_the_indicator(
    text: str, indicator: str
) -> None:
    assert extract_figures(text)[1 if "gồm" in text else 0].indicator == indicator


def test_a_crop_season_gives_its_year_and_last_seasons_level_its_own() -> None:
    text = (
        "Vụ đông xuân 2023 - 2024, năng suất lúa đạt 62,4 tạ/ha (đông xuân năm trước 60,1 tạ/ha)."
    )
    assert [(f.value, f.period.year, f.indicator) for f in extract_figures(text)] == [
        (62.4, 2024, "năng suất lúa"),
        (60.1, 2023, "năng suất lúa"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Huyện là 1 trong 3 địa phương dẫn đầu tỉnh về thu ngân sách.",
        "Toàn tỉnh có sản phẩm OCOP đạt 4 sao.",
    ],
)
def test_ranks_and_star_ratings_are_not_figures(text: str) -> None:
    assert extract_figures(text) == []


def test_a_weak_aim_marks_its_figure_but_not_the_sentences_after_it() -> None:
    text = (
        "Năm 2024, kinh tế huyện duy trì mức tăng trưởng 7,1%. Thu nhập bình quân đầu người "
        "đạt 52 triệu đồng."
    )
    assert extract_figures(text)[-1].kind == "actual"


@pytest.mark.parametrize(
    "text",
    [
        "Doanh thu bán lẻ đạt 2.100 tỷ đồng, tăng 8,4% so với cùng kỳ; loại trừ yếu tố giá, "
        "mức tăng là 5,2%.",
        "Doanh thu bán lẻ đạt 2.100 tỷ đồng, tăng 8,4% so với cùng kỳ, nếu loại trừ yếu tố giá "
        "thì tăng 5,2%.",
    ],
)
def test_a_rise_without_prices_is_a_second_rise_of_the_same_figure(text: str) -> None:
    assert [(f.value, _comparisons(f)) for f in extract_figures(text)] == [
        (2100, [("same_period", "change", 8.4), ("same_period", "change", 5.2)])
    ]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Mỗi hộ nghèo sẽ được hỗ trợ 40 triệu đồng để xây nhà.", ["target"]),
        ("Tỷ lệ che phủ rừng đạt 57,5%, chỉ tiêu là 58%.", ["actual", "target"]),
    ],
)
def test_what_will_be_given_and_what_the_plan_is_are_targets(text: str, kinds: list[str]) -> None:
    assert [f.kind for f in extract_figures(text)] == kinds
