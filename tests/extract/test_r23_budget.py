"""Probe sentences for the twenty-third round's public-finance helper (budget): budget,
credit, investment and business-registration reports read from real pages.

Each table holds wordings written for these tests (in the style of provincial budget and
credit reports) and near misses that look alike and must keep their reading."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures
from tiendo.periods import Period


def _period_of(text: str, value: float) -> tuple[Period, str]:
    found = [f for f in extract_figures(text) if f.value == value]
    assert len(found) == 1, found
    return found[0].period, found[0].kind


# An amount alone in parentheses right after the basis of a comparison ("so với cùng kỳ
# năm 2023 (37,37 triệu USD)") is that basis's level: the same months of the earlier year,
# or the month before.
_GLOSSED_BASIS = [
    ("Quý I/2024, vốn đăng ký điều chỉnh đạt 104,79 triệu USD, tăng 60,7% so với cùng kỳ năm 2023 "
     "(37,37 triệu USD).", 37.37, Period(2023, 1, 3)),
    ("6 tháng đầu năm 2022, doanh thu du lịch đạt 820 tỷ đồng, tăng 35% so với cùng kỳ năm "
     "trước (607 tỷ đồng).", 607, Period(2021, 1, 6)),
    ("Trong 9 tháng năm 2021, thu ngân sách trên địa bàn huyện đạt 412 tỷ đồng, giảm 6% so "
     "với cùng kỳ (khoảng 438 tỷ đồng).", 438, Period(2020, 1, 9)),
    ("Tháng 5/2023, sản lượng điện đạt 120 triệu kWh, tăng 4% so với tháng trước (115 triệu "
     "kWh).", 115, Period(2023, 4, 4)),
]  # fmt: skip
# Near misses: a parenthesis that opens with words of its own, or an amount set beside no
# basis, keeps the figure's own time.
_NOT_GLOSSED = [
    ("Năm 2023, thu ngân sách đạt 900 tỷ đồng, tăng 8% so với cùng kỳ (trong đó thu nội địa "
     "700 tỷ đồng).", 700, Period(2023, 1, 12)),
    ("Quý II/2023, xuất khẩu đạt 50 triệu USD, tăng 3% so với cùng kỳ; riêng gạo (20 triệu "
     "USD) tăng 5%.", 20, Period(2023, 4, 6)),
    ("Quý I/2024, dư nợ đạt 9.000 tỷ đồng, tăng 5% so với cùng kỳ, chiếm 30% toàn vùng "
     "(27.000 tỷ đồng).", 27000, Period(2024, 1, 3)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period"), _GLOSSED_BASIS + _NOT_GLOSSED)
def test_an_amount_glossing_the_basis_before_it_is_of_that_basis_time(
    text: str, value: float, period: Period
) -> None:
    found, kind = _period_of(text, value)
    assert found == period
    assert kind == "actual"


# A count after "tương ứng/tương đương tăng|giảm" restating the percentage change of a
# level the clause stated in the same counted noun is the difference, no figure.
_RESTATED_OWN = [
    "Có 250 doanh nghiệp quay trở lại hoạt động, giảm 39,17% so với cùng kỳ (tương ứng giảm "
    "161 doanh nghiệp).",
    "Số doanh nghiệp tạm ngừng hoạt động là 674 doanh nghiệp, tăng 8,7% so với cùng kỳ, "
    "tương ứng tăng 54 doanh nghiệp.",
    "Năm 2022 toàn huyện có 1.320 hộ nghèo, giảm 12% so với năm 2021 (tương đương giảm 180 hộ).",
    "Năm 2023, tỉnh có 2.140 hợp tác xã, tăng 5,3%, tương ứng tăng 108 hợp tác xã.",
]
# Near misses: a rate restated as the households it stands for is a count of its own.
_RESTATED_OTHER = [
    ("Phấn đấu giảm tỷ lệ hộ nghèo 3% (tương ứng giảm trên 4.990 hộ).", 4990),
    ("Tỷ lệ hộ nghèo còn 4,2%, giảm 1,5% so với năm trước (tương ứng giảm 1.500 hộ).", 1500),
]


@pytest.mark.parametrize("text", _RESTATED_OWN)
def test_a_count_restating_the_change_of_its_own_level_is_no_figure(text: str) -> None:
    assert len(extract_figures(text)) == 1


@pytest.mark.parametrize(("text", "value"), _RESTATED_OTHER)
def test_a_rate_restated_as_a_count_stays_a_figure(text: str, value: float) -> None:
    assert value in [f.value for f in extract_figures(text)]


# "năm nay" names the year the passage is in, all of it: a target or level of "năm nay"
# after a sentence about one month is of the whole year, and the words leave its name.
_THIS_YEAR = [
    ("Tháng 7/2018, dư nợ đạt 48.583 tỷ đồng. Theo mục tiêu, tăng trưởng tín dụng năm nay "
     "là 15%.", 15, Period(2018, 1, 12), "tăng trưởng tín dụng"),
    ("Tháng 7/2018, dư nợ đạt 48.583 tỷ đồng. Năm nay, tỉnh phấn đấu thu ngân sách 2.000 tỷ "
     "đồng.", 2000, Period(2018, 1, 12), "thu ngân sách"),
    ("Quý I/2023, thu ngân sách đạt 300 tỷ đồng; dự toán năm nay là 1.800 tỷ đồng.", 1800,
     Period(2023, 1, 12), "dự toán"),
]  # fmt: skip
# Near misses: a month of this year, or the year's end, is no whole year.
_NOT_THIS_YEAR = [
    ("Năm 2023, sản lượng tháng 7 năm nay đạt 1.200 tấn.", 1200, Period(2023, 7, 7), "sản lượng"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period", "name"), _THIS_YEAR + _NOT_THIS_YEAR)
def test_this_year_is_the_whole_year_of_the_passage(
    text: str, value: float, period: Period, name: str
) -> None:
    found = [f for f in extract_figures(text) if f.value == value]
    assert [f.period for f in found] == [period]
    assert found[0].indicator.lower().startswith(name)


# A rate the counted have, named after "có" and reached ("đạt") above a threshold, says
# which ones are counted: the count is the figure and its name holds the threshold.
_RATE_HAD = [
    ("Có 15/63 địa phương có tỷ lệ giải ngân vốn đầu tư công đạt trên 3%, gồm Cao Bằng, Lào "
     "Cai.", 15),
    ("Toàn huyện có 12 xã có tỉ lệ hộ nghèo đạt dưới 5%.", 12),
    ("Có 9 trường có tỷ lệ học sinh lên lớp đạt từ 98% trở lên.", 9),
]  # fmt: skip
# Near misses: a comma, or a rate with no "có" before it, makes the rate a figure.
_RATE_STATED = [
    ("Có 15 địa phương, tỷ lệ giải ngân đạt trên 3%.", 15),
    ("Huyện có 1.200 hộ, có tỷ lệ hộ nghèo đạt 3%.", 1200),
]  # fmt: skip


@pytest.mark.parametrize(("text", "count"), _RATE_HAD + _RATE_STATED)
def test_a_rate_the_counted_have_above_a_threshold_names_the_count(text: str, count: float) -> None:
    values = [f.value for f in extract_figures(text)]
    assert count in values
    assert (len(values) == 1) == ((text, count) in _RATE_HAD)


# The words after a superlative ("lớn nhất vẫn là X với", "đứng đầu là X với") name the
# measure of the amount after "với"; a place so ranked keeps the measure before it.
_SUPERLATIVE_NAMED = [
    ("Trong các nguồn thu, lớn nhất vẫn là thu nội địa với 9.877 tỷ đồng, đạt 23% dự toán.",
     9877, "thu nội địa"),
    ("Trong các khoản chi, nhiều nhất là chi thường xuyên với 1.250 tỷ đồng.", 1250,
     "chi thường xuyên"),
    ("Về cơ cấu vốn, đứng đầu là vốn ngân sách nhà nước với 3.400 tỷ đồng, chiếm 45%.", 3400,
     "vốn ngân sách nhà nước"),
]  # fmt: skip
_RANKED_PLACE = [
    ("Thu ngân sách trên địa bàn cao nhất là huyện Ea Kar với 120 tỷ đồng.", 120,
     "Thu ngân sách trên địa bàn của huyện Ea Kar"),
    ("Trong các nguồn thu, thu nội địa chiếm tỷ trọng lớn nhất với 9.877 tỷ đồng.", 9877,
     "thu nội địa"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _SUPERLATIVE_NAMED + _RANKED_PLACE)
def test_a_superlative_names_its_measure_after_la(text: str, value: float, name: str) -> None:
    found = [f for f in extract_figures(text) if f.value == value]
    assert len(found) == 1
    assert found[0].indicator.startswith(name)


# A superlative said of a subject ranks that subject's items: the subject names the measure.
@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("Nhóm cao nhất là nhóm hàng ăn với 3,2%.", 3.2, "Nhóm cao nhất"),
        ("Thu nội địa lớn nhất là thu từ doanh nghiệp nhà nước với 800 tỷ đồng.", 800,
         "Thu nội địa"),
    ],
)  # fmt: skip
def test_a_superlative_after_a_subject_leaves_the_subject_named(
    text: str, value: float, name: str
) -> None:
    found = [f for f in extract_figures(text) if f.value == value]
    assert len(found) == 1
    assert found[0].indicator.startswith(name)


# A share of the plan or budget whose words say what an aim holds ("để đạt mục tiêu giải
# ngân trên 95% kế hoạch") is the aim's level, a target; a result after an aim met is not.
_AIMED_SHARES = [
    ("Bộ Tài chính đề nghị các địa phương đẩy nhanh tiến độ để đạt mục tiêu giải ngân trên "
     "95% kế hoạch năm.", 95, "target"),
    ("Năm 2024, để hoàn thành mục tiêu thu ngân sách vượt 10% dự toán, huyện tăng cường chống "
     "thất thu.", 10, "target"),
    ("Năm 2023, với mục tiêu giải ngân hơn 90% kế hoạch vốn, tỉnh đã giải ngân được 92% kế "
     "hoạch.", 90, "target"),
    ("Năm 2023, với mục tiêu giải ngân hơn 90% kế hoạch vốn, tỉnh đã giải ngân được 92% kế "
     "hoạch.", 92, "actual"),
    ("Năm 2023, tỉnh đã hoàn thành mục tiêu giải ngân, đạt 97% kế hoạch.", 97, "actual"),
    ("Năm 2023, giải ngân vốn đầu tư công đạt trên 95% kế hoạch.", 95, "actual"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "percent", "kind"), _AIMED_SHARES)
def test_a_share_an_aim_holds_is_a_target(text: str, percent: float, kind: str) -> None:
    found = [f for f in extract_figures(text) if any(c.percent == percent for c in f.comparisons)]
    assert [f.kind for f in found] == [kind]
