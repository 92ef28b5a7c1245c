"""Round 31 (review): near misses of the round's rules that they read wrongly.

A plan joined by "và" to a figure ("đạt 100 tỷ đồng và kế hoạch năm 2024 là 120 tỷ đồng")
is no direction of a report: its year dates its level. A "lên" level whose clause names a
time of its own ("...; năm 2016 phấn đấu tăng lên 200 tỷ đồng") keeps it. "ngày 30.4" is a
day and its month, no quantity of what follows. A one after "bình quân" followed by the next
item of a list or by what it is reckoned per ("trên 1.000 dân") is the level itself. A
time per a noun of several words takes the whole noun ("3 ngày/bộ hồ sơ"), and a caption
dating its table by part of a year ("6 tháng đầu năm 2016") gives its columns those months.
"""

from __future__ import annotations

import pytest

from tests.extract.readings import period_read
from tiendo.extract import extract_figures
from tiendo.extract.named_columns import plain_header


def values_read(text: str) -> list[tuple[float | None, str]]:
    """Each figure's value and unit, read in 2024."""
    return [(f.value, f.unit) for f in extract_figures(text, year=2024)]


# --- a plan joined to a figure by "và" (task_periods._TASKS_BEFORE) ----------------------


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        (
            "Doanh thu năm 2023 đạt 100 tỷ đồng và kế hoạch năm 2024 là 120 tỷ đồng.",
            120,
            (2024, 1, 12),
        ),
        (
            "Năm 2022, sản lượng lúa đạt 50.000 tấn và kế hoạch năm 2023 là 52.000 tấn.",
            52000,
            (2023, 1, 12),
        ),
        (
            "Thu ngân sách năm 2021 đạt 900 tỷ đồng và nhiệm vụ năm 2022 là 950 tỷ đồng.",
            950,
            (2022, 1, 12),
        ),
    ],
)
def test_a_plan_joined_to_a_figure_keeps_the_year_it_names(
    text: str, value: float, expected: tuple[int, int, int]
) -> None:
    assert period_read(text, value, 2024) == expected


def test_a_direction_joined_to_the_year_reviewed_still_dates_nothing() -> None:
    text = (
        "UBND tỉnh trình bày báo cáo kinh tế - xã hội năm 2020 và kế hoạch năm 2021. "
        "Thu ngân sách đạt 5.000 tỷ đồng."
    )
    assert period_read(text, 5000, 2020) == (2020, 1, 12)


# --- a "lên" level with a time of its own clause (finishing._to_level_period) -------------


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        (
            "Năm 2015, doanh thu tăng từ 74 tỷ đồng năm 2010 lên 143 tỷ đồng năm 2014; năm "
            "2016 phấn đấu tăng lên 200 tỷ đồng.",
            200,
            (2016, 1, 12),
        ),
        (
            "Sản lượng tăng từ 30 nghìn tấn năm 2015 lên 42 nghìn tấn năm 2019; năm 2020 giảm "
            "xuống 39 nghìn tấn.",
            39,
            (2020, 1, 12),
        ),
        (
            "Thu nhập tăng từ 20 triệu đồng năm 2016 lên 35 triệu đồng năm 2020, đến năm 2022 "
            "tăng lên 41 triệu đồng.",
            41,
            (2022, None, None),
        ),
    ],
)
def test_a_later_level_whose_clause_names_its_time_keeps_it(
    text: str, value: float, expected: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, 2024) == expected


def test_a_later_level_that_names_no_time_still_takes_the_first_ones() -> None:
    text = (
        "Giá trị sản xuất tăng từ 74 tỷ đồng năm 2010 lên 143 tỷ đồng năm 2014; thu nhập "
        "tăng từ 14,5 triệu đồng lên 26,6 triệu đồng."
    )
    assert period_read(text, 26.6, 2015) == (2014, 1, 12)


# --- a day and its month after "ngày" (date_word_numbers.no_date_after_word) ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nhân dịp nghỉ lễ, ngày 30.4 tỉnh đón 45 nghìn lượt khách.", [45.0]),
        ("Riêng ngày 2.9 thành phố đón 12 nghìn lượt khách.", [12.0]),
        ("Trong ngày 19.5 khu di tích tiếp 3.000 lượt người.", [3000.0]),
    ],
)
def test_a_day_and_its_month_after_ngay_is_no_quantity(text: str, expected: list[float]) -> None:
    assert [value for value, _ in values_read(text)] == expected


def test_a_decimal_after_ngay_that_no_day_could_be_is_still_a_quantity() -> None:
    text = "Lượng khách tham quan trong ngày 25,5 nghìn lượt, tăng 12%."
    assert values_read(text) == [(25.5, "nghìn lượt")]


# --- a one after "bình quân" that is the level (mentions._AVERAGED_AFTER) ------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Tỉnh có bình quân 1 bác sĩ trên 1.000 dân.", "bác sĩ"),
        ("Toàn tỉnh đạt trung bình 1 trạm y tế, 3 bác sĩ mỗi xã.", "trạm y tế"),
        ("Mỗi thôn có trung bình 1 nhân viên y tế, 2 cộng tác viên dân số.", "nhân viên"),
    ],
)
def test_a_one_followed_by_a_list_or_its_per_is_the_level(text: str, unit: str) -> None:
    assert (1.0, unit) in values_read(text)


def test_one_person_an_amount_is_averaged_on_is_still_no_count() -> None:
    text = "Năm 2023, thu nhập bình quân 1 lao động đạt 7,4 triệu đồng/tháng."
    assert [value for value, _ in values_read(text)] == [7.4]


# --- a row of a table longer than its header (named_columns.plain_header) -----------------


@pytest.mark.parametrize(
    "grid",
    [
        [["Địa bàn", "Giá trị (tỷ đồng)"], ["Huyện A", "6", "7"]],
        [["Địa bàn", "Giá trị (tỷ đồng)"], []],
    ],
)
def test_a_ragged_row_under_a_header_of_words_is_no_error(grid: list[list[str]]) -> None:
    assert plain_header(grid) is None


# --- a time per a noun of several words (durations._DURATION) ----------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Thời gian giải quyết thủ tục rút ngắn còn 3 ngày/bộ hồ sơ.", "ngày/bộ hồ sơ"),
        ("Thời gian thông quan giảm xuống còn 2 giờ/tờ khai.", "giờ/tờ khai"),
        ("Thời gian thông quan bình quân 4 giờ/tờ khai hải quan.", "giờ/tờ khai hải quan"),
    ],
)
def test_a_time_per_a_noun_of_several_words_takes_the_whole_noun(text: str, unit: str) -> None:
    assert [u for _, u in values_read(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # the verb after the noun is none of the unit
        ("Thời gian lưu trú bình quân 1,5 ngày/khách tăng 0,2 ngày so với năm 2022.", "ngày/khách"),
        ("Thời gian lưu trú bình quân 2,5 ngày/lượt khách.", "ngày/lượt khách"),
    ],
)
def test_a_time_per_one_word_or_a_closing_noun_reads_as_before(text: str, unit: str) -> None:
    assert unit in [u for _, u in values_read(text)]


# --- the months a table's caption dates it by (text_tables.caption_months) ----------------

_PLACES = "\nĐịa bàn | Thu ngân sách | Chi ngân sách\nHuyện A | 200 | 150\nHuyện B | 120 | 90"


def periods_read(text: str) -> set[tuple[int | None, int | None, int | None]]:
    """The periods of a passage's figures, read in 2017."""
    return {
        (f.period.year, f.period.from_month, f.period.to_month)
        for f in extract_figures(text, year=2017)
    }


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Kết quả 6 tháng đầu năm 2016 (ĐVT: tỷ đồng):", (2016, 1, 6)),
        ("Thu, chi ngân sách quý I/2016 theo huyện (đơn vị tính: tỷ đồng):", (2016, 1, 3)),
        ("Ước thực hiện 9 tháng năm 2016 (đơn vị tính: tỷ đồng):", (2016, 1, 9)),
    ],
)
def test_a_caption_dating_a_table_by_part_of_a_year_gives_its_months(
    caption: str, expected: tuple[int, int, int]
) -> None:
    assert periods_read(caption + _PLACES) == {expected}


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Thu, chi ngân sách năm 2016 theo huyện (đơn vị tính: tỷ đồng):", (2016, 1, 12)),
        ("Thu, chi ngân sách vụ mùa 2016 (đơn vị tính: tỷ đồng):", (2016, None, None)),
    ],
)
def test_a_caption_of_a_whole_year_or_a_season_dates_its_table_as_before(
    caption: str, expected: tuple[int, int | None, int | None]
) -> None:
    assert periods_read(caption + _PLACES) == {expected}
