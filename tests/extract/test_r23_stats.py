"""Sentences for the twenty-third round's statistics helper (stats): constructions of
provincial statistics releases that real pages, read once, showed the extractor misread.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import Row, comparisons_read, kinds_read, name_read, period_read
from tiendo.extract import extract_figures

# A rise that "reaches" a percentage of an earlier time rose by it: the subject names a
# growth already ("tăng trưởng kinh tế", "mức tăng trưởng", "tốc độ tăng").
_GROWTH_REACHED = [
    ("Sáu tháng đầu năm 2022, tốc độ tăng trưởng kinh tế của tỉnh đạt 7,86% so với cùng kỳ "
     "năm trước.", [(None, "%", [("same_period", "change", 7.86)])]),
    ("Năm 2023, tăng trưởng kinh tế của huyện đạt 6,2% so với năm 2022.",
     [(None, "%", [("previous", "change", 6.2)])]),
    ("Quý I/2024, mức tăng trưởng GRDP ước đạt 5,1% so với cùng kỳ.",
     [(None, "%", [("same_period", "change", 5.1)])]),
    ("Tính chung 9 tháng, tăng trưởng tín dụng chỉ đạt 4,3% so với cuối năm trước.",
     [(None, "%", [("previous", "change", 4.3)])]),
]  # fmt: skip
# Near misses: a level reaches a share of the earlier one (an index, "tốc độ phát triển",
# an amount), a plan's share stays a share, and "bằng" states a share whatever the subject.
_LEVEL_REACHED = [
    ("Quý I/2024, chỉ số sản xuất công nghiệp đạt 105,2% so với cùng kỳ.",
     [(None, "%", [("same_period", "ratio", 105.2)])]),
    ("Năm 2023, doanh thu dịch vụ lưu trú đạt 95% so với năm trước.",
     [(None, "%", [("previous", "ratio", 95.0)])]),
    ("Năm 2023, tăng trưởng tín dụng đạt 98% kế hoạch.", [(None, "%", [("plan", "ratio", 98.0)])]),
    ("Năm 2023, mức tăng trưởng GRDP chỉ bằng 60% so với năm 2022.",
     [(None, "%", [("previous", "ratio", 60.0)])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), _GROWTH_REACHED + _LEVEL_REACHED)
def test_a_growth_that_reaches_a_percentage_of_an_earlier_time_rose_by_it(
    text: str, rows: list[Row]
) -> None:
    assert comparisons_read(text, 2024) == rows


# A part that "bằng x%" with no basis of its own is that share of the earlier time its
# whole or the sibling before it was compared with.
_EQUAL_PARTS = [
    ("Chỉ số sản xuất công nghiệp tháng 5 ước tăng 9,2% so với cùng kỳ năm trước. Trong đó, "
     "ngành khai khoáng bằng 97,6%; ngành chế biến, chế tạo tăng 10,4%.",
     [(None, "%", [("same_period", "change", 9.2)]), (None, "%", [("same_period", "ratio", 97.6)]),
      (None, "%", [("same_period", "change", 10.4)])]),
    ("Quý I/2024, chỉ số sản xuất toàn ngành tăng 6,2% so với cùng kỳ, trong đó ngành khai "
     "khoáng giảm 3,1%, ngành sản xuất và phân phối điện bằng 99,5%.",
     [(None, "%", [("same_period", "change", 6.2)]), (None, "%", [("same_period", "change", -3.1)]),
      (None, "%", [("same_period", "ratio", 99.5)])]),
    ("Sản lượng thủy sản năm 2023 đạt 12.500 tấn, tăng 4% so với năm 2022; trong đó cá nước "
     "ngọt bằng 102%.",
     [(12500.0, "tấn", [("previous", "change", 4.0)]),
      (None, "%", [("previous", "ratio", 102.0)])]),
]  # fmt: skip
# Near misses: a rate is a level, a part with a number of its own is a share of it, a share
# with its own basis keeps it, and with no earlier time compared before, "bằng x%" stays.
_NOT_EQUAL_PARTS = [
    ("Doanh thu năm 2023 tăng 8% so với năm 2022; tỷ lệ nợ xấu bằng 2,1%.",
     [(None, "%", [("previous", "change", 8.0)]), (2.1, "%", [])]),
    ("Năm 2023, số lao động có việc làm là 26.834 người trên 71.775 người, bằng 37,39%.",
     [(26834.0, "người", []), (37.39, "%", [])]),
    ("Chỉ số sản xuất tháng 5 tăng 9,2% so với cùng kỳ; ngành khai khoáng bằng 97,6% so với "
     "tháng trước.",
     [(None, "%", [("same_period", "change", 9.2)]), (None, "%", [("previous", "ratio", 97.6)])]),
    ("Năm 2023, ngành khai khoáng bằng 97,6%.", [(97.6, "%", [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), _EQUAL_PARTS + _NOT_EQUAL_PARTS)
def test_a_bare_part_equal_to_a_percentage_is_a_share_of_the_time_compared_before(
    text: str, rows: list[Row]
) -> None:
    assert comparisons_read(text, 2024) == rows


# The years a record is set against ("cao nhất từ năm 2021 đến nay", "thấp nhất từ năm 2020
# trở lại đây", "lớn nhất tính từ năm 2018") are no time of the figures after them.
_RECORD_SPANS = [
    ("Nửa đầu năm 2025, GRDP của tỉnh tăng 9,63%, cao nhất từ năm 2021 đến nay. Tổng mức "
     "bán lẻ hàng hóa đạt 98.000 tỷ đồng.", 98000, (2025, 1, 6)),
    ("Quý I/2024, thu ngân sách đạt 3.200 tỷ đồng, thấp nhất từ năm 2020 trở lại đây; chi "
     "ngân sách đạt 2.900 tỷ đồng.", 2900, (2024, 1, 3)),
    ("Năm 2024, kim ngạch xuất khẩu đạt 1.250 triệu USD, lớn nhất tính từ năm 2018 đến nay. "
     "Tổng mức bán lẻ đạt 45.000 tỷ đồng.", 45000, (2024, 1, 12)),
]  # fmt: skip
# Near misses: years counted to now with no record before them still frame what they open.
_NOT_RECORD_SPANS = [
    ("Năm 2024, xã kết nạp 30 đảng viên; từ năm 2021 đến nay, xã kết nạp 120 đảng viên.",
     120, (2021, None, None)),
    ("Năm 2023, tăng trưởng đạt 6%, cao nhất cả nước. Năm 2024, thu ngân sách đạt 900 tỷ "
     "đồng.", 900, (2024, 1, 12)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period"), _RECORD_SPANS + _NOT_RECORD_SPANS)
def test_the_years_a_record_is_set_against_are_no_time_of_the_figures_after_them(
    text: str, value: float | None, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, None) == period


# A comparison with no number after an item ("bằng cùng kỳ", "tương đương cùng kỳ", "giảm
# nhẹ so với năm trước") is the item's predicate: a bare measure word after it is the item's.
_NUMBERLESS_COMPARED = [
    ("Năm 2024, khoai lang 23 ha, bằng cùng kỳ, sản lượng 45 tấn.", 45, "sản lượng khoai lang"),
    ("Năm 2024, diện tích lúa 1.200 ha, tương đương cùng kỳ, năng suất 52 tạ/ha.", 52,
     "năng suất lúa"),
    ("Năm 2024, đậu tương 140 ha, giảm nhẹ so với năm trước, sản lượng 210 tấn.", 210,
     "sản lượng đậu tương"),
    ("Năm 2024, ngô 850 ha, ngang bằng cùng vụ, năng suất 45 tạ/ha.", 45, "năng suất ngô"),
]  # fmt: skip
# Near misses: a clause that names what is measured still names it.
_NAMED_BEFORE = [
    ("Năm 2024, toàn tỉnh gieo trồng lúa, diện tích dự ước 9.820 ha.", 9820,
     "diện tích gieo trồng lúa"),
    ("Năm 2024, khoai lang 23 ha, sản lượng 45 tấn.", 45, "sản lượng khoai lang"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _NUMBERLESS_COMPARED + _NAMED_BEFORE)
def test_a_comparison_with_no_number_after_an_item_names_no_measure(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# "Một số sản phẩm giảm như bia (giảm 6,12%)": a group named before "như" only says which
# examples follow; the figure is the example's, as after "như:" with a colon.
_GROUP_EXAMPLES = [
    ("Năm 2024, một số sản phẩm giảm như bia (giảm 6,12%) và tinh bột mì (giảm 1,37%).",
     None, -6.12, "bia"),
    ("So với năm trước, kinh tế tiếp tục phát triển. "
     "Năm 2024, một số sản phẩm tăng cao như xi măng tăng 12,5%, thép tăng 8,1%.",
     None, 12.5, "xi măng"),
    ("Năm 2024, một số sản phẩm giảm so với cùng kỳ như bia đóng chai 4,17 triệu lít, giảm "
     "25,33%; đường 56,9 nghìn tấn, giảm 6,59%.", 4.17, None, "bia đóng chai"),
    ("Năm 2024, nhiều mặt hàng nông sản giảm mạnh như cà phê (giảm 18,2%).", None, -18.2,
     "cà phê"),
]  # fmt: skip
# Near misses: examples listed together share one figure, and a name with no group before
# "như" keeps its words.
_NOT_GROUP_EXAMPLES = [
    ("Năm 2022, các cây trồng chính như lúa, ngô, thuốc lá đều đạt 100% kế hoạch.", None,
     100, "các cây trồng chính như lúa, ngô, thuốc lá"),
    ("Năm 2024, giá trị sản xuất như năm trước đạt 500 tỷ đồng.", 500, None,
     "giá trị sản xuất như năm trước"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value", "percent", "name"), _GROUP_EXAMPLES + _NOT_GROUP_EXAMPLES
)
def test_a_group_named_before_its_example_with_nhu_is_named_by_the_example(
    text: str, value: float | None, percent: float | None, name: str
) -> None:
    assert name_read(text, value, percent) == name


# "Trong đó:", "Cụ thể:", "Bao gồm:" open a breakdown and name no sector: a bare measure
# word in an item after them is of the item's own thing.
_MARKER_COLONS = [
    ("Năm 2024, toàn tỉnh gieo trồng 5.711 ha. Trong đó: lúa 2.875 ha, sản lượng 11.633 tấn.",
     11633, "sản lượng lúa"),
    ("Năm 2024, toàn tỉnh có 150.000 ha cây lâu năm. Trong đó: cây điều 149.647 ha, sản "
     "lượng 102.400 tấn.", 102400, "sản lượng cây điều"),
    ("Năm 2024, diện tích gieo trồng đạt 8.000 ha. Cụ thể: ngô 300 ha, năng suất 45 tạ/ha.",
     45, "năng suất ngô"),
    ("Năm 2024, diện tích gieo trồng đạt 8.000 ha. Bao gồm: sắn 1.200 ha, sản lượng 21.000 "
     "tấn.", 21000, "sản lượng sắn"),
]  # fmt: skip
# Near miss: a sector before the colon is what the measure after it is of.
_SECTOR_COLONS = [
    ("Ngành công nghiệp: giá trị sản xuất đạt 9.200 tỷ đồng.", 9200,
     "giá trị sản xuất công nghiệp"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _MARKER_COLONS + _SECTOR_COLONS)
def test_a_breakdown_word_before_a_colon_names_no_sector(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A bare crop measure right after an item's measure ("ngô 300 ha, sản lượng 1.200 tấn") is
# that item's, even when a difference in parentheses stands between them or the item is
# named with its work ("bắp gieo trồng"); not the last whole the passage named in the unit.
_ITEM_MEASURES = [
    ("Năm 2024, lúa 2.875 ha, sản lượng 11.633 tấn; ngô 300 ha, sản lượng 1.200 tấn.", 1200,
     "sản lượng ngô"),
    ("Năm 2024, lúa gieo trồng ước 2.875 ha (+54 ha), sản lượng ước 11.633 tấn (+199 tấn); "
     "bắp ước gieo trồng 362 ha (+15 ha), sản lượng 1.192 tấn (+63 tấn).", 1192, "sản lượng bắp"),
    ("Năm 2021, xoài có 19.026 ha với sản lượng ước 65.223 tấn; nhãn 19.224 ha, sản lượng ước "
     "98.500 tấn.", 98500, "sản lượng nhãn"),
    ("Năm 2024, lạc 640 ha (giảm 3,1%), sản lượng 1.650 tấn.", 1650, "sản lượng lạc"),
]  # fmt: skip
# Near misses: a season stays in the crop's name, what was done to a crop names nothing,
# and a bare measure with no item before it is the passage's whole in its unit.
_NOT_ITEM_MEASURES = [
    ("Sáu tháng đầu năm 2015, vụ lúa Đông Xuân được mùa, năng suất bình quân đạt 62,41 tạ/ha, "
     "sản lượng 42.793 tấn.", 42793, "sản lượng lúa vụ Đông Xuân"),
    ("Năm 2024, diện tích đã cạo mủ 12.000 ha, sản lượng 15.000 tấn.", 15000, "sản lượng"),
    ("Sáu tháng đầu năm 2020, sản lượng lúa đạt 164.890 tấn. Năm 2020, sản lượng đạt 330.000 "
     "tấn.", 330000, "sản lượng lúa"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _ITEM_MEASURES + _NOT_ITEM_MEASURES)
def test_a_bare_crop_measure_after_an_item_is_the_items(text: str, value: float, name: str) -> None:
    assert name_read(text, value) == name


# The quarters or months of a whole's rise, named by their time only ("quý I giảm mạnh
# (-11,38%)", "sang quý II giảm sâu hơn"), under a label of how the times are laid out
# ("Diễn biến qua các quý như sau:", "Qua các quý:"), are of the whole's measure.
_TIME_PARTS = [
    ("Năm 2023, GRDP của tỉnh giảm 9,28% so với cùng kỳ. Diễn biến qua các quý như sau: quý "
     "I giảm mạnh (-11,38%); sang quý II giảm sâu hơn (-13,01%).", -13.01, "GRDP của tỉnh"),
    ("Năm 2023, GRDP của tỉnh giảm 9,28% so với cùng kỳ. Qua các quý: quý I giảm 11,38%; quý "
     "II giảm 13,01%.", -11.38, "GRDP của tỉnh"),
    ("Năm 2023, chỉ số sản xuất công nghiệp tăng 8% so với cùng kỳ; quý I tăng nhẹ 2,1%, quý "
     "II tăng mạnh 9,5%.", 2.1, "chỉ số sản xuất công nghiệp"),
    ("Năm 2024, tổng mức bán lẻ tăng 9% so với cùng kỳ; tháng 1 tăng khá 12,4%, sang tháng 2 "
     "giảm nhẹ 1,5%.", -1.5, "tổng mức bán lẻ"),
]  # fmt: skip
# Near misses: a subject of its own keeps its name, and a label that names a measure
# names it.
_NOT_TIME_PARTS = [
    ("Năm 2023, số hộ nghèo giảm mạnh 30% so với năm 2022.", -30, "số hộ nghèo"),
    ("Năm 2023, GRDP tăng 8% so với cùng kỳ. Nông nghiệp: quý I tăng 2,1%.", 2.1,
     "Nông nghiệp"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "percent", "name"), _TIME_PARTS + _NOT_TIME_PARTS)
def test_a_times_move_named_by_its_time_and_manner_is_of_the_wholes_measure(
    text: str, percent: float, name: str
) -> None:
    assert name_read(text, None, percent) == name


# Percentages joined by dashes in a row ("75,36% - 17,36% - 3,29% - 3,99%") are a list: a
# pair after a dashed percentage is two items of it, not a range.
_DASHED_LISTS = [
    ("Năm 2021, cơ cấu tương ứng của năm 2020 là 75,36% - 17,36% - 3,29% - 3,99%.",
     [(75.36, None), (17.36, None), (3.29, None), (3.99, None)]),
    ("Năm 2024, tỷ trọng ba khu vực lần lượt là 62,4% - 18,3% - 19,3%.",
     [(62.4, None), (18.3, None), (19.3, None)]),
    ("Năm 2024, tỷ lệ đi học đúng tuổi ba cấp là 98,1% - 96,4% - 97,2%.",
     [(98.1, None), (96.4, None), (97.2, None)]),
]  # fmt: skip
# Near misses: one pair of percentages joined by a dash is a range.
_DASHED_RANGES = [
    ("Năm 2024, tăng trưởng đạt 7% - 7,5%.", [(7.0, 7.5)]),
    ("Năm 2024, tỷ lệ hộ nghèo giảm 1% - 1,5%.", [(1.0, 1.5)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "values"), _DASHED_LISTS + _DASHED_RANGES)
def test_percentages_joined_by_dashes_in_a_row_are_a_list_not_a_range(
    text: str, values: list[tuple[float, float | None]]
) -> None:
    assert [(f.value, f.value_max) for f in extract_figures(text, year=2024)] == values


# Levels of another time given "respectively" in parentheses are, in order, the measures
# listed before them, of the year the parenthesis names.
_RESPECTIVE_LEVELS = [
    ("Cơ cấu GRDP 6 tháng đầu năm 2025: khu vực nông, lâm nghiệp và thủy sản chiếm 2,09%; "
     "công nghiệp và xây dựng chiếm 19,42%; dịch vụ chiếm 68,58% (cùng kỳ năm 2024 tương ứng "
     "là 2,18%; 20,3% và 66,91%).", 20.3, "tỷ trọng công nghiệp và xây dựng", (2024, 1, 6)),
    ("Sáu tháng đầu năm 2021, cơ cấu kinh tế: khu vực công nghiệp - xây dựng chiếm 76,19%; "
     "dịch vụ chiếm 16,49%; nông, lâm nghiệp và thủy sản chiếm 3,49% (cơ cấu tương ứng của "
     "cùng kỳ năm 2020 là 75,36% - 17,36% - 3,29%).", 17.36, "tỷ trọng dịch vụ", (2020, 1, 6)),
    ("Năm 2024, tỷ lệ hộ nghèo là 3,1%, tỷ lệ hộ cận nghèo là 4,5% (năm 2023 lần lượt là 4,2% "
     "và 5,1%).", 5.1, "tỷ lệ hộ cận nghèo", (2023, 1, 12)),
    ("Quý I/2024, khu vực FDI chiếm 62,3%, khu vực nhà nước chiếm 10,4% và khu vực ngoài nhà "
     "nước chiếm 27,3% tổng vốn đầu tư (cùng kỳ năm 2023 tương ứng là 58,1%; 12,6% và 29,3%).",
     58.1, "tỷ trọng khu vực FDI", (2023, 1, 3)),
]  # fmt: skip
# Near misses: a parenthesis without "respectively" keeps its own reading.
_NOT_RESPECTIVE_LEVELS = [
    ("Năm 2024, tỷ lệ hộ nghèo là 3,1%, tỷ lệ hộ cận nghèo là 4,5% (năm 2023 là 5,1%).", 4.5,
     "tỷ lệ hộ cận nghèo", (2024, 1, 12)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value", "name", "period"), _RESPECTIVE_LEVELS + _NOT_RESPECTIVE_LEVELS
)
def test_levels_given_respectively_in_parentheses_are_the_measures_before_them(
    text: str, value: float, name: str, period: tuple[int | None, ...]
) -> None:
    assert (name_read(text, value), period_read(text, value, 2024)) == (name, period)


Compared = tuple[float | None, str, tuple[int | None, ...], list[tuple[str, str, float]]]


def _rows_of(text: str) -> list[Compared]:
    return [
        (
            f.value,
            f.kind,
            (f.period.year, f.period.from_month, f.period.to_month),
            [(c.basis, c.measure, c.percent) for c in f.comparisons],
        )
        for f in extract_figures(text, year=2024)
    ]


# A bare percentage in parentheses after what a rise is set against is that thing's own:
# an earlier time's rise (the same months of that time), or the rise a plan set (a target).
_COMPARED_PARENS = [
    ("Sáu tháng đầu năm 2025, GRDP ước tăng 7,63% so với cùng kỳ, cao hơn mức tăng cùng kỳ "
     "năm trước (6,13%).", 6.13, (None, "actual", (2024, 1, 6), [("same_period", "change", 6.13)])),
    ("Quý I/2024, GRDP tăng 6,2%, thấp hơn mức tăng cùng kỳ năm trước (7,1%).", 7.1,
     (None, "actual", (2023, 1, 3), [("same_period", "change", 7.1)])),
    ("Chín tháng năm 2024, chỉ số sản xuất công nghiệp tăng 9,4%, cao hơn cùng kỳ năm trước "
     "(5,2%).", 5.2, (None, "actual", (2023, 1, 9), [("same_period", "change", 5.2)])),
    ("So với năm trước, kinh tế tiếp tục phát triển. "
     "Năm 2024, GRDP tăng 7,1%, thấp hơn kế hoạch (8%).", 8.0,
     (8.0, "target", (2024, 1, 12), [])),
    ("Sáu tháng đầu năm 2025, GRDP tăng 7,6%, cao hơn kịch bản đề ra (7,2%).", 7.2,
     (7.2, "target", (2025, 1, 6), [])),
    ("So với năm trước, kinh tế tiếp tục phát triển. "
     "Năm 2024, kim ngạch xuất khẩu tăng 11,2%, vượt xa và cao hơn mục tiêu (9%).", 9.0,
     (9.0, "target", (2024, 1, 12), [])),
    # after the parts of the figure in parentheses, the figure itself is what is compared
    ("Sáu tháng đầu năm 2025, GRDP ước tăng 7,63% so với cùng kỳ (quý I tăng 7,56%; quý II "
     "tăng 7,69%), cao hơn kịch bản xây dựng đầu năm (7,59%).", 7.59,
     (7.59, "target", (2025, 1, 6), [])),
]  # fmt: skip
# Near misses: a thing compared that is neither a time nor a plan keeps its level, and a
# parenthesis with a verb of its own reads as before.
_NOT_COMPARED_PARENS = [
    ("Quý I/2023, tăng trưởng kinh tế của tỉnh chỉ đạt 0,3% so với cùng kỳ, thấp hơn mức tăng "
     "GDP bình quân cả nước (3,32%).", 3.32, (3.32, "actual", (2023, 1, 3), [])),
    ("Năm 2023, kim ngạch xuất khẩu tăng 8,5%, thấp hơn năm 2022 (tăng 12,3%).", 12.3,
     (None, "actual", (2022, 1, 12), [("previous", "change", 12.3)])),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "row"), _COMPARED_PARENS + _NOT_COMPARED_PARENS)
def test_a_bare_percentage_in_parentheses_after_what_a_rise_is_set_against_is_its_own(
    text: str, number: float, row: Compared
) -> None:
    rows = _rows_of(text)
    found = [r for r in rows if r[0] == number or any(c[2] == number for c in r[3])]
    assert found == [row]


# "sẽ" after a forecast ("Dự ước cả năm 2016, … sẽ tăng trên 8,3%", "Ước cả năm 2024, …
# sẽ đạt") is the forecast's future: an estimate, and its rise on a basis stays a change.
_FORECAST_FUTURES = [
    ("Dự ước cả năm 2016, chỉ số sản xuất công nghiệp của tỉnh sẽ tăng trên 8,3% so với năm "
     "trước.", [(None, "%", [("previous", "change", 8.3)])], [(None, "estimate")]),
    ("Ước cả năm 2024, thu ngân sách sẽ đạt 3.500 tỷ đồng.", [(3500.0, "tỷ đồng", [])],
     [(3500.0, "estimate")]),
    ("Dự ước năm 2024, tổng mức bán lẻ sẽ tăng 9% so với năm 2023.",
     [(None, "%", [("previous", "change", 9.0)])], [(None, "estimate")]),
]  # fmt: skip
# Near misses: "sẽ" with no forecast before it, or after a result, sets a target.
_NOT_FORECAST_FUTURES = [
    ("Năm 2025, tỉnh sẽ tăng thu ngân sách lên 4.000 tỷ đồng.", [(4000.0, "tỷ đồng", [])],
     [(4000.0, "target")]),
    ("Ước thực hiện năm 2024 đạt 3.000 tỷ đồng; năm 2025 sẽ phấn đấu đạt 3.500 tỷ đồng.",
     [(3000.0, "tỷ đồng", []), (3500.0, "tỷ đồng", [])],
     [(3000.0, "estimate"), (3500.0, "target")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows", "kinds"), _FORECAST_FUTURES + _NOT_FORECAST_FUTURES)
def test_will_after_a_forecast_is_the_forecasts_future(
    text: str, rows: list[Row], kinds: list[tuple[float | None, str]]
) -> None:
    assert (comparisons_read(text, 2024), kinds_read(text)) == (rows, kinds)


# "riêng tháng 10" sets the last month apart from the running total in force: a part, after
# which the passage goes on with the total, whether "riêng" opens the sentence or not.
_MONTH_APART = [
    ("Tính chung 10 tháng năm 2024, chỉ số sản xuất công nghiệp tăng 18,71% so với cùng kỳ. "
     "Riêng tháng 10/2024, ngành chế biến, chế tạo tăng 32,26%. Ngành dệt đạt 5.200 tỷ đồng.",
     5200, (2024, 1, 10)),
    ("Tính chung 10 tháng năm 2024, chỉ số sản xuất công nghiệp tăng 18,71% so với cùng kỳ. "
     "Ngành chế biến, chế tạo riêng tháng 10/2024 tăng 32,26%. Ngành dệt đạt 5.200 tỷ đồng.",
     5200, (2024, 1, 10)),
    ("Sáu tháng đầu năm 2024, kim ngạch xuất khẩu đạt 1.200 triệu USD. Riêng tháng 6 đạt 230 "
     "triệu USD. Kim ngạch nhập khẩu đạt 800 triệu USD.", 800, (2024, 1, 6)),
]  # fmt: skip
# Near misses: the month itself is that month's, and a month broken down with "Trong đó"
# is the month the release goes on to report.
_MONTH_REPORTED = [
    ("Sáu tháng đầu năm 2024, kim ngạch xuất khẩu đạt 1.200 triệu USD. Riêng tháng 6 đạt 230 "
     "triệu USD.", 230, (2024, 6, 6)),
    ("Tính chung 11 tháng năm 2024, doanh thu đạt 9.000 tỷ đồng. Trong đó, doanh thu tháng 11 "
     "đạt 900 tỷ đồng. Doanh thu lưu trú đạt 120 tỷ đồng.", 120, (2024, 11, 11)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period"), _MONTH_APART + _MONTH_REPORTED)
def test_a_month_set_apart_with_rieng_is_a_part_of_the_running_total(
    text: str, value: float, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, None) == period


# A bare "lũy kế" after a month sums January to that month.
_BARE_TOTALS = [
    ("Tính chung 10 tháng năm 2024, tổng mức bán lẻ đạt 90.000 tỷ đồng. Tháng 10/2024 đạt "
     "9.500 tỷ đồng, lũy kế đạt 91.300 tỷ đồng.", 91300, (2024, 1, 10)),
    ("Tháng 3/2024, sản lượng điều thu trong tháng ước đạt 102.400 tấn, lũy kế ước đạt "
     "122.400 tấn.", 122400, (2024, 1, 3)),
    ("Tháng 7/2024, kim ngạch xuất khẩu đạt 150 triệu USD; luỹ kế từ đầu năm đạt 980 triệu "
     "USD.", 980, (2024, 1, 7)),
    ("Tháng 9/2024, doanh thu du lịch đạt 300 tỷ đồng, cộng dồn đạt 2.400 tỷ đồng.", 2400,
     (2024, 1, 9)),
    ("Tháng 11/2023, số doanh nghiệp thành lập mới là 95 doanh nghiệp, lũy kế là 1.020 doanh "
     "nghiệp.", 1020, (2023, 1, 11)),
]  # fmt: skip
# Near misses: the month's own figure, a total that names its months, and one of a quarter.
_NOT_BARE_TOTALS = [
    ("Tháng 3/2024, sản lượng điều thu trong tháng ước đạt 102.400 tấn, lũy kế ước đạt "
     "122.400 tấn.", 102400, (2024, 3, 3)),
    ("Tháng 5/2024, xuất khẩu đạt 120 triệu USD; lũy kế 5 tháng đạt 560 triệu USD.", 560,
     (2024, 1, 5)),
    ("Quý II/2024, thu ngân sách đạt 900 tỷ đồng, lũy kế đạt 1.700 tỷ đồng.", 1700,
     (2024, 4, 6)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period"), _BARE_TOTALS + _NOT_BARE_TOTALS)
def test_a_bare_running_total_after_a_month_sums_the_year_to_that_month(
    text: str, value: float, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, None) == period


# "<what> do <cause> gây ra": the cause is named in a clause of its own after "do"; what it
# brought about is the subject, not a cause of the number.
_CAUSED_BY = [
    ("Năm 2024, tổng mức bán lẻ đạt 16.600 tỷ đồng. Thiệt hại do thiên tai gây ra trong 6 "
     "tháng ước tính khoảng 500 triệu đồng.", 500, "Thiệt hại do thiên tai"),
    ("Năm 2024, thiệt hại do bão số 3 gây ra ước khoảng 1.200 tỷ đồng.", 1200,
     "thiệt hại do bão số 3"),
    ("Năm 2024, số nhà bị hư hỏng do lốc xoáy gây ra là 320 căn.", 320,
     "số nhà bị hư hỏng do lốc xoáy"),
]  # fmt: skip
# Near misses: a cause that brings about the things counted, and a cause's share.
_CAUSING = [
    ("Năm 2024, mưa lớn kéo dài gây ra 1.250 ha lúa bị ngập úng.", 1250,
     "diện tích lúa bị ngập úng"),
    ("Năm 2024, người lái xe hai bánh gây ra trên 73% số vụ tai nạn.", 73,
     "người lái xe hai bánh gây ra"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _CAUSED_BY + _CAUSING)
def test_what_a_cause_named_after_do_brought_about_is_the_subject(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A count that opens its clause after a comma, its things and what befell them named after
# the number, is a clause of its own: the stretch before the comma names none of it.
_OPENING_COUNTS = [
    ("Năm 2025, dịch tả lợn châu Phi gây thiệt hại nặng, hơn 79.000 con lợn bị tiêu hủy.",
     79000, "con lợn bị tiêu hủy"),
    ("Năm 2024, công tác giảm nghèo đạt kết quả tốt, 1.500 hộ thoát nghèo.", 1500,
     "hộ thoát nghèo"),
    ("Năm 2024, tình hình an ninh ổn định, 120 vụ phạm pháp hình sự được phát hiện.", 120,
     "vụ phạm pháp hình sự được phát hiện"),
]  # fmt: skip
# Near misses: a subject before the number keeps its name, and a count with no words after
# its noun keeps the clause before it.
_NOT_OPENING_COUNTS = [
    ("Năm 2024, số hộ nghèo giảm còn 320 hộ.", 320, "số hộ nghèo"),
    # (the bare "đạt chuẩn" repeats the standard said whole before it: standard_names)
    ("Năm 2024, toàn huyện có 12 xã đạt chuẩn nông thôn mới, 45 thôn đạt chuẩn.", 45,
     "thôn đạt chuẩn nông thôn mới"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _OPENING_COUNTS + _NOT_OPENING_COUNTS)
def test_a_count_that_opens_its_clause_is_named_by_its_own_words(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A contribution to growth ("đóng góp 4,96 điểm phần trăm") is said of the whole; the parts
# a breakdown marker opens after it break down the whole, not the contribution.
_PARTS_AFTER_CONTRIBUTIONS = [
    ("So với năm trước, kinh tế tiếp tục phát triển. "
     "Năm 2023, khu vực công nghiệp - xây dựng ước đạt 30.196 tỷ đồng, tăng 11,60%, đóng góp "
     "4,96 điểm phần trăm; trong đó ngành công nghiệp tăng 14,56%, ngành xây dựng tăng 5,24%.",
     5.24, "xây dựng"),
    ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
     "Quý I/2024, khu vực dịch vụ tăng 6,1%, đóng góp 2,3 điểm phần trăm; trong đó bán buôn, "
     "bán lẻ tăng 8,2%, vận tải kho bãi tăng 7,5%.", 7.5, "vận tải kho bãi"),
    ("So với năm trước, kinh tế tiếp tục phát triển. "
     "Năm 2024, khu vực nông nghiệp tăng 3,2%, đóng góp 0,6 điểm %; trong đó lâm nghiệp tăng "
     "5,1%.", 5.1, "lâm nghiệp"),
]  # fmt: skip
# Near miss: with no contribution between, the parts break down the whole as before.
_PARTS_OF_WHOLES = [
    ("Quý I/2024, chỉ số sản xuất công nghiệp tăng 6,2% so với cùng kỳ; trong đó ngành khai "
     "khoáng giảm 3,1%.", -3.1, "chỉ số sản xuất công nghiệp khai khoáng"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "percent", "name"), _PARTS_AFTER_CONTRIBUTIONS + _PARTS_OF_WHOLES)
def test_the_parts_after_a_contribution_break_down_the_whole_not_the_contribution(
    text: str, percent: float, name: str
) -> None:
    assert name_read(text, None, percent) == name


# A contribution after a figure's parts set apart in parentheses is the figure's own.
_CONTRIBUTIONS_AFTER_PARTS = [
    ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
     "Sáu tháng đầu năm 2022, GRDP ước tăng 6,69%; trong đó khu vực II tăng 11,78% (công "
     "nghiệp tăng 13,81%, xây dựng tăng 6,29%), đóng góp 2,11 điểm phần trăm.", 2.11,
     "đóng góp của GRDP khu vực II"),
    ("So với năm trước, kinh tế tiếp tục phát triển. "
     "Năm 2024, khu vực dịch vụ tăng 7,2% (bán lẻ tăng 9,1%, vận tải tăng 6,4%), đóng góp "
     "3,05 điểm phần trăm.", 3.05, "đóng góp của khu vực dịch vụ"),
    ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
     "Quý I/2025, ngành công nghiệp tăng 12,4% (chế biến, chế tạo tăng 14,2%), đóng góp 4,1 "
     "điểm phần trăm.", 4.1, "đóng góp của công nghiệp"),
]  # fmt: skip
# Near misses: with no parenthesis, the figure just before is the one that contributes.
_CONTRIBUTIONS_OF_LAST = [
    ("So với năm trước, kinh tế tiếp tục phát triển. "
     "Năm 2024, khu vực dịch vụ tăng 7,2%, đóng góp 3,05 điểm phần trăm.", 3.05,
     "đóng góp của khu vực dịch vụ"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value", "name"), _CONTRIBUTIONS_AFTER_PARTS + _CONTRIBUTIONS_OF_LAST
)
def test_a_contribution_after_parts_in_parentheses_is_the_figures_own(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name
