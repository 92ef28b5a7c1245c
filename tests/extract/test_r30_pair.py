"""Round 30 (pair): a percentage read as a level or as a change by the words around it.

A scorer pairs a figure only by value and unit, so a rise read as a change where the text
states a rate (or the reverse) is one figure missed and one spurious.
"""

from __future__ import annotations

import pytest

from tests.extract.readings import value_and_measures


@pytest.mark.parametrize(
    "text",
    [
        "Thành tựu năm 2014 của tỉnh, đặt cạnh kế hoạch: GRDP tăng 7,7% (kế hoạch tăng 7% - "
        "7,5%). Thu ngân sách đạt 6.400 tỷ đồng, tăng 15,8% so với năm 2013.",
        "Năm 2019, giá trị hàng hóa xuất khẩu tăng 7,7% (kế hoạch 7%); tổng vốn đầu tư toàn xã "
        "hội tăng 14,8% so với năm 2018.",
        "Năm 2024, khu vực dịch vụ tăng 7,7% (KH 9 - 10%). Thu ngân sách tăng 12% so với năm 2023.",
        "Tổng vốn đầu tư tăng 12% so với năm 2023. Năm 2024, giá trị sản xuất nông nghiệp chỉ "
        "tăng 7,7% (kế hoạch năm 2024 tăng từ 8%).",
    ],
)
def test_a_bare_rise_beside_the_rate_its_plan_set_is_the_rate_reached(text: str) -> None:
    assert value_and_measures(text, 7.7) == (7.7, [])


@pytest.mark.parametrize(
    "text",
    [
        # its sentence compared the total before its parts on a basis
        "Năm 2016, tổng giá trị sản xuất đạt 2.000 tỷ đồng, tăng 11,5% so với năm 2015 (kế "
        "hoạch tăng 10 - 11%); trong đó khu vực dịch vụ tăng 7,7% (kế hoạch 8 - 9%).",
        # a basis carried from the sentence before into its parts
        "9 tháng năm 2018, GRDP ước tăng 16,2% so với cùng kỳ năm trước. Trong đó, khu vực "
        "dịch vụ tăng 7,7% (kế hoạch tăng 12,1%).",
        # a fall
        "Năm 2019, GRDP tăng 7,2% (kế hoạch 7,5%); nông nghiệp giảm 7,7% (kế hoạch tăng "
        "2,3%). Vốn đầu tư tăng 14,8% so với năm 2018.",
        # the plan's amount, not its rate; and a parenthesis that is no plan
        "Năm 2024, thu ngân sách tăng 7,7% (kế hoạch 5.460 tỷ đồng); chi tăng 3% so với năm 2023.",
        "Năm 2024, khu vực dịch vụ tăng 7,7% (cùng kỳ tăng 6%); thu ngân sách tăng 3% so với "
        "năm 2023.",
    ],
)
def test_a_rise_compared_on_a_basis_or_beside_no_plan_rate_stays_a_change(text: str) -> None:
    assert value_and_measures(text, 7.7) == (None, ["change"])


@pytest.mark.parametrize(
    "text",
    [
        "Quý I năm 2025 đạt nhiều kết quả. So với cùng kỳ năm trước, tăng trưởng kinh tế "
        "(GRDP) đạt 8,1%, chỉ số sản xuất công nghiệp tăng 15,2%.",
        "So với cùng kỳ năm 2023, tăng trưởng GRDP của tỉnh đạt 8,1%, thu ngân sách tăng 9%.",
        "So với 6 tháng đầu năm 2023, tăng trưởng kinh tế 6 tháng đầu năm 2024 ước đạt 8,1%; "
        "xuất khẩu tăng 12%.",
    ],
)
def test_growth_named_as_what_reaches_a_number_after_a_fronted_basis_is_a_level(
    text: str,
) -> None:
    assert value_and_measures(text, 8.1) == (8.1, [])


@pytest.mark.parametrize(
    "text",
    [
        "So với cùng kỳ năm trước, doanh thu du lịch đạt 8,1%, chỉ số sản xuất công nghiệp "
        "tăng 15,2%.",
        "Quý I năm 2025, tăng trưởng kinh tế đạt 8,1% so với cùng kỳ năm trước.",
    ],
)
def test_a_measure_reaching_a_share_or_growth_on_its_own_basis_is_not_that_level(
    text: str,
) -> None:
    value, _ = value_and_measures(text, 8.1)
    assert value is None


@pytest.mark.parametrize(
    "text",
    [
        "Chỉ số sản xuất toàn ngành công nghiệp năm 2019 tăng 11,09% so với năm 2018. Sản "
        "xuất linh kiện điện tử dẫn đầu với mức tăng 43,09%; sản xuất da tăng 23,83%.",
        "So với cùng kỳ, tổng kim ngạch xuất khẩu tăng 11,09%. Hàng dệt may tăng trưởng mạnh "
        "với mức tăng 43,09%.",
        "Năm 2019, chỉ số sản xuất công nghiệp tăng 11,09% so với năm 2018; ngành điện với mức "
        "tăng 43,09%, ngành nước tăng 5%.",
        "So với năm 2018, ngành công nghiệp tăng 11,09%. Ngành điện dẫn đầu với mức tăng 43,09%.",
    ],
)
def test_a_rise_said_with_mức_after_với_is_a_change_like_its_verb(text: str) -> None:
    assert value_and_measures(text, 43.09) == (None, ["change"])


@pytest.mark.parametrize(
    "text",
    [
        # set against a level of another time, or held at a level
        "GRDP 6 tháng đầu năm 2022 ước tăng 7,86% so với cùng kỳ, vượt xa mức tăng 3,56% "
        "của nửa đầu năm 2021.",
        "Thu ngân sách tăng 9,6% so với năm 2011. Chỉ số giá tiêu dùng được kiềm chế ở mức "
        "tăng 3,56%.",
    ],
)
def test_a_rise_named_by_mức_without_với_stays_a_level(text: str) -> None:
    assert value_and_measures(text, 3.56) == (3.56, [])


@pytest.mark.parametrize(
    "text",
    [
        "Vốn đầu tư công đã giải ngân được 1.395,6 tỷ đồng, bằng 29% kế hoạch; tỷ lệ giải ngân "
        "vốn ngân sách trung ương trong nước thực hiện các chương trình mục tiêu quốc gia đạt "
        "20,7%.",
        "Thu ngân sách đạt 5.200 tỷ đồng, bằng 52% dự toán; tỷ lệ hộ gia đình ở các xã đặc biệt "
        "khó khăn vùng đồng bào dân tộc thiểu số được sử dụng nước sạch đạt 20,7%.",
        "Giải ngân vốn đầu tư công được 2.300 tỷ đồng, đạt 45% kế hoạch; tỷ lệ giải ngân vốn "
        "ngân sách địa phương bố trí cho các dự án chuyển tiếp của giai đoạn trước đạt 20,7%.",
    ],
)
def test_a_long_rate_reaching_a_number_after_a_share_of_a_plan_is_its_level(text: str) -> None:
    assert value_and_measures(text, 20.7) == (20.7, [])


@pytest.mark.parametrize(
    "text",
    [
        "Vốn đầu tư công đã giải ngân được 1.395,6 tỷ đồng, bằng 29% kế hoạch; vốn các chương "
        "trình mục tiêu quốc gia đạt 20,7%.",
        "Thu ngân sách đạt 5.200 tỷ đồng, bằng 52% dự toán; thu nội địa đạt 20,7%.",
    ],
)
def test_an_amount_reaching_a_number_after_a_share_of_a_plan_is_a_share(text: str) -> None:
    assert value_and_measures(text, 20.7) == (None, ["ratio"])


@pytest.mark.parametrize(
    "text",
    [
        "Tháng 7/2022, xuất khẩu tăng 3% so với cùng kỳ. Trong đó, xuất khẩu trừ dầu thô đạt "
        "hơn 3,26 tỷ USD, tăng gần 12%, cao hơn mức tăng 8,42% mà kế hoạch đầu năm 2022 đặt ra.",
        "So với cùng kỳ, thu ngân sách đạt 5.100 tỷ đồng, tăng 14%, vượt mức tăng 8,42% mà "
        "HĐND tỉnh giao.",
        "Năm 2023, doanh thu du lịch tăng 20% so với năm 2022. Riêng doanh thu lưu trú đạt 900 "
        "tỷ đồng, tăng 15%, cao hơn mức tăng 8,42% mà Sở Du lịch đặt ra.",
    ],
)
def test_a_percentage_its_setter_is_named_after_is_the_level_set(text: str) -> None:
    assert value_and_measures(text, 8.42) == (8.42, [])


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2023, doanh thu du lịch tăng 20% so với năm 2022. Riêng doanh thu lưu trú đạt 900 "
        "tỷ đồng, tăng 8,42% mà không cần hỗ trợ.",
        "So với cùng kỳ, thu ngân sách đạt 5.100 tỷ đồng, tăng 8,42%, vượt kế hoạch mà HĐND "
        "tỉnh giao.",
    ],
)
def test_a_rise_followed_by_mà_of_something_else_stays_a_change(text: str) -> None:
    assert value_and_measures(text, 8.42)[1] == ["change"]
