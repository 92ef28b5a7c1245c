"""Probe sentences for the twenty-third round's helper "news": constructions the last
round left, and classes read from real district and commune news pages, each read from
its grammar with wordings of the helper's own and near misses that must not change."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _compared(text: str) -> list[tuple[float | None, str, list[tuple[str, str, float]]]]:
    return [
        (f.value, f.unit, [(c.basis, c.measure, c.percent) for c in f.comparisons])
        for f in extract_figures(text)
    ]


def _kinds(text: str) -> list[tuple[float | None, str]]:
    return [(f.value, f.kind) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Giải ngân vốn đầu tư công đạt 61,8% nguồn vốn tỉnh giao.",
         [(None, "%", [("plan", "ratio", 61.8)])]),
        ("Tỉnh phấn đấu đến hết niên hạn giải ngân trên 95% vốn Trung ương giao.",
         [(None, "%", [("plan", "ratio", 95.0)])]),
        ("Huyện giải ngân được 45% số vốn được giao trong năm 2024.",
         [(None, "%", [("plan", "ratio", 45.0)])]),
        ("Đến nay, huyện đã giải ngân 120 tỷ đồng, mới đạt 56,1% vốn giao.",
         [(120.0, "tỷ đồng", [("plan", "ratio", 56.1)])]),
        # Near misses: capital not said to be assigned is no plan, a rate stays a level.
        ("Tỷ lệ giải ngân đạt 70% tổng vốn đầu tư, vốn giao cho các xã 30 tỷ đồng.",
         [(70.0, "%", []), (30.0, "tỷ đồng", [])]),
        ("Tỷ lệ giải ngân vốn đầu tư công đạt 61,8%.", [(61.8, "%", [])]),
    ],
)  # fmt: skip
def test_a_share_of_capital_a_body_assigned_is_a_share_of_the_plan(
    text: str, figures: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert _compared(text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Đến năm 2023, tỷ lệ che phủ rừng đã tăng từ 38% lên 41%.",
         [(38.0, "actual"), (41.0, "actual")]),
        ("Đến năm 2024, tỷ lệ hộ nghèo của huyện đã giảm từ 8,2% xuống còn 3,5%.",
         [(8.2, "actual"), (3.5, "actual")]),
        ("Đến năm 2022, thu nhập bình quân đầu người đã được nâng từ 42 triệu đồng lên 58 "
         "triệu đồng.",
         [(42.0, "actual"), (58.0, "actual")]),
        # Near misses: with no "đã", or with an aim, the level moved to is the target.
        ("Đến năm 2030, tỷ lệ che phủ rừng tăng từ 41% lên 45%.",
         [(41.0, "actual"), (45.0, "target")]),
        ("Đến năm 2030, phấn đấu nâng tỷ lệ đô thị hóa từ 30% lên 40%.",
         [(30.0, "actual"), (40.0, "target")]),
        ("Đến năm 2025, tỉnh đã đề ra mục tiêu tỷ lệ che phủ rừng đạt 45%.", [(45.0, "target")]),
    ],
)  # fmt: skip
def test_a_move_by_a_year_said_with_đã_reports_both_levels_as_results(
    text: str, figures: list[tuple[float | None, str]]
) -> None:
    assert _kinds(text) == figures


def _rises(text: str) -> list[tuple[float | None, str, list[float]]]:
    return [(f.value, f.unit, [c.percent for c in f.comparisons]) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Năm 2024, toàn huyện xảy ra 18 vụ tai nạn giao thông, làm chết 7 người, bị thương 12 "
         "người. So với năm 2023, giảm 9 vụ (-33,3%), giảm 4 người chết (-36,4%), giảm 6 người "
         "bị thương (-33,3%).",
         [(18.0, "vụ", [-33.3]), (7.0, "người", [-36.4]), (12.0, "người", [-33.3])]),
        ("Năm 2024, toàn huyện xảy ra 18 vụ tai nạn giao thông, làm chết 7 người, bị thương 12 "
         "người; so với năm 2023 giảm 9 vụ (-33,3%), giảm 4 người chết (-36,4%), giảm 6 người "
         "bị thương (-33,3%).",
         [(18.0, "vụ", [-33.3]), (7.0, "người", [-36.4]), (12.0, "người", [-33.3])]),
        ("6 tháng đầu năm 2025, trên địa bàn xã xảy ra 5 vụ cháy, làm hư hỏng 3 nhà ở. So với "
         "cùng kỳ, tăng 2 vụ (+66,7%), giảm 1 nhà ở (-25%).",
         [(5.0, "vụ", [66.7]), (3.0, "nhà", [-25.0])]),
        ("Quý I/2024, toàn tỉnh phát hiện 120 vụ vi phạm, bắt giữ 150 đối tượng; so với cùng kỳ "
         "tăng 20 vụ (20%), tăng 35 đối tượng bị bắt giữ (30,4%).",
         [(120.0, "vụ", [20.0]), (150.0, "đối tượng", [30.4])]),
        # Near misses: one difference after its level, and counts named by "số".
        ("Năm 2024, toàn huyện xảy ra 18 vụ tai nạn giao thông, giảm 9 vụ (-33,3%) so với năm "
         "2023.",
         [(18.0, "vụ", [-33.3])]),
        ("Năm 2024, toàn huyện xảy ra 18 vụ tai nạn giao thông, làm chết 7 người. So với năm "
         "2023, số vụ giảm 9 vụ (-33,3%), số người chết giảm 4 người (-36,4%).",
         [(18.0, "vụ", [-33.3]), (7.0, "người", [-36.4])]),
        # Two counts of "người" that the difference's words do not tell apart: as before.
        ("Năm 2024, xã xảy ra 4 vụ cháy, làm 2 người bị thương, 3 người phải sơ tán. So với "
         "năm 2023, giảm 2 vụ (-33,3%), giảm 1 người (-20%).",
         [(4.0, "vụ", [-33.3, -20.0]), (2.0, "người", []), (3.0, "người", [])]),
        # One count compared twice keeps both rises.
        ("Tháng 5/2024, toàn tỉnh xảy ra 15 vụ cháy, giảm 3 vụ (-16,7%) so với cùng kỳ, tăng "
         "2 vụ (+15,4%) so với tháng trước.",
         [(15.0, "vụ", [-16.7, 15.4])]),
    ],
)  # fmt: skip
def test_differences_listed_one_after_another_each_restate_the_rise_of_their_own_count(
    text: str, figures: list[tuple[float | None, str, list[float]]]
) -> None:
    assert _rises(text) == figures


def _periods(text: str) -> list[tuple[float | None, int | None, int | None, int | None]]:
    return [
        (f.value, f.period.year, f.period.from_month, f.period.to_month)
        for f in extract_figures(text)
    ]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Trong 6 ngày nghỉ Tết Nguyên đán Ất Tỵ (từ ngày 25/1 đến 30/1/2025), cả nước xảy ra "
         "308 vụ tai nạn giao thông. Lực lượng chức năng đã xử lý 37.868 trường hợp vi phạm.",
         [(308.0, 2025, 1, 1), (37868.0, 2025, 1, 1)]),
        ("Trong dịp nghỉ lễ 2/9 (từ ngày 31/8 đến 3/9/2025), thành phố đón 120.000 lượt khách, "
         "tăng 15% so với cùng kỳ.",
         [(120000.0, 2025, 8, 9)]),
        ("Trong tuần lễ cao điểm (từ ngày 10/3 đến 16/3/2024), huyện tiêm được 2.300 liều vắc "
         "xin.",
         [(2300.0, 2024, 3, 3)]),
        ("Theo Sở Y tế, trong đợt cao điểm (từ 1/7 đến 15/7/2024), toàn tỉnh ghi nhận 520 ca "
         "sốt xuất huyết.",
         [(520.0, 2024, 7, 7)]),
        # Near misses: a time in parentheses after a figure stays that figure's remark, and
        # the date of a report in parentheses does not date its figures.
        ("Báo cáo trình Đại hội (tháng 10/2020) cho biết, GRDP bình quân đầu người gần 51 "
         "triệu đồng.",
         [(51.0, None, None, None)]),
        ("Trong quý I, toàn tỉnh xảy ra 12 vụ cháy (cùng kỳ năm 2024: 15 vụ).",
         [(12.0, None, 1, 3), (15.0, 2024, 1, 3)]),
        ("Năm 2024, thu ngân sách 500 tỷ đồng (năm 2023: 450 tỷ đồng).",
         [(500.0, 2024, 1, 12), (450.0, 2023, 1, 12)]),
    ],
)  # fmt: skip
def test_a_dated_time_in_parentheses_glossing_the_opening_time_dates_the_passage(
    text: str, figures: list[tuple[float | None, int | None, int | None, int | None]]
) -> None:
    assert _periods(text) == figures


def _names(text: str) -> list[str]:
    return [f.indicator for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Năm 2024, xã thành lập mới 30 doanh nghiệp.", ["thành lập mới doanh nghiệp"]),
        ("Năm 2024, huyện thành lập 5 hợp tác xã.", ["thành lập hợp tác xã"]),
        ("Năm 2024, toàn tỉnh thành lập mới 300 doanh nghiệp.", ["thành lập mới doanh nghiệp"]),
        ("Năm 2024, phường thành lập 2 câu lạc bộ dưỡng sinh.",
         ["thành lập câu lạc bộ dưỡng sinh"]),
        # Near misses: "thành phố", "thị xã" still go on the actor's name.
        ("Năm 2024, UBND thị xã cấp 80 giấy phép.", ["cấp giấy phép"]),
        ("Năm 2024, huyện Thành phố Hà Tĩnh thu ngân sách 500 tỷ đồng.", ["thu ngân sách"]),
    ],
)  # fmt: skip
def test_thành_after_a_place_noun_opens_the_verb_thành_lập_not_a_city_name(
    text: str, names: list[str]
) -> None:
    assert _names(text) == names


def _figures(text: str) -> list[tuple[float | None, str, str]]:
    return [(f.value, f.unit, f.indicator) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Năm 2024, huyện chuyển đổi 120 ha đất 1 vụ sang trồng rau màu.",
         [(120.0, "ha", "diện tích chuyển đổi đất 1 vụ sang trồng rau màu")]),
        ("Năm 2023, toàn xã có 350 ha đất lúa 2 vụ, năng suất bình quân 58 tạ/ha.",
         [(350.0, "ha", "diện tích đất lúa 2 vụ"), (58.0, "tạ/ha", "năng suất bình quân")]),
        ("Năm 2024, xã chuyển 45 ha ruộng 1 vụ sang nuôi trồng thủy sản.",
         [(45.0, "ha", "diện tích chuyển ruộng 1 vụ sang nuôi trồng thủy sản")]),
        # Near misses: "vụ" after a verb of incidents counts cases.
        ("Năm 2024, toàn huyện xảy ra 1 vụ cháy rừng.", [(1.0, "vụ", "số vụ cháy rừng")]),
        ("Quý I/2024, công an khởi tố 2 vụ, 5 bị can.",
         [(2.0, "vụ", "khởi tố vụ"), (5.0, "bị can", "khởi tố bị can")]),
    ],
)  # fmt: skip
def test_crop_seasons_of_land_sort_the_land_and_are_no_count_of_cases(
    text: str, figures: list[tuple[float | None, str, str]]
) -> None:
    assert _figures(text) == figures


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Năm 2024, kim ngạch xuất khẩu của tỉnh đạt 2,5 tỷ USD, tăng 12% so với năm 2023. "
         "Theo đối tác, Hàn Quốc tăng 9%, Nhật Bản tăng 5%.",
         ["kim ngạch xuất khẩu của tỉnh", "kim ngạch xuất khẩu Hàn Quốc",
          "kim ngạch xuất khẩu Nhật Bản"]),
        ("Năm 2024, kim ngạch xuất khẩu của tỉnh đạt 2,5 tỷ USD, tăng 12% so với năm 2023. "
         "Trong đó, Hàn Quốc tăng 9%, Nhật Bản tăng 5%.",
         ["kim ngạch xuất khẩu của tỉnh", "kim ngạch xuất khẩu Hàn Quốc",
          "kim ngạch xuất khẩu Nhật Bản"]),
        ("Năm 2024, kim ngạch xuất khẩu của tỉnh đạt 2,5 tỷ USD. Theo thị trường, Hàn Quốc đạt "
         "800 triệu USD, Nhật Bản 500 triệu USD.",
         ["kim ngạch xuất khẩu của tỉnh", "kim ngạch xuất khẩu Hàn Quốc",
          "kim ngạch xuất khẩu Nhật Bản"]),
        ("Tháng 6/2024, lượng khách đến tỉnh đạt 150.000 lượt, tăng 20% so với cùng kỳ. Theo "
         "địa bàn, Sa Pa tăng 25%, Bắc Hà tăng 12%.",
         ["lượng khách đến tỉnh", "lượng khách đến tỉnh Sa Pa", "lượng khách đến tỉnh Bắc Hà"]),
        # Near misses: parts named in plain words keep their own names.
        ("So với năm trước, kinh tế tiếp tục phát triển. "
         "Năm 2024, GRDP tăng 7,5%. Trong đó, khu vực dịch vụ tăng 9,1%.",
         ["GRDP", "khu vực dịch vụ"]),
        ("Năm 2024, kim ngạch xuất khẩu của tỉnh đạt 2,5 tỷ USD. Trong đó, dệt may 900 triệu "
         "USD, da giày 600 triệu USD.",
         ["kim ngạch xuất khẩu của tỉnh", "kim ngạch xuất khẩu dệt may",
          "kim ngạch xuất khẩu da giày"]),
    ],
)  # fmt: skip
def test_the_first_named_part_after_a_breakdown_marker_is_named_in_the_whole_measure(
    text: str, names: list[str]
) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tỉnh phấn đấu đến hết niên hạn giải ngân trên 95% vốn Trung ương giao.",
         ["giải ngân vốn"]),
        ("Thành phố phấn đấu đến cuối năm giải ngân trên 90% vốn được giao.", ["giải ngân vốn"]),
        ("Huyện giải ngân được 45% số vốn được giao trong năm 2024.", ["giải ngân vốn"]),
        # Near misses: a subject or a plan's capital named in full keeps its words.
        ("Giải ngân vốn đầu tư công đạt 61,8% nguồn vốn tỉnh giao.",
         ["Giải ngân vốn đầu tư công"]),
        ("Huyện phấn đấu giải ngân 100% kế hoạch vốn đầu tư công.",
         ["giải ngân vốn đầu tư công"]),
    ],
)  # fmt: skip
def test_a_share_of_capital_assigned_with_no_subject_is_named_by_its_disbursement(
    text: str, names: list[str]
) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Bình quân mỗi xã đạt 13,45 tiêu chí nông thôn mới.",
         ["số tiêu chí nông thôn mới bình quân mỗi xã"]),
        ("Năm 2016, bình quân mỗi xã đạt 10,7 tiêu chí, tăng 1,07 tiêu chí so với năm 2015.",
         ["số tiêu chí bình quân mỗi xã"]),
        ("Đến nay, mỗi xã bình quân đã đạt trên 15 tiêu chí.", ["số tiêu chí bình quân mỗi xã"]),
        # Near misses: communes counted by the criteria they met, and a rate per commune.
        ("Năm 2024, toàn huyện có 12 xã đạt 19 tiêu chí.", ["xã đạt 19 tiêu chí"]),
        ("Năm 2024, huyện có 5 xã đạt chuẩn, bình quân đạt 16,3 tiêu chí/xã.",
         ["xã đạt chuẩn", "số tiêu chí bình quân mỗi xã"]),
    ],
)  # fmt: skip
def test_criteria_met_on_average_per_commune_are_named_as_the_criteria_per_commune(
    text: str, names: list[str]
) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("6 tháng đầu năm 2025, tổng giá trị sản phẩm nông nghiệp đạt 489 tỷ đồng, bằng 62% kế "
         "hoạch; công nghiệp, tiểu thủ công nghiệp đạt 115,5 tỷ đồng; thương mại - dịch vụ 346 "
         "tỷ đồng.",
         ["tổng giá trị sản phẩm nông nghiệp",
          "giá trị sản phẩm công nghiệp, tiểu thủ công nghiệp",
          "giá trị sản phẩm thương mại - dịch vụ"]),
        ("Năm 2024, giá trị sản phẩm trồng trọt đạt 820 tỷ đồng; chăn nuôi 410 tỷ đồng.",
         ["giá trị sản phẩm trồng trọt", "giá trị sản phẩm chăn nuôi"]),
        # Near misses: a value per hectare in another unit, and a measure of its own.
        ("Năm 2024, giá trị sản phẩm thu hoạch trên 1 ha đạt 120 triệu đồng; chăn nuôi 410 tỷ "
         "đồng.",
         ["giá trị sản phẩm thu hoạch trên 1 ha", "chăn nuôi"]),
        ("Năm 2024, tổng giá trị sản phẩm nông nghiệp đạt 489 tỷ đồng; thu ngân sách 35 tỷ "
         "đồng.",
         ["tổng giá trị sản phẩm nông nghiệp", "thu ngân sách"]),
    ],
)  # fmt: skip
def test_a_sector_listed_after_the_value_of_products_of_another_is_measured_alike(
    text: str, names: list[str]
) -> None:
    assert _names(text) == names
