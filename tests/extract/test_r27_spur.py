"""Sentences for the twenty-seventh round's helper on figures invented and missed (spur):
percentages that belong to a figure beside them, or to a plan named once for a list, read
as levels of their own; counts that name whose measure rose read as figures.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read
from tiendo.extract import extract_figures

# A heading that sets the items after its colon against a plan may name the time its
# results cover ("So với kế hoạch năm 2024, kết quả 9 tháng của huyện: …"): every bare
# item after the first is a share of that plan too, not a rate of its own; "tổng mức bán
# lẻ" (total retail sales) is an amount, its "mức" no word of a level.
_PERIOD_HEADINGS = [
    ("So với kế hoạch năm 2023, kết quả 6 tháng của huyện: giá trị sản xuất nông nghiệp đạt "
     "52,4%, tổng mức bán lẻ hàng hóa 48,9%, thu ngân sách 61,3%.", 2023,
     (None, "%", [("plan", "ratio", 48.9)])),
    ("So với kế hoạch năm 2022, kết quả 9 tháng của thành phố: thu ngân sách đạt 80,2%, vốn "
     "đầu tư công 66,7%, tổng mức bán lẻ 77,1%.", 2022,
     (None, "%", [("plan", "ratio", 77.1)])),
    ("So với kế hoạch, kết quả 3 tháng đầu năm 2021 của thị trấn: doanh thu dịch vụ đạt 27,5%, "
     "thu ngân sách 31,8%.", 2021, (None, "%", [("plan", "ratio", 31.8)])),
]  # fmt: skip
# Near misses: without a heading that sets a plan the bare items stay levels; a rate named
# as such stays a level.
_NO_PLAN_HEADING = [
    ("Kết quả 6 tháng của huyện: tỷ lệ hộ nghèo 3,2%, tỷ lệ lao động qua đào tạo 61,5%.", 2023,
     (61.5, "%", [])),
    ("So với kế hoạch năm 2023, kết quả 6 tháng của huyện: thu ngân sách đạt 52,4%, tỷ lệ che "
     "phủ rừng 43,2%.", 2023, (43.2, "%", [])),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "row"), _PERIOD_HEADINGS + _NO_PLAN_HEADING)
def test_a_plan_heading_that_names_its_months_gives_every_bare_item_a_share_of_it(
    text: str, year: int, row: tuple[float | None, str, list[tuple[str, str, float]]]
) -> None:
    assert row in comparisons_read(text, year)


# "lần lượt đạt x% và y%" after the amounts of the parts of a whole whose share of a plan
# (or budget) the sentence stated: each part's share of that plan, not two rates.
_RESPECTIVE_PARTS = [
    ("Đến hết tháng 9/2023, huyện giải ngân 412 tỷ đồng, bằng 61,2% kế hoạch; trong đó vốn "
     "tỉnh 250 tỷ đồng, vốn huyện 162 tỷ đồng, lần lượt đạt 66,1% và 54,8%.", 2023,
     (162, "tỷ đồng", [("plan", "ratio", 54.8)])),
    ("Năm 2022, chi ngân sách địa phương đạt 5.130 tỷ đồng, bằng 97,4% dự toán; chi đầu tư "
     "phát triển 1.820 tỷ đồng và chi thường xuyên 3.310 tỷ đồng, lần lượt bằng 91,2% và 101,5%.",
     2022, (1820, "tỷ đồng", [("budget", "ratio", 91.2)])),
    ("Quý I/2024, thu nội địa đạt 900 tỷ đồng, bằng 25% dự toán; thu từ doanh nghiệp 300 tỷ "
     "đồng, thu từ hộ kinh doanh 120 tỷ đồng, lần lượt đạt 22% và 30%.", 2024,
     (120, "tỷ đồng", [("budget", "ratio", 30)])),
]  # fmt: skip
# Near misses: with no plan stated before the parts, or with a rate among them, the
# percentages stay levels.
_RESPECTIVE_LEVELS = [
    ("Đến hết tháng 9/2023, vốn tỉnh 250 tỷ đồng, vốn huyện 162 tỷ đồng, lần lượt đạt 66,1% và "
     "54,8%.", 2023, (54.8, "%", [])),
    ("Năm 2022, tỷ lệ giải ngân đạt 90% kế hoạch; tỷ lệ hộ nghèo và tỷ lệ cận nghèo lần lượt là "
     "3,1% và 4,2%.", 2022, (4.2, "%", [])),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "row"), _RESPECTIVE_PARTS + _RESPECTIVE_LEVELS)
def test_respective_shares_of_parts_are_of_the_plan_stated_for_their_whole(
    text: str, year: int, row: tuple[float | None, str, list[tuple[str, str, float]]]
) -> None:
    assert row in comparisons_read(text, year)


# A count after "của" in the subject of a rise tells whose measure rose: the rise is the
# figure, the count none ("Chỉ số sản xuất của 4 ngành trọng điểm tăng 11,6%").
_OWNER_COUNTS = [
    ("Năm 2023, doanh thu của 15 doanh nghiệp lữ hành tăng 12,4% so với năm trước.", 2023,
     [(None, "%", [("previous", "change", 12.4)])]),
    ("Quý II/2022, chỉ số sản xuất của 3 ngành chủ lực tăng 9,1% so với cùng kỳ.", 2022,
     [(None, "%", [("same_period", "change", 9.1)])]),
    ("Năm 2021, kim ngạch xuất khẩu của 7 nhóm hàng chủ yếu giảm 4,5% so với năm 2020.", 2021,
     [(None, "%", [("previous", "change", -4.5)])]),
]  # fmt: skip
# Near misses: a count that is itself what changed, or that no rise follows, is a figure.
_OWN_COUNTS = [
    ("Năm 2023, có 15 doanh nghiệp lữ hành mới thành lập, tăng 12,4% so với năm trước.", 2023,
     [(15, "doanh nghiệp", [("previous", "change", 12.4)])]),
    ("Hội nghị năm 2023 có sự tham gia của 120 doanh nghiệp.", 2023,
     [(120, "doanh nghiệp", [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "rows"), _OWNER_COUNTS + _OWN_COUNTS)
def test_a_count_that_owns_the_measure_of_a_rise_is_no_figure(
    text: str, year: int, rows: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, year) == rows


# "Số X là N" names the things counted before the number, a pair of nouns with a comma
# ("Số băng, nhóm") too, also when "Số" opens a sentence after another.
_NAMED_TOTALS = [
    ("Tỷ lệ khám phá đạt 86,1%. Số băng, nhóm bị triệt phá là 412, giảm 20,3%.", 2022,
     (412, "băng, nhóm", [("same_period", "change", -20.3)])),
    ("Năm 2023 toàn tỉnh có 5.120 hộ nghèo. Số thôn, bản đạt chuẩn nông thôn mới là 318.", 2023,
     (318, "thôn, bản", [])),
    ("Công tác đào tạo có chuyển biến. Số lao động được đào tạo là 12.400, tăng 6%.", 2023,
     (12400, "lao động", [("same_period", "change", 6)])),
]  # fmt: skip
# Near misses: "số" inside a word ("chỉ số") names no count, and a sum of money wants its
# currency.
_NO_NAMED_TOTAL = [
    ("Năm 2023 hoạt động ổn định. Chỉ số giá tiêu dùng bình quân là 3,2%.", 2023,
     (3.2, "%", [])),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "row"), _NAMED_TOTALS + _NO_NAMED_TOTAL)
def test_the_things_a_total_counts_may_be_named_before_it_with_two_nouns(
    text: str, year: int, row: tuple[float | None, str, list[tuple[str, str, float]]]
) -> None:
    assert row in comparisons_read(text, year)


# "gần"/"xấp xỉ" before the verb of a share ("17.160 lượt, gần bằng 3% cùng kỳ") is the
# verb's own adverb: the share is the count's comparison, not a figure of its own.
_NEARLY_EQUAL = [
    ("Quý I/2022, khách tham quan ước 21.300 lượt, gần bằng 40% cùng kỳ.", 2022,
     [(21300, "lượt", [("same_period", "ratio", 40)])]),
    ("Năm 2021, cả tỉnh có 1.840 hộ thoát nghèo, xấp xỉ bằng 92% kế hoạch.", 2021,
     [(1840, "hộ", [("plan", "ratio", 92)])]),
    ("6 tháng đầu năm 2023, huyện trồng mới 640 ha rừng, gần đạt 55% kế hoạch năm.", 2023,
     [(640, "ha", [("plan", "ratio", 55)])]),
]  # fmt: skip
# Near misses: "gần" before a percentage with no verb of a share bounds a rate of its own.
_NEARLY_A_RATE = [
    ("Quý I/2022, tỉnh đón 21.300 lượt khách, gần 30% là khách quốc tế.", 2022,
     [(21300, "lượt khách", []), (30, "%", [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "rows"), _NEARLY_EQUAL + _NEARLY_A_RATE)
def test_a_share_nearly_equal_to_a_basis_is_the_comparison_of_the_count_before(
    text: str, year: int, rows: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, year) == rows


# A round mark passed ("vượt mốc 3 tỷ USD", "vượt ngưỡng 100 nghìn người") with the exact
# level in the same unit right after it: the level is the figure, the mark none.
_MARKS_PASSED = [
    ("Năm 2022, kim ngạch xuất khẩu của tỉnh lần đầu vượt mốc 5 tỷ USD, đạt 5,26 tỷ USD, tăng "
     "14% so với năm 2021.", 2022, [(5.26, "tỷ usd", [("previous", "change", 14)])]),
    ("Năm 2023, lượng khách du lịch vượt ngưỡng 2 triệu lượt, đạt 2,14 triệu lượt.", 2023,
     [(2.14, "triệu lượt", [])]),
    ("Năm 2024, thu ngân sách vượt mốc 10.000 tỷ đồng, với 10.420 tỷ đồng, bằng 108% dự toán.",
     2024, [(10420, "tỷ đồng", [("budget", "ratio", 108)])]),
]  # fmt: skip
# Near misses: a mark with no level after it is all the text says, and stays a figure; so
# does a mark followed by a level in another unit.
_MARKS_ALONE = [
    ("Năm 2022, kim ngạch xuất khẩu chạm mốc 2 tỷ USD.", 2022, [(2, "tỷ usd", [])]),
    ("Năm 2023, lượng khách vượt mốc 2 triệu lượt, đạt doanh thu 3.100 tỷ đồng.", 2023,
     [(2, "triệu lượt", []), (3100, "tỷ đồng", [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "rows"), _MARKS_PASSED + _MARKS_ALONE)
def test_a_round_mark_passed_before_the_exact_level_is_no_figure(
    text: str, year: int, rows: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, year) == rows


def _values(text: str, year: int) -> list[tuple[float | None, str]]:
    return [(value, unit) for value, unit, _ in comparisons_read(text, year)]


# Contributions listed after one verb with "điểm phần trăm" written once at the end, or
# at each, the last joined by "và": each number is a contribution of its own.
_LISTED_POINTS = [
    ("Năm 2021, ba khu vực lần lượt đóng góp 0,42; 2,95 và 1,87 điểm phần trăm vào mức tăng "
     "chung.", 2021,
     [(0.42, "điểm phần trăm"), (2.95, "điểm phần trăm"), (1.87, "điểm phần trăm")]),
    ("Quý II/2023, công nghiệp và dịch vụ đóng góp lần lượt 3,1 và 2,2 điểm phần trăm.", 2023,
     [(3.1, "điểm phần trăm"), (2.2, "điểm phần trăm")]),
    ("Năm 2018, hai khu vực lần lượt đóng góp 1,2 điểm phần trăm và 4,6 điểm phần trăm.", 2018,
     [(1.2, "điểm phần trăm"), (4.6, "điểm phần trăm")]),
]  # fmt: skip
# Near misses: numbers listed with no contribution verb before them stay unread, and a
# gap in points after a rise stays no figure.
_NOT_LISTED_POINTS = [
    ("Năm 2021, ba khu vực lần lượt xếp thứ 3, 5 và 7.", 2021, []),
    ("Năm 2021, GRDP tăng 6,5%, cao hơn 0,8 điểm phần trăm so với năm 2020.", 2021,
     [(6.5, "%")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "values"), _LISTED_POINTS + _NOT_LISTED_POINTS)
def test_contributions_listed_with_their_unit_written_once_are_each_a_figure(
    text: str, year: int, values: list[tuple[float | None, str]]
) -> None:
    assert _values(text, year) == values


def _periods(
    text: str, year: int
) -> list[tuple[float | None, list[tuple[str, str, float]], tuple]]:
    return [
        (f.value, [(c.basis, c.measure, c.percent) for c in f.comparisons],
         (f.period.year, f.period.from_month, f.period.to_month))
        for f in extract_figures(text, year=year)
    ]  # fmt: skip


# An earlier period's rise quoted with no figure of the sentence before it: that period's
# rise (no level), on the same period for "cùng kỳ" or a part of a year, on the year
# before for a whole year; a quoted level ("mức 4,1%") is that year's level.
_HOSTLESS_QUOTES = [
    ("Tăng trưởng 6 tháng đầu năm 2019 thấp hơn mức tăng 7,2% của cùng kỳ năm 2018.", 2019,
     [(None, [("same_period", "change", 7.2)], (2018, 1, 6))]),
    ("Năm 2023, tăng trưởng kinh tế của huyện cao hơn mức tăng 5,9% của năm 2022 và 6,3% của "
     "năm 2021.", 2023,
     [(None, [("previous", "change", 5.9)], (2022, 1, 12)),
      (None, [("previous", "change", 6.3)], (2021, 1, 12))]),
    ("Năm 2024, tỷ lệ thất nghiệp thấp hơn mức 2,8% của năm 2023.", 2024,
     [(2.8, [], (2023, 1, 12))]),
]  # fmt: skip
# Near misses: with a figure of the sentence before, quoted.py reads the quoted rise as
# before; a rate compared with no earlier period named is a level of its own year.
_HOSTED_QUOTES = [
    ("Năm 2016, GDP tăng 6,21% so với năm trước, thấp hơn mức 6,68% của năm 2015.", 2016,
     [(None, [("previous", "change", 6.21)], (2016, 1, 12)),
      (None, [("previous", "change", 6.68)], (2015, 1, 12))]),
    ("Năm 2024, tỷ lệ thất nghiệp ở mức 2,8%, thấp hơn bình quân cả nước.", 2024,
     [(2.8, [], (2024, 1, 12))]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "rows"), _HOSTLESS_QUOTES + _HOSTED_QUOTES)
def test_an_earlier_rise_quoted_with_no_figure_before_it_is_that_periods_rise(
    text: str, year: int, rows: list[tuple[float | None, list[tuple[str, str, float]], tuple]]
) -> None:
    assert _periods(text, year) == rows


# "kết quả (này) đạt x% kế hoạch" names no new thing measured: the share (and any rise
# after it) is the level achieved before it, in the sentence or the one before, skipping
# the plan it is set against.
_RESULT_SHARES = [
    ("Năm 2019, huyện tạo việc làm cho 2.310 lao động, trong khi kế hoạch là 2.000 lao động; "
     "kết quả đạt 115,5% kế hoạch, tăng 4,2% so với năm trước.", 2019,
     [(2310, "lao động", [("plan", "ratio", 115.5), ("previous", "change", 4.2)]),
      (2000, "lao động", [])]),
    ("Năm 2021, tỉnh trồng mới 1.260 ha rừng tập trung. Kết quả này đạt 105% kế hoạch năm.",
     2021, [(1260, "ha", [("plan", "ratio", 105)])]),
    ("Năm 2022, xã kết nạp 18 đảng viên mới, kết quả đạt 120% chỉ tiêu.", 2022,
     [(18, "đảng viên", [("plan", "ratio", 120)])]),
]  # fmt: skip
# Near misses: after only a plan, "kết quả đạt 112%" stays a rate of its own; a share
# named by its own subject stays that subject's.
_OWN_RESULTS = [
    ("Năm 2020, kế hoạch trồng rừng là 400 ha. Kết quả đạt 112%.", 2020,
     [(400, "ha", []), (112, "%", [])]),
    ("Năm 2021, tỉnh trồng mới 1.260 ha rừng; tỷ lệ cây sống đạt 92%.", 2021,
     [(1260, "ha", []), (92, "%", [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "rows"), _RESULT_SHARES + _OWN_RESULTS)
def test_the_result_named_only_as_such_is_the_level_achieved_before_it(
    text: str, year: int, rows: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, year) == rows


# A share of a plan or budget restated as the amount it comes to ("đạt 80,94% kế hoạch,
# tương ứng gần 15 tỷ đồng") is that amount's comparison, not a figure of its own.
_RESTATED_AMOUNTS = [
    ("Năm 2023, riêng vốn sự nghiệp giải ngân đạt 76,2% kế hoạch, tương ứng gần 21 tỷ đồng.",
     2023, [(21, "tỷ đồng", [("plan", "ratio", 76.2)])]),
    ("Năm 2022, thu nội địa đạt 104% dự toán, tương đương 2.380 tỷ đồng.", 2022,
     [(2380, "tỷ đồng", [("budget", "ratio", 104)])]),
    ("6 tháng đầu năm 2024, sản lượng thủy sản bằng 52% kế hoạch năm, tương ứng 18.400 tấn.",
     2024, [(18400, "tấn", [("plan", "ratio", 52)])]),
]  # fmt: skip
# Near misses: a rate with a level of its own and a rise restated as a difference keep
# their readings.
_NOT_RESTATED = [
    ("Năm 2022, tỷ lệ hộ nghèo còn 4,2%, tương ứng 3.150 hộ.", 2022,
     [(4.2, "%", []), (3150, "hộ", [])]),
    ("Năm 2022, doanh thu tăng 12% so với năm 2021, tương ứng tăng 300 tỷ đồng.", 2022,
     [(None, "%", [("previous", "change", 12)])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "rows"), _RESTATED_AMOUNTS + _NOT_RESTATED)
def test_a_share_restated_as_an_amount_is_that_amounts_comparison(
    text: str, year: int, rows: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, year) == rows


# "ngày khách" (guest-nights) after a scale is one counted noun, written whole.
_GUEST_NIGHTS = [
    ("Quý II/2023, số ngày khách lưu trú ước 212,4 ngàn ngày khách, tăng 8,1%.", 2023,
     [(212.4, "ngàn ngày khách", [("same_period", "change", 8.1)])]),
    ("Năm 2022, các cơ sở lưu trú phục vụ 2,3 triệu ngày khách.", 2022,
     [(2.3, "triệu ngày khách", [])]),
    ("Tháng 7/2024, khách lưu trú đạt 96,5 nghìn ngày khách, tăng 4%.", 2024,
     [(96.5, "nghìn ngày khách", [("same_period", "change", 4)])]),
]  # fmt: skip
# Near misses: "ngày" alone after a scale counts days.
_DAYS = [
    ("Năm 2022, các cơ sở lưu trú phục vụ 2,3 triệu ngày, tăng 5%.", 2022,
     [(2.3, "triệu ngày", [("previous", "change", 5)])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "rows"), _GUEST_NIGHTS + _DAYS)
def test_guest_nights_are_counted_as_one_noun(
    text: str, year: int, rows: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, year) == rows


# A sector that pulled growth down ("làm giảm 0,24 điểm phần trăm") contributes too, beside
# other contributions or of the growth named after it; a fall of a rate in points stays a gap.
_PULLED_DOWN = [
    ("Năm 2024, dịch vụ đóng góp 1,15 điểm phần trăm, còn nông nghiệp làm giảm 0,31 điểm phần "
     "trăm.", 2024, [(1.15, "điểm phần trăm"), (0.31, "điểm phần trăm")]),
    ("Năm 2017, khai khoáng giảm 7%, làm giảm 0,52 điểm phần trăm mức tăng trưởng chung.",
     2017, [(None, "%"), (0.52, "điểm phần trăm")]),
]  # fmt: skip
_GAPS = [
    ("Năm 2024, tỷ lệ hộ nghèo giảm 1,2 điểm phần trăm so với năm 2023.", 2024, []),
    ("Năm 2024, lãi suất cao làm giảm 0,5 điểm phần trăm tỷ lệ tiết kiệm.", 2024, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "values"), _PULLED_DOWN + _GAPS)
def test_a_sector_that_pulled_growth_down_contributes_its_points(
    text: str, year: int, values: list[tuple[float | None, str]]
) -> None:
    assert _values(text, year) == values


# "vượt X" after a level of another subject ("…, đạt 3,11 tỷ USD, còn thu ngân sách vượt
# 20.000 tỷ đồng") is that subject's level passed, not by how much the first passed a plan.
_PASSED_LEVELS = [
    ("Năm 2023, xuất khẩu đạt 1,2 tỷ USD, còn thu ngân sách vượt 9.000 tỷ đồng.", 2023,
     [(1.2, "tỷ usd"), (9000, "tỷ đồng")]),
    ("Năm 2022, sản lượng lúa đạt 52.000 tấn, trong khi sản lượng ngô vượt 8.000 tấn.", 2022,
     [(52000, "tấn"), (8000, "tấn")]),
    ("Năm 2021, vốn giải ngân đạt 640 tỷ đồng, riêng vốn tỉnh vượt 300 tỷ đồng.", 2021,
     [(640, "tỷ đồng"), (300, "tỷ đồng")]),
]  # fmt: skip
# Near misses: by how much the same level passed its plan is no figure.
_PASSED_MARGINS = [
    ("Năm 2023, thu ngân sách đạt 1.500 tỷ đồng, vượt 300 tỷ đồng.", 2023, [(1500, "tỷ đồng")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "values"), _PASSED_LEVELS + _PASSED_MARGINS)
def test_a_level_passed_by_another_subject_is_its_own_figure(
    text: str, year: int, values: list[tuple[float | None, str]]
) -> None:
    assert _values(text, year) == values


# A number that ends the capitalised name of a plant or a zone ("Nhà máy Nhiệt điện Vũng
# Áng 1") is part of the name, counts nothing, and takes no rise of the sentence.
_FACILITY_NAMES = [
    ("Quý III/2022, Nhà máy Nhiệt điện Thái Bình 2 dừng máy nên chỉ số sản xuất công nghiệp "
     "giảm 4,5% so với cùng kỳ.", 2022, [(None, "%", [("same_period", "change", -4.5)])]),
    ("Năm 2021, Nhà máy Lọc hóa dầu Nghi Sơn 2 bảo dưỡng nên sản lượng xăng dầu giảm 12% so "
     "với năm 2020.", 2021, [(None, "%", [("previous", "change", -12)])]),
    ("Năm 2023, Khu công nghiệp Phú Bài 4 khởi công xây dựng.", 2023, []),
]  # fmt: skip
# Near misses: a count after a plant's kind named in small letters is a count.
_PLANT_COUNTS = [
    ("Năm 2023, nhà máy thủy điện đón 120 đoàn khách tham quan.", 2023,
     [(120, "đoàn", [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "rows"), _FACILITY_NAMES + _PLANT_COUNTS)
def test_a_number_that_ends_a_plants_name_is_no_figure(
    text: str, year: int, rows: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, year) == rows


# "cả N X đều …" speaks of all of a set counted before: that count again, no new figure.
_ALL_OF_COUNTS = [
    ("Năm 2022, huyện có 3 xã được công nhận đạt chuẩn nông thôn mới. Cả 3 xã đều giải ngân "
     "được 12 tỷ đồng vốn hỗ trợ.", 2022, [(3, "xã"), (12, "tỷ đồng")]),
    ("Năm 2023, tỉnh thành lập 12 hợp tác xã; cả 12 hợp tác xã đều hoạt động hiệu quả.", 2023,
     [(12, "hợp tác xã")]),
]  # fmt: skip
# Near misses: with no earlier count of the same things, the count stays a figure.
_FIRST_COUNTS = [
    ("Năm 2023, cả 5 trường đều đạt chuẩn quốc gia.", 2023, [(5, "trường")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "values"), _ALL_OF_COUNTS + _FIRST_COUNTS)
def test_all_of_a_set_counted_before_is_no_new_count(
    text: str, year: int, values: list[tuple[float | None, str]]
) -> None:
    assert _values(text, year) == values


# A count set off in parentheses after a common noun ("phần đường (40 vụ)") counts the
# cases of what is named before it; no road's name goes on past the parenthesis.
_PAREN_COUNTS = [
    ("Năm 2024, tai nạn do đi sai phần đường (52 vụ) và do phóng nhanh (31 vụ).", 2024,
     [(52, "vụ"), (31, "vụ")]),
    ("Năm 2023, vi phạm chủ yếu ở tuyến đường (64 trường hợp) và bến bãi (12 trường hợp).",
     2023, [(64, "trường hợp"), (12, "trường hợp")]),
]  # fmt: skip
# Near misses: a road's number right after the word is its name, no count.
_ROAD_NAMES = [
    ("Năm 2023, tuyến đường 3 dài 12 km được nâng cấp.", 2023, [(12, "km")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "values"), _PAREN_COUNTS + _ROAD_NAMES)
def test_a_count_in_parentheses_after_a_common_noun_is_counted(
    text: str, year: int, values: list[tuple[float | None, str]]
) -> None:
    assert _values(text, year) == values


# A policy adjusted for projects ("được chấp thuận, điều chỉnh chủ trương") is a decision
# made, no aim: the figures of the sentence keep the estimate it opens with.
_POLICY_DECISIONS = [
    ("Dự kiến đến 30/9/2023, có 45 dự án được chấp thuận, điều chỉnh chủ trương, vốn đăng ký "
     "3.200 tỷ đồng.", 2023, [(45, "estimate"), (3200, "estimate")]),
]  # fmt: skip
# Near misses: a policy set as an aim still marks a target.
_POLICY_AIMS = [
    ("Năm 2024, tỉnh có chủ trương thu hút 50 dự án đầu tư.", 2024, [(50, "target")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "kinds"), _POLICY_DECISIONS + _POLICY_AIMS)
def test_a_policy_adjusted_for_projects_is_a_decision_not_an_aim(
    text: str, year: int, kinds: list[tuple[float | None, str]]
) -> None:
    assert [(f.value, f.kind) for f in extract_figures(text, year=year)] == kinds


# Bare shares listed in one clause before the one that names the plan ("A giải ngân gần
# 65%, B trên 61%, C đạt 44% kế hoạch") are shares of that plan too.
_TRAILING_BASES = [
    ("Năm 2023, vốn trung ương giải ngân 72%, vốn địa phương 65%, vốn ODA đạt 40% kế hoạch.",
     2023, [(None, "%", [("plan", "ratio", 72)]), (None, "%", [("plan", "ratio", 65)]),
            (None, "%", [("plan", "ratio", 40)])]),
    ("Năm 2022, thu nội địa đạt 96%, thu xuất nhập khẩu bằng 104% dự toán.", 2022,
     [(None, "%", [("budget", "ratio", 96)]), (None, "%", [("budget", "ratio", 104)])]),
]  # fmt: skip
# Near misses: a rate named as such, or a share set apart by a semicolon, keeps its level.
_OWN_RATES = [
    ("Năm 2023, tỷ lệ hộ nghèo 3,2%, vốn giải ngân đạt 44% kế hoạch.", 2023,
     [(3.2, "%", []), (None, "%", [("plan", "ratio", 44)])]),
    ("Năm 2023, thu ngân sách đạt 90%; chi ngân sách đạt 85% dự toán.", 2023,
     [(90, "%", []), (None, "%", [("budget", "ratio", 85)])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "rows"), _TRAILING_BASES + _OWN_RATES)
def test_bare_shares_before_the_one_that_names_the_plan_share_it(
    text: str, year: int, rows: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, year) == rows
