"""Eighth round, naming: probe sentences for the indicator rules (helper h8name)."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _names(text: str) -> list[str]:
    return [f.indicator for f in extract_figures(text, year=2023)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Trong quý II, vốn thực hiện ước 2,5 tỷ USD.", "vốn thực hiện"),
        ("Sau 9 tháng, khối lượng thực hiện đạt trên 48 tỷ đồng.", "khối lượng thực hiện"),
        ("Cả năm, tổng mức ước đạt 8.400 tỷ đồng.", "tổng mức"),
    ],
)
def test_a_participle_after_a_bare_measure_word_stays_in_the_name(sentence: str, name: str) -> None:
    assert _names(sentence)[0] == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the predicate's words still go where the measure is named in full
        ("Vốn đầu tư thực hiện đạt 700 tỷ đồng.", "Vốn đầu tư"),
    ],
)
def test_the_participle_still_goes_after_a_full_name(sentence: str, name: str) -> None:
    assert _names(sentence)[0] == name


@pytest.mark.parametrize(
    ("passage", "name"),
    [
        (
            "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 3 đạt 41.000 tỷ đồng. "
            "Cộng dồn quý I, tổng mức đạt 120.500 tỷ đồng.",
            "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ",
        ),
        (
            "Chỉ số giá tiêu dùng tháng 5 tăng 0,3% so với tháng trước; trong đó nhóm "
            "giao thông giảm 1,2%. Tính chung 5 tháng, chỉ số tăng 3,1%.",
            "chỉ số giá tiêu dùng",
        ),
    ],
)
def test_a_bare_head_word_stands_for_the_full_name_said_before(passage: str, name: str) -> None:
    assert _names(passage)[-1].lower() == name


def test_a_bare_rise_after_figures_of_its_own_sentence_is_left_to_them() -> None:
    passage = (
        "Kim ngạch xuất khẩu hàng hóa đạt 2 tỷ USD. Cà phê xuất khẩu được 90 nghìn tấn, "
        "trị giá 250 triệu USD; so với năm trước, sản lượng tăng 5% và kim ngạch tăng 12%."
    )
    assert "kim ngạch xuất khẩu hàng hóa" not in [n.lower() for n in _names(passage)[1:]]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Năm 2022, 512 thôn (chiếm 64%) đạt chuẩn khu dân cư văn hóa.",
            "thôn đạt chuẩn khu dân cư văn hóa",
        ),
        (
            "Toàn tỉnh có 38 trường (trên tổng số 90 trường) được công nhận đạt chuẩn quốc gia.",
            "trường được công nhận đạt chuẩn quốc gia",
        ),
    ],
)
def test_what_is_counted_is_said_after_a_remark_in_parentheses(sentence: str, name: str) -> None:
    assert _names(sentence)[0] == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Năm 2022, Trung tâm y tế huyện và các trạm y tế xã đã khám cho 40.500 lượt người.",
            "khám lượt người",
        ),
        (
            "Quý I, các bệnh viện trong tỉnh đã điều trị nội trú cho 9.800 lượt người.",
            "điều trị nội trú lượt người",
        ),
    ],
)
def test_the_auxiliary_ends_the_name_of_the_actor(sentence: str, name: str) -> None:
    assert _names(sentence)[0] == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Cuối năm, toàn huyện còn 1.250 hộ nghèo, chiếm 6,4% tổng số hộ dân.",
            "tỷ lệ hộ nghèo",
        ),
        (
            "Năm 2024 có 48 trường mầm non có bếp một chiều, tức 80% số trường.",
            "tỷ lệ trường mầm non có bếp một chiều",
        ),
        ("Tổng số hộ cận nghèo là 930 hộ (3,1% số hộ toàn xã).", "tỷ lệ hộ cận nghèo"),
    ],
)
def test_a_share_right_after_a_count_is_the_rate_of_the_things_counted(
    sentence: str, name: str
) -> None:
    assert _names(sentence)[1] == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
            "Khu vực công nghiệp tăng 6,2%, thấp hơn mức 7,0% của năm 2023, chiếm 41,5% cơ cấu "
            "kinh tế.",
            "tỷ trọng khu vực công nghiệp trong cơ cấu kinh tế",
        ),
        (
            "Khu vực thương mại tăng 5,1% (năm trước tăng 4,4%), chiếm tỷ trọng 22,3%.",
            "tỷ trọng khu vực thương mại",
        ),
    ],
)
def test_a_share_after_other_figures_of_the_clause_is_its_subjects(
    sentence: str, name: str
) -> None:
    assert _names(sentence)[-1] == name


def test_the_cause_of_a_harm_names_the_incidents_counted_after_it() -> None:
    passage = (
        "Quý III, toàn tỉnh có 85 người chết vì tai nạn giao thông. Riêng tháng 9, toàn "
        "tỉnh xảy ra 40 vụ, làm chết 31 người."
    )
    assert _names(passage)[1:] == [
        "số vụ tai nạn giao thông",
        "số người chết do tai nạn giao thông",
    ]


@pytest.mark.parametrize(
    ("passage", "names"),
    [
        (
            "Năm 2024, tỉnh ghi nhận 1.250 ca mắc tay chân miệng, trong đó 2 bệnh nhân tử "
            "vong. Tại thành phố, cộng dồn có 410 ca mắc.",
            [
                "ca mắc tay chân miệng",
                "bệnh nhân tử vong do tay chân miệng",
                "ca mắc tay chân miệng",
            ],
        ),
    ],
)
def test_cases_counted_after_the_disease_was_named_are_of_that_disease(
    passage: str, names: list[str]
) -> None:
    assert _names(passage) == names


def test_the_past_months_take_their_qua_with_them() -> None:
    assert _names("9 tháng qua kim ngạch xuất khẩu của tỉnh đạt 1,2 tỷ USD.") == [
        "kim ngạch xuất khẩu của tỉnh"
    ]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Đến cuối năm, 2 bản đạt 19/19 tiêu chí và 5 bản đạt 15/19 tiêu chí.",
            ["bản đạt 19/19 tiêu chí", "bản đạt 15/19 tiêu chí"],
        ),
    ],
)
def test_criteria_met_written_as_a_fraction_say_which_places_are_counted(
    sentence: str, names: list[str]
) -> None:
    assert _names(sentence) == names


@pytest.mark.parametrize(
    ("passage", "name"),
    [
        (
            "Giá trị sản xuất ngành lâm nghiệp ước 820 tỷ đồng; ngành thủy sản ước 1.310 tỷ đồng.",
            "Giá trị sản xuất ngành thủy sản",
        ),
        (
            "Tổng giá trị sản xuất nông nghiệp đạt 3.000 tỷ đồng. Trong đó, ngành chăn nuôi "
            "đạt 1.100 tỷ đồng.",
            "giá trị sản xuất chăn nuôi",
        ),
    ],
)
def test_a_sector_after_another_sectors_value_is_measured_alike(passage: str, name: str) -> None:
    assert _names(passage)[-1] == name


def test_a_place_after_a_sectors_value_is_no_sector() -> None:
    passage = "Giá trị sản xuất công nghiệp ước 900 tỷ đồng; huyện Tân Phú ước 120 tỷ đồng."
    assert not _names(passage)[-1].startswith("giá trị sản xuất huyện")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Năm 2024, Phường huy động gần 12 tỷ đồng.", "vốn huy động"),
        ("Năm 2024, thành phố Vị Thanh huy động gần 12 tỷ đồng.", "vốn huy động"),
        ("Năm 2024, người dân đóng góp 3,5 tỷ đồng.", "người dân đóng góp"),
        ("Năm 2024, huyện đóng góp 3,5 tỷ đồng.", "đóng góp"),
    ],
)
def test_money_raised_by_a_place_is_capital_and_money_given_names_its_givers(
    sentence: str, name: str
) -> None:
    assert _names(sentence) == [name]


def test_the_place_that_met_the_criteria_says_whose_they_are() -> None:
    sentence = "Đến nay, xã Tân Lập đạt 16/19 tiêu chí và xã Hòa Bình đã đạt 13/19 tiêu chí."
    assert _names(sentence) == ["tiêu chí xã Tân Lập đạt", "tiêu chí xã Hòa Bình đạt"]


def test_a_place_word_with_no_name_adds_nothing_to_the_criteria() -> None:
    assert _names("Năm 2023, xã đã đạt 15/19 tiêu chí.") == ["tiêu chí đạt"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Năm 2024, 27 dự án được phê duyệt chủ trương đầu tư.",
            "dự án được phê duyệt chủ trương đầu tư",
        ),
        ("Dự toán chi được HĐND tỉnh thông qua là 900 tỷ đồng.", "Dự toán chi"),
    ],
)
def test_a_passive_after_a_counted_noun_says_which_things_are_counted(
    sentence: str, name: str
) -> None:
    assert _names(sentence) == [name]


@pytest.mark.parametrize(
    ("passage", "name"),
    [
        (
            "Tháng 5, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 9.100 tỷ "
            "đồng. Ước 6 tháng, tổng mức bán lẻ ước 52.300 tỷ đồng.",
            "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
        ),
        (
            "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 13.000 tỷ đồng; trong đó "
            "tổng mức bán lẻ hàng hóa 11.000 tỷ đồng.",
            "tổng mức bán lẻ hàng hóa",
        ),
    ],
)
def test_a_long_name_shortened_is_the_long_name_but_a_part_stays_a_part(
    passage: str, name: str
) -> None:
    assert _names(passage)[-1] == name


def test_places_ranked_after_a_total_hold_the_totals_measure() -> None:
    sentence = (
        "Năm 2024, toàn tỉnh kết nạp 520 đảng viên mới, nhiều nhất là Đảng bộ huyện Tân Sơn "
        "với 88 đảng viên, tiếp đến Đảng bộ thành phố Việt Trì 71 đảng viên và Đảng bộ huyện "
        "Thanh Ba 65 đảng viên."
    )
    assert _names(sentence)[1:] == [
        "kết nạp đảng viên mới của Đảng bộ huyện Tân Sơn",
        "kết nạp đảng viên mới của Đảng bộ thành phố Việt Trì",
        "kết nạp đảng viên mới của Đảng bộ huyện Thanh Ba",
    ]


def test_a_place_ranked_first_is_no_total_for_the_places_after_it() -> None:
    sentence = "Về tăng trưởng, huyện Tân Sơn cao nhất với 12,1%, tiếp đến Thanh Ba 10,4%."
    assert "của" not in _names(sentence)[-1]


def test_a_part_of_a_count_told_by_what_its_members_are_counts_the_same_things() -> None:
    sentence = "Năm 2024, toàn huyện có 2.140 hộ thoát nghèo, trong đó 1.300 hộ là người Mông."
    assert _names(sentence) == ["hộ thoát nghèo", "hộ thoát nghèo là người Mông"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Năm 2024, công an hai huyện còn phối hợp triệt phá 9 băng nhóm cho vay nặng lãi.",
            "phối hợp triệt phá băng nhóm cho vay nặng lãi",
        ),
    ],
)
def test_an_adverb_after_the_actor_opens_the_predicate(sentence: str, name: str) -> None:
    assert _names(sentence) == [name]


def test_a_level_compared_with_by_an_adjective_is_of_the_measure_just_named() -> None:
    passage = "Tỷ lệ tử vong năm 2024 là 0,02%, thấp hơn mức 0,03% của giai đoạn 2016-2020."
    assert _names(passage)[-1].startswith("Tỷ lệ tử vong")


def test_the_word_that_moves_a_ranking_on_is_no_part_of_a_name() -> None:
    names = _names("Năm 2024, xuất khẩu sang Mỹ đạt 3 tỷ USD, kế đến EU 1,2 tỷ USD.")
    assert not any(name.lower().startswith(("kế đến", "tiếp")) for name in names)


def test_what_a_report_says_was_done_is_named_from_its_verb_and_object() -> None:
    sentence = "Tại hội nghị, xã cho biết đã cải tạo 48 ha vườn tạp thành vườn cây ăn quả."
    assert _names(sentence) == ["diện tích cải tạo vườn tạp thành vườn cây ăn quả"]


def test_the_noun_after_each_amount_names_that_amount() -> None:
    sentence = (
        "Năm 2024, huyện bố trí hơn 95 tỷ đồng, gồm 60 tỷ đồng vốn đầu tư phát triển và "
        "35 tỷ đồng vốn sự nghiệp."
    )
    assert _names(sentence)[1:] == ["vốn đầu tư phát triển", "vốn sự nghiệp"]


@pytest.mark.parametrize(
    ("passage", "names"),
    [
        (
            "So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
            "GRDP khu vực công nghiệp và xây dựng tăng 9,2%, trong đó công nghiệp tăng 10,1%.",
            ["GRDP khu vực công nghiệp và xây dựng", "GRDP công nghiệp"],
        ),
        (
            "Chỉ số sản xuất toàn ngành công nghiệp tháng 5 tăng 6%, trong đó khai khoáng "
            "giảm 2,1%.",
            ["Chỉ số sản xuất toàn ngành công nghiệp", "Chỉ số sản xuất ngành khai khoáng"],
        ),
    ],
)
def test_a_part_within_a_measures_scope_is_the_measure_of_the_part(
    passage: str, names: list[str]
) -> None:
    assert _names(passage) == names


def test_what_a_condition_leaves_out_is_part_of_the_measure() -> None:
    sentence = "Năm 2024, nếu không tính thu từ đất thì thu nội địa đạt 2.150 tỷ đồng."
    assert _names(sentence) == ["thu nội địa không tính thu từ đất"]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Năm 2023, thu nhập bình quân của người dân tại 9 xã đạt chuẩn là 52 triệu đồng/năm.",
            ["xã đạt chuẩn", "thu nhập bình quân của người dân tại xã đạt chuẩn"],
        ),
        (
            "Tỷ lệ hộ nghèo tại 15 xã đặc biệt khó khăn năm 2023 là 21,4%.",
            ["xã đặc biệt khó khăn", "Tỷ lệ hộ nghèo tại xã đặc biệt khó khăn"],
        ),
    ],
)
def test_a_count_inside_a_subject_completes_it(sentence: str, names: list[str]) -> None:
    assert _names(sentence) == names


def test_a_place_named_again_with_nay_is_no_anaphora_of_the_measure_before() -> None:
    passage = (
        "Thu nhập bình quân năm 2023 đạt 60 triệu đồng. Tỷ lệ hộ nghèo tại 6 xã này năm "
        "2023 là 2,1%."
    )
    assert _names(passage)[-1].startswith("Tỷ lệ hộ nghèo")


def test_the_subject_of_a_copula_owns_the_amount_after_its_description() -> None:
    sentence = "Năm 2024, thu từ thuế là nguồn thu lớn nhất với 3.200 tỷ đồng."
    assert _names(sentence) == ["thu từ thuế"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2022, huyện đã kéo giảm tỷ lệ hộ nghèo từ 7,1% xuống còn 3,4%.",
        "Năm 2022, các chính sách đã kéo tỷ lệ hộ nghèo từ 7,1% xuống còn 3,4%.",
    ],
)
def test_a_rate_brought_between_two_levels_is_named_alone(sentence: str) -> None:
    assert _names(sentence) == ["tỷ lệ hộ nghèo", "tỷ lệ hộ nghèo"]


def test_the_verbs_after_a_copulas_description_are_its_subjects() -> None:
    sentence = (
        "Khu vực công nghiệp vẫn là trụ cột của nền kinh tế tỉnh, đóng góp 3,2 điểm phần trăm "
        "và chiếm tỷ trọng 41,5%."
    )
    assert _names(sentence) == [
        "đóng góp của khu vực công nghiệp",
        "tỷ trọng khu vực công nghiệp",
    ]


def test_bare_crop_measures_after_a_season_clause_are_of_that_crop_and_season() -> None:
    sentence = "Năm 2024, vụ lúa Hè Thu thắng lợi, năng suất đạt 58,2 tạ/ha, sản lượng 31.500 tấn."
    assert _names(sentence) == ["năng suất lúa vụ Hè Thu", "sản lượng lúa vụ Hè Thu"]


def test_a_city_written_tp_acts_and_same_period_words_go_with_their_time() -> None:
    passage = (
        "Từ đầu năm 2024, TP Cần Thơ ghi nhận 2.100 ca mắc tay chân miệng; cùng kỳ năm 2023 "
        "thành phố chỉ có 900 ca mắc."
    )
    assert _names(passage) == ["ca mắc tay chân miệng", "ca mắc tay chân miệng"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Năm 2024, huyện có diện tích tự nhiên 420 km2.", "diện tích tự nhiên"),
        ("Năm 2024, vườn chè có diện tích 120 ha, cho sản lượng 900 tấn.", "diện tích"),
        ("Còn lại 1.200 người là lao động phổ thông.", "người là lao động phổ thông"),
    ],
)
def test_a_verb_that_has_the_measure_and_the_rest_word_open_no_name(
    sentence: str, name: str
) -> None:
    names = _names(sentence)
    assert names[0].startswith(name) and not any(
        n.startswith(("có ", "cho ", "lại ")) for n in names
    )


def test_a_place_leading_with_a_hedged_amount_is_ranked() -> None:
    passage = "Năm 2024, kim ngạch xuất khẩu đạt 9 tỷ USD. Bình Dương dẫn đầu với gần 3 tỷ USD."
    assert _names(passage)[-1] == "kim ngạch xuất khẩu của Bình Dương"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Năm 2023, 41 xã đạt từ 15 đến 18 tiêu chí.", "xã đạt từ 15 đến 18 tiêu chí"),
        ("Quý II, thu ngân sách của Hà Giang đạt 900 tỷ đồng.", "thu ngân sách"),
        ("Kết thúc năm 2023, tổng thu ngân sách đạt 3.100 tỷ đồng.", "tổng thu ngân sách"),
    ],
)
def test_names_end_and_open_on_words_of_their_own(sentence: str, name: str) -> None:
    assert _names(sentence) == [name]


def test_an_average_over_a_time_before_the_measure_is_the_measures_average() -> None:
    assert _names("Bình quân 6 tháng năm 2024, CPI tăng 3,1% so với cùng kỳ.") == ["CPI bình quân"]


def test_a_head_with_nay_points_back_to_the_last_name_with_that_head() -> None:
    passage = (
        "Tháng 6, tổng mức bán lẻ hàng hóa đạt 5.000 tỷ đồng, trong đó doanh thu dịch vụ lưu "
        "trú 600 tỷ đồng. Tính từ đầu năm, tổng mức này đạt 29.000 tỷ đồng."
    )
    assert _names(passage)[-1] == "tổng mức bán lẻ hàng hóa"


def test_a_place_item_with_its_own_verb_is_still_named_by_the_place() -> None:
    passage = (
        "Thu ngân sách huyện Tân Phú đạt 300 tỷ đồng, huyện Định Quán ước 250 tỷ đồng, "
        "TP Biên Hòa ước 900 tỷ đồng."
    )
    names = _names(passage)
    assert names[1].endswith("Định Quán") and names[2].endswith("TP Biên Hòa")


def test_a_place_named_before_its_number_in_parentheses_names_the_item() -> None:
    passage = (
        "Trong tuần, tỉnh ghi nhận 500 ca mắc sởi; nơi có nhiều ca mắc là huyện Mèo Vạc "
        "(120 ca), huyện Đồng Văn (95 ca)."
    )
    names = _names(passage)
    assert names[1].endswith("huyện Mèo Vạc") and names[2].endswith("huyện Đồng Văn")
