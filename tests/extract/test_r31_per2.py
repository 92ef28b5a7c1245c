"""Round 31 (periods, second wave): a basis that leads a list, joined quarters, years reached.

A sentence that opens on its basis and then lists its parts with their rises in
parentheses ("Đà tăng so với tháng trước đến từ sắt thép (+16%), xi măng (+14,6%)") sets
every part against that basis, and a rise against the month before is the month's, the
last of the months in force (opened_bases.py). Two quarters next to each other joined by
"và" ("ở cả quý II và quý III") are one span, the first's months to the last's
(joined_quarters.py). A date or a year reached ("đến năm 2030") of another year than the
months in force ("Tháng 3/2021, …") leaves those months behind: the sentences after it go
on with that year alone (passage.py).
"""

from __future__ import annotations

import pytest

from tests.extract.readings import period_read
from tiendo.extract import extract_figures


def _rise_read(text: str, percent: float) -> tuple[str, tuple[int | None, ...]]:
    """The basis and the period (year, from_month, to_month) of the rise of `percent`
    (basis "" when the percentage is read as a level of its own)."""
    for figure in extract_figures(text, year=2024):
        period = figure.period
        if figure.value == percent:
            return "", (period.year, period.from_month, period.to_month)
        for comparison in figure.comparisons:
            if abs(abs(comparison.percent) - percent) < 1e-9:
                return comparison.basis, (period.year, period.from_month, period.to_month)
    raise AssertionError(f"no rise {percent} in {text!r}")


@pytest.mark.parametrize(
    ("text", "percent", "reading"),
    [
        (
            "Lũy kế 8 tháng, chỉ số sản xuất công nghiệp tăng 6,2% so với cùng kỳ. Đà tăng so "
            "với tháng trước đến từ điện thoại (+9%), thép cán (+7,5%).",
            7.5,
            ("previous", (2024, 8, 8)),
        ),
        (
            "Tính chung 10 tháng, sản xuất công nghiệp tăng 4,1% so với cùng kỳ. Mức tăng so "
            "với tháng trước đến từ xi măng (+12%), bia (+6,4%), phân bón (+5%).",
            5,
            ("previous", (2024, 10, 10)),
        ),
        (
            "Lũy kế 9 tháng, IIP tăng 7% so với cùng kỳ. Tăng mạnh nhất so với tháng trước là "
            "sữa (+11%), giấy (+4%).",
            4,
            ("previous", (2024, 9, 9)),
        ),
    ],
)
def test_a_basis_that_leads_a_list_sets_every_part_against_it(
    text: str, percent: float, reading: tuple[str, tuple[int | None, ...]]
) -> None:
    assert _rise_read(text, percent) == reading


@pytest.mark.parametrize(
    ("text", "percent", "reading"),
    [
        (
            "Lũy kế 8 tháng, chỉ số sản xuất công nghiệp tăng 6,2% so với cùng kỳ. Nhiều sản "
            "phẩm tăng khá so với cùng kỳ: điện thoại (+9%), thép cán (+7,5%).",
            7.5,
            ("same_period", (2024, 1, 8)),
        ),
        (
            "Tháng 8, chỉ số sản xuất công nghiệp tăng 2,1% so với tháng trước (khai khoáng "
            "tăng 3%, chế biến tăng 1,9%).",
            1.9,
            ("previous", (2024, 8, 8)),
        ),
    ],
)
def test_a_list_on_a_basis_of_its_own_or_of_one_month_keeps_its_reading(
    text: str, percent: float, reading: tuple[str, tuple[int | None, ...]]
) -> None:
    assert _rise_read(text, percent) == reading


@pytest.mark.parametrize(
    ("text", "percent", "period"),
    [
        (
            "Năm 2021, kinh tế của tỉnh giảm 3% trong quý I nhưng tăng trên 12% ở cả quý II "
            "và quý III.",
            12,
            (2021, 4, 9),
        ),
        (
            "Trong quý III và IV năm 2022, sản lượng điện tăng 8,5% so với cùng kỳ.",
            8.5,
            (2022, 7, 12),
        ),
        (
            "Năm 2023, lượng khách quý II và quý III tăng 15% so với cùng kỳ.",
            15,
            (2023, 4, 9),
        ),
    ],
)
def test_two_quarters_joined_by_va_are_one_span(
    text: str, percent: float, period: tuple[int, int, int]
) -> None:
    assert _rise_read(text, percent)[1] == period


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("Năm 2021, doanh thu quý III đạt 1.250 tỷ đồng.", 1250, (2021, 7, 9)),
        ("Quý I/2023, doanh thu đạt 820 tỷ đồng, quý III/2023 đạt 910 tỷ đồng.", 910, (2023, 7, 9)),
    ],
)
def test_a_quarter_alone_or_quarters_apart_keep_their_own_months(
    text: str, value: float, period: tuple[int, int, int]
) -> None:
    assert period_read(text, value, 2024) == period


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        (
            "Tháng 3/2021, Huyện ủy họp hội nghị, thông qua 3 nghị quyết. Về đô thị, đến năm "
            "2030 đô thị hóa đạt 80%. Về nông thôn mới, huyện phấn đấu có 8/16 xã đạt chuẩn "
            "nâng cao.",
            8,
            (2030, None, None),
        ),
        (
            "Quý I/2024, tỉnh thu hút 12 dự án. Đến năm 2025, tỉnh có 30 khu công nghiệp. "
            "Tỉnh phấn đấu thu hút 50 dự án.",
            50,
            (2025, None, None),
        ),
        (
            "Tháng 6/2023, UBND huyện tổng kết 3 chương trình. Mục tiêu đến năm 2025, tỷ lệ che "
            "phủ rừng đạt 45%. Huyện phấn đấu trồng mới 300 ha rừng.",
            300,
            (2025, None, None),
        ),
    ],
)
def test_a_year_reached_later_leaves_the_months_of_another_year(
    text: str, value: float, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, 2024) == period


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        (
            "Sáu tháng đầu năm 2024, tỉnh thu ngân sách 2.000 tỷ đồng. Tính đến ngày 20/6/2024, "
            "tỉnh giải ngân 500 tỷ đồng. Tỉnh thu hút 12 dự án mới.",
            12,
            (2024, 1, 6),
        ),
        (
            "Quý I/2024, tỉnh thu ngân sách 900 tỷ đồng. Tính đến ngày 31/3/2024, tỉnh giải "
            "ngân 200 tỷ đồng. Tỉnh thu hút 7 dự án mới.",
            7,
            (2024, 1, 3),
        ),
    ],
)
def test_a_date_of_the_same_year_keeps_the_months_in_force(
    text: str, value: float, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, 2024) == period
