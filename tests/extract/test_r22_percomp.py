"""Probe sentences for the twenty-second round's helper percomp: which figure a comparison
belongs to, and the bases and periods a passage hands on."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read, period_read
from tiendo.extract import extract_figures


def bases_of_rise(text: str, percent: float) -> list[str]:
    """The bases of every comparison read in `text` whose rate is `percent`."""
    return [c[0] for _, _, cs in comparisons_read(text, 2024) for c in cs if c[2] == percent]


def periods_of_rate(text: str, percent: float) -> list[tuple[int | None, ...]]:
    """The period (year, first and last month) of every figure read in `text` that states a
    comparison of rate `percent`."""
    return [
        (f.period.year, f.period.from_month, f.period.to_month)
        for f in extract_figures(text, year=2024)
        if any(c.percent == percent for c in f.comparisons)
    ]


@pytest.mark.parametrize(
    ("text", "amount", "share", "comparison"),
    [
        ("Đến trung tuần tháng Mười, cả nước đã gặt 990,7 nghìn ha lúa mùa, chiếm 62,5% diện "
         "tích gieo cấy và bằng 97,2% cùng kỳ năm trước.", 990.7, 62.5,
         ("same_period", "ratio", 97.2)),
        ("Năm 2023, kim ngạch xuất khẩu sang Hoa Kỳ đạt 1.250 triệu USD, chiếm 35% tổng kim "
         "ngạch, bằng 112% so với năm trước.", 1250, 35, ("previous", "ratio", 112)),
        ("Chín tháng, doanh thu bán lẻ hàng hóa ước 9.757 tỷ đồng, chiếm 73,6%, bằng 111,8% "
         "cùng kỳ.", 9757, 73.6, ("same_period", "ratio", 111.8)),
        ("Trong đó, các địa phương phía Bắc thu hoạch 762,3 nghìn ha (chiếm 72,5%, bằng 96,8% "
         "cùng kỳ).", 762.3, 72.5, ("same_period", "ratio", 96.8)),
        ("Quý I/2024, khu vực FDI xuất khẩu 2,99 tỷ USD (chiếm 82,4%, tăng 6,8% so với cùng "
         "kỳ).", 2.99, 82.4, ("same_period", "change", 6.8)),
    ],
)  # fmt: skip
def test_a_rise_or_a_ratio_to_an_earlier_time_after_the_share_of_an_amount_is_the_amounts(
    text: str, amount: float, share: float, comparison: tuple[str, str, float]
) -> None:
    rows = comparisons_read(text, 2024)
    assert [c for value, _, c in rows if value == amount] == [[comparison]]
    assert [c for value, _, c in rows if value == share] == [[]]


@pytest.mark.parametrize(
    ("text", "share", "comparison"),
    [
        # A count: the share is a rate of it, and may well stand to an earlier year.
        ("Năm 2016, toàn huyện có 21.000 hộ nghèo, chiếm 13,5% số hộ, bằng 90% so với năm "
         "2015.", 13.5, ("previous", "ratio", 90)),
        # A subject that names a rate: the rate itself is compared.
        ("Năm 2020, tỷ trọng công nghiệp chiếm 40%, bằng 102% năm trước.", 40,
         ("previous", "ratio", 102)),
        # No amount before the share: left as it was.
        ("Năm 2023, công nghiệp - xây dựng chiếm 36,5%, tăng 0,06% so với năm 2022.", 36.5,
         ("previous", "change", 0.06)),
    ],
)  # fmt: skip
def test_a_share_with_no_amount_before_it_or_of_a_count_keeps_its_comparison(
    text: str, share: float, comparison: tuple[str, str, float]
) -> None:
    rows = comparisons_read(text, 2024)
    assert [c for value, _, c in rows if value == share] == [[comparison]]


@pytest.mark.parametrize(
    ("text", "rate", "period"),
    [
        ("Sau 5 năm, số hộ nghèo của tỉnh giảm xuống còn 28.200 hộ, tỉ lệ 8,88% năm 2015.",
         8.88, (2015, 1, 12)),
        ("Toàn huyện còn 1.200 hộ nghèo, tỷ lệ 3,2% năm 2023.", 3.2, (2023, 1, 12)),
        ("Tỷ lệ hộ nghèo giảm xuống còn 8,88% năm 2015.", 8.88, (2015, 1, 12)),
        ("Tỷ lệ che phủ rừng đạt 45% năm 2020.", 45, (2020, 1, 12)),
        ("Đến nay, tỷ lệ hộ nghèo của huyện còn 2,15% năm 2024, giảm 1,1% so với năm 2023.",
         2.15, (2024, 1, 12)),
    ],
)  # fmt: skip
def test_a_rates_level_followed_by_a_year_is_a_figure_of_that_year_not_a_ratio_to_it(
    text: str, rate: float, period: tuple[int, int, int]
) -> None:
    assert period_read(text, rate, 2024) == period
    assert all(c[2] != rate for _, _, cs in comparisons_read(text, 2024) for c in cs)


@pytest.mark.parametrize(
    ("text", "comparison"),
    [
        # A verb that compares: a share of that year's level.
        ("Doanh thu đạt 520 tỷ đồng, bằng 110% năm 2022.", ("previous", "ratio", 110)),
        ("Doanh thu đạt 520 tỷ đồng, đạt 110% năm 2022.", ("previous", "ratio", 110)),
        # A second share after a first one goes on comparing.
        ("Thu ngân sách đạt 1.200 tỷ đồng, bằng 98% kế hoạch và 105% năm 2022.",
         ("previous", "ratio", 105)),
        ("Năm 2023, tỷ lệ hộ nghèo đạt 2,1%, bằng 80% năm 2022.", ("previous", "ratio", 80)),
    ],
)  # fmt: skip
def test_a_percentage_a_verb_compares_with_a_year_stays_a_ratio(
    text: str, comparison: tuple[str, str, float]
) -> None:
    assert any(comparison in cs for _, _, cs in comparisons_read(text, 2024))


@pytest.mark.parametrize(
    ("text", "first", "period"),
    [
        ("Sau 5 năm 2011 - 2015, số hộ nghèo của tỉnh đã giảm từ 75.639 hộ (tỉ lệ 24,31%) năm "
         "2010 xuống còn 28.200 hộ, tỉ lệ 8,88% năm 2015.", 75639, (2010, 1, 12)),
        ("Số xã đạt chuẩn tăng từ 120 xã (chiếm 40%) năm 2015 lên 180 xã năm 2020.", 120,
         (2015, 1, 12)),
        ("Năm 2015, số hộ nghèo giảm từ 75.639 hộ (24,31%) xuống còn 28.200 hộ (8,88%).", 75639,
         (2015, 1, 12)),
        ("Số lao động có việc làm tăng từ 12.000 người (chiếm 60%) năm 2015 lên 18.500 người "
         "năm 2020.", 12000, (2015, 1, 12)),
    ],
)  # fmt: skip
def test_the_first_level_of_a_shift_glossed_by_its_share_in_parentheses_is_a_figure(
    text: str, first: float, period: tuple[int, int, int]
) -> None:
    assert period_read(text, first, 2024) == period
    assert all(c[2] != 24.31 for _, _, cs in comparisons_read(text, 2024) for c in cs)


@pytest.mark.parametrize(
    ("text", "difference"),
    [
        # No "từ": by how much the count fell, no level.
        ("Năm 2023, toàn tỉnh có 5.200 hộ nghèo, giảm 1.500 hộ (22%) so với năm 2022.", 1500),
        ("Năm 2023, số xã đạt chuẩn là 180 xã, tăng 60 xã (50%) so với năm 2020.", 60),
    ],
)  # fmt: skip
def test_a_change_by_a_count_glossed_in_parentheses_stays_a_difference(
    text: str, difference: float
) -> None:
    assert all(value != difference for value, _, _ in comparisons_read(text, 2024))


@pytest.mark.parametrize(
    ("text", "percent", "basis"),
    [
        ("Năm 2022, GRDP của tỉnh tăng 7,15%; giá trị sản xuất công nghiệp tăng 10,47%. Có 1.900 "
         "doanh nghiệp thành lập mới, tăng 49,8% so cùng kỳ. Du lịch phục hồi mạnh: khách quốc "
         "tế ước tăng 124,08%.", 124.08, "previous"),
        ("Năm 2023, kinh tế tỉnh tăng 7,14%. Kim ngạch xuất khẩu đạt 3,11 tỷ USD, tăng 22,6% so "
         "với cùng kỳ. Thu ngân sách tăng 12%.", 12, "previous"),
        ("Năm 2021, tổng sản phẩm trên địa bàn tăng 6,2%. Vốn đầu tư toàn xã hội tăng 9% so với "
         "cùng kỳ năm trước. Tổng mức bán lẻ hàng hóa tăng 11,5%.", 11.5, "previous"),
        # Near misses: a basis stated first is the passage's; a list in one sentence goes on.
        ("Năm 2023, tổng thu ngân sách tăng 8% so với cùng kỳ. Kim ngạch xuất khẩu tăng 12%.",
         12, "same_period"),
        ("Năm 2020, GRDP tăng 6,58%. Diện tích đậu phộng đạt 3.762 ha, giảm 21,23% so với cùng "
         "kỳ; năng suất ước 38,25 tạ/ha, tăng 3,43%; sản lượng cả năm 14.347 tấn, giảm 18,77%.",
         -18.77, "same_period"),
    ],
)  # fmt: skip
def test_a_basis_stated_for_one_rise_after_bare_rises_of_the_whole_year_stays_with_it(
    text: str, percent: float, basis: str
) -> None:
    assert bases_of_rise(text, percent) == [basis]


@pytest.mark.parametrize(
    ("text", "percent", "basis"),
    [
        ("Chỉ số sản xuất công nghiệp tháng 11/2020 tăng 1,84% so với tháng trước. Trong đó, "
         "khai khoáng tăng 2,11% so với tháng trước. Ở các ngành cấp II, sản xuất xe có động cơ "
         "tăng 8,78%.", 8.78, "previous"),
        ("Tháng 5/2023, tổng mức bán lẻ hàng hóa ước 5.200 tỷ đồng, tăng 2,1% so với tháng "
         "trước. Doanh thu du lịch lữ hành tăng 6,5%.", 6.5, "previous"),
        ("Kim ngạch xuất khẩu tháng 7/2022 ước đạt 320 triệu USD, giảm 3,2% so với tháng trước. "
         "Nhập khẩu ước 250 triệu USD, tăng 1,4%.", 1.4, "previous"),
        # Near miss: a passage that also compared with last year. (One that compares with
        # nothing states its rise as a rate of growth since the twenty-ninth round: below.)
        ("Tháng 5/2023, tổng mức bán lẻ hàng hóa ước 5.200 tỷ đồng, tăng 2,1% so với tháng "
         "trước và tăng 9% so với cùng kỳ. Doanh thu du lịch lữ hành tăng 6,5%.", 6.5,
         "same_period"),
    ],
)  # fmt: skip
def test_a_months_rise_with_no_basis_in_a_passage_that_compares_only_with_the_month_before(
    text: str, percent: float, basis: str
) -> None:
    assert bases_of_rise(text, percent) == [basis]


def test_a_months_rise_in_a_passage_that_compares_with_nothing_is_a_rate_of_growth() -> None:
    # Until the twenty-eighth round a change on the same period (a near miss above); since
    # the twenty-ninth the golds' reading, a level (test_r29_rise.py).
    text = (
        "Tháng 5/2023, tổng mức bán lẻ hàng hóa ước 5.200 tỷ đồng. Doanh thu du lịch lữ hành "
        "tăng 6,5%."
    )
    assert comparisons_read(text, 2024)[-1] == (6.5, "%", [])


@pytest.mark.parametrize(
    ("text", "percent", "period"),
    [
        ("Quý I/2023, xuất khẩu tăng 3%, giảm mạnh so với mức 12,5% của cùng kỳ năm trước.",
         12.5, (2022, 1, 3)),
        ("Tính chung 10 tháng năm 2020, IIP ước chỉ tăng 2,7% so với cùng kỳ, thấp xa mức tăng "
         "9,5% của cùng kỳ năm trước.", 9.5, (2019, 1, 10)),
        ("Năm 2023, GRDP tăng 5,2%, thấp hơn mức tăng 6,1% của năm trước.", 6.1, (2022, 1, 12)),
        ("6 tháng đầu năm 2024, thu ngân sách tăng 8%, cao hơn mức tăng 5% của cùng kỳ năm "
         "ngoái.", 5, (2023, 1, 6)),
        # Near miss: the earlier year named.
        ("Năm 2023, GRDP tăng 5,2%, thấp hơn mức tăng 6,1% của năm 2021.", 6.1, (2021, 1, 12)),
    ],
)  # fmt: skip
def test_a_rate_quoted_of_the_same_period_last_year_is_of_the_year_before_the_figures(
    text: str, percent: float, period: tuple[int, int, int]
) -> None:
    assert periods_of_rate(text, percent) == [period]


@pytest.mark.parametrize(
    ("text", "percent", "period"),
    [
        ("Tổng cục Thống kê ước tính GDP quý I/2019 tăng 6,79% so với cùng kỳ năm trước, chậm "
         "lại so với quý I/2018 (tăng 7,45%).", 7.45, (2018, 1, 3)),
        ("Năm 2023, kim ngạch xuất khẩu tăng 8,5%, thấp hơn năm 2022 (tăng 12,3%).", 12.3,
         (2022, 1, 12)),
        ("6 tháng đầu năm 2024, thu ngân sách tăng 10%, cao hơn cùng kỳ năm 2023 (tăng 4,1%).",
         4.1, (2023, 1, 6)),
    ],
)  # fmt: skip
def test_a_rise_in_parentheses_after_the_earlier_time_compared_with_is_that_times_own(
    text: str, percent: float, period: tuple[int, int, int]
) -> None:
    assert periods_of_rate(text, percent) == [period]
    assert all(len(f.comparisons) == 1 for f in extract_figures(text, year=2024))


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        # The plan's rate in parentheses after a basis: a target, not an earlier rise.
        ("Năm 2023, GRDP tăng 7,2% so với năm 2022 (kế hoạch 7%).", 7),
        # A share with its basis inside: the figure's own comparison.
        ("Năm 2023, thu ngân sách đạt 2.000 tỷ đồng, bằng 110% so với năm 2022 (vượt 10%).", 110),
    ],
)  # fmt: skip
def test_parentheses_after_a_compared_time_that_hold_more_than_a_rise_are_left_alone(
    text: str, percent: float
) -> None:
    assert all(
        f.period.year != 2022
        for f in extract_figures(text, year=2024)
        if f.value == percent or any(c.percent == percent for c in f.comparisons)
    )
