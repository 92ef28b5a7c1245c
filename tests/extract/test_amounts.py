from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


@pytest.mark.parametrize(
    ("sentence", "value", "value_max", "unit"),
    [
        ("Huyện Lộc Hà thu được 153 tỷ 900 triệu đồng tiền sử dụng đất.", 153.9, None, "tỷ đồng"),
        ("Doanh thu du lịch đạt 131 tỷ 43 triệu đồng.", 131.043, None, "tỷ đồng"),
        ("Mỗi hộ nghèo được hỗ trợ 2 triệu 500 nghìn đồng.", 2.5, None, "triệu đồng"),
        ("Kim ngạch nhập khẩu đạt 3 tỷ 250 triệu USD.", 3.25, None, "tỷ usd"),
        (
            "Vốn đầu tư toàn xã hội từ 350 nghìn tỷ đến 400 nghìn tỷ đồng.",
            350,
            400,
            "nghìn tỷ đồng",
        ),
        ("Tổng vốn dự kiến từ 12 tỷ đến 15 tỷ đồng.", 12, 15, "tỷ đồng"),
    ],
)
def test_an_amount_said_in_two_scales_or_a_range_is_one_figure(
    sentence: str, value: float, value_max: float | None, unit: str
) -> None:
    figures = extract_figures(sentence, year=2023)
    assert [(f.value, f.value_max, f.unit.lower()) for f in figures] == [(value, value_max, unit)]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # the currency ends the first amount: the second is an amount of its own
        ("Năm 2022 thu 12 tỷ đồng, trong đó 900 triệu đồng tiền phạt.", [12, 900]),
        # a larger scale after a smaller one is no part of it
        ("Giá trị đạt 500 triệu 2 tỷ đồng.", [500, 2]),
    ],
)
def test_only_a_smaller_scale_right_after_a_bare_one_completes_it(
    sentence: str, values: list[float]
) -> None:
    assert [f.value for f in extract_figures(sentence, year=2023)] == values


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        (
            "Nhiệm kỳ qua có nhiều chỉ tiêu đạt cao, như: thu ngân sách 12.450/9.800 tỷ đồng; "
            "kết nạp 2.310/1.800 đảng viên; tỷ lệ che phủ rừng 45,2%/43%.",
            [
                (12450.0, "tỷ đồng", "actual"),
                (9800.0, "tỷ đồng", "target"),
                (2310.0, "đảng viên", "actual"),
                (1800.0, "đảng viên", "target"),
                (45.2, "%", "actual"),
                (43.0, "%", "target"),
            ],
        ),
        # a count over a larger total is a fraction, one figure
        ("Đến nay có 15/18 xã đạt chuẩn nông thôn mới.", [(15.0, "xã", "actual")]),
    ],
)
def test_a_result_written_over_its_plan_gives_the_result_and_the_plan(
    sentence: str, figures: list[tuple[float, str, str]]
) -> None:
    found = extract_figures(sentence, year=2020)
    assert [(f.value, f.unit, f.kind) for f in found] == figures


def test_a_share_after_a_result_over_its_plan_is_the_results() -> None:
    text = "Quý I, vốn đầu tư công giải ngân được 300,9/4.128,9 tỷ đồng, bằng 7,3% kế hoạch."
    result, plan = extract_figures(text, year=2024)
    assert [c.percent for c in result.comparisons] == [7.3] and plan.comparisons == []
    assert plan.indicator == f"chỉ tiêu {result.indicator}"


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Năm 2019, tỉnh nâng tổng số đảng viên toàn tỉnh lên hơn 41.900.", 41900.0, "đảng viên"),
        ("Đến nay, tổng số xã đạt chuẩn nông thôn mới là 45.", 45.0, "xã"),
    ],
)
def test_a_total_takes_the_unit_of_the_things_counted_named_before_it(
    sentence: str, value: float, unit: str
) -> None:
    (figure,) = extract_figures(sentence, year=2019)
    assert (figure.value, figure.unit) == (value, unit)
