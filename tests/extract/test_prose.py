"""extract_figures on whole sentences: the spec's example, the seed article, and sentences
written for these tests in other sectors, provinces and word orders."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from tiendo.extract import Figure, extract_figures
from tiendo.periods import Period

SHARED = Path(__file__).parents[3] / "shared"

SPEC_EXAMPLE = (
    "Tổng thu NSNN trên địa bàn trong quý I năm 2022 là 123,4 tỷ đồng, bằng 18% dự toán tỉnh "
    "giao, bằng 16,0% dự toán huyện phấn đấu, bằng 168,4% so với cùng kỳ năm 2021."
)


def _comparisons(figure: Figure) -> list[tuple[str, str, float]]:
    return [(c.basis, c.measure, c.percent) for c in figure.comparisons]


def _only(text: str, **kwargs: int) -> Figure:
    figures = extract_figures(text, **kwargs)
    assert len(figures) == 1, [f.as_dict(offsets=False) for f in figures]
    return figures[0]


def test_the_spec_example_gives_one_figure_with_three_comparisons() -> None:
    figure = _only(SPEC_EXAMPLE)
    assert (figure.value, figure.unit, figure.bound, figure.kind) == (
        123.4,
        "tỷ đồng",
        None,
        "actual",
    )
    assert figure.indicator == "Tổng thu NSNN trên địa bàn"
    assert figure.period == Period(2022, 1, 3)
    assert _comparisons(figure) == [
        ("budget", "ratio", 18.0),
        ("budget", "ratio", 16.0),
        ("same_period", "ratio", 168.4),
    ]


def test_offsets_point_at_the_number_and_its_clause_in_the_original_text() -> None:
    figure = _only(SPEC_EXAMPLE)
    assert SPEC_EXAMPLE[figure.start : figure.end] == "123,4 tỷ đồng"
    assert SPEC_EXAMPLE[figure.clause_start : figure.clause_end].startswith("Tổng thu NSNN")
    assert figure.text == SPEC_EXAMPLE.rstrip(".")


def test_offsets_survive_decomposed_input_and_old_tone_marks() -> None:
    original = unicodedata.normalize("NFD", "Huyện Hoà Bình: thu ngân sách đạt 2.715,4 tỷ đồng.")
    figure = _only(original)
    assert figure.value == 2715.4
    assert unicodedata.normalize("NFC", original[figure.start : figure.end]) == "2.715,4 tỷ đồng"


def test_seed_article_gives_the_first_quarter_figures_of_the_spec() -> None:
    seeds = sorted((SHARED / "seeds").glob("002_*.txt")) if SHARED.exists() else []
    if not seeds:
        pytest.skip("shared/seeds/002_*.txt is not available")
    figures = extract_figures(seeds[0].read_text(encoding="utf-8"))
    by_value = {(f.value, f.unit): f for f in figures}
    revenue = by_value[(123.4, "tỷ đồng")]
    assert _comparisons(revenue) == [
        ("budget", "ratio", 18.0),
        ("budget", "ratio", 16.0),
        ("same_period", "ratio", 168.4),
    ]
    assert (revenue.kind, revenue.period) == ("actual", Period(2022, 1, 3))
    industry = by_value[(220.0, "tỷ đồng")]
    assert (industry.kind, industry.period) == ("estimate", Period(2022, 1, 3))
    assert _comparisons(industry) == [("plan", "ratio", 23.08)]
    trade = by_value[(950.0, "tỷ đồng")]
    assert _comparisons(trade) == [("plan", "ratio", 27.4)]
    assert "thương mại - dịch vụ" in trade.indicator
    members = by_value[(80.0, "quần chúng")]
    assert (members.kind, members.period) == ("actual", Period(2022, 1, 3))


# Sentences written for these tests (not from the development set): value, value_max,
# unit, bound, kind, period, comparisons, and a word the indicator must contain.
OWN_SENTENCES = [
    (
        "Thu ngân sách nhà nước 6 tháng đầu năm 2021 ước đạt 1.250 tỷ đồng, bằng 52,3% dự toán "
        "Trung ương giao, tăng 12% so với cùng kỳ năm 2020.",
        (1250.0, None, "tỷ đồng", None, "estimate", Period(2021, 1, 6),
         [("budget", "ratio", 52.3), ("same_period", "change", 12.0)], "thu ngân sách"),
    ),
    (
        "Tỷ lệ hộ nghèo cuối năm 2022 còn 3,2%, giảm 1,8% so với đầu năm.",
        (3.2, None, "%", None, "actual", Period(2022, 1, 12), [("previous", "change", -1.8)],
         "tỷ lệ hộ nghèo"),
    ),
    (
        "Kế hoạch năm 2025, tỉnh phấn đấu thu ngân sách không dưới 15.000 tỷ đồng.",
        (15000.0, None, "tỷ đồng", "at_least", "target", Period(2025, 1, 12), [], "thu ngân sách"),
    ),
    (
        "Đến năm 2030, có ít nhất 80% số xã đạt chuẩn nông thôn mới nâng cao.",
        (80.0, None, "%", "at_least", "target", Period(2030), [], "xã đạt chuẩn"),
    ),
    (
        "Trong tháng 7/2023, sản lượng điện sản xuất ước đạt 1,2 tỷ kWh, tăng 5,1% so với "
        "tháng trước.",
        (1.2, None, "tỷ kwh", None, "estimate", Period(2023, 7, 7), [("previous", "change", 5.1)],
         "sản lượng điện"),
    ),
    (
        "Giải ngân vốn đầu tư công đến ngày 30/9/2024 đạt 2.150 tỷ đồng, đạt 61,5% kế hoạch "
        "vốn giao.",
        (2150.0, None, "tỷ đồng", None, "actual", Period(2024), [("plan", "ratio", 61.5)],
         "giải ngân vốn đầu tư công"),
    ),
    (
        "Tổng đàn trâu, bò có 45.000 con, giảm 2,1% so với cùng kỳ.",
        (45000.0, None, "con", None, "actual", Period(None), [("same_period", "change", -2.1)],
         "đàn trâu"),
    ),
    (
        "Xuất khẩu 9 tháng năm 2022 của tỉnh Bình Dương đạt 2,8 tỷ USD, bằng 76% kế hoạch năm.",
        (2.8, None, "tỷ usd", None, "actual", Period(2022, 1, 9), [("plan", "ratio", 76.0)],
         "xuất khẩu"),
    ),
    (
        "Số khách du lịch quốc tế trong quý III/2019 đạt 120 nghìn lượt, gấp 2,3 lần cùng kỳ.",
        (120.0, None, "nghìn lượt", None, "actual", Period(2019, 7, 9), [], "khách du lịch"),
    ),
    (
        "Toàn huyện có 15/18 xã đạt chuẩn nông thôn mới.",
        (15.0, None, "xã", None, "actual", Period(None), [], "nông thôn mới"),
    ),
    (
        "Kim ngạch nhập khẩu ước đạt 850 triệu USD, giảm 3,4% so với cùng kỳ và đạt 70,8% "
        "kế hoạch.",
        (850.0, None, "triệu usd", None, "estimate", Period(None),
         [("same_period", "change", -3.4), ("plan", "ratio", 70.8)], "kim ngạch nhập khẩu"),
    ),
    (
        "Thu nhập bình quân đầu người năm 2025 phấn đấu đạt 60 - 65 triệu đồng.",
        (60.0, 65.0, "triệu đồng", None, "target", Period(2025, 1, 12), [], "thu nhập bình quân"),
    ),
    (
        "Tỷ lệ thất nghiệp khu vực thành thị duy trì dưới 3%.",
        (3.0, None, "%", "at_most", "target", Period(None), [], "tỷ lệ thất nghiệp"),
    ),
    (
        "Năng suất lúa bình quân vụ đông xuân đạt 6,2 tấn/ha, cao hơn vụ trước 0,3%.",
        (6.2, None, "tấn/ha", None, "actual", Period(None), [("previous", "change", 0.3)],
         "năng suất lúa"),
    ),
    (
        "Tính đến ngày 15/11/2024, toàn tỉnh đã tiêm được 1.520.300 liều vắc xin.",
        (1520300.0, None, "liều", None, "actual", Period(2024), [], "vắc xin"),
    ),
    (
        "Quý II/2024, doanh thu bán lẻ hàng hóa của Đồng Nai đạt 5.430,5 tỷ đồng, chiếm 24,6% "
        "kế hoạch năm.",
        (5430.5, None, "tỷ đồng", None, "actual", Period(2024, 4, 6), [("plan", "ratio", 24.6)],
         "doanh thu bán lẻ"),
    ),
    (
        "Dư nợ tín dụng đến 31/12/2023 đạt 45.600 tỷ đồng, tăng 9,8% so với đầu năm.",
        (45600.0, None, "tỷ đồng", None, "actual", Period(2023), [("previous", "change", 9.8)],
         "dư nợ tín dụng"),
    ),
    (
        "Lũy kế 7 tháng năm 2021, thành phố Cần Thơ đã cấp 350 giấy chứng nhận đăng ký doanh "
        "nghiệp.",
        (350.0, None, "giấy chứng nhận", None, "actual", Period(2021, 1, 7), [],
         "giấy chứng nhận"),
    ),
    (
        "Mật độ dân số của thị xã là khoảng 320 người/km2.",
        (320.0, None, "người/km2", "about", "actual", Period(None), [], "mật độ dân số"),
    ),
    (
        "Nghị quyết đề ra 5 nhiệm vụ trọng tâm trong năm 2026.",
        (5.0, None, "nhiệm vụ", None, "target", Period(2026, 1, 12), [], "nhiệm vụ trọng tâm"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), OWN_SENTENCES)
def test_sentences_in_other_phrasings_give_the_right_figure(
    text: str,
    expected: tuple[float, float | None, str, str | None, str, Period, list[object], str],
) -> None:
    value, value_max, unit, bound, kind, period, comparisons, word = expected
    figure = _only(text)
    assert (figure.value, figure.value_max, figure.unit) == (value, value_max, unit)
    assert (figure.bound, figure.kind) == (bound, kind)
    assert figure.period == period
    assert _comparisons(figure) == comparisons
    assert word in figure.indicator.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 30/12/2021, BCH Đảng bộ huyện đã ban hành Nghị quyết số 15-NQ/HU.",
        "Hội nghị lần thứ bảy Ban Chấp hành Đảng bộ huyện khóa VII, nhiệm kỳ 2020 - 2025 họp "
        "ngày 21 tháng 12 năm 2021.",
        "Kỳ họp thứ 7 HĐND huyện khóa XI diễn ra từ ngày 26 - 28/6/2017.",
        "Thực hiện Nghị định số 30/2020/NĐ-CP và Kế hoạch số 180/KH-UBND ngày 21/9/2022.",
        "Diện tích gieo trồng giảm (-673 ha) và sản lượng tăng gấp 2,6 lần.",
        "Năm 2023 là năm thứ ba thực hiện Nghị quyết Đại hội lần thứ XIII.",
        "Tình hình dịch Covid-19 diễn biến phức tạp trong 6 tháng đầu năm.",
        "Bão số 3 gây thiệt hại tại 12/2022 điểm.",
    ],
)
def test_dates_document_numbers_terms_and_multiples_are_not_figures(text: str) -> None:
    assert extract_figures(text) == []


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("Tốc độ tăng trưởng đạt từ 7% trở lên.", "at_least"),
        ("Thu ngân sách đạt trên 129 tỷ đồng.", "at_least"),
        ("Thu ngân sách đạt hơn 129 tỷ đồng.", "at_least"),
        ("Thu ngân sách tối thiểu 129 tỷ đồng.", "at_least"),
        ("Tỷ lệ hộ nghèo dưới 4%.", "at_most"),
        ("Tỷ lệ hộ nghèo không quá 4%.", "at_most"),
        ("Thu ngân sách khoảng 129 tỷ đồng.", "about"),
        ("Thu ngân sách gần 129 tỷ đồng.", "about"),
        ("Thu ngân sách xấp xỉ 129 tỷ đồng.", "about"),
        ("Kim ngạch xuất khẩu tăng bình quân 12%/năm trở lên.", "at_least"),
    ],
)
def test_bound_words_around_a_number_give_its_bound(text: str, bound: str) -> None:
    assert _only(text).bound == bound


@pytest.mark.parametrize(
    ("text", "value", "value_max"),
    [
        ("Tăng trưởng kinh tế đạt từ 7,5% đến 8%.", 7.5, 8.0),
        ("Tổng vốn đầu tư đạt 56.000 - 61.000 tỷ đồng.", 56000.0, 61000.0),
        ("Tỷ lệ hộ nghèo giảm 1 - 1,5% mỗi năm.", 1.0, 1.5),
        ("Mỗi năm kết nạp từ 90 đến 100 đảng viên.", 90.0, 100.0),
        ("Vốn đầu tư mỗi năm từ 50 tỷ đồng đến 60 tỷ đồng.", 50.0, 60.0),
    ],
)
def test_ranges_give_both_ends(text: str, value: float, value_max: float) -> None:
    figure = _only(text)
    assert (figure.value, figure.value_max) == (value, value_max)


def test_a_basis_stated_once_applies_to_every_item_of_the_list() -> None:
    text = (
        "So với cùng kỳ, giá trị sản xuất nông nghiệp ước 72 tỷ đồng, tăng 7,5%; công nghiệp "
        "ước 80 tỷ đồng, tăng 10%."
    )
    figures = extract_figures(text)
    assert [_comparisons(f) for f in figures] == [
        [("same_period", "change", 7.5)],
        [("same_period", "change", 10.0)],
    ]


def test_a_comparison_without_a_level_is_a_figure_with_null_value() -> None:
    figure = _only("Năm 2023, thu ngân sách tăng 15% so với năm 2022.")
    assert (figure.value, figure.unit) == (None, "%")
    assert _comparisons(figure) == [("previous", "change", 15.0)]
    assert figure.period == Period(2023, 1, 12)


def test_the_year_of_a_heading_carries_to_later_sentences() -> None:
    text = "KẾT QUẢ 9 THÁNG NĂM 2019\nSản lượng lúa ước đạt 52.000 tấn."
    assert _only(text).period == Period(2019, 1, 9)


def test_a_default_year_fills_periods_the_text_leaves_open() -> None:
    assert _only("Trong quý I, thu ngân sách đạt 50 tỷ đồng.", year=2024).period == Period(
        2024, 1, 3
    )


def test_a_target_list_keeps_its_kind_across_sentences() -> None:
    text = "Năm 2024, tỉnh đặt mục tiêu thu ngân sách 12.800 tỷ đồng. Tỷ lệ che phủ rừng đạt 59,2%."
    assert [f.kind for f in extract_figures(text)] == ["target", "target"]


def test_a_breakdown_after_trong_do_keeps_the_basis_of_the_sentence_before() -> None:
    text = (
        "Tổng sản phẩm trên địa bàn 6 tháng đầu năm 2023 ước tăng 5,38% so với cùng kỳ. Trong "
        "đó, khu vực công nghiệp và xây dựng tăng 6,05%; khu vực dịch vụ tăng 5,48%."
    )
    assert [_comparisons(f) for f in extract_figures(text)] == [
        [("same_period", "change", 5.38)],
        [("same_period", "change", 6.05)],
        [("same_period", "change", 5.48)],
    ]


def test_a_verb_that_opens_the_item_gives_the_direction_of_the_change() -> None:
    figure = _only("- Giảm tỷ lệ hộ nghèo 1,5% so với năm 2023.")
    assert (figure.value, _comparisons(figure)) == (None, [("previous", "change", -1.5)])


def test_results_of_an_earlier_year_after_a_target_list_are_actual() -> None:
    text = (
        "Năm 2024, huyện phấn đấu thu ngân sách 200 tỷ đồng. Năm 2023, thu ngân sách trên "
        "địa bàn đạt 185 tỷ đồng, bằng 123% dự toán."
    )
    assert [(f.value, f.kind) for f in extract_figures(text)] == [
        (200.0, "target"),
        (185.0, "actual"),
    ]


def test_a_rate_with_a_rise_and_no_basis_is_a_level() -> None:
    figure = _only("Tỷ lệ hộ nghèo giảm 2% (theo chuẩn nghèo đa chiều).")
    assert (figure.value, figure.unit, figure.comparisons) == (2.0, "%", [])


def test_a_remark_in_parentheses_keeps_its_own_period_and_leaves_the_rise_to_the_figure() -> None:
    text = "Năm 2023, thu ngân sách đạt 500 tỷ đồng (năm 2022 đạt 450 tỷ đồng), tăng 11%."
    main, remark = extract_figures(text)
    assert (main.value, main.period, _comparisons(main)) == (
        500.0,
        Period(2023, 1, 12),
        [("previous", "change", 11.0)],
    )
    assert (remark.value, remark.period, remark.comparisons) == (450.0, Period(2022, 1, 12), [])


def test_growth_quoted_for_the_same_period_last_year_is_a_figure_of_that_period() -> None:
    text = (
        "Trong 6 tháng đầu năm 2019, kim ngạch xuất khẩu ước đạt 3,2 tỷ USD, tăng 15,6% so với "
        "cùng kỳ năm trước (cùng kỳ năm trước tăng 6,1%)."
    )
    current, earlier = extract_figures(text)
    assert (current.value, current.period) == (3.2, Period(2019, 1, 6))
    assert (earlier.value, earlier.period, _comparisons(earlier)) == (
        None,
        Period(2018, 1, 6),
        [("same_period", "change", 6.1)],
    )
    assert earlier.indicator == current.indicator


def test_a_half_year_result_after_a_yearly_target_is_actual() -> None:
    text = (
        "Năm 2023, huyện phấn đấu thu ngân sách 600 tỷ đồng. Trong 6 tháng đầu năm 2023, thu "
        "ngân sách trên địa bàn đạt 300 tỷ đồng, bằng 50% kế hoạch."
    )
    assert [(f.value, f.kind) for f in extract_figures(text)] == [
        (600.0, "target"),
        (300.0, "actual"),
    ]


def test_a_dash_links_a_figure_to_its_comparison_like_a_comma() -> None:
    figure = _only("Thu ngân sách đạt 50 tỷ đồng - tăng 5% so với cùng kỳ.")
    assert (figure.value, _comparisons(figure)) == (50.0, [("same_period", "change", 5.0)])


@pytest.mark.parametrize(
    ("text", "comparison", "indicator"),
    [
        ("So với kế hoạch, thu ngân sách đạt 95%.", ("plan", "ratio", 95.0), "thu ngân sách"),
        (
            "So với cùng kỳ năm 2022, tổng mức bán lẻ hàng hóa tăng 12%.",
            ("same_period", "change", 12.0),
            "tổng mức bán lẻ hàng hóa",
        ),
    ],
)
def test_a_basis_named_first_still_leaves_the_subject_as_indicator(
    text: str, comparison: tuple[str, str, float], indicator: str
) -> None:
    figure = _only(text)
    assert (figure.value, _comparisons(figure)) == (None, [comparison])
    assert figure.indicator == indicator


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("+ Thu ngân sách: 500 tỷ đồng.", "Thu ngân sách"),
        ("- Tổng vốn đầu tư toàn xã hội đạt 2.300 tỷ đồng.", "Tổng vốn đầu tư toàn xã hội"),
        ("Các chỉ tiêu năm 2024: tỷ lệ hộ nghèo: dưới 3%.", "tỷ lệ hộ nghèo"),
    ],
)
def test_list_items_and_labels_before_a_colon_name_the_indicator(text: str, indicator: str) -> None:
    assert _only(text).indicator == indicator


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("Năm 2024, toàn tỉnh có 9,2 bác sĩ/vạn dân.", "bác sĩ/vạn dân", 9.2),
        ("Huyện duy trì 28 giường bệnh/vạn dân.", "giường bệnh/vạn dân", 28.0),
        ("Tỉnh có 3,1 dược sĩ/vạn dân số.", "dược sĩ/vạn dân số", 3.1),
        ("Mật độ đạt 21,7 thuê bao/100 dân.", "thuê bao/100 dân", 21.7),
        ("Huyện có 1,9 dược sĩ/1.000 dân.", "dược sĩ/1.000 dân", 1.9),
    ],
)
def test_a_count_per_population_keeps_the_whole_denominator_in_its_unit(
    text: str, unit: str, value: float
) -> None:
    figure = _only(text)
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ trẻ em tiêm chủng đạt 97,4%, tăng 1,2 điểm phần trăm so với năm trước.",
        "Năng suất lúa đạt 58,6 tạ/ha, cao hơn vụ mùa năm ngoái 2,1 tạ/ha.",
    ],
)
def test_a_gap_between_two_levels_is_not_a_figure_of_its_own(text: str) -> None:
    figures = extract_figures(text)
    assert [f.value for f in figures] == [figures[0].value]


@pytest.mark.parametrize(
    ("text", "tail", "percent"),
    [
        ("Quý III, tỉnh giải ngân 1.204 tỷ đồng vốn đầu tư công, đạt 58% kế hoạch.", "vốn", 58),
        ("Năm 2023, huyện huy động 12,5 tỷ đồng kinh phí, bằng 110% kế hoạch.", "kinh phí", 110),
    ],
)
def test_what_a_sum_of_money_is_may_follow_it_without_cutting_off_its_comparison(
    text: str, tail: str, percent: float
) -> None:
    figure = _only(text)
    assert tail in figure.indicator
    assert [c.percent for c in figure.comparisons] == [percent]


def test_a_number_after_a_noun_ending_in_a_place_word_is_a_quantity() -> None:
    figures = extract_figures("Đoàn kiểm tra đã lập biên bản 215 vụ việc, xử phạt 97 cơ sở.")
    assert [(f.value, f.unit) for f in figures] == [(215.0, "vụ việc"), (97.0, "cơ sở")]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Ngày 15/3/2025, huyện tổ chức lễ ra quân. Toàn huyện đã giao 420 thanh niên.",
            Period(2025),
        ),
        (
            "Sau rà soát cuối năm 2024, tỷ lệ hộ nghèo còn 4,5%, thấp hơn mức 6,25% của năm "
            "2023; tỷ lệ hộ cận nghèo là 3,2%.",
            Period(2024, 1, 12),
        ),
    ],
)
def test_the_year_comes_from_a_date_and_not_from_a_basis_with_a_decimal_in_it(
    text: str, period: Period
) -> None:
    assert extract_figures(text)[-1].period == period


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Kế hoạch vốn ngân sách tỉnh năm 2025 là 2.400 tỷ đồng.",
            ["target"],
        ),
        (
            "Tháng 5, sản lượng chè búp ước đạt 8.200 tấn; trong đó chè đặc sản 1.150 tấn.",
            ["estimate", "estimate"],
        ),
    ],
)
def test_a_planned_subject_or_a_breakdown_gives_the_kind_without_a_cue_of_its_own(
    text: str, kinds: list[str]
) -> None:
    assert [f.kind for f in extract_figures(text)] == kinds


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        (
            "Năm 2022, toàn tỉnh xảy ra 95 vụ tai nạn lao động, khiến 31 người tử vong.",
            "số người tử vong do tai nạn lao động",
        ),
        ("Mưa lũ làm chết 7 người.", "số người chết"),
        ("Năm 2025, tỉnh phấn đấu đạt 12 bác sĩ/vạn dân.", "số bác sĩ trên vạn dân"),
        (
            "Năm 2024, thu nhập bình quân đạt 72 triệu đồng, vượt chỉ tiêu đại hội đề ra là 70 "
            "triệu đồng.",
            "chỉ tiêu thu nhập bình quân",
        ),
        (
            "Kế hoạch vốn năm 2025 được UBND tỉnh phê duyệt tại Quyết định 12 là 950 tỷ đồng.",
            "Kế hoạch vốn",
        ),
        (
            "Kết quả khảo sát cho thấy 76,5% học sinh đạt loại khá trở lên.",
            "tỷ lệ học sinh đạt loại khá",
        ),
    ],
)
def test_the_measure_is_named_where_the_words_before_the_number_only_hint_at_it(
    text: str, indicator: str
) -> None:
    assert extract_figures(text)[-1].indicator == indicator


def test_good_or_better_bounds_the_rating_and_not_the_share() -> None:
    figure = _only("Năm học vừa qua, 93,4% giáo viên xếp loại khá trở lên.")
    assert (figure.value, figure.bound) == (93.4, None)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Tháng 10/2025, doanh thu du lịch ước 210 tỷ đồng; lũy kế từ đầu năm ước đạt 1.930 "
            "tỷ đồng.",
            Period(2025, 1, 10),
        ),
        ("Đến hết năm 2024, toàn huyện có 41 xã đạt chuẩn nông thôn mới.", Period(2024)),
    ],
)
def test_cumulative_and_looking_back_periods(text: str, period: Period) -> None:
    figure = extract_figures(text)[-1]
    assert figure.period == period
    assert figure.kind in ("actual", "estimate")


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("Quý II, các chi bộ đã kết nạp 37 quần chúng ưu tú.", "kết nạp đảng viên mới"),
        ("Năm 2024, Đảng bộ xã kết nạp được 12 quần chúng vào Đảng.", "kết nạp đảng viên mới"),
        (
            "Vụ mùa năm 2024, nông dân xuống giống ngô lai, diện tích ước 640 ha.",
            "diện tích xuống giống ngô lai",
        ),
        ("Cây sắn, sản lượng đạt 21.300 tấn.", "sản lượng Cây sắn"),
    ],
)
def test_a_verb_or_an_earlier_clause_names_what_a_count_or_a_bare_measure_is(
    text: str, indicator: str
) -> None:
    assert extract_figures(text)[-1].indicator == indicator


def test_an_earlier_level_quoted_as_the_basis_is_a_figure_of_its_own_period() -> None:
    figures = extract_figures(
        "Năm 2025, tỷ lệ lao động qua đào tạo đạt 71,3%, cao hơn so với mức 68,9% của năm 2024."
    )
    assert [(f.value, f.period, f.kind) for f in figures] == [
        (71.3, Period(2025, 1, 12), "actual"),
        (68.9, Period(2024, 1, 12), "actual"),
    ]
    assert figures[1].indicator.startswith(figures[0].indicator)


def test_a_year_looked_back_on_after_a_target_list_gives_results() -> None:
    figures = extract_figures(
        "Chương trình đặt các chỉ tiêu đến năm 2030: tỷ lệ xã có trạm y tế đạt chuẩn 100%. "
        "Tính đến năm 2025, toàn tỉnh có 143 trạm y tế đạt chuẩn, đạt tỷ lệ 88%."
    )
    assert [(f.value, f.kind) for f in figures] == [
        (100.0, "target"),
        (143.0, "actual"),
        (88.0, "actual"),
    ]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        (
            "Đến cuối tháng 9/2025, việc thu hoạch lúa hè thu đã xong; diện tích ước 5.400 ha.",
            "diện tích thu hoạch lúa hè thu",
        ),
        ("Trên quốc lộ xảy ra 14 vụ, làm 9 người chết.", "số người chết"),
    ],
)
def test_the_work_named_before_a_semicolon_or_the_harm_in_a_noun_names_the_measure(
    text: str, indicator: str
) -> None:
    assert extract_figures(text)[-1].indicator == indicator


def test_where_things_stand_now_after_a_target_list_is_a_result_without_the_target_year() -> None:
    figures = extract_figures(
        "Định hướng đến năm 2035, tỷ lệ che phủ rừng đạt 62%. Hiện tỷ lệ che phủ rừng là 57,3%."
    )
    assert [(f.value, f.kind, f.period) for f in figures] == [
        (62.0, "target", Period(2035)),
        (57.3, "actual", Period(None)),
    ]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        (
            "Năm 2023, số hộ được vay vốn ưu đãi là 410 hộ; năm 2024 là 520 hộ.",
            "số hộ được vay vốn ưu đãi",
        ),
        ("Số vụ ngộ độc giảm 3 vụ, số người mắc ước khoảng 40 người.", "số người mắc"),
    ],
)
def test_a_bare_count_repeats_the_measure_and_a_numbered_stretch_ends_the_subject(
    text: str, indicator: str
) -> None:
    assert extract_figures(text)[-1].indicator == indicator


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Doanh thu bưu chính đạt 95 tỷ đồng, bằng 88% kế hoạch năm 2026.", Period(2026, 1, 12)),
        (
            "Lũy kế 7 tháng, chi đầu tư đạt 410 tỷ đồng, bằng 52% dự toán năm 2023.",
            Period(2023, 1, 7),
        ),
    ],
)
def test_the_year_of_the_plan_compared_with_is_the_year_of_an_undated_figure(
    text: str, period: Period
) -> None:
    assert _only(text).period == period


def test_the_share_a_fraction_makes_is_a_rate_and_not_a_comparison() -> None:
    figures = extract_figures("Cả huyện có 21/24 trường đạt chuẩn quốc gia, đạt 87,5%.")
    assert [(f.value, f.unit, f.comparisons) for f in figures] == [
        (21.0, "trường", []),
        (87.5, "%", []),
    ]
    assert figures[1].indicator == "tỷ lệ trường đạt chuẩn quốc gia"
