"""Sentences for the twenty-fourth round's agriculture helper (agri): constructions of
crop, livestock, fisheries and forestry reports that real pages, read once, showed the
extractor misread.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read, period_read

# A bare crop measure after an item's area is the item's, also when the item's own rise
# (with its basis, or a share of the plan) stands between them, when the item is named
# with its farming ("diện tích nuôi tôm", "cây sắn trồng được") or with its harvest
# ("thu hoạch xong 7.960 ha lúa xuân với năng suất ..."), and when the measure names the
# harvest ("sản lượng thu hoạch").
_ITEM_AFTER_RISE = [
    ("Năm 2024, diện tích nuôi cá tra đạt 1.250 ha, tăng 3,2% so với năm trước, sản lượng "
     "đạt 98.000 tấn.", 98000, "sản lượng cá tra"),
    ("Sáu tháng đầu năm 2024, diện tích nuôi tôm thẻ chân trắng ước đạt 3.400 ha, tăng 12% so "
     "với cùng kỳ, sản lượng ước đạt 21.500 tấn.", 21500, "sản lượng tôm thẻ chân trắng"),
    ("Năm 2023, cây sắn trồng được 2.100 ha, năng suất ước 180 tạ/ha, sản lượng ước 37.800 "
     "tấn.", 180, "năng suất cây sắn"),
    ("Năm 2023, cây sắn trồng được 2.100 ha, năng suất ước 180 tạ/ha, sản lượng ước 37.800 "
     "tấn.", 37800, "sản lượng cây sắn"),
    ("Năm 2024, diện tích lạc đạt 640 ha, giảm 3,1% so với năm trước, sản lượng thu hoạch "
     "1.650 tấn.", 1650, "sản lượng thu hoạch lạc"),
    ("Năm 2020, huyện thu hoạch xong 7.960 ha lúa xuân với năng suất 69,5 tạ/ha.", 69.5,
     "năng suất lúa xuân"),
    ("Năm 2024, diện tích nuôi tôm đạt 640 ha, tăng 3,1% so với năm trước và bằng 95% kế "
     "hoạch, sản lượng 1.650 tấn.", 1650, "sản lượng tôm"),
]  # fmt: skip
# Near misses: what was done names nothing, a measure that names its own thing keeps it,
# and a value of products is no crop's area.
_NOT_ITEM_AFTER_RISE = [
    ("Năm 2024, diện tích đã cạo mủ 12.000 ha, tăng 2%, sản lượng 15.000 tấn.", 15000,
     "sản lượng"),
    ("Năm 2024, tổng diện tích gieo trồng đạt 12.000 ha, tăng 2% so với năm trước, sản lượng "
     "lương thực 40.000 tấn.", 40000, "sản lượng lương thực"),
    ("Năm 2024, giá trị sản xuất thủy sản đạt 900 tỷ đồng, tăng 4%, sản lượng đạt 12.000 "
     "tấn.", 12000, "sản lượng thủy sản"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _ITEM_AFTER_RISE + _NOT_ITEM_AFTER_RISE)
def test_a_bare_crop_measure_after_an_items_area_and_rise_is_the_items(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A sector's part after "trong đó" is measured as its whole also when the whole has no level
# of its own: a rise alone ("giá trị sản xuất nông nghiệp tăng 3,2%; trong đó trồng trọt
# ..."), or a sentence of no figure naming it just before "Trong đó, nông nghiệp ...".
_PART_OF_LEVELLESS_WHOLE = [
    ("Chín tháng năm 2024, giá trị sản xuất cả ba lĩnh vực nông, lâm, thủy sản của huyện đều "
     "tăng. Trong đó, nông nghiệp ước đạt 1.215 tỷ đồng, tăng 3,4%; thủy sản ước đạt 342 tỷ "
     "đồng.", 1215, "giá trị sản xuất nông nghiệp"),
    ("Chín tháng năm 2024, giá trị sản xuất cả ba lĩnh vực nông, lâm, thủy sản của huyện đều "
     "tăng. Trong đó, nông nghiệp ước đạt 1.215 tỷ đồng, tăng 3,4%; thủy sản ước đạt 342 tỷ "
     "đồng.", 342, "giá trị sản xuất thủy sản"),
    ("Năm 2024, giá trị sản xuất ngành nông nghiệp tiếp tục tăng khá. Trong đó, trồng trọt đạt "
     "1.820 tỷ đồng, chăn nuôi đạt 960 tỷ đồng.", 960, "giá trị sản xuất ngành chăn nuôi"),
    ("So với năm trước, kinh tế tiếp tục phát triển. "
     "Năm 2023, giá trị sản xuất nông nghiệp tăng 3,2%; trong đó trồng trọt đạt 2.100 tỷ đồng, "
     "chăn nuôi đạt 1.500 tỷ đồng.", 2100, "giá trị sản xuất trồng trọt"),
    ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
     "Quý I/2024, giá trị sản xuất công nghiệp tăng 5,1%; trong đó công nghiệp chế biến đạt "
     "2.300 tỷ đồng.", 2300, "giá trị sản xuất công nghiệp chế biến"),
    ("Năm 2024, giá trị sản xuất nông nghiệp được duy trì. Trong đó: trồng trọt 1.820 tỷ đồng; "
     "chăn nuôi 960 tỷ đồng.", 1820, "giá trị sản xuất trồng trọt"),
]  # fmt: skip
# Near misses: a sentence naming no measure, a whole of another measure, and a whole with a
# level of its own in between keep their readings.
_NOT_PART_OF_LEVELLESS_WHOLE = [
    ("Năm 2024, sản xuất nông nghiệp gặp nhiều khó khăn. Trong đó, chăn nuôi đạt 960 tỷ đồng.",
     960, "chăn nuôi"),
    ("Năm 2024, giá trị sản xuất nông nghiệp tăng 3,2%. Tổng vốn đầu tư đạt 500 tỷ đồng; trong "
     "đó công nghiệp 200 tỷ đồng.", 200, "vốn đầu tư công nghiệp"),
    ("Năm 2024, tổng mức bán lẻ hàng hóa tăng 8%; trong đó thương mại đạt 4.100 tỷ đồng.", 4100,
     "thương mại"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value", "name"), _PART_OF_LEVELLESS_WHOLE + _NOT_PART_OF_LEVELLESS_WHOLE
)
def test_a_sectors_part_is_measured_as_its_whole_given_with_no_level(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# Eggs and fruit named bare before a count by the piece ("quả") are an output, as livestock
# named bare before "con" are a herd: "trứng 14,5 tỷ quả" is "sản lượng trứng", not
# "trứng quả".
_PRODUCE_BY_THE_PIECE = [
    ("Năm 2020, sản lượng thịt lợn hơi đạt 3,46 triệu tấn; thịt gia cầm hơi 1,42 triệu tấn; "
     "trứng 14,5 tỷ quả, tăng 9,5%.", 14.5, "sản lượng trứng"),
    ("Năm 2023, sản lượng thịt hơi các loại đạt 52.000 tấn; trứng gia cầm 120 triệu quả; sữa "
     "tươi 3.500 tấn.", 120, "sản lượng trứng gia cầm"),
    ("Năm 2024, đàn gà 1,2 triệu con, trứng gà 35 triệu quả.", 35, "sản lượng trứng gà"),
    ("Năm 2024, huyện có 1.200 ha dừa, dừa khô 45 triệu quả.", 45, "sản lượng dừa khô"),
]  # fmt: skip
# Near misses: a named output keeps its name, and livestock stay herds.
_NOT_PRODUCE_BY_THE_PIECE = [
    ("Năm 2023, sản lượng trứng gia cầm đạt 120 triệu quả, tăng 5%.", 120,
     "sản lượng trứng gia cầm"),
    ("Năm 2024, đàn gà 1,2 triệu con, trứng gà 35 triệu quả.", 1.2, "đàn gà"),
    ("Năm 2024, trâu 3.680 con, bò 12.760 con.", 12760, "đàn bò"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value", "name"), _PRODUCE_BY_THE_PIECE + _NOT_PRODUCE_BY_THE_PIECE
)
def test_produce_named_bare_before_a_count_by_the_piece_is_an_output(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# Goods listed after a price in a price's unit (money per a measure) are priced too, by the
# head the first item's name opens with ("giá", "giá bán"), also when that item ends with a
# qualifier ("bình quân", "dao động") and the next one opens a range ("từ").
_PRICED_ITEMS = [
    ("Năm 2021, giá lúa tươi bình quân 6.500 đồng/kg, ngô hạt 7.200 đồng/kg.", 7200,
     "giá ngô hạt"),
    ("Tháng 5/2024, giá lợn hơi dao động 62.000 - 65.000 đồng/kg; gà công nghiệp 38.000 "
     "đồng/kg.", 38000, "giá gà công nghiệp"),
    ("Năm 2024, giá bán cà phê nhân bình quân 95 nghìn đồng/kg, tăng 40%; hồ tiêu 140 nghìn "
     "đồng/kg.", 140, "giá bán hồ tiêu"),
    ("Năm 2023, giá cá tra nguyên liệu từ 26 - 28 nghìn đồng/kg, cá rô phi từ 30 - 35 nghìn "
     "đồng/kg.", 30, "giá cá rô phi"),
]  # fmt: skip
# Near misses: a value of output and an income per head are no prices.
_NOT_PRICED_ITEMS = [
    ("Năm 2024, giá trị sản xuất trồng trọt đạt 1.200 tỷ đồng, chăn nuôi 800 tỷ đồng.", 800,
     "giá trị sản xuất chăn nuôi"),
    ("Năm 2024, thu nhập bình quân đầu người đạt 60 triệu đồng/người, hộ nghèo 1,2%.", 1.2,
     "hộ nghèo"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _PRICED_ITEMS + _NOT_PRICED_ITEMS)
def test_goods_listed_after_a_price_are_priced(text: str, value: float, name: str) -> None:
    assert name_read(text, value) == name


# A month's figure that "brings" a running total up ("đưa tổng sản lượng 6 tháng đầu năm lên
# 1,69 triệu tấn") moves the report to the running total, as "lũy kế" and "tính chung" do:
# the sentences after it are of the months summed.
_BROUGHT_UP_TOTALS = [
    ("Sản lượng thủy sản tháng 6/2017 ước đạt 450.000 tấn, đưa tổng sản lượng 6 tháng đầu năm "
     "lên 1,69 triệu tấn. Diện tích nuôi tôm đạt 639.761 ha.", 639761, (2017, 1, 6)),
    ("Giá trị xuất khẩu tháng 9/2023 ước đạt 120 triệu USD, đưa tổng kim ngạch 9 tháng lên "
     "1.050 triệu USD, tăng 5%. Nhập khẩu đạt 800 triệu USD.", 800, (2023, 1, 9)),
    ("Tháng 3/2024, thu ngân sách đạt 150 tỷ đồng, đưa lũy kế quý I lên 420 tỷ đồng. Chi ngân "
     "sách đạt 300 tỷ đồng.", 300, (2024, 1, 3)),
]  # fmt: skip
# Near misses: what is "brought" into use is no running total, and a month alone stays.
_NOT_BROUGHT_UP_TOTALS = [
    ("Tháng 6/2017, sản lượng thủy sản ước đạt 450.000 tấn, đưa vào chế biến 6 tháng 120.000 "
     "tấn. Diện tích nuôi tôm đạt 639.761 ha.", 639761, (2017, 6, 6)),
    ("Tháng 6/2017, sản lượng thủy sản ước đạt 450.000 tấn, tăng 3%. Diện tích nuôi tôm đạt "
     "639.761 ha.", 639761, (2017, 6, 6)),
    ("Sản lượng thủy sản tháng 6/2017 ước đạt 450.000 tấn, đưa tổng sản lượng 6 tháng đầu năm "
     "lên 1,69 triệu tấn.", 450000, (2017, 6, 6)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period"), _BROUGHT_UP_TOTALS + _NOT_BROUGHT_UP_TOTALS)
def test_a_running_total_brought_up_frames_the_sentences_after_it(
    text: str, value: float, period: tuple[int, int, int]
) -> None:
    assert period_read(text, value, None) == period


# A running total brought up by a month's figure and named by no measure of its own ("đưa
# lũy kế quý I lên 420 tỷ đồng", "đưa tổng 6 tháng lên") is of the measure it adds up.
_BROUGHT_UP_NAMES = [
    ("Tháng 3/2024, thu ngân sách đạt 150 tỷ đồng, đưa lũy kế quý I lên 420 tỷ đồng.", 420,
     "thu ngân sách"),
    ("Tháng 9/2023, huyện trồng mới 120 ha rừng, đưa tổng số 9 tháng lên 1.050 ha.", 1050,
     "diện tích trồng mới rừng"),
    ("Tháng 10/2024, tỉnh giải ngân 300 tỷ đồng, đưa lũy kế từ đầu năm lên 2.100 tỷ đồng.",
     2100, "giải ngân"),
]  # fmt: skip
# Near misses: a total with a measure of its own keeps it, and a count keeps its total.
_NOT_BROUGHT_UP_NAMES = [
    ("Tháng 9/2023, huyện trồng mới 120 ha rừng, đưa tổng diện tích trồng rừng 9 tháng lên "
     "1.050 ha.", 1050, "tổng diện tích trồng rừng"),
    ("Tháng 10/2024, tỉnh giải ngân 300 tỷ đồng, nâng tổng số vốn giải ngân 10 tháng lên "
     "2.100 tỷ đồng.", 2100, "tổng số vốn giải ngân"),
    ("Năm 2024, tỉnh công nhận thêm 5 xã đạt chuẩn nông thôn mới, nâng tổng số lên 83 xã.", 83,
     "tổng số xã đạt chuẩn nông thôn mới"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _BROUGHT_UP_NAMES + _NOT_BROUGHT_UP_NAMES)
def test_a_running_total_brought_up_is_of_the_measure_it_adds_up(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name
