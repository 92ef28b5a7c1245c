"""Round 22, probe: constructions of earlier rounds that did not reach new wordings.

floored rises: "tăng từ 8% trở lên so với năm 2023" is a rise by at least 8% on that
year (a null-value figure with a change), not the first level of a move nor a level to
reach; "so với năm trước" and a whole ("so với tổng số đảng viên") leave it a level."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def read(text: str) -> list[tuple[float | None, str | None, list[tuple[str, str, float]]]]:
    return [
        (
            figure.value,
            figure.bound,
            [(c.basis, c.measure, c.percent) for c in figure.comparisons],
        )
        for figure in extract_figures(text, year=2024)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2024, huyện phấn đấu thu ngân sách trên địa bàn tăng từ 8% trở lên so với ước "
         "thực hiện năm 2023.", [(None, "at_least", [("previous", "change", 8.0)])]),
        ("Năm 2025, tỉnh phấn đấu kim ngạch xuất khẩu tăng từ 12% trở lên so với cùng kỳ.",
         [(None, "at_least", [("same_period", "change", 12.0)])]),
        ("Năm 2025, huyện phấn đấu giá trị sản xuất nông nghiệp tăng từ 3,5% trở lên so với "
         "năm 2024.", [(None, "at_least", [("previous", "change", 3.5)])]),
        ("Năm 2024, tổng mức bán lẻ hàng hóa phải tăng từ 10% trở lên so với cùng kỳ năm "
         "trước.", [(None, "at_least", [("same_period", "change", 10.0)])]),
        # near-misses: yearly floors, a whole, no basis, and a move stay as they were
        ("Mỗi năm thu ngân sách tăng từ 10% trở lên so với năm trước.",
         [(10.0, "at_least", [])]),
        ("Tỷ lệ kết nạp đảng viên mới đạt từ 3% trở lên so với tổng số đảng viên.",
         [(3.0, "at_least", [])]),
        ("Tốc độ tăng trưởng kinh tế bình quân tăng từ 6,5% trở lên.",
         [(6.5, "at_least", [])]),
        ("Thu ngân sách tăng từ 1.250 tỷ đồng năm 2020 lên 1.800 tỷ đồng năm 2024.",
         [(1250.0, None, []), (1800.0, None, [])]),
    ],
)  # fmt: skip
def test_a_rise_floored_by_tu_tro_len_and_reckoned_from_an_earlier_time_is_a_change(
    text: str, expected: list[tuple[float | None, str | None, list[tuple[str, str, float]]]]
) -> None:
    assert read(text) == expected


# with-rises: "đạt 4.380 tỷ đồng, với mức tăng 13,4% so với năm 2023" is the amount's own
# rise, as "đạt 4.380 tỷ đồng, tăng 13,4%" is: "với mức" / "với tốc độ" add no subject.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2024, giá trị sản xuất công nghiệp đạt 4.380 tỷ đồng, với mức tăng 13,4% so "
         "với năm 2023.", [(4380.0, None, [("previous", "change", 13.4)])]),
        ("Năm 2023, kim ngạch xuất khẩu ước đạt 1.250 triệu USD, với mức tăng 8,2% so với "
         "cùng kỳ.", [(1250.0, None, [("same_period", "change", 8.2)])]),
        ("Tổng thu ngân sách 6 tháng đạt 820 tỷ đồng, với tốc độ tăng 15,6% so với cùng kỳ "
         "năm trước.", [(820.0, None, [("same_period", "change", 15.6)])]),
        ("Doanh thu đạt 500 tỷ đồng, với mức giảm 3,2% so với cùng kỳ.",
         [(500.0, None, [("same_period", "change", -3.2)])]),
        # near-misses: a plain rise, and a subject of its own before "với mức"
        ("Doanh thu đạt 500 tỷ đồng, tăng 3,2% so với cùng kỳ.",
         [(500.0, None, [("same_period", "change", 3.2)])]),
        ("Doanh thu đạt 500 tỷ đồng, lợi nhuận với mức tăng 3,2% so với cùng kỳ.",
         [(500.0, None, []), (None, None, [("same_period", "change", 3.2)])]),
    ],
)  # fmt: skip
def test_a_rise_after_voi_muc_is_the_amount_before_it_own_rise(
    text: str, expected: list[tuple[float | None, str | None, list[tuple[str, str, float]]]]
) -> None:
    assert read(text) == expected


def kinds(text: str) -> list[str]:
    return [figure.kind for figure in extract_figures(text, year=2024)]


# moved-to levels: "và tỷ lệ hộ nghèo giảm còn 1,2%" is a clause joined by "và" with a verb
# of its own, as "xuống còn" and "đạt" are; the estimate of the clause before is not its.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2024, thu nhập bình quân đầu người của xã ước đạt 62 triệu đồng/năm và tỷ lệ "
         "hộ nghèo của xã giảm còn 1,2%.", ["estimate", "actual"]),
        ("Năm 2023, tổng sản lượng lương thực ước đạt 45.000 tấn và tỷ lệ hộ nghèo giảm "
         "còn 3,1%.", ["estimate", "actual"]),
        ("Năm 2022, giá trị sản xuất nông nghiệp ước đạt 1.200 tỷ đồng và tỷ lệ lao động "
         "nông nghiệp hạ còn 38%.", ["estimate", "actual"]),
        ("Năm 2023, thu ngân sách ước đạt 900 tỷ đồng và tỷ lệ hộ nghèo xuống còn 2,4%.",
         ["estimate", "actual"]),
        # near-misses: the estimate said of the move itself, and an item after a comma
        ("Năm 2024, tỷ lệ hộ nghèo ước giảm còn 2,5%.", ["estimate"]),
        ("Năm 2024, thu ngân sách ước đạt 900 tỷ đồng, tỷ lệ hộ nghèo giảm còn 2,1%.",
         ["estimate", "estimate"]),
        ("Năm 2024, thu ngân sách ước đạt 900 tỷ đồng và 1.250 doanh nghiệp.",
         ["estimate", "estimate"]),
    ],
)  # fmt: skip
def test_a_clause_joined_by_va_that_moves_a_rate_to_a_level_states_its_own_kind(
    text: str, expected: list[str]
) -> None:
    assert kinds(text) == expected


# only-reached: "... là 8,5% và cả năm 2019 tỉnh chỉ đạt 6,9%": a level "only" or "just"
# reached is a verdict on a result; no plan sets one, whatever target the sentence named.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nghị quyết HĐND tỉnh Phú Yên đặt kế hoạch tốc độ tăng trưởng kinh tế năm 2019 là "
         "8,5% và cả năm 2019 tỉnh chỉ đạt 6,9%.", ["target", "actual"]),
        ("Kế hoạch năm 2022 trồng 1.500 ha rừng và năm 2022 huyện chỉ đạt 1.180 ha.",
         ["target", "actual"]),
        ("Năm 2024, HĐND tỉnh giao kế hoạch giải ngân vốn đầu tư công 2.000 tỷ đồng và cả "
         "năm tỉnh mới đạt 1.450 tỷ đồng.", ["target", "actual"]),
        ("Mục tiêu năm 2023 đón 3 triệu lượt khách và năm 2023 thành phố chỉ đạt 2,4 triệu "
         "lượt khách.", ["target", "actual"]),
        # near-misses: aims joined by "và" with their own "đạt" stay aims
        ("Phấn đấu năm 2025 tốc độ tăng trưởng đạt 8% và thu ngân sách đạt 5.000 tỷ đồng.",
         ["target", "target"]),
        ("Chỉ tiêu năm 2025: tỷ lệ hộ nghèo giảm còn 2%; tỷ lệ che phủ rừng đạt 45%.",
         ["target", "target"]),
    ],
)  # fmt: skip
def test_a_level_only_reached_is_a_result_after_a_plan(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


def quoted(text: str) -> list[tuple[float | None, int | None, list[tuple[str, str, float]]]]:
    return [
        (
            figure.value,
            figure.period.year,
            [(c.basis, c.measure, c.percent) for c in figure.comparisons],
        )
        for figure in extract_figures(text, year=2024)
    ]


# passed rates: "vượt (xa) mức tăng 2,3% của năm ngoái" quotes the earlier year's rise, as
# "cao hơn mức tăng 6,5% của năm trước" does: a figure of that year, not a level passed.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2022, sản lượng điện thương phẩm đạt 3.420 triệu kWh, tăng 8,9% so với năm "
         "2021, vượt xa mức tăng 2,3% của năm ngoái.",
         [(3420.0, 2022, [("previous", "change", 8.9)]),
          (None, 2021, [("previous", "change", 2.3)])]),
        ("Năm 2023, kim ngạch xuất khẩu tăng 12,5% so với năm 2022, vượt mức tăng 7,1% của "
         "năm 2022.",
         [(None, 2023, [("previous", "change", 12.5)]),
          (None, 2022, [("previous", "change", 7.1)])]),
        ("Năm 2023, doanh thu du lịch tăng 15%, vượt xa mức tăng 4,2% của năm trước.",
         [(None, 2023, [("previous", "change", 15.0)]),
          (None, 2022, [("previous", "change", 4.2)])]),
        # near-misses: the earlier "cao hơn", and a plan's level passed
        ("Năm 2023, GRDP tăng 8,2%, cao hơn mức tăng 6,5% của năm trước.",
         [(None, 2023, [("previous", "change", 8.2)]),
          (None, 2022, [("previous", "change", 6.5)])]),
        ("So với năm trước, kinh tế tiếp tục phát triển. "
         "Năm 2023, GRDP tăng 8,2%, vượt mức kế hoạch 7,5%.",
         [(None, 2023, [("previous", "change", 8.2)]), (7.5, 2023, [])]),
    ],
)  # fmt: skip
def test_a_rise_passed_of_an_earlier_year_is_that_year_figure(
    text: str, expected: list[tuple[float | None, int | None, list[tuple[str, str, float]]]]
) -> None:
    assert quoted(text) == expected


# foreseen tallies: "dự kiến có 15 chỉ tiêu đạt ..., 3 chỉ tiêu không đạt": the forecast
# that opens a tally of targets foresees every count of it, not the first one only.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Theo báo cáo của UBND huyện, năm 2023 dự kiến có 15 chỉ tiêu đạt và vượt kế "
         "hoạch, 3 chỉ tiêu không đạt.", ["estimate", "estimate"]),
        ("Năm 2024, dự kiến có 20/24 chỉ tiêu đạt và vượt, 3 chỉ tiêu đạt thấp và 1 chỉ "
         "tiêu không đạt.", ["estimate", "estimate", "estimate"]),
        ("Năm 2024, dự ước có 16 chỉ tiêu đạt kế hoạch và 2 chỉ tiêu chưa đạt.",
         ["estimate", "estimate"]),
        # near-misses: tallies of results, with no forecast before them
        ("Năm 2023, có 15 chỉ tiêu đạt và vượt kế hoạch, 3 chỉ tiêu không đạt.",
         ["actual", "actual"]),
        ("Năm 2023, huyện có 17 chỉ tiêu đạt và vượt kế hoạch, 2 chỉ tiêu chưa đạt.",
         ["actual", "actual"]),
    ],
)  # fmt: skip
def test_a_forecast_that_opens_a_tally_of_targets_foresees_each_count(
    text: str, expected: list[str]
) -> None:
    assert kinds(text) == expected


# parts set apart in the sentence: "...ước thực hiện 3.250 tỷ đồng; riêng vốn ngân sách có
# 1.180 tỷ đồng": a part set apart by "riêng" after the whole's clause, with only "có"
# or no verb, is reckoned with the estimated whole, as it is after a comma or a full stop.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2024, tổng vốn đầu tư toàn xã hội ước thực hiện 3.250 tỷ đồng, tăng 9,3% so "
         "với năm 2023; riêng vốn ngân sách nhà nước có 1.180 tỷ đồng.",
         ["estimate", "estimate"]),
        ("Năm 2023, diện tích cây ăn quả ước đạt 86.400 ha; riêng cây xoài có 21.350 ha.",
         ["estimate", "estimate"]),
        ("Năm 2024, tổng đàn lợn ước đạt 125.000 con; riêng đàn lợn nái có 18.000 con.",
         ["estimate", "estimate"]),
        ("Năm 2024, lượng khách du lịch ước đạt 2,1 triệu lượt; riêng khách quốc tế có 350 "
         "nghìn lượt.", ["estimate", "estimate"]),
        # near-misses: a part with a level of its own, and a whole that is a result
        ("Năm 2023, diện tích cây ăn quả ước đạt 86.400 ha; riêng diện tích xoài đạt 21.350 "
         "ha.", ["estimate", "actual"]),
        ("Năm 2023, diện tích cây ăn quả đạt 86.400 ha; riêng cây xoài có 21.350 ha.",
         ["actual", "actual"]),
    ],
)  # fmt: skip
def test_a_part_set_apart_after_an_estimated_whole_in_its_sentence_shares_the_estimate(
    text: str, expected: list[str]
) -> None:
    assert kinds(text) == expected


# held aims with their own predicate: "Với mục tiêu tăng trưởng GRDP năm 2025 đạt 8,5%":
# the aim's content may name its year and end on its own "đạt" or "là"; the number is
# what the aim is set at.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Với mục tiêu tăng trưởng GRDP năm 2025 đạt 8,5%, tỉnh Thái Bình tập trung tháo gỡ "
         "khó khăn cho doanh nghiệp.", ["target"]),
        ("Với mục tiêu năm 2024 tỷ lệ giải ngân đạt 95%, các chủ đầu tư đẩy nhanh tiến độ.",
         ["target"]),
        ("Với mục tiêu thu ngân sách năm 2024 đạt 1.500 tỷ đồng, huyện tăng cường quản lý "
         "thu.", ["target"]),
        ("Để đạt mục tiêu thu ngân sách năm 2024 là 5.000 tỷ đồng, huyện tăng cường chống "
         "thất thu.", ["target"]),
        # near-misses: a goal met by a result, and a result that passes an aim
        ("Năm 2023, tỉnh hoàn thành mục tiêu đề ra với 96 đảng viên mới.", ["actual"]),
        ("Năm 2023, thu ngân sách đạt 5.200 tỷ đồng, vượt mục tiêu năm 2023 là 5.000 tỷ "
         "đồng.", ["actual", "target"]),
        ("Năm 2023, với mục tiêu kết nạp đảng viên mới, huyện đã kết nạp 96 đảng viên.",
         ["actual"]),
    ],
)  # fmt: skip
def test_a_level_after_an_aim_held_with_its_own_year_and_verb_is_the_aim(
    text: str, expected: list[str]
) -> None:
    assert kinds(text) == expected


def names(text: str) -> list[str]:
    return [figure.indicator for figure in extract_figures(text, year=2024)]


# brought-about counts: "Mưa lớn kéo dài khiến 1.250 ha lúa bị ngập úng": the words before
# "khiến" / "khiến cho" / "gây ra" are the cause; the figure is named by what it brought
# about, after the number.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2022, mưa lớn kéo dài khiến 1.250 ha lúa bị ngập úng.",
         ["diện tích lúa bị ngập úng"]),
        ("Năm 2023, hạn hán khiến 850 ha cà phê thiếu nước tưới.",
         ["diện tích cà phê thiếu nước tưới"]),
        ("Năm 2022, đợt rét đậm kéo dài khiến cho 2.300 con gia súc bị chết.",
         ["con gia súc bị chết"]),
        ("Năm 2024, dịch tả lợn châu Phi đã gây ra 1.450 con lợn bị tiêu hủy.",
         ["con lợn bị tiêu hủy"]),
        # near-misses: a share of what a cause brought about, and a measure pushed
        ("Người lái xe hai bánh gây ra trên 73% số vụ tai nạn giao thông.",
         ["Người lái xe hai bánh gây ra"]),
        ("Năm 2024, giá xăng dầu đã đẩy chỉ số giá tiêu dùng tăng 0,5%.",
         ["chỉ số giá tiêu dùng"]),
    ],
)  # fmt: skip
def test_a_count_a_cause_brought_about_is_named_by_what_it_brought_about(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected
