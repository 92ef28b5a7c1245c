"""Sentences for the twenty-fifth round's elections helper (elections): constructions of
news on elections, People's Council sessions, Party congresses and mass organisations
that real pages, read once, showed the extractor misread.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read, name_read, period_read

# A time of day before a date opening the passage ("Chiều 26-5-2016, ...", "Sáng 25/12/2020,
# ...", "Tối 3/2/2019, ...") dates it as "Ngày 26-5-2016" does: the figures of the sentences
# after it, which name no time, are of that year.
_TIME_OF_DAY_DATE = [
    ("Chiều 26-5-2016, Ủy ban Bầu cử tỉnh công bố danh sách người trúng cử. Trong 141 người "
     "ứng cử, có 85 người trúng cử.", 85, (2016, None, None)),
    ("Tối 3/2/2019, Ban tổ chức lễ hội họp báo. Đã có 1.200 lượt khách tham quan.", 1200,
     (2019, None, None)),
    ("Trưa 14-9-2024, cơn bão đổ bộ vào đất liền. Có 120 ngôi nhà bị tốc mái.", 120,
     (2024, None, None)),
    ("Sáng 6/4/2021, Hội Nông dân huyện tổng kết nhiệm vụ. Hội có 4.520 hội viên.", 4520,
     (2021, None, None)),
]  # fmt: skip
# The days of a meeting, two joined by "và" or a dash and written with either mark
# ("Trong hai ngày 27 và 28-7-2016", "Trong 2 ngày 14 - 15/10/2020"), date the passage's
# year alike, and only the year: the report heard there is of the term before them.
_MEETING_DAYS_YEAR = [
    ("Trong hai ngày 27 và 28-7-2016, Hội Liên hiệp Phụ nữ huyện tổ chức đại hội với hơn "
     "200 đại biểu.", 200, (2016, None, None)),
    ("Trong 2 ngày 14 - 15/10/2020, Đảng bộ huyện tổ chức đại hội với 250 đại biểu.", 250,
     (2020, None, None)),
    ("Ngày 9 và 10-12-2019, Hội Nông dân tỉnh tổ chức đại hội với 300 đại biểu.", 300,
     (2019, None, None)),
]  # fmt: skip
# Near misses: a few days of a holiday name their months, and a session's days the month
# it acted in, as before.
_NOT_MEETING_DAYS_YEAR = [
    ("Dịp nghỉ lễ 30/4 - 1/5/2024, tỉnh đón trên 154.000 lượt khách.", 154000, (2024, 4, 5)),
    ("Ngày 5 và 6/8/2020, kỳ họp thứ 12 HĐND huyện thông qua 15 nghị quyết.", 15,
     (2020, 8, 8)),
]  # fmt: skip
# Near misses: the same words that are no time of day ("chiều dài", "tối đa", "sáng
# kiến") date nothing, and a date's own year still wins over a later one.
_NOT_TIME_OF_DAY_DATE = [
    ("Chiều dài tuyến đường là 12 km, rộng 7 m.", 12, (None, None, None)),
    ("Mỗi hộ được vay tối đa 50 triệu đồng.", 50, (None, None, None)),
    ("Sáng kiến của 5 hội viên được công nhận.", 5, (None, None, None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period"), _TIME_OF_DAY_DATE + _NOT_TIME_OF_DAY_DATE)
def test_a_time_of_day_before_a_date_dates_the_passage_as_ngay_does(
    text: str, value: float, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, None) == period


# A share of a whole named by what it counts ("đạt 99,99% so tổng số cử tri") is the share
# of the earlier count of those things in its clause, not of the count of other things
# (places, units) said right before it.
_SHARE_OF_NAMED_WHOLE = [
    ("Năm 2021, gần 125.000 cử tri đã bỏ phiếu tại 11 đơn vị bầu cử, đạt 99,99% so tổng số "
     "cử tri.", [(125000, "cử tri", [("other", "ratio", 99.99)]), (11, "đơn vị", [])]),
    ("Năm 2022, có 1.200 hộ được vay vốn tại 5 xã, đạt 80% tổng số hộ nghèo.",
     [(1200, "hộ", [("other", "ratio", 80.0)]), (5, "xã", [])]),
    ("Năm 2023, 3.400 học sinh dự thi tại 12 điểm thi, đạt 98% tổng số học sinh đăng ký.",
     [(3400, "học sinh", [("other", "ratio", 98.0)]), (12, "điểm", [])]),
]  # fmt: skip
# Near misses: a share of the plan, or of a whole of the things counted last, stays with
# the count right before it.
_NOT_SHARE_OF_NAMED_WHOLE = [
    ("Năm 2023, 3.400 học sinh dự thi tại 12 điểm thi, bằng 98% kế hoạch.",
     [(3400, "học sinh", []), (12, "điểm", [("plan", "ratio", 98.0)])]),
    ("Năm 2023, 3.400 học sinh dự thi tại 12 điểm thi, đạt 60% tổng số điểm thi của tỉnh.",
     [(3400, "học sinh", []), (12, "điểm", [("other", "ratio", 60.0)])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), _SHARE_OF_NAMED_WHOLE + _NOT_SHARE_OF_NAMED_WHOLE)
def test_a_share_of_a_whole_named_by_its_noun_belongs_to_the_count_of_that_noun(
    text: str, rows: list[tuple[float, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == rows


@pytest.mark.parametrize(("text", "value", "period"), _MEETING_DAYS_YEAR + _NOT_MEETING_DAYS_YEAR)
def test_the_days_of_a_meeting_date_the_passages_year(
    text: str, value: float, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, None) == period


# "dân tộc" is one word: "người dân tộc thiểu số" names people of ethnic minorities, not the
# actor "người dân" followed by "tộc", and stays whole in the name.
_ETHNIC_PEOPLE = [
    ("Năm 2016, người dân tộc thiểu số 24 đại biểu, chiếm 28,24%.", 24,
     "người dân tộc thiểu số"),
    ("Năm 2021, người ứng cử là người dân tộc thiểu số có 163 người.", 163,
     "người dân tộc thiểu số"),
    ("Năm 2022, người dân tộc Chăm có 1.200 hộ được hỗ trợ nhà ở.", 1200,
     "người dân tộc Chăm hộ được hỗ trợ nhà"),
]  # fmt: skip
# Near misses: the people as an actor keep their reading.
_NOT_ETHNIC_PEOPLE = [
    ("Năm 2022, nông dân trồng mới 300 ha cà phê.", 300, "diện tích trồng mới cà phê"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _ETHNIC_PEOPLE + _NOT_ETHNIC_PEOPLE)
def test_nguoi_dan_toc_names_ethnic_people_not_the_actor_nguoi_dan(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name
