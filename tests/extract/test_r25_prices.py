"""Sentences for the twenty-fifth round's prices helper (prices): constructions of price
index releases, credit and public investment reports, and budget collection that real
pages, read once, showed the extractor misread.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read, name_read, percent_row

# A part that rose most or least, named before its rise, with the rise after a comma
# ("nhóm hàng ăn tăng thấp nhất, 0,14%") or named after the superlative and closed by a
# comma ("tăng mạnh nhất là nhóm giáo dục, 2,1%", "… là nhóm giao thông, với 1,66%"): the
# percentage is the part's rise on the head's basis, not a level of its own.
_RANKED_RISES = [
    ("Bình quân năm 2014, chỉ số giá tiêu dùng tăng 3,12% so với năm 2013, trong đó nhóm hàng "
     "ăn và dịch vụ ăn uống tăng thấp nhất, 0,14%.", 2014, 0.14, ("previous", "change", 0.14)),
    ("Năm 2023, giá trị sản xuất công nghiệp tăng 8% so với cùng kỳ, trong đó ngành chế biến "
     "tăng nhiều nhất, với 12,5%.", 2023, 12.5, ("same_period", "change", 12.5)),
    ("Tháng 3/2023, chỉ số giá tiêu dùng giảm 0,3% so với tháng trước, trong đó nhóm giao "
     "thông giảm mạnh nhất, 2,8%.", 2023, 2.8, ("previous", "change", -2.8)),
    ("CPI tháng 5/2019 tăng 0,3% so với tháng trước, trong đó tăng mạnh nhất là nhóm giáo "
     "dục, 2,1%.", 2019, 2.1, ("previous", "change", 2.1)),
    ("CPI tháng 11/2016 tăng 0,11% so với tháng trước, trong đó tăng nhiều nhất là nhóm giao "
     "thông, với 1,66%; may mặc tăng 0,43%.", 2016, 1.66, ("previous", "change", 1.66)),
]  # fmt: skip
# Near misses: a rate that ranks a place stays a level; a ranking closed by "với" reads as
# it did; a ranked level after a comma with "còn" is a level.
_RANKED_LEVELS = [
    ("Năm 2022, tỷ lệ hộ nghèo toàn tỉnh là 4,5%, cao nhất là huyện A, 12%.", 2022, 12, None),
    ("Năm 2022, tỷ lệ hộ nghèo các huyện giảm mạnh nhất là huyện A, còn 5%.", 2022, 5, None),
    ("CPI tháng 11/2016 tăng 0,11% so với tháng trước, giảm nhiều nhất là nhóm giao thông "
     "với 1,2%.", 2016, 1.2, ("previous", "change", -1.2)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "number", "reading"), _RANKED_RISES + _RANKED_LEVELS)
def test_a_percentage_after_a_rise_that_ranks_is_the_parts_rise(
    text: str, year: int, number: float, reading: tuple[str, str, float] | None
) -> None:
    assert percent_row(number, reading) in comparisons_read(text, year)


# The part named after a superlative that opens its clause names the figure, also when the
# superlative opens the sentence with a capital ("Lớn nhất vẫn là thu nội địa với …") or
# says the rise it ranks and closes the name with a comma before "với".
_RANKED_NAMES = [
    ("Quý I/2023, tổng thu ngân sách là 22.056 tỷ đồng. Lớn nhất vẫn là thu nội địa với 9.877 "
     "tỷ đồng, đạt 23% dự toán.", 9877, None, "thu nội địa"),
    ("Năm 2022, tổng chi ngân sách 5.000 tỷ đồng. Nhiều nhất là chi thường xuyên với 3.000 tỷ "
     "đồng.", 3000, None, "chi thường xuyên"),
    ("CPI tháng 11/2016 tăng 0,11% so với tháng trước, trong đó tăng nhiều nhất là nhóm giao "
     "thông, với 1,66%.", None, 1.66, "nhóm giao thông"),
    ("Năm 2021, tổng vốn huy động đạt 8.000 tỷ đồng. Cao nhất là tiền gửi dân cư với 5.200 tỷ "
     "đồng.", 5200, None, "tiền gửi dân cư"),
]  # fmt: skip
# Near misses: a place ranked is left to the ranking of places; a subject before the
# superlative names the measure.
_NOT_RANKED_NAMES = [
    ("Năm 2023, thu ngân sách các huyện đạt 900 tỷ đồng, cao nhất là huyện Ea Kar với 210 tỷ "
     "đồng.", 210, None, "thu ngân sách các huyện huyện Ea Kar"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "percent", "name"), _RANKED_NAMES + _NOT_RANKED_NAMES)
def test_the_part_named_after_a_superlative_names_its_figure(
    text: str, value: float | None, percent: float | None, name: str
) -> None:
    assert name_read(text, value, percent) == name


# A sentence that opens by counting the kind of part the sentence before it counted ("So
# với tháng trước, sáu nhóm hàng tăng: …. Ba nhóm giảm gồm …") goes on with its list: its
# bare rises and falls are on the basis that sentence stated, not on the same time of last
# year.
_COUNT_GOES_ON = [
    ("Tháng 8/2022, CPI tăng 0,14% so với tháng trước và tăng 2,63% so với cùng kỳ. So với "
     "tháng trước, sáu nhóm hàng có chỉ số giá tăng: hàng ăn và dịch vụ ăn uống tăng 2,16%; "
     "giáo dục tăng 0,03%. Ba nhóm giảm gồm giao thông giảm 4,52%; bưu chính viễn thông giảm "
     "0,02%.", 2022, ("previous", "change", -4.52)),
    ("Tháng 9/2023, chỉ số sản xuất công nghiệp tăng 3% so với cùng kỳ. So với tháng trước, có "
     "15 ngành tăng, trong đó dệt may tăng 8%. Có 4 ngành giảm là khai khoáng giảm 6%, điện "
     "giảm 2%.", 2023, ("previous", "change", -6.0)),
    ("Tháng 4/2021, CPI giảm 0,1% so với cùng kỳ. Trong 11 nhóm hàng, có 7/11 nhóm tăng so với "
     "tháng trước, cao nhất là nhóm giao thông tăng 2,5%. 2 nhóm giảm là bưu chính viễn thông "
     "giảm 0,3% và giáo dục giảm 0,1%.", 2021, ("previous", "change", -0.3)),
]  # fmt: skip
# Near misses: a sentence that states its own basis keeps it; one that counts another kind
# of thing starts its own list; one that follows without a count keeps the default.
_COUNT_STARTS_ANEW = [
    ("Tháng 9/2023, CPI tăng 3% so với cùng kỳ. So với tháng trước, có 6 nhóm tăng, trong đó "
     "giáo dục tăng 8%. Ba nhóm giảm so với cùng kỳ gồm giao thông giảm 6%.", 2023,
     ("same_period", "change", -6.0)),
    ("Tháng 9/2023, CPI tăng 3% so với cùng kỳ. So với tháng trước, có 6 nhóm tăng, trong đó "
     "giáo dục tăng 8%. Ba xã có giá giảm gồm xã A giảm 6%.", 2023,
     ("same_period", "change", -6.0)),
    ("Tháng 9/2023, CPI tăng 3% so với cùng kỳ. So với tháng trước, có 6 nhóm tăng, trong đó "
     "giáo dục tăng 8%. Giá thịt lợn giảm 6%.", 2023, ("same_period", "change", -6.0)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "reading"), _COUNT_GOES_ON + _COUNT_STARTS_ANEW)
def test_a_sentence_counting_the_same_parts_goes_on_with_the_list_and_its_basis(
    text: str, year: int, reading: tuple[str, str, float]
) -> None:
    assert (None, "%", [reading]) in comparisons_read(text, year)


# A list carried from the sentence before ("…, tăng 17,76% so với cùng kỳ. Trong đó, …")
# hands its basis down only until one of its items states a time basis of its own before
# ";": the bare rises after that item are on the item's basis.
_ITEM_BASIS_GOES_ON = [
    ("Ước đến 30/6/2022, tổng dư nợ đạt 113.000 tỷ đồng, tăng 10,74% so với cuối năm 2021 và "
     "tăng 17,76% so với cùng kỳ. Trong đó, dư nợ ngắn hạn đạt 81.000 tỷ đồng, tăng 14,38% so "
     "với cuối năm 2021; dư nợ trung, dài hạn đạt 32.000 tỷ đồng, tăng 2,48%.", 2022, 32000,
     ("previous", "change", 2.48)),
    ("Tháng 5/2023, thu ngân sách đạt 1.000 tỷ đồng, tăng 4% so với cùng kỳ. Trong đó, thu nội "
     "địa 900 tỷ đồng, tăng 5% so với tháng trước; thu xuất nhập khẩu 100 tỷ đồng, giảm 2%.",
     2023, 100, ("previous", "change", -2.0)),
    ("Quý I/2024, tổng nguồn vốn huy động đạt 50.000 tỷ đồng, tăng 12% so với cùng kỳ. Riêng "
     "tiền gửi dân cư đạt 30.000 tỷ đồng, tăng 3% so với đầu năm; tiền gửi tổ chức kinh tế đạt "
     "20.000 tỷ đồng, tăng 1,5%.", 2024, 20000, ("previous", "change", 1.5)),
]  # fmt: skip
# Near misses: items that state no basis keep the carried one; a plan an item is compared
# with is no time to hand down.
_CARRIED_BASIS_STAYS = [
    ("Tháng 5/2023, thu ngân sách đạt 1.000 tỷ đồng, tăng 4% so với cùng kỳ. Trong đó, thu nội "
     "địa 900 tỷ đồng, tăng 5%; thu xuất nhập khẩu 100 tỷ đồng, giảm 2%.", 2023, 100,
     ("same_period", "change", -2.0)),
    ("Tháng 5/2023, thu ngân sách đạt 1.000 tỷ đồng, tăng 4% so với tháng trước. Trong đó, thu "
     "nội địa 900 tỷ đồng, tăng 5% so với kế hoạch; thu xuất nhập khẩu 100 tỷ đồng, giảm 2%.",
     2023, 100, ("previous", "change", -2.0)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "year", "value", "reading"), _ITEM_BASIS_GOES_ON + _CARRIED_BASIS_STAYS
)
def test_an_item_of_a_carried_list_that_states_its_own_basis_hands_it_down(
    text: str, year: int, value: float, reading: tuple[str, str, float]
) -> None:
    assert [reading] in [c for v, _, c in comparisons_read(text, year) if v == value]


# A line or clause that opens with the funds it speaks of, before a colon or a comma ("Vốn
# ngân sách địa phương: kế hoạch …, giải ngân …", "đối với vốn ngân sách tỉnh, giải ngân
# …", "Tiếp đó là vốn chương trình mục tiêu, giải ngân được …") names them for the plan
# and the disbursement its words alone give.
_FUNDS_LINES = [
    ("Năm 2017, vốn ngân sách địa phương: kế hoạch 6.157,9 tỷ đồng, giải ngân 4.491 tỷ đồng, "
     "đạt 72,9% kế hoạch.", 4491, "giải ngân vốn ngân sách địa phương"),
    ("Năm 2017, vốn ngân sách địa phương: kế hoạch 6.157,9 tỷ đồng, giải ngân 4.491 tỷ đồng, "
     "đạt 72,9% kế hoạch.", 6157.9, "kế hoạch vốn ngân sách địa phương"),
    ("Vốn đầu tư công năm 2017: kế hoạch 7.314,3 tỷ đồng, trong đó:\n- Vốn ngân sách Trung "
     "ương (ODA): kế hoạch 1.156,4 tỷ đồng, giải ngân 884,5 tỷ đồng.", 884.5,
     "giải ngân vốn ngân sách Trung ương (ODA)"),
    ("Năm 2019, đối với vốn ngân sách tỉnh, giải ngân 300 tỷ đồng, đạt 60% kế hoạch.", 300,
     "giải ngân vốn ngân sách tỉnh"),
    ("Năm 2018, giải ngân vốn đầu tư công đạt 823 tỷ đồng. Tiếp đó là vốn chương trình mục "
     "tiêu, giải ngân được gần 92 tỷ đồng, đạt 21% kế hoạch.", 92,
     "giải ngân vốn chương trình mục tiêu"),
]  # fmt: skip
# Near misses: a line opened by a time names no funds; a clause with a verb of its own is
# no label; a disbursement that names its funds keeps them.
_NOT_FUNDS_LINES = [
    ("Năm 2019: giải ngân 120 tỷ đồng, đạt 40% kế hoạch.", 120, "giải ngân"),
    ("Năm 2019, vốn ngân sách tỉnh tăng mạnh, giải ngân 300 tỷ đồng.", 300, "giải ngân"),
    ("Năm 2019, vốn ngân sách tỉnh tăng mạnh, giải ngân vốn đầu tư công đạt 300 tỷ đồng.", 300,
     "giải ngân vốn đầu tư công"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _FUNDS_LINES + _NOT_FUNDS_LINES)
def test_a_line_opened_by_its_funds_names_its_plan_and_disbursement(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# An average over months named alone after a price index's move ("Chỉ số giá vàng … giảm
# 3,39% so với tháng trước; bình quân 5 tháng tăng 18,89%") is the index's average move,
# on the same time of last year as any bare rise of an index, not a level of 18,89%.
_INDEX_AVERAGES = [
    ("Chỉ số giá vàng tháng 5/2012 giảm 3,39% so với tháng trước; bình quân 5 tháng tăng "
     "18,89%.", 2012, ("same_period", "change", 18.89)),
    ("CPI tháng 6/2020 giảm 0,1% so với tháng trước, bình quân 6 tháng đầu năm tăng 4,2%.",
     2020, ("same_period", "change", 4.2)),
    ("Chỉ số giá đô la Mỹ tháng 10/2019 tăng 0,03% so với tháng trước; bình quân 10 tháng giảm "
     "0,5%.", 2019, ("same_period", "change", -0.5)),
]  # fmt: skip
# Near misses: an average of other rates or measures over years stays a level.
_OTHER_AVERAGES = [
    ("Năm 2020, thu nhập bình quân tăng 5% so với năm trước; bình quân 5 năm tăng 6,2%.",
     2020, 6.2),
    ("Tỷ lệ hộ nghèo năm 2020 giảm 1,2% so với năm trước, bình quân 5 năm giảm 1,5%.", 2020,
     1.5),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "reading"), _INDEX_AVERAGES)
def test_an_average_named_alone_after_a_price_index_is_its_average_move(
    text: str, year: int, reading: tuple[str, str, float]
) -> None:
    assert (None, "%", [reading]) in comparisons_read(text, year)


@pytest.mark.parametrize(("text", "year", "level"), _OTHER_AVERAGES)
def test_an_average_named_alone_after_another_rate_stays_a_level(
    text: str, year: int, level: float
) -> None:
    assert (level, "%", []) in comparisons_read(text, year)
