"""Round 31 (pair): figures missed or made up around tables of places and sectors, and a
rise given back to a price it is not of.

A table whose first column names places or sectors ("Địa bàn", "Khu vực") and whose cells
hold bare numbers was read only when each cell wrote its unit; the caption ("đơn vị tính:
cơ sở") or the column header ("Giá trị (tỷ đồng)") gives it as well, and a header that
dates only a basis ("Tăng so với năm 2022") is still a header of words. A caption that dates
the table by a whole year ("số cơ sở y tế năm 2016") gives the columns that year's months.
"""

from __future__ import annotations

import pytest

from tests.extract.readings import value_and_measures
from tiendo.extract import extract_figures

Cell = tuple[float | None, str, tuple[int | None, int | None, int | None], list[tuple[str, float]]]


def cells_read(text: str) -> list[Cell]:
    """Each figure's value, unit, period and comparisons (basis, percent), read in 2024."""
    return [
        (
            f.value,
            f.unit,
            (f.period.year, f.period.from_month, f.period.to_month),
            [(c.basis, c.percent) for c in f.comparisons],
        )
        for f in extract_figures(text, year=2024)
    ]


@pytest.mark.parametrize(
    ("text", "unit", "period"),
    [
        (
            "Số trường học năm 2020 phân theo huyện (đơn vị tính: trường):\n"
            "Địa bàn | Mầm non | Tiểu học\nHuyện An Lão | 12 | 15\nHuyện Hoài Ân | 14 | 17",
            "trường",
            (2020, 1, 12),
        ),
        (
            "Diện tích lúa cả năm 2019 của một số huyện, ĐVT: ha\n"
            "Huyện | Vụ đông xuân | Vụ mùa\nHuyện Mê Linh | 12 | 15\nHuyện Sóc Sơn | 14 | 17",
            "ha",
            (2019, 1, 12),
        ),
        (
            "Hộ nghèo và cận nghèo ở một số xã (đơn vị tính: hộ):\n"
            "Xã | Hộ nghèo | Hộ cận nghèo\nXã Tân An | 12 | 15\nXã Tân Hòa | 14 | 17",
            "hộ",
            (2024, None, None),
        ),
    ],
)
def test_bare_numbers_of_a_place_table_take_the_unit_its_caption_names(
    text: str, unit: str, period: tuple[int | None, int | None, int | None]
) -> None:
    assert cells_read(text) == [(value, unit, period, []) for value in (12, 15, 14, 17)]


@pytest.mark.parametrize(
    "text",
    [
        # no unit anywhere: the numbers are left
        "Một số huyện của tỉnh:\nĐịa bàn | Mầm non | Tiểu học\nHuyện A | 12 | 15\n"
        "Huyện B | 14 | 17",
        # a unit in brackets at the end of the caption was read before as well
        "Số trường học năm 2020 theo huyện (trường):\nĐịa bàn | Mầm non | Tiểu học\n"
        "Huyện A | 12 | 15\nHuyện B | 14 | 17",
        # cells that write their unit
        "Kết quả rà soát năm 2021 ở một số huyện:\nĐịa phương | Hộ nghèo\nHuyện A | 793 hộ\n"
        "Huyện B | 1.370 hộ",
    ],
)
def test_place_tables_read_before_or_left_before_are_read_as_they_were(text: str) -> None:
    values = [value for value, *_ in cells_read(text)]
    assert values in ([], [12, 15, 14, 17], [793, 1370])


@pytest.mark.parametrize(
    ("text", "value", "unit", "basis", "percent"),
    [
        (
            "Năm 2023, GRDP toàn tỉnh tăng 8,34% so với năm 2022. Theo khu vực:\n"
            "Khu vực | Giá trị (tỷ đồng) | Tăng so với năm 2022\n"
            "Dịch vụ | 18.119,72 | 8,34%\nCông nghiệp và xây dựng | 17.205,78 | 7,12%",
            18119.72,
            "tỷ đồng",
            "previous",
            8.34,
        ),
        (
            "Kim ngạch xuất khẩu 6 tháng đầu năm 2024 theo thị trường:\n"
            "Thị trường | Kim ngạch (triệu USD) | Tăng so với cùng kỳ 2023\n"
            "Hoa Kỳ | 1.250,4 | 12,5%\nNhật Bản | 860 | 3,2%",
            1250.4,
            "triệu usd",
            "same_period",
            12.5,
        ),
        (
            "Sản lượng thủy sản năm 2022 theo loại:\n"
            "Loại | Sản lượng (tấn) | Tăng so với năm 2021\n"
            "Cá | 45.210 | 4,1%\nTôm | 12.800 | 9,6%",
            45210,
            "tấn",
            "previous",
            4.1,
        ),
    ],
)
def test_a_sector_table_reads_its_valued_column_with_the_rise_beside_it(
    text: str, value: float, unit: str, basis: str, percent: float
) -> None:
    rows = [(v, u, c) for v, u, _, c in cells_read(text)]
    assert (value, unit, [(basis, percent)]) in rows


@pytest.mark.parametrize(
    "text",
    [
        # a header that reads as a report table already
        "Vốn đầu tư năm 2021 theo nguồn vốn:\nNguồn vốn | Vốn thực hiện (tỷ đồng) | Tăng so với "
        "năm 2020\nNgân sách nhà nước | 3.450,2 | 5,1%\nNgoài nhà nước | 9.800 | 11,3%",
    ],
)
def test_a_valued_column_read_before_keeps_its_rise(text: str) -> None:
    rows = [(v, u, c) for v, u, _, c in cells_read(text)]
    assert (3450.2, "tỷ đồng", [("previous", 5.1)]) in rows


@pytest.mark.parametrize(
    "text",
    [
        "Đơn giá xuất khẩu bình quân đạt 707,4 USD/tấn, tăng 26% so với cùng kỳ (khi đó là 561,3 "
        "USD/tấn). Tuy vậy, so với cùng kỳ, lượng xuất giảm 31,1% và giá trị giảm 13,2%.",
        "Giá cà phê xuất khẩu bình quân đạt 2.300 USD/tấn. So với cùng kỳ, giá trị giảm 13,2%.",
        "Giá thuê đất bình quân là 12 triệu đồng/ha. So với năm trước, doanh thu giảm 13,2%.",
    ],
)
def test_a_rise_of_a_sum_named_bare_is_not_given_to_a_price_per_unit(text: str) -> None:
    assert value_and_measures(text, 13.2) == (None, ["change"])


@pytest.mark.parametrize(
    "text",
    [
        "Xuất khẩu đạt 580 nghìn tấn, trị giá 339 triệu USD. So với cùng kỳ, kim ngạch tăng 13,2%.",
        "Doanh nghiệp thu hút 8 dự án, tổng vốn 31,8 triệu USD. So với cùng kỳ, vốn tăng 13,2%.",
    ],
)
def test_a_rise_of_a_sum_named_bare_still_goes_to_the_sum_before_it(text: str) -> None:
    value, measures = value_and_measures(text, 13.2)
    assert value is not None and measures == ["change"]


@pytest.mark.parametrize(
    "text",
    [
        "Thu nhập bình quân 1 nhân khẩu 1 tháng tăng từ 2.346 ngàn đồng năm 2014 lên 3.535,1 "
        "ngàn đồng năm 2020.",
        "Năm 2023, chi tiêu trung bình 1 người 1 tháng là 2,1 triệu đồng.",
        "Năm 2022, thu nhập bình quân 1 lao động trong doanh nghiệp đạt 7,4 triệu đồng/tháng.",
    ],
)
def test_one_person_an_average_is_reckoned_on_is_no_count(text: str) -> None:
    assert 1.0 not in [value for value, *_ in cells_read(text)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # nothing averaged follows: a count
        ("Năm 2023, mỗi xã có trung bình 1 trạm y tế.", "trạm y tế"),
        # a rate per year and a yield are levels
        ("Giai đoạn 2021-2025, tỷ lệ hộ nghèo giảm bình quân 1%/năm.", "%"),
        ("Năm 2023, năng suất bình quân 1 tấn/ha.", "tấn/ha"),
    ],
)
def test_one_after_an_average_that_is_itself_the_level_is_kept(text: str, unit: str) -> None:
    assert (1.0, unit) in [(value, u) for value, u, *_ in cells_read(text)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Năm 2023, thời gian lưu trú bình quân 1,5 ngày/khách.", "ngày/khách"),
        ("Năm 2023, khách ngủ qua đêm lưu trú bình quân 1,5 ngày/lượt.", "ngày/lượt"),
        ("Năm 2023, thời gian giải quyết hồ sơ bình quân 1,5 ngày/hồ sơ.", "ngày/hồ sơ"),
    ],
)
def test_a_time_per_what_it_is_reckoned_on_is_one_unit(text: str, unit: str) -> None:
    assert [(value, u) for value, u, *_ in cells_read(text)] == [(1.5, unit)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2023, thời gian lưu trú bình quân 1,5 ngày.", [(1.5, "ngày")]),
        ("Năm 2023, năng suất lúa đạt 55,2 tạ/ha.", [(55.2, "tạ/ha")]),
        ("Trong 15 ngày/lần, đoàn kiểm tra đi các xã.", []),
    ],
)
def test_times_with_no_per_and_measures_per_unit_read_as_before(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(value, u) for value, u, *_ in cells_read(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2018, khách ngủ qua đêm 1.400 nghìn lượt, khách trong ngày 184 nghìn lượt.",
        "Năm 2019, lượng khách trong ngày 184 nghìn lượt, tăng 15%.",
        "Năm 2019, khách tham quan trong ngày 184 nghìn người, chủ yếu là khách nội địa.",
    ],
)
def test_a_number_after_ngay_that_no_day_could_be_is_a_quantity(text: str) -> None:
    assert 184.0 in [value for value, *_ in cells_read(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày 15 tháng 3 năm 2019, tỉnh đón 200 khách.", [200.0]),
        ("Ngày 28/9/2019, toàn tỉnh có 184 xã đạt chuẩn.", [184.0]),
    ],
)
def test_a_day_of_the_month_after_ngay_stays_a_date(text: str, expected: list[float]) -> None:
    assert [value for value, *_ in cells_read(text)] == expected
