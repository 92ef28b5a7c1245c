from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        (
            "Đến hết tháng 10, vốn đầu tư công giải ngân được 58% kế hoạch, trong đó vốn ngân "
            "sách trung ương đạt 61,2%, vốn ngân sách tỉnh 49,5%.",
            [("plan", 58.0), ("plan", 61.2), ("plan", 49.5)],
        ),
        (
            "Thu ngân sách đạt 3.000 tỷ đồng, bằng 95% dự toán, trong đó thu nội địa đạt 97%, "
            "thu xuất nhập khẩu 80%.",
            [("budget", 95.0), ("budget", 97.0), ("budget", 80.0)],
        ),
    ],
)
def test_parts_listed_after_a_share_of_a_plan_are_shares_of_the_same_plan(
    text: str, shares: list[tuple[str, float]]
) -> None:
    figures = extract_figures(text, year=2023)
    assert [(c.basis, c.percent) for f in figures for c in f.comparisons] == shares


def test_a_rate_after_a_share_without_a_breakdown_word_stays_a_rate() -> None:
    text = "Giải ngân đạt 58% kế hoạch. Tỷ lệ hộ nghèo còn 2,1%."
    figures = extract_figures(text, year=2023)
    assert [(f.value, f.unit) for f in figures] == [(None, "%"), (2.1, "%")]


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        (
            "Giai đoạn 2016-2020, tỷ lệ hộ nghèo mỗi năm giảm 2,5%, trong đó hộ nghèo dân tộc "
            "thiểu số giảm 4,1%.",
            [2.5, 4.1],
        ),
        ("Tỷ lệ lao động qua đào tạo tăng 3%, riêng lao động nông thôn tăng 4,2%.", [3.0, 4.2]),
        (
            "Tốc độ tăng trưởng kinh tế ước 6,1%, trong đó công nghiệp - xây dựng tăng 7,3%, "
            "dịch vụ tăng 6,4%, nông nghiệp tăng 2,2%.",
            [6.1, 7.3, 6.4, 2.2],
        ),
    ],
)
def test_a_part_of_a_rate_read_as_a_level_is_a_level_too(text: str, levels: list[float]) -> None:
    figures = extract_figures(text, year=2020)
    assert [(f.value, f.comparisons) for f in figures] == [(v, []) for v in levels]


def test_a_share_of_the_plan_after_a_yearly_rate_is_the_rates() -> None:
    text = "Đến hết năm 2020 tỷ lệ hộ nghèo giảm bình quân 5,02% mỗi năm, bằng 125,5% kế hoạch."
    (figure,) = extract_figures(text, year=2020)
    assert figure.value == 5.02 and [(c.basis, c.percent) for c in figure.comparisons] == [
        ("plan", 125.5)
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Năm 2020, tốc độ tăng trưởng kinh tế 16,76%, vượt mục tiêu 16,5% của nghị quyết.",
            [16.76, 16.5],
        ),
        # by how much a plan was passed: a comparison of the rate
        ("Năm 2020, tốc độ tăng trưởng kinh tế 8,7%, vượt kế hoạch 1,5%.", [8.7]),
    ],
)
def test_the_rate_an_aim_set_is_a_level_of_its_own(text: str, values: list[float]) -> None:
    assert [f.value for f in extract_figures(text, year=2020)] == values


def test_retail_sales_are_a_total_not_a_rate() -> None:
    text = "Tháng 1/2022, tổng mức bán lẻ hàng hóa ước tăng 39,79% so với cùng kỳ."
    (figure,) = extract_figures(text, year=2022)
    assert figure.value is None and [c.percent for c in figure.comparisons] == [39.79]
