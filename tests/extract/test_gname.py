"""Indicators read from the grammar of the clause and the list (probe sentences)."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _indicators(text: str) -> list[tuple[float | None, str]]:
    return [(figure.value, figure.indicator) for figure in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Số hộ có nhà ở kiên cố: 1.250 hộ, tỷ lệ 62,5%.", 1250, "Số hộ có nhà ở kiên cố"),
        ("Trường học đạt chuẩn quốc gia: 38 trường, tỷ lệ 71,2%.", 38,
         "Trường học đạt chuẩn quốc gia"),
        ("Lượt bệnh nhân điều trị nội trú trong 6 tháng qua: 4.120 người.", 4120,
         "Lượt bệnh nhân điều trị nội trú"),
        ("Thôn có nhà văn hóa đạt chuẩn: 96 nhà, tỷ lệ 80%.", 96,
         "Thôn có nhà văn hóa đạt chuẩn"),
    ],
)  # fmt: skip
def test_a_count_alone_after_a_label_is_counted_in_the_labels_measure(
    text: str, value: float, expected: str
) -> None:
    assert (value, expected) in _indicators(text)


def test_the_share_after_a_labelled_count_is_the_share_of_the_label() -> None:
    figures = _indicators("Trường học đạt chuẩn quốc gia: 38 trường, tỷ lệ 71,2%.")
    assert figures[1] == (71.2, "tỷ lệ Trường học đạt chuẩn quốc gia")


@pytest.mark.parametrize(
    "text",
    ["Năm 2023, toàn huyện có: 87 xã đạt chuẩn.", "Toàn tỉnh hiện có: 112 trường."],
)
def test_a_label_that_is_a_clause_names_no_count(text: str) -> None:
    assert all("có" not in indicator.split()[-1:] for _, indicator in _indicators(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tổng sản phẩm trên địa bàn quý III (sơ bộ) tăng 6,2% so với cùng kỳ.",
         "Tổng sản phẩm trên địa bàn"),
        ("Doanh thu dịch vụ lưu trú năm 2023 (ước tính) đạt 820 tỷ đồng.",
         "Doanh thu dịch vụ lưu trú"),
    ],
)  # fmt: skip
def test_a_remark_on_how_final_the_number_is_is_no_part_of_the_name(
    text: str, expected: str
) -> None:
    assert _indicators(text)[0][1] == expected


def test_taken_together_goes_on_with_the_measure_before_without_naming_it() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp quý I tăng 4,1%, quý II ước tăng 6,3%; tính chung "
        "6 tháng ước tăng 5,2% so với cùng kỳ."
    )
    assert [name for _, name in _indicators(text)] == ["Chỉ số sản xuất công nghiệp"] * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chỉ số sản xuất công nghiệp quý I tăng 6,8% so với cùng kỳ. Theo ngành kinh tế, "
         "khai khoáng tăng 3,2%; chế biến, chế tạo tăng 7,4%.",
         ["Chỉ số sản xuất công nghiệp", "Chỉ số sản xuất công nghiệp khai khoáng",
          "Chỉ số sản xuất công nghiệp chế biến, chế tạo"]),
        ("Doanh thu bán lẻ hàng hóa tháng 5 tăng 9,1% so với cùng kỳ. Xét theo nhóm ngành "
         "hàng, lương thực, thực phẩm tăng 11,3%.",
         ["Doanh thu bán lẻ hàng hóa", "Doanh thu bán lẻ hàng hóa lương thực, thực phẩm"]),
    ],
)  # fmt: skip
def test_a_sentence_that_opens_by_branch_breaks_down_the_measure_of_the_one_before(
    text: str, expected: list[str]
) -> None:
    assert [name for _, name in _indicators(text)] == expected


def test_a_sentence_that_opens_by_plan_breaks_nothing_down() -> None:
    text = "Chỉ số sản xuất công nghiệp tăng 6,8%. Theo kế hoạch, khai khoáng tăng 3,2%."
    # The planned rise is the rate to reach (growth_parts.rise_aimed_at), named by itself.
    assert _indicators(text)[1][1].endswith("khai khoáng")
    assert "Chỉ số" not in _indicators(text)[1][1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2025, cơ cấu kinh tế: công nghiệp 40%, dịch vụ 38%, nông nghiệp 22%.",
         ["tỷ trọng công nghiệp trong cơ cấu kinh tế", "tỷ trọng dịch vụ trong cơ cấu kinh tế",
          "tỷ trọng nông nghiệp trong cơ cấu kinh tế"]),
        ("Cơ cấu lao động gồm nông nghiệp 48,5%, phi nông nghiệp 51,5%.",
         ["tỷ trọng nông nghiệp trong cơ cấu lao động",
          "tỷ trọng phi nông nghiệp trong cơ cấu lao động"]),
        ("Trong cơ cấu GRDP, dịch vụ chiếm 41,2%, công nghiệp 35,6%.",
         ["tỷ trọng dịch vụ trong cơ cấu GRDP", "tỷ trọng công nghiệp trong cơ cấu GRDP"]),
    ],
)  # fmt: skip
def test_a_percentage_listed_under_a_structure_is_the_share_of_its_part(
    text: str, expected: list[str]
) -> None:
    assert [name for _, name in _indicators(text)] == expected


def test_a_structure_that_shifts_opens_no_list_of_shares() -> None:
    text = "Cơ cấu kinh tế chuyển dịch đúng hướng, thu ngân sách tăng 9,2%."
    assert all("cơ cấu" not in name for _, name in _indicators(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Giá trị sản xuất công nghiệp tăng 11,5%, nông nghiệp tăng 3,8%.",
         ["Giá trị sản xuất công nghiệp", "Giá trị sản xuất nông nghiệp"]),
        ("Tỷ lệ hộ nghèo giảm còn 2,9%, lao động qua đào tạo 72%.",
         ["Tỷ lệ hộ nghèo", "Tỷ lệ lao động qua đào tạo"]),
        ("Giá trị tăng thêm ngành dịch vụ tăng bình quân 8,1%/năm, ngành thủy sản 4,2%/năm.",
         ["tốc độ tăng giá trị tăng thêm ngành dịch vụ bình quân",
          "tốc độ tăng giá trị tăng thêm ngành thủy sản"]),
    ],
)  # fmt: skip
def test_a_bare_rate_listed_after_a_named_one_shares_the_measure_at_the_head_of_the_list(
    text: str, expected: list[str]
) -> None:
    assert [name for _, name in _indicators(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Giá trị sản xuất công nghiệp tăng 11,5%; nông nghiệp tăng 3,8%.",
        "Giá trị sản xuất công nghiệp tăng 11,5%, so cùng kỳ nông nghiệp tăng 3,8%.",
    ],
)
def test_a_rate_in_another_clause_or_after_a_basis_takes_no_head(text: str) -> None:
    assert not any(name.startswith("Giá trị sản xuất nông") for _, name in _indicators(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2024, tổng thu ngân sách địa phương đạt 5.120 tỷ đồng, tổng chi 6.340 tỷ đồng.",
         "tổng chi ngân sách địa phương"),
        ("Thu ngân sách nhà nước 9 tháng ước 2.450 tỷ đồng; chi ước 2.980 tỷ đồng.",
         "chi ngân sách nhà nước"),
    ],
)  # fmt: skip
def test_spending_named_bare_after_revenue_shares_the_budget_it_named(
    text: str, expected: str
) -> None:
    assert _indicators(text)[1][1] == expected


def test_a_structure_of_labour_lists_the_share_of_each_sector() -> None:
    text = "Cơ cấu lao động của tỉnh hiện là: nông nghiệp 31,5%, công nghiệp 40,1%."
    assert _indicators(text)[1][1] == "tỷ trọng công nghiệp trong cơ cấu lao động"


def test_a_report_title_before_a_colon_names_no_count() -> None:
    text = (
        "Kết quả giảm nghèo giai đoạn 2021-2023 của tỉnh: đến cuối năm 2023, toàn tỉnh "
        "còn 8.400 hộ nghèo."
    )
    assert _indicators(text)[0][1] == "hộ nghèo"


def test_what_a_report_shows_is_no_part_of_the_subject_after_it() -> None:
    text = (
        "Báo cáo của Cục Thống kê cho thấy, tính chung 5 tháng, chỉ số sản xuất công "
        "nghiệp tăng 7,9% so với cùng kỳ."
    )
    assert _indicators(text)[0][1] == "chỉ số sản xuất công nghiệp"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm nay có thêm 4 xã đạt chuẩn nông thôn mới, nâng tổng số lên 52 xã.",
         "tổng số xã đạt chuẩn nông thôn mới"),
        ("Năm nay có thêm 4 xã đạt chuẩn nông thôn mới, nâng lũy kế toàn huyện lên 19 xã.",
         "xã đạt chuẩn nông thôn mới lũy kế"),
        ("Năm 2024 huyện kết nạp 96 đảng viên mới, nâng tổng số lên 4.870 đảng viên.",
         "tổng số đảng viên"),
    ],
)  # fmt: skip
def test_a_total_raised_to_a_level_is_the_total_of_what_the_count_before_counted(
    text: str, expected: str
) -> None:
    assert _indicators(text)[1][1] == expected


def test_a_total_raised_with_its_own_noun_keeps_it() -> None:
    text = "Năm nay có thêm 4 xã đạt chuẩn, nâng tổng số xã đạt chuẩn nâng cao lên 12 xã."
    assert _indicators(text)[1][1] == "tổng số xã đạt chuẩn nâng cao"


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị có 215 đại biểu, đại diện cho gần 9.800 đảng viên.",
        "Đại hội khai mạc với 180 đại biểu, thay mặt cho hơn 9.800 đảng viên.",
    ],
)
def test_a_congress_speaking_for_members_counts_the_members(text: str) -> None:
    assert _indicators(text)[1] == (9800, "đảng viên")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hằng năm có trên 85% chi bộ đạt trong sạch vững mạnh.",
         "tỷ lệ chi bộ đạt trong sạch vững mạnh"),
        ("Mục tiêu 100% trạm y tế xã có bác sĩ.", "tỷ lệ trạm y tế xã có bác sĩ"),
        ("Đến nay toàn huyện có 92% số hộ dùng nước hợp vệ sinh.",
         "tỷ lệ hộ dùng nước hợp vệ sinh"),
    ],
)  # fmt: skip
def test_a_percentage_before_what_it_is_of_is_the_rate_of_that_part(
    text: str, expected: str
) -> None:
    assert _indicators(text)[0][1] == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Dân số đô thị chiếm 38% dân số toàn tỉnh.", "tỷ lệ dân số toàn tỉnh"),
        ("Tỷ lệ bao phủ bảo hiểm y tế đạt 92%, thấp hơn chỉ tiêu 95% của tỉnh.",
         "tỷ lệ của tỉnh"),
    ],
)  # fmt: skip
def test_a_percentage_of_a_whole_or_of_an_owner_is_no_rate_of_a_part(
    text: str, absent: str
) -> None:
    assert all(name != absent for _, name in _indicators(text))


def test_a_count_that_restates_a_rate_is_the_number_of_the_same_things() -> None:
    text = "Phấn đấu 60% số xã đạt chuẩn nông thôn mới, tương đương 70 xã."
    assert _indicators(text) == [
        (60, "tỷ lệ xã đạt chuẩn nông thôn mới"),
        (70, "số xã đạt chuẩn nông thôn mới"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toàn huyện có 14 hợp tác xã và 220 hộ trồng rau an toàn.",
         ["hợp tác xã trồng rau an toàn", "hộ trồng rau an toàn"]),
        ("Năm nay có 18 doanh nghiệp, 96 cơ sở tham gia hội chợ.",
         ["doanh nghiệp tham gia hội chợ", "cơ sở tham gia hội chợ"]),
    ],
)  # fmt: skip
def test_coordinated_counts_share_what_the_words_after_the_last_say(
    text: str, expected: list[str]
) -> None:
    assert [name for _, name in _indicators(text)] == expected


def test_coordinated_counts_named_by_places_share_nothing() -> None:
    assert [name for _, name in _indicators("Huyện có 12 xã và 3 thị trấn.")] == [
        "xã",
        "thị trấn",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phấn đấu giảm tỷ lệ trẻ em suy dinh dưỡng xuống dưới 12%.",
         "tỷ lệ trẻ em suy dinh dưỡng"),
        ("Năm 2024 tiếp tục giảm tỷ lệ hộ nghèo xuống còn 1,8%.", "tỷ lệ hộ nghèo"),
        ("Mỗi năm giảm tỷ lệ hộ nghèo 1,5%.", "giảm tỷ lệ hộ nghèo"),
    ],
)  # fmt: skip
def test_a_verb_that_brings_a_measure_down_to_a_level_is_no_part_of_its_name(
    text: str, expected: str
) -> None:
    assert _indicators(text)[0][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tỷ lệ lao động qua đào tạo đạt 72%, trong đó có bằng cấp, chứng chỉ 31%.",
         "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ"),
        ("Tỷ lệ hộ nghèo còn 3,6%, trong đó hộ nghèo đồng bào dân tộc thiểu số 7,4%.",
         "Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số"),
    ],
)  # fmt: skip
def test_a_part_of_a_rate_is_the_rate_of_the_part(text: str, expected: str) -> None:
    assert _indicators(text)[1][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đã giải ngân 860 tỷ đồng vốn đầu tư công, đạt 52% kế hoạch.",
         "giải ngân vốn đầu tư công"),
        ("Đã chi 45 tỷ đồng kinh phí hỗ trợ học sinh.", "chi kinh phí hỗ trợ học sinh"),
    ],
)  # fmt: skip
def test_an_amount_paid_names_what_was_paid_after_the_unit(text: str, expected: str) -> None:
    assert _indicators(text)[0][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đến nay 100% thôn, bản, tổ dân phố có chi bộ đảng.",
         "tỷ lệ thôn, bản, tổ dân phố có chi bộ đảng"),
        ("Hằng năm trên 85% chi bộ, đảng viên hoàn thành tốt nhiệm vụ.",
         "tỷ lệ chi bộ, đảng viên hoàn thành tốt nhiệm vụ"),
        ("Có 95% hộ dân, tăng 5% so với năm trước.", "tỷ lệ hộ dân"),
    ],
)  # fmt: skip
def test_the_part_a_percentage_is_of_runs_on_through_a_list_of_nouns(
    text: str, expected: str
) -> None:
    assert _indicators(text)[0][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tỉnh đã cấp phép 14 dự án, tổng vốn 2.150 tỷ đồng.", "tổng vốn dự án"),
        ("Huyện có 12 trang trại chăn nuôi tập trung, diện tích 85 ha.",
         "diện tích trang trại chăn nuôi tập trung"),
        ("Có 32 hợp tác xã liên kết sản xuất với quy mô 1.200 ha, sản lượng 9.600 tấn.",
         "sản lượng hợp tác xã liên kết sản xuất"),
        ("Toàn tỉnh có 640 dự án còn hiệu lực được cấp phép, vốn 3,2 tỷ USD.",
         "vốn dự án còn hiệu lực"),
    ],
)  # fmt: skip
def test_a_bare_measure_right_after_a_count_measures_the_things_counted(
    text: str, expected: str
) -> None:
    assert _indicators(text)[-1][1] == expected


def test_a_measure_in_a_clause_of_its_own_is_not_of_the_count_before() -> None:
    text = "Tỉnh có 14 dự án; tổng vốn đầu tư toàn xã hội đạt 2.150 tỷ đồng."
    assert _indicators(text)[-1][1] == "tổng vốn đầu tư toàn xã hội"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xuất khẩu hạt điều đạt 85 nghìn tấn, 560 triệu USD.", "kim ngạch Xuất khẩu hạt điều"),
        ("Xuất khẩu chè đạt 12 nghìn tấn, trị giá 30 triệu USD; cao su 40 nghìn tấn, "
         "65 triệu USD.", "trị giá cao su"),
    ],
)  # fmt: skip
def test_an_amount_of_money_that_goes_on_with_a_tonnage_is_its_value(
    text: str, expected: str
) -> None:
    assert _indicators(text)[-1][1] == expected


def test_the_last_item_after_and_is_named_under_the_lists_head() -> None:
    text = (
        "Sản lượng thịt lợn đạt 42.000 tấn, thịt trâu 2.100 tấn và thịt gia cầm các loại "
        "18.500 tấn."
    )
    assert _indicators(text)[-1][1] == "sản lượng thịt gia cầm các loại"


@pytest.mark.parametrize(
    "text",
    [
        "Giá trị tăng thêm tăng 6,1% so với cùng kỳ.",
        "Giá trị tăng thêm đạt 7.344 tỷ đồng.",
        "Năm 2023, giá trị tăng thêm ước 2.150 tỷ đồng.",
    ],
)
def test_value_added_keeps_its_tang_them(text: str) -> None:
    assert _indicators(text)[0][1].lower() == "giá trị tăng thêm"


def test_a_measure_named_inside_the_actors_words_is_not_named_twice() -> None:
    text = "Vụ Mùa năng suất lúa bình quân 55,2 tạ/ha."
    assert _indicators(text)[0][1] == "năng suất lúa bình quân"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vụ Mùa năng suất lúa bình quân 55,2 tạ/ha, sản lượng 18,6 vạn tấn.", "sản lượng lúa"),
        ("Diện tích đã cạo mủ 1.200 ha, sản lượng 1.500 tấn.", "sản lượng"),
    ],
)  # fmt: skip
def test_a_bare_crop_measure_after_another_is_of_the_same_crop(text: str, expected: str) -> None:
    assert _indicators(text)[-1][1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cùng với đó, doanh thu du lịch đạt 1.200 tỷ đồng.",
        "Song song đó, doanh thu du lịch đạt 1.200 tỷ đồng.",
        "Mặt khác, doanh thu du lịch đạt 1.200 tỷ đồng.",
    ],
)
def test_a_linking_phrase_before_a_comma_is_no_part_of_the_subject(text: str) -> None:
    assert _indicators(text)[0][1] == "doanh thu du lịch"


def test_a_head_joined_to_a_part_that_repeats_it_is_said_once() -> None:
    text = (
        "Kim ngạch xuất khẩu ước đạt 2,1 tỷ USD, tăng 15% so với cùng kỳ, trong đó "
        "xuất khẩu thủy sản 640 triệu USD."
    )
    assert _indicators(text)[1][1] == "kim ngạch xuất khẩu thủy sản"


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2024, số hộ nghèo giảm 860 hộ, tỷ lệ còn 2,7%.",
        "Dân số trung bình 210.000 người; hộ nghèo giảm 95 hộ, tỷ lệ còn 4,1%.",
    ],
)
def test_a_bare_rate_after_a_subject_changed_by_a_difference_is_that_subjects_rate(
    text: str,
) -> None:
    assert _indicators(text)[-1][1] == "tỷ lệ hộ nghèo"


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Đến nay có 6 xã đạt 19 tiêu chí, 11 xã đạt từ 15 - 18 tiêu chí.", 6,
         "xã đạt 19 tiêu chí"),
        ("Đến nay có 6 xã đạt 19 tiêu chí, 11 xã đạt từ 15 - 18 tiêu chí.", 11,
         "xã đạt từ 15 - 18 tiêu chí"),
        ("Như vậy còn 3 xã có tỷ lệ hộ nghèo trên 15%.", 3,
         "xã có tỷ lệ hộ nghèo trên 15%"),
    ],
)  # fmt: skip
def test_a_level_the_counted_things_meet_is_part_of_what_is_counted(
    text: str, value: float, expected: str
) -> None:
    assert (value, expected) in _indicators(text)


def test_the_level_a_measure_came_to_keeps_its_name() -> None:
    text = "Về giảm nghèo, tỷ lệ hộ nghèo từ hơn 15% nay còn 6,2%."
    assert [name for _, name in _indicators(text)] == ["tỷ lệ hộ nghèo"] * 2


def test_a_yearly_change_after_a_level_is_the_change_of_that_measure() -> None:
    text = "Tỷ lệ hộ nghèo còn 6,2%, bình quân mỗi năm giảm 1,8%."
    assert _indicators(text)[1][1] == "Tỷ lệ hộ nghèo giảm bình quân mỗi năm"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đại hội Đảng bộ huyện lần thứ XX khai mạc với 280 đại biểu.", "đại biểu dự Đại hội"),
        ("Hội nghị có sự tham dự của 150 đại biểu.", "đại biểu dự Hội nghị"),
    ],
)  # fmt: skip
def test_those_counted_at_an_event_are_present_at_it(text: str, expected: str) -> None:
    assert _indicators(text)[0][1] == expected


def test_an_opening_also_in_that_time_is_no_part_of_the_subject() -> None:
    text = "Cũng trong thời gian này, tổng số đảng viên toàn Đảng bộ đạt 12.400 đồng chí."
    assert _indicators(text)[0][1] == "tổng số đảng viên toàn Đảng bộ"


def test_a_second_verb_after_and_governs_the_count_it_is_given_to() -> None:
    text = "Năm 2024, Đảng bộ huyện kết nạp 85 đảng viên mới và trao Huy hiệu Đảng cho 40 đồng chí."
    assert [name for _, name in _indicators(text)] == [
        "kết nạp đảng viên mới",
        "trao Huy hiệu Đảng",
    ]


def test_a_subjectless_clause_that_beat_the_plan_reaches_the_measure_stated_before() -> None:
    text = (
        "Năm 2024, tỉnh đặt mục tiêu doanh thu du lịch 2 nghìn tỷ đồng. Với đà hiện nay, "
        "cả năm dự kiến vượt kế hoạch, đạt 2,3 nghìn tỷ đồng."
    )
    assert _indicators(text)[-1][1] == "doanh thu du lịch"


def test_parts_listed_in_parentheses_after_a_whole_are_the_wholes_measure_for_each() -> None:
    text = "Toàn huyện có 12.450 người tham gia BHYT (bắt buộc 9.100 người, tự nguyện 3.350 người)."
    assert [name for _, name in _indicators(text)] == [
        "người tham gia BHYT",
        "người tham gia BHYT bắt buộc",
        "người tham gia BHYT tự nguyện",
    ]


def test_parts_already_named_under_the_lists_measure_keep_their_name() -> None:
    text = "Diện tích cây lương thực đạt 8.200 ha (lúa 6.100 ha, ngô 2.100 ha)."
    assert [name for _, name in _indicators(text)][1:] == ["diện tích lúa", "diện tích ngô"]


def test_a_share_joined_by_and_to_the_verbs_of_a_subject_is_that_subjects_share() -> None:
    text = (
        "So với năm trước, kinh tế tiếp tục phát triển. "
        "Năm 2024, khu vực dịch vụ tăng 7,2%, đóng góp 3,1 điểm phần trăm vào mức tăng "
        "chung và chiếm tỷ trọng 41,5% trong cơ cấu kinh tế."
    )
    assert _indicators(text)[-1][1] == "tỷ trọng khu vực dịch vụ"


def test_a_contribution_names_what_it_went_into_and_value_added_keeps_gia_tang() -> None:
    text = "Giá trị gia tăng ước 2.150 tỷ đồng, đóng góp 18,2% vào tăng trưởng của tỉnh."
    assert [name for _, name in _indicators(text)] == [
        "Giá trị gia tăng",
        "đóng góp vào tăng trưởng của tỉnh",
    ]


def test_an_aim_before_a_percentage_names_nothing_even_after_a_measure() -> None:
    text = (
        "Tỷ lệ hộ nghèo còn 3,1%. Mục tiêu 100% hộ nghèo, hộ cận nghèo có nhu cầu được "
        "vay vốn ưu đãi."
    )
    assert _indicators(text)[-1][1] == (
        "tỷ lệ hộ nghèo, hộ cận nghèo có nhu cầu được vay vốn ưu đãi"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sau 3 năm, xã đã đạt 14/19 tiêu chí.", "tiêu chí đạt"),
        ("Cả 3 xã đều hoàn thành 19/19 tiêu chí.", "tiêu chí hoàn thành"),
    ],
)  # fmt: skip
def test_criteria_are_counted_as_met(text: str, expected: str) -> None:
    assert _indicators(text)[-1][1] == expected


def test_a_bare_plan_word_is_the_plan_of_the_measure_last_stated_in_its_unit() -> None:
    text = "Năm 2023 sản lượng lúa đạt 120.000 tấn; kế hoạch năm 2024 là 125.000 tấn."
    assert _indicators(text)[-1][1] == "kế hoạch sản lượng lúa"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Giai đoạn 2021-2025, kim ngạch xuất khẩu tăng bình quân 12%/năm.",
         ["tốc độ tăng kim ngạch xuất khẩu bình quân"]),
        ("Giá trị sản xuất công nghiệp đạt 9.100 tỷ đồng, tăng bình quân 14,2% mỗi năm.",
         ["Giá trị sản xuất công nghiệp", "tốc độ tăng giá trị sản xuất công nghiệp bình quân"]),
        ("Thu ngân sách trên địa bàn tăng từ 10% trở lên.",
         ["tốc độ tăng thu ngân sách trên địa bàn"]),
        # A level moving from one value to another is no rate of growth.
        ("Tỷ trọng công nghiệp giảm từ 40% xuống 35%, còn dịch vụ tăng từ 30% lên 38%.",
         ["Tỷ trọng công nghiệp", "Tỷ trọng công nghiệp", "dịch vụ", "dịch vụ"]),
        # A rise against a basis is a comparison, named by what rose.
        ("Thu ngân sách tăng 12% so với cùng kỳ.", ["Thu ngân sách"]),
    ],
)  # fmt: skip
def test_a_percentage_that_is_how_fast_something_grows_is_its_rate_of_growth(
    text: str, expected: list[str]
) -> None:
    assert [name for _, name in _indicators(text)] == expected


def test_amounts_seized_are_named_by_what_was_seized() -> None:
    text = "Công an đã triệt phá 45 vụ, thu giữ 12 kg ma túy tổng hợp, 3 kg heroin."
    assert [name for _, name in _indicators(text)][1:] == [
        "thu giữ ma túy tổng hợp",
        "thu giữ heroin",
    ]


def test_two_measures_named_as_one_before_a_comma_stay_together() -> None:
    text = "Tổng mức bán lẻ hàng hóa, doanh thu dịch vụ tiêu dùng ước đạt 5.400 tỷ đồng."
    assert _indicators(text)[0][1] == "Tổng mức bán lẻ hàng hóa, doanh thu dịch vụ tiêu dùng"


def test_a_clause_with_its_own_verb_before_a_comma_is_no_part_of_the_subject() -> None:
    text = "Giá trị sản xuất tăng khá, doanh thu dịch vụ ước đạt 5.400 tỷ đồng."
    assert _indicators(text)[0][1] == "doanh thu dịch vụ"


def test_things_counted_by_name_are_what_the_words_after_the_names_say() -> None:
    text = (
        "Đến cuối năm, dự kiến có 98/110 xã (chiếm 89,1%) và 2 huyện Ý Yên, Vụ Bản "
        "đạt chuẩn nông thôn mới."
    )
    assert [name for _, name in _indicators(text)] == [
        "xã đạt chuẩn nông thôn mới",
        "tỷ lệ xã đạt chuẩn nông thôn mới",
        "huyện đạt chuẩn nông thôn mới",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vụ lúa Hè Thu 2024, toàn tỉnh xuống giống được 85.200 ha.",
         "diện tích xuống giống lúa Hè Thu"),
        ("Vụ Đông Xuân năm 2024, toàn huyện gieo trồng được 12.500 ha.",
         "diện tích gieo trồng vụ Đông Xuân"),
        ("Năm 2024, toàn huyện gieo trồng được 12.500 ha.", "diện tích gieo trồng"),
    ],
)  # fmt: skip
def test_the_season_a_sentence_opens_with_is_what_the_area_was_sown_for(
    text: str, expected: str
) -> None:
    assert _indicators(text)[0][1] == expected


def test_a_bare_count_counts_the_things_its_clause_named_in_full_before() -> None:
    text = "Đội tàu cá xa bờ của tỉnh đạt bình quân 6 tấn/tàu với 120 tàu."
    assert (120, "tàu cá xa bờ") in _indicators(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2023, Đảng bộ huyện đánh giá, xếp loại 100% chi bộ.",
         "tỷ lệ chi bộ được xếp loại"),
        ("Sản lượng năm nay đạt 80 ngàn tấn, đáp ứng 60% nhu cầu chế biến.",
         "tỷ lệ nhu cầu chế biến được đáp ứng"),
        ("Giá trị tăng thêm đạt 900 tỷ đồng, đóng góp 30% vào tăng trưởng của tỉnh.",
         "đóng góp vào tăng trưởng của tỉnh"),
    ],
)  # fmt: skip
def test_a_percentage_a_verb_acts_on_is_the_rate_of_what_it_acted_on(
    text: str, expected: str
) -> None:
    assert _indicators(text)[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toàn xã còn 120 hộ nghèo, chiếm 4,2%.", "tỷ lệ hộ nghèo"),
        ("Công nghiệp - xây dựng chiếm 41,5%.", "tỷ trọng công nghiệp - xây dựng"),
    ],
)  # fmt: skip
def test_a_share_of_people_or_households_is_a_rate(text: str, expected: str) -> None:
    assert _indicators(text)[-1][1] == expected


def test_goods_listed_under_an_export_label_are_exported() -> None:
    text = (
        "Kim ngạch xuất khẩu ước 90 triệu USD. Mặt hàng xuất khẩu chủ yếu gồm: gạo "
        "12.000 tấn, cà phê 3.500 tấn."
    )
    assert [name for _, name in _indicators(text)][1:] == [
        "sản lượng gạo xuất khẩu",
        "sản lượng cà phê xuất khẩu",
    ]


def test_the_labour_force_is_a_measure_not_an_actor() -> None:
    assert _indicators("Lực lượng lao động 650.000 người.")[0][1] == "Lực lượng lao động"


def test_a_part_of_things_counted_given_as_a_percentage_is_its_rate() -> None:
    text = "Các doanh nghiệp cần tuyển 8.200 lao động, trong đó lao động phổ thông khoảng 60%."
    assert _indicators(text)[-1] == (60, "tỷ lệ lao động phổ thông")


def test_a_share_after_a_remark_in_parentheses_is_of_what_the_remark_followed() -> None:
    text = (
        "Toàn tỉnh có 98.400 người tham gia BHXH (bắt buộc 91.000 người, tự nguyện "
        "7.400 người), chiếm 31,2% lực lượng lao động."
    )
    assert _indicators(text)[-1] == (
        31.2,
        "tỷ lệ người tham gia BHXH trong lực lượng lao động",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tỷ lệ hộ dùng nước sạch đạt 88%, thấp hơn 2% so với chỉ tiêu 90% của tỉnh.",
         "chỉ tiêu Tỷ lệ hộ dùng nước sạch"),
        ("Thu ngân sách đạt 1.150 tỷ đồng, trong khi nghị quyết đề ra 1.000 tỷ đồng.",
         "chỉ tiêu Thu ngân sách"),
    ],
)  # fmt: skip
def test_a_plans_level_set_against_a_result_is_the_plan_of_its_measure(
    text: str, expected: str
) -> None:
    assert _indicators(text)[-1][1] == expected


def test_since_the_start_of_the_year_is_no_part_of_the_subject() -> None:
    text = "Từ đầu năm đến nay, tỉnh thu hút được 420 triệu USD vốn đầu tư trực tiếp nước ngoài."
    assert _indicators(text)[0][1] == "thu hút vốn đầu tư trực tiếp nước ngoài"


def test_money_with_a_count_of_projects_is_their_capital() -> None:
    text = "Năm 2024, tỉnh thu hút 35 dự án đầu tư trong nước với 8.200 tỷ đồng."
    assert _indicators(text)[-1] == (8200, "vốn dự án đầu tư trong nước")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bình quân một vạn dân có 32 giường bệnh và 11 bác sĩ.",
         ["số giường bệnh trên vạn dân", "số bác sĩ trên vạn dân"]),
    ],
)  # fmt: skip
def test_counts_per_unit_of_population_are_named_per_that_unit(
    text: str, expected: list[str]
) -> None:
    assert [name for _, name in _indicators(text)] == expected


def test_a_bare_count_for_a_time_goes_on_with_the_count_before() -> None:
    text = (
        "Giai đoạn 2019-2023, tỉnh đưa được 820 người đi làm việc ở nước ngoài; riêng năm "
        "2022 là 210 lao động và năm 2023 là 260 lao động."
    )
    names = [name for _, name in _indicators(text)]
    assert names[1:] == [names[0], names[0]]


def test_levels_listed_by_year_after_a_label_are_of_the_labels_subject() -> None:
    text = (
        "Sản lượng cà phê xuất khẩu tăng qua các năm: năm 2022 là 41.000 tấn, năm 2023 "
        "gần 45.000 tấn."
    )
    assert [name for _, name in _indicators(text)] == ["Sản lượng cà phê xuất khẩu"] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tỉnh có 18.000 ha rừng. Tại khu công nghiệp Phú Mỹ đã có 45 dự án đi vào hoạt động.",
         "dự án đi vào hoạt động"),
        ("Tỉnh có trữ lượng đá vôi chiếm 12% trữ lượng cả nước.", "tỷ trọng trữ lượng đá vôi"),
    ],
)  # fmt: skip
def test_where_and_who_has_are_no_part_of_what_is_counted(text: str, expected: str) -> None:
    assert _indicators(text)[-1][1].startswith(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2024, kim ngạch nhập khẩu đạt 18 triệu USD (KH 2024: 20 triệu USD).",
         "kế hoạch kim ngạch nhập khẩu"),
        ("Thu ngân sách đạt 850 tỷ đồng (dự toán năm 2023: 800 tỷ đồng).", "dự toán Thu ngân sách"),
    ],
)  # fmt: skip
def test_a_plan_level_in_parentheses_is_the_plan_of_the_measure_before(
    text: str, expected: str
) -> None:
    assert _indicators(text)[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tỉnh phấn đấu kéo tỷ lệ hộ nghèo xuống dưới 3%.", "tỷ lệ hộ nghèo"),
        ("Tỉnh tạo việc làm cho 9.000 lao động, qua đó giữ tỷ lệ thất nghiệp ở mức 2,1%.",
         "tỷ lệ thất nghiệp"),
    ],
)  # fmt: skip
def test_a_verb_that_holds_or_pulls_a_measure_to_a_level_is_no_part_of_its_name(
    text: str, expected: str
) -> None:
    assert _indicators(text)[-1][1] == expected


def test_a_part_of_a_rate_replaces_the_words_it_repeats() -> None:
    text = "Tỷ lệ lao động qua đào tạo đạt 70% (cả nước là 65%), riêng qua đào tạo nghề đạt 52%."
    assert _indicators(text)[-1][1] == "Tỷ lệ lao động qua đào tạo nghề"


def test_a_bare_percentage_in_parentheses_after_a_count_is_its_share() -> None:
    text = "Số xã đạt 19 tiêu chí là 42 xã (38,5%)."
    assert _indicators(text)[-1] == (38.5, "tỷ lệ xã đạt 19 tiêu chí")


def test_a_yearly_fall_of_households_is_the_fall_of_their_rate() -> None:
    assert _indicators("Số hộ nghèo giảm bình quân 1,5%/năm.")[0][1] == (
        "tỷ lệ hộ nghèo giảm bình quân"
    )


def test_a_share_of_things_counted_is_a_rate() -> None:
    text = "Tỉnh có 120 xã, trong đó 85 xã đạt chuẩn nông thôn mới, chiếm 70,8%."
    assert _indicators(text)[-1][1] == "tỷ lệ xã đạt chuẩn nông thôn mới"
