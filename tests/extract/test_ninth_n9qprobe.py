"""Ninth round (n9qprobe): missed and spurious figures, comparisons and periods, probed
with sentences in the shapes of real statistics releases and district reports."""

from __future__ import annotations

import pytest

from tests.extract.readings import Row, comparisons_read
from tiendo.extract import extract_figures


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Xuất khẩu gạo đạt 120 nghìn tấn, trị giá 65 triệu USD, tăng 12% về lượng và "
            "tăng 20% về giá trị so với cùng kỳ.",
            [
                (120, "nghìn tấn", [("same_period", "change", 12.0)]),
                (65, "triệu usd", [("same_period", "change", 20.0)]),
            ],
        ),
        (
            "Trong quý I, có 210 doanh nghiệp đăng ký mới với tổng vốn 1.500 tỷ đồng, tăng "
            "5,2% về số doanh nghiệp và tăng 17% về vốn đăng ký so với cùng kỳ.",
            [
                (210, "doanh nghiệp", [("same_period", "change", 5.2)]),
                (1500, "tỷ đồng", [("same_period", "change", 17.0)]),
            ],
        ),
        (
            "Thu hút 12 dự án FDI với tổng vốn đầu tư 250 triệu USD, tăng 20% về số dự án "
            "và tăng 45% về vốn so với cùng kỳ năm 2022.",
            [
                (12, "dự án", [("same_period", "change", 20.0)]),
                (250, "triệu usd", [("same_period", "change", 45.0)]),
            ],
        ),
    ],
)
def test_rises_that_repeat_the_verb_for_each_aspect_go_to_the_levels_in_turn(
    sentence: str, expected: list[Row]
) -> None:
    assert comparisons_read(sentence, 2023) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "So với tháng trước, có 8 nhóm hàng có chỉ số giá tăng, trong đó tăng cao nhất là "
            "nhóm giao thông (+2,15%), tiếp đến là nhóm nhà ở và vật liệu xây dựng (+0,87%).",
            [
                (8, "nhóm", []),
                (None, "%", [("previous", "change", 2.15)]),
                (None, "%", [("previous", "change", 0.87)]),
            ],
        ),
        (
            "Chỉ số giá tiêu dùng tháng 6 tăng 0,35% so với tháng trước, trong đó nhóm lương "
            "thực (+1,2%), nhóm thực phẩm (+0,6%), nhóm giáo dục (-0,3%).",
            [
                (None, "%", [("previous", "change", 0.35)]),
                (None, "%", [("previous", "change", 1.2)]),
                (None, "%", [("previous", "change", 0.6)]),
                (None, "%", [("previous", "change", -0.3)]),
            ],
        ),
        (
            "Tháng 8/2023, chỉ số sản xuất toàn ngành công nghiệp tăng 4,2% so với cùng kỳ, "
            "trong đó ngành khai khoáng (-3,1%), chế biến, chế tạo (+5,6%).",
            [
                (None, "%", [("same_period", "change", 4.2)]),
                (None, "%", [("same_period", "change", -3.1)]),
                (None, "%", [("same_period", "change", 5.6)]),
            ],
        ),
    ],
)
def test_a_signed_percentage_in_parentheses_after_a_named_item_is_its_change(
    sentence: str, expected: list[Row]
) -> None:
    assert comparisons_read(sentence, 2023) == expected


def test_a_signed_percentage_after_a_name_in_a_sentence_that_compares_nothing_is_no_figure() -> (
    None
):
    assert comparisons_read("Đoàn kiểm tra làm việc với nhóm A (+3%) tại xã.", 2023) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tính chung 9 tháng năm 2023, chỉ số sản xuất công nghiệp ước tăng 8,2% so với "
            "cùng kỳ, cao hơn mức tăng của cùng kỳ năm trước (9 tháng năm 2022 tăng 6,1%).",
            [((2023, 1, 9), [8.2]), ((2022, 1, 9), [6.1])],
        ),
        (
            "Tính chung 10 tháng, IIP tăng 15,5% so với cùng kỳ, cao hơn nhiều mức tăng của "
            "cùng kỳ năm trước (10 tháng năm 2022 tăng 9,31%).",
            [((2023, 1, 10), [15.5]), ((2022, 1, 10), [9.31])],
        ),
        (
            "Sáu tháng đầu năm 2023, doanh thu du lịch tăng 14% so với cùng kỳ (6 tháng đầu "
            "năm 2022 tăng 9,5%).",
            [((2023, 1, 6), [14.0]), ((2022, 1, 6), [9.5])],
        ),
    ],
)
def test_a_rise_of_earlier_months_quoted_in_parentheses_is_a_figure_of_those_months(
    sentence: str, expected: list[tuple[tuple[int, int, int], list[float]]]
) -> None:
    figures = extract_figures(sentence, year=2023)
    assert [
        (
            (f.period.year, f.period.from_month, f.period.to_month),
            [c.percent for c in f.comparisons],
        )
        for f in figures
    ] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2024, sản lượng cà phê cả tỉnh ước đạt 95.000 tấn, tương đương năm 2023. "
        "Huyện A ước đạt 20.000 tấn, tăng 5%.",
        "Năm 2024, sản lượng hồ tiêu dự kiến đạt 12.000 tấn, tương đương vụ năm 2023. "
        "Huyện A ước đạt 2.000 tấn, tăng 10%.",
        "Năm 2024, diện tích rừng trồng mới đạt 3.100 ha, tương đương với năm 2022. "
        "Sản lượng gỗ khai thác đạt 210 nghìn m3.",
    ],
)
def test_a_year_said_to_be_matched_is_a_basis_and_not_the_period_carried_on(
    sentence: str,
) -> None:
    assert {f.period.year for f in extract_figures(sentence)} == {2024}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Sáu tháng đầu năm 2023, GRDP ước tăng 6,8% so với cùng kỳ (kế hoạch cả năm 7,5%).",
            [(None, "%", [("same_period", "change", 6.8)]), (7.5, "%", [])],
        ),
        (
            "Quý I, giá trị sản xuất công nghiệp tăng 9,1% so với cùng kỳ (mục tiêu năm 2023 "
            "là 10%).",
            [(None, "%", [("same_period", "change", 9.1)]), (10.0, "%", [])],
        ),
        (
            "Chín tháng, tổng mức bán lẻ tăng 12,4% so với cùng kỳ (chỉ tiêu nghị quyết 11%).",
            [(None, "%", [("same_period", "change", 12.4)]), (11.0, "%", [])],
        ),
    ],
)
def test_a_plan_named_with_its_time_in_parentheses_after_a_rise_sets_a_rate_not_a_rise(
    sentence: str, expected: list[Row]
) -> None:
    assert comparisons_read(sentence, 2023) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "So với cùng kỳ, tỷ lệ lao động qua đào tạo đạt 68%, tăng 2%.",
            [(68.0, "%", [("same_period", "change", 2.0)])],
        ),
        (
            "So với năm 2022, tỷ lệ hộ dùng nước sạch đạt 95,2%, tăng 1,5%.",
            [(95.2, "%", [("previous", "change", 1.5)])],
        ),
        # What is no rate reaches a share of the basis that opens its sentence.
        (
            "So với cùng kỳ, thu ngân sách đạt 120%.",
            [(None, "%", [("same_period", "ratio", 120.0)])],
        ),
    ],
)
def test_what_a_rate_reaches_after_an_opening_basis_is_its_level(
    sentence: str, expected: list[Row]
) -> None:
    assert comparisons_read(sentence, 2023) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tỷ lệ hộ tham gia bảo hiểm y tế đạt 91%, tăng trên 1% so với năm trước.",
            [(91.0, "%", [("previous", "change", 1.0)])],
        ),
        (
            "Doanh thu dịch vụ lưu trú tăng trên 1% so với cùng kỳ.",
            [(None, "%", [("same_period", "change", 1.0)])],
        ),
        # One hectare after "trên" is still a denominator.
        (
            "Năng suất đạt 60 tạ trên 1 ha.",
            [(60.0, "tạ", [])],
        ),
    ],
)
def test_more_than_one_percent_is_a_bound_not_a_denominator(
    sentence: str, expected: list[Row]
) -> None:
    assert comparisons_read(sentence, 2023) == expected
