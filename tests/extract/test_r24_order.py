"""Probe sentences for the twenty-fourth round's helper on security, order and disasters
(order): traffic accidents, crimes and drug cases, fires, storms and floods, and the
administrative files communes and wards took in after the 2025 reform.

Each table holds wordings written for these tests (in the style of police, disaster and
public-service reports) and near misses that look alike and must keep their reading."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures
from tiendo.periods import Period


def _only(text: str, value: float):  # type: ignore[no-untyped-def]
    found = [f for f in extract_figures(text) if f.value == value]
    assert len(found) == 1, found
    return found[0]


# The dates a report counts over, in the forms disaster and traffic reports write them: a
# span whose first date leaves its year to the last ("từ ngày 1/7 đến ngày 19/8/2025"),
# two days of one month joined by "và" (a holiday's days), and an hour before the date a
# tally runs to ("tính đến 8 giờ sáng 14/9/2024").
_DATED = [
    ("Từ ngày 1/7 đến ngày 19/8/2025, các xã đã tiếp nhận 52.300 hồ sơ thủ tục hành chính.",
     52300, Period(2025, 7, 8)),
    ("Từ 1/3 đến 30/4/2024, toàn tỉnh xảy ra 86 vụ cháy rừng.", 86, Period(2024, 3, 4)),
    ("Từ ngày 16/12 đến ngày 15/6/2019, huyện xảy ra 27 vụ tai nạn giao thông.", 27,
     Period(2019, 1, 6)),
    ("Trong hai ngày 21 và 22/1/2023, toàn tỉnh xảy ra 9 vụ tai nạn giao thông.", 9,
     Period(2023, 1, 1)),
    ("Trong ngày mùng 1 và mùng 2 Tết (ngày 29 và 30/1/2025), công an thành phố xử lý 314 "
     "trường hợp vi phạm.", 314, Period(2025, 1, 1)),
    ("Tính đến 8 giờ sáng 14/9/2024, mưa lũ đã làm 41 người chết.", 41, Period(2024)),
    ("Tính đến 16h30 chiều 3/11/2023, nước lũ đã làm ngập 2.150 ngôi nhà.", 2150,
     Period(2023)),
]  # fmt: skip
# Near misses: a single date, the days of a meeting and a date span of whole dates keep
# the readings they had.
_NOT_DATED_SO = [
    ("Ngày 12/5/2024, lốc xoáy làm 35 ngôi nhà bị tốc mái.", 35, Period(2024)),
    ("Hội nghị ngày 21 và 22/12/2023 cho biết năm 2023 tỉnh xảy ra 120 vụ tai nạn giao thông.",
     120, Period(2023, 1, 12)),
    ("Từ 1/1/2024 đến 30/6/2024, toàn tỉnh tiếp nhận 18.400 hồ sơ.", 18400, Period(2024, 1, 6)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period"), _DATED + _NOT_DATED_SO)
def test_the_dates_a_report_counts_over_give_the_figures_their_months(
    text: str, value: float, period: Period
) -> None:
    assert _only(text, value).period == period


# "Sau gần 2 tháng vận hành", "qua 3 tháng triển khai": how long something has run, not
# the first months of a year; "Sau 10 tháng năm 2025" still is January to October.
_SPENT = [
    ("Sau gần 2 tháng vận hành chính quyền hai cấp, phường đã tiếp nhận 4.120 hồ sơ.", 4120),
    ("Qua 3 tháng triển khai mô hình, xã giải quyết 960 hồ sơ trực tuyến.", 960),
    ("Sau hơn một tháng đi vào hoạt động, trung tâm đã trả 1.480 kết quả.", 1480),
    ("Qua hai tháng cao điểm, công an huyện bắt giữ 17 đối tượng.", 17),
]
_NOT_SPENT = [
    ("Sau 10 tháng năm 2025, toàn tỉnh xảy ra 214 vụ cháy.", 214, Period(2025, 1, 10)),
    ("Qua 9 tháng, huyện xảy ra 31 vụ tai nạn giao thông.", 31, Period(None, 1, 9)),
    ("Sau sáu tháng đầu năm 2024, xã tiếp nhận 2.300 hồ sơ.", 2300, Period(2024, 1, 6)),
]


@pytest.mark.parametrize(("text", "value"), _SPENT)
def test_months_something_has_run_are_no_months_of_the_year(text: str, value: float) -> None:
    period = _only(text, value).period
    assert period.from_month is None
    assert period.to_month is None


@pytest.mark.parametrize(("text", "value", "period"), _NOT_SPENT)
def test_months_counted_from_the_start_of_the_year_stay_so(
    text: str, value: float, period: Period
) -> None:
    assert _only(text, value).period == period


# "<cause> (đã|còn) làm N <things> bị …": a plain "làm" brings about what follows it, as
# "khiến" does; the count is named by the things harmed, not by the cause.
_MADE_HARM = [
    ("Đợt mưa đá còn làm gần 640 ha lúa bị dập nát.", 640, "diện tích lúa"),
    ("Rét đậm, rét hại kéo dài làm 85 ha mạ bị chết.", 85, "diện tích mạ bị chết"),
    ("Triều cường đã làm 1.150 ha hoa màu bị ngập úng.", 1150, "diện tích hoa màu bị ngập úng"),
    ("Lốc xoáy làm 46 căn nhà bị tốc mái.", 46, "căn nhà bị tốc mái"),
]
# Near misses: an actor that "làm" builds something, and a job ("việc làm"), keep theirs.
_NOT_MADE = [
    ("Nhân dân trong xã đã làm 12 km đường giao thông nông thôn.", 12, "đường giao thông"),
    ("Năm 2023, huyện giải quyết việc làm cho 2.400 lao động.", 2400, "giải quyết việc làm"),
]


@pytest.mark.parametrize(("text", "value", "named"), _MADE_HARM + _NOT_MADE)
def test_what_a_cause_made_happen_is_named_by_the_things_it_befell(
    text: str, value: float, named: str
) -> None:
    indicator = _only(text, value).indicator
    assert indicator.lower().startswith(named.lower()), indicator
    assert not any(word in indicator.lower() for word in ("mưa đá", "rét", "triều", "lốc"))


# "Tổng thiệt hại ước tính ban đầu khoảng 130 tỷ đồng": the estimate's cue inside the
# subject, before a remark on the estimate or its cause, leaves the measure before it.
_REMARKED_ESTIMATE = [
    ("Tổng thiệt hại ước tính ban đầu khoảng 130 tỷ đồng.", 130, "tổng thiệt hại"),
    ("Tổng thiệt hại ước tính do lũ quét gây ra là 64,2 tỷ đồng.", 64.2, "tổng thiệt hại do lũ"),
    ("Giá trị thiệt hại ước tính sơ bộ lên tới 12,5 tỷ đồng.", 12.5, "giá trị thiệt hại"),
    ("Thiệt hại về tài sản ước tính bước đầu khoảng 800 triệu đồng.", 800, "thiệt hại về tài sản"),
]
# Near misses: a cue with nothing after it, or before a verb of its own, keeps its reading.
_PLAIN_ESTIMATE = [
    ("Thiệt hại về tài sản ước tính 26,89 tỷ đồng.", 26.89, "thiệt hại về tài sản"),
    ("Tổng thiệt hại ước tính khoảng 458,7 tỷ đồng.", 458.7, "tổng thiệt hại"),
]


@pytest.mark.parametrize(("text", "value", "named"), _REMARKED_ESTIMATE + _PLAIN_ESTIMATE)
def test_an_estimate_remarked_on_in_its_subject_names_the_measure_before_the_cue(
    text: str, value: float, named: str
) -> None:
    figure = _only(text, value)
    assert figure.indicator.lower().startswith(named), figure.indicator
    assert figure.kind == "estimate"


# "từ <words> trở lên" with no number in it is a class of the things counted ("vụ từ ít
# nghiêm trọng trở lên", "trình độ từ đại học trở lên"): the count itself is exact.
_CLASS_FROM = [
    ("Năm 2023, huyện xảy ra 128 vụ tai nạn từ ít nghiêm trọng trở lên.", 128),
    ("Năm 2023, xã có 37 cán bộ có trình độ từ đại học trở lên.", 37),
    ("Năm 2024, toàn huyện có 56 công chức có trình độ lý luận chính trị từ trung cấp trở lên.",
     56),
]  # fmt: skip
# Near misses: "trở lên" closing the count itself, or a class that holds a number.
_COUNT_BOUND = [
    ("Năm 2025, phấn đấu có từ 10 xã trở lên đạt chuẩn nông thôn mới.", 10, "at_least"),
    ("Năm 2025, kết nạp 30 đảng viên trở lên.", 30, "at_least"),
    ("Năm 2023, có 2.480 người từ 60 tuổi trở lên được khám sức khỏe.", 2480, None),
]


@pytest.mark.parametrize(("text", "value"), _CLASS_FROM)
def test_a_class_from_words_up_bounds_the_class_not_the_count(text: str, value: float) -> None:
    assert _only(text, value).bound is None


@pytest.mark.parametrize(("text", "value", "bound"), _COUNT_BOUND)
def test_a_bound_closing_the_count_or_a_numbered_class_keeps_its_reading(
    text: str, value: float, bound: str | None
) -> None:
    assert _only(text, value).bound == bound


# "…, so với cùng kỳ giảm 8 vụ (giảm 16%)": a difference restated as a rise, its basis said
# before the verb, is the rise of the level before it against that basis, no figure of its
# own.
_BASIS_BEFORE_DIFFERENCE = [
    ("Năm 2019, huyện xảy ra 42 vụ tai nạn giao thông, so với cùng kỳ giảm 8 vụ (giảm 16%).",
     42, ("same_period", "change", -16.0)),
    ("Năm 2022, toàn tỉnh xảy ra 64 vụ cháy, so với năm 2021 tăng 9 vụ (tăng 16,4%).", 64,
     ("previous", "change", 16.4)),
    ("Quý I/2024, công an huyện phát hiện 37 vụ về ma túy, so với cùng kỳ giảm 5 vụ, tương "
     "đương 11,9%.", 37, ("same_period", "change", -11.9)),
    ("Năm 2020, thành phố ghi nhận 1.250 vụ phạm pháp hình sự, so với cùng kỳ giảm 110 vụ "
     "(-8,1%).", 1250, ("same_period", "change", -8.1)),
]  # fmt: skip
# Near misses: the basis after the share, or a basis stated alone, keep their readings.
_BASIS_ELSEWHERE = [
    ("Năm 2019, huyện xảy ra 42 vụ tai nạn giao thông, giảm 8 vụ (giảm 16%) so với cùng kỳ.",
     42, ("same_period", "change", -16.0)),
    ("Năm 2019, huyện xảy ra 42 vụ tai nạn giao thông, so với cùng kỳ giảm 16%.", 42,
     ("same_period", "change", -16.0)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "compared"), _BASIS_BEFORE_DIFFERENCE + _BASIS_ELSEWHERE)
def test_a_restated_difference_with_its_basis_before_it_is_the_levels_rise(
    text: str, value: float, compared: tuple[str, str, float]
) -> None:
    figures = extract_figures(text)
    assert len(figures) == 1, figures
    figure = figures[0]
    assert figure.value == value
    assert [(c.basis, c.measure, c.percent) for c in figure.comparisons] == [compared]


# A count before a body's name written with a capital counts those bodies, "trung tâm" among
# them ("3.139 Trung tâm Phục vụ hành chính công cấp xã", the communes' new one-stop centres,
# and not "trung" alone); "2 Chi bộ", "14 Hợp tác xã" read so already. Other capitals after a
# number open a name.
_TITLED_BODIES = [
    ("Năm 2025, 32 địa phương đã thành lập 3.139 Trung tâm Phục vụ hành chính công cấp xã.",
     3139, "trung tâm"),
    ("Năm 2023, Đảng bộ xã thành lập mới 2 Chi bộ trực thuộc.", 2, "chi bộ"),
    ("Năm 2024, toàn huyện có 14 Hợp tác xã nông nghiệp hoạt động hiệu quả.", 14, "hợp tác xã"),
    ("Đến nay, phường đã ra mắt 6 Câu lạc bộ phòng, chống ma túy.", 6, "câu lạc bộ"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "unit"), _TITLED_BODIES)
def test_a_count_before_a_bodys_titled_name_counts_the_bodies(
    text: str, value: float, unit: str
) -> None:
    assert _only(text, value).unit == unit


def test_a_capitalised_name_after_a_number_is_still_no_unit() -> None:
    found = extract_figures("Năm 2024, Quốc lộ 1 Đoạn qua xã được mở rộng.")
    assert [f.value for f in found] == []


# A bounded share followed by "là" and an amount names the class the amount counts
# ("diện tích thiệt hại dưới 30% là 1.590 ha"): no figure of its own.
_CLASS_SHARES = [
    ("Năm 2024, diện tích lúa thiệt hại dưới 30% là 1.590 ha, từ 30% đến 70% là 420 ha.",
     [1590, 420]),
    ("Năm 2024, số hộ có mức giảm thu nhập trên 70% là 120 hộ.", [120]),
    ("Năm 2023, diện tích cà phê bị hạn hơn 50% là 2.350 ha.", [2350]),
    ("Quý I/2025, số xã có tỷ lệ hồ sơ trực tuyến trên 80% là 37 xã.", [37]),
]  # fmt: skip
# Near misses: a share after "là", and a bounded share "là" does not follow, are levels.
_NOT_CLASS_SHARES = [
    ("Năm 2024, tỷ lệ hộ nghèo là 3,5%.", [3.5]),
    ("Năm 2024, tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%.", [98]),
]


@pytest.mark.parametrize(("text", "values"), _CLASS_SHARES + _NOT_CLASS_SHARES)
def test_a_bounded_share_before_la_and_an_amount_names_the_class_counted(
    text: str, values: list[float]
) -> None:
    assert [f.value for f in extract_figures(text)] == values


# "<events> <predicate>: xảy ra N vụ": a bare count of what occurred, after a colon, counts
# the events the heading before the colon names.
_HEADING_EVENTS = [
    ("Năm 2016, phạm pháp hình sự trên địa bàn tiếp tục được kéo giảm: xảy ra 5.205 vụ.",
     5205, "số vụ phạm pháp hình sự"),
    ("Năm 2022, tình hình tai nạn giao thông được kiềm chế: xảy ra 42 vụ, làm chết 20 người.",
     42, "số vụ tai nạn giao thông"),
    ("Quý I/2024, cháy rừng giảm mạnh: xảy ra 6 vụ.", 6, "số vụ cháy rừng"),
]  # fmt: skip
# Near misses: a count that names its own events, and a heading of the report itself.
_OWN_EVENTS = [
    ("Năm 2016, tình hình cháy nổ diễn biến phức tạp: xảy ra 52 vụ cháy.", 52, "số vụ cháy"),
    ("Năm 2016, trên địa bàn xảy ra 5.205 vụ phạm pháp hình sự.", 5205,
     "số vụ phạm pháp hình sự"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "named"), _HEADING_EVENTS + _OWN_EVENTS)
def test_a_bare_count_of_what_occurred_after_a_colon_counts_the_headings_events(
    text: str, value: float, named: str
) -> None:
    assert _only(text, value).indicator == named
