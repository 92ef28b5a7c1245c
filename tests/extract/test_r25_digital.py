"""Sentences for the twenty-fifth round's helper on administrative reform, digital
government, culture, sport and the press (digital): constructions of provincial index
reports (PCI, PAPI, PAR INDEX, SIPAS, DTI), online public services, cultural families and
villages, and sport results that real pages, read once, showed the extractor misread.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _units(text: str) -> list[tuple[float | None, str]]:
    return [(f.value, f.unit) for f in extract_figures(text, year=2024)]


# Medals and athletes are counted nouns, whatever their case: a sport report writes the
# medals with capitals ("2 Huy chương Vàng") or as capitals' initials ("317 HCV"), and an
# unknown noun was read only in small letters, by its first syllable ("vận" of "vận động
# viên").
_SPORT_COUNTS = [
    ("Kết thúc giải, đoàn Tuyên Quang giành 2 Huy chương Vàng, 1 Huy chương Bạc và 7 Huy "
     "chương Đồng.", [(2, "huy chương vàng"), (1, "huy chương bạc"), (7, "huy chương đồng")]),
    ("Đoàn thành phố đoạt 317 HCV, xếp sau là Hà Nội với 165 HCV.", [(317, "hcv"), (165, "hcv")]),
    ("Năm 2023, thể thao thành tích cao của tỉnh giành 48 huy chương, gồm 12 HCV, 15 HCB và "
     "21 HCĐ.", [(48, "huy chương"), (12, "hcv"), (15, "hcb"), (21, "hcđ")]),
    ("Năm 2023, đội tuyển của tỉnh có 12 huấn luyện viên và 40 vận động viên.",
     [(12, "huấn luyện viên"), (40, "vận động viên")]),
    ("Giải quy tụ 188 vận động viên đến từ 14 tỉnh.", [(188, "vận động viên"), (14, "tỉnh")]),
]  # fmt: skip
# Near misses: a medal named with no number, and a capitalised noun the lists do not hold,
# are no counts.
_NOT_SPORT_COUNTS = [
    ("Tại SEA Games 31, Huy chương Vàng môn bơi thuộc về Hà Nội.", []),
    ("Năm 2023, tỉnh trao 12 Huân chương Lao động cho các tập thể.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "units"), _SPORT_COUNTS + _NOT_SPORT_COUNTS)
def test_medals_and_athletes_are_counted_whatever_their_case(
    text: str, units: list[tuple[float, str]]
) -> None:
    assert _units(text) == units


# A move on a ranking ("tăng 5 bậc", "tụt 21 bậc", "giảm 7 bậc") is steps between two
# places, and a place ("vươn lên vị trí 41/63") an ordinal: neither is a figure, with a
# basis after it or none; the score beside them stays.
_RANK_STEPS = [
    ("PCI năm 2023 của tỉnh đạt 67,48 điểm, tụt 7 bậc so với năm 2022.", [(67.48, "điểm")]),
    ("Năm 2023, PCI của tỉnh tăng 5 bậc.", []),
    ("Năm 2021, chỉ số PAR INDEX của tỉnh đạt 87,61%, giảm 7 bậc.", [(87.61, "%")]),
    ("Năm 2022, Hà Giang vươn lên vị trí 41/63 tỉnh, thành phố, tăng 18 bậc.", []),
    ("Năm 2024, SIPAS của tỉnh ở vị trí 19 cả nước, đạt 83,84%.", [(83.84, "%")]),
]  # fmt: skip
# Near misses: a counted noun that opens with the step's word, and places counted as things
# ("vị trí việc làm"), are counts.
_NOT_RANK_STEPS = [
    ("Năm 2023, huyện có 3 bậc học được đầu tư.", [(3, "bậc học")]),
    ("Năm 2023, tỉnh bố trí 120 vị trí việc làm.", [(120, "vị")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "units"), _RANK_STEPS + _NOT_RANK_STEPS)
def test_steps_and_places_on_a_ranking_are_no_figures(
    text: str, units: list[tuple[float, str]]
) -> None:
    assert _units(text) == units


# A place after "của" owns the measure named before it; it is no actor that adds or cuts:
# "PCI của tỉnh giảm 0,88 điểm", "tổng đàn trâu của huyện giảm 350 con" are gaps of the
# measure (no figure), with a basis before them or none.
_OWNED_GAPS = [
    ("So với năm 2022, PCI của tỉnh giảm 0,88 điểm.", []),
    ("Năm 2024, tổng đàn trâu của huyện giảm 350 con.", []),
    ("Năm 2023, dân số của xã tăng 120 người.", []),
    ("Năm 2023, số hộ nghèo của huyện giảm 230 hộ.", []),
]  # fmt: skip
# Near misses: the place as the actor, alone or as the whole of it, adds or cuts a count.
_ACTORS_COUNTS = [
    ("Năm 2024, toàn tỉnh giảm 1.500 hộ nghèo.", [(1500, "hộ nghèo")]),
    ("Năm 2024, huyện giảm 320 hộ nghèo.", [(320, "hộ nghèo")]),
    ("Năm 2024, tỉnh giảm 248 đơn vị sự nghiệp.", [(248, "đơn vị")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "units"), _OWNED_GAPS + _ACTORS_COUNTS)
def test_a_place_that_owns_the_measure_is_no_actor_of_its_change(
    text: str, units: list[tuple[float, str]]
) -> None:
    assert _units(text) == units


def _period(text: str, value: float) -> tuple[int | None, int | None, int | None]:
    for f in extract_figures(text, year=2024):
        if f.value == value:
            return (f.period.year, f.period.from_month, f.period.to_month)
    raise AssertionError(f"no figure {value} in {text!r}")


# An index named with its year ("bảng xếp hạng PCI 2019", "PAR INDEX 2023", "SIPAS 2024")
# is of that whole year, as "PCI năm 2019" is; the index's name stays in the figure's.
_INDEX_YEARS = [
    ("Trên bảng xếp hạng PCI 2019, Quảng Ninh đạt 73,40 điểm.", 73.4, (2019, 1, 12)),
    ("PCI 2019 của tỉnh đạt 65,2 điểm.", 65.2, (2019, 1, 12)),
    ("Kết quả PAR INDEX 2023 của tỉnh đạt 88,5%.", 88.5, (2023, 1, 12)),
    ("Theo SIPAS 2024, mức hài lòng của người dân tỉnh đạt 84,1%.", 84.1, (2024, 1, 12)),
    ("Năm 2024, tỉnh đặt mục tiêu PCI 2025 đạt 70 điểm.", 70, (2025, 1, 12)),
]  # fmt: skip
# Near misses: a span of years after an index, and a standard's number, are no index year.
_NOT_INDEX_YEARS = [
    ("Chỉ số PCI giai đoạn 2019 - 2023 tăng, năm 2023 đạt 66 điểm.", 66, (2023, 1, 12)),
    ("Năm 2023, tỉnh đã cấp chứng nhận ISO 9001 cho 45 cơ quan.", 45, (2023, 1, 12)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period"), _INDEX_YEARS + _NOT_INDEX_YEARS)
def test_an_index_named_with_its_year_is_of_that_year(
    text: str, value: float, period: tuple[int | None, ...]
) -> None:
    assert _period(text, value) == period


def test_an_index_named_with_its_year_keeps_its_name() -> None:
    names = [f.indicator for f in extract_figures("PCI 2019 của tỉnh đạt 65,2 điểm.", year=2024)]
    assert names and "PCI" in names[0]


# An index's value is a fraction of one with no unit ("DTI đạt 0,7955", "(HDI) khoảng
# 0,75", "hệ số Gini là 0,38"), the year before's in parentheses too; the rise after it is
# the value's, no rise without a level. The parts of an index listed after it are valued
# alike ("…; trong đó kinh tế số đạt 0,7723").
_INDEX_VALUES = [
    ("Chỉ số chuyển đổi số (DTI) năm 2024 đạt 0,7955, tăng 8,6% so với năm 2023 (0,7326).",
     [(0.7955, ""), (0.7326, "")]),
    ("Chỉ số phát triển con người (HDI) năm 2022 của tỉnh đạt 0,75.", [(0.75, "")]),
    ("Năm 2022, hệ số Gini của tỉnh là 0,38.", [(0.38, "")]),
    ("Đến năm 2030, chỉ số phát triển con người (HDI) khoảng 0,75.", [(0.75, "")]),
    ("Năm 2024, giá trị DTI bình quân đạt 0,6961; trong đó kinh tế số đạt 0,7723.",
     [(0.6961, ""), (0.7723, "")]),
]  # fmt: skip
# Near misses: a multiple, a gap, a rate without its sign and a number with no index named
# stay no figure.
_NOT_INDEX_VALUES = [
    ("Năm 2023, hệ số sử dụng đất đạt 0,5 lần.", []),
    ("Năm 2023, chỉ số giá tiêu dùng tăng 0,5 so với năm trước.", []),
    ("Năm 2023, tỷ lệ hộ nghèo của xã là 0,75.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "units"), _INDEX_VALUES + _NOT_INDEX_VALUES)
def test_an_indexs_value_is_a_fraction_of_one_with_no_unit(
    text: str, units: list[tuple[float, str]]
) -> None:
    assert _units(text) == units


def test_the_rise_after_an_indexs_value_is_the_values() -> None:
    text = "Chỉ số DTI năm 2024 đạt 0,6961, tăng 2,6% so với năm trước."
    read = [(f.value, [c.percent for c in f.comparisons]) for f in extract_figures(text, year=2024)]
    assert read == [(0.6961, [2.6])]


# The hours a station broadcast are its output, a level in hours: "Đài phát sóng 3.285 giờ
# chương trình", "thời lượng phát sóng đạt 6.570 giờ", "tiếp sóng 2.190 giờ"; a clock time
# ("phát sóng vào 19 giờ", "lúc 20 giờ") and a deadline ("trong 24 giờ") stay no figure.
_AIR_TIME = [
    ("Năm 2022, Đài phát sóng 3.285 giờ chương trình phát thanh tự sản xuất.",
     [(3285, "giờ")]),
    ("Năm 2023, tổng thời lượng phát sóng đạt 6.570 giờ.", [(6570, "giờ")]),
    ("Năm 2023, Đài tiếp sóng 2.190 giờ chương trình của Đài Tiếng nói Việt Nam.",
     [(2190, "giờ")]),
]  # fmt: skip
_NOT_AIR_TIME = [
    ("Năm 2023, chương trình thời sự phát sóng vào 19 giờ hằng ngày.", []),
    ("Năm 2023, hồ sơ được giải quyết trong 24 giờ.", []),
    ("Bản tin phát sóng lúc 20 giờ.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "units"), _AIR_TIME + _NOT_AIR_TIME)
def test_the_hours_a_station_broadcast_are_a_level(
    text: str, units: list[tuple[float, str]]
) -> None:
    assert _units(text) == units


def _kinds(text: str) -> list[tuple[float | None, str]]:
    return [(f.value, f.kind) for f in extract_figures(text, year=2024)]


# The papers that ask ("hồ sơ yêu cầu giải quyết thủ tục", "đơn yêu cầu bồi thường",
# "phiếu yêu cầu") are requests received, no authority's requirement: the rate of those
# settled is a result, not a target.
_REQUESTS = [
    ("Quý I/2023, toàn tỉnh phát sinh 178.661 hồ sơ yêu cầu giải quyết thủ tục hành chính, "
     "tỷ lệ giải quyết đúng hạn đạt 97%.", [(178661, "actual"), (97, "actual")]),
    ("Năm 2023, tỉnh nhận 320 đơn yêu cầu bồi thường, tỷ lệ giải quyết đạt 90%.",
     [(320, "actual"), (90, "actual")]),
    ("Năm 2023, sở tiếp nhận 1.250 phiếu yêu cầu cung cấp thông tin, tỷ lệ trả lời đúng hạn "
     "đạt 99%.", [(1250, "actual"), (99, "actual")]),
]  # fmt: skip
# Near misses: an authority that requires, and a paper that requires of others, set targets.
_REQUIREMENTS = [
    ("Năm 2024, UBND tỉnh yêu cầu tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%.",
     [(100, "target")]),
    ("Năm 2024, văn bản yêu cầu các xã đạt tỷ lệ 95%.", [(95, "target")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), _REQUESTS + _REQUIREMENTS)
def test_papers_that_ask_are_requests_received_not_requirements(
    text: str, kinds: list[tuple[float, str]]
) -> None:
    assert _kinds(text) == kinds


# An event named with its year is held once in that year: "Giải thể thao người khuyết tật
# toàn quốc 2012", "Hội khỏe Phù Đổng toàn quốc 2024", "Liên hoan phát thanh toàn quốc
# 2023", "Hội chợ Xuân 2024" date what is counted there (the year only, as a feast's).
_EVENT_YEARS = [
    ("Giải thể thao người khuyết tật toàn quốc 2012 quy tụ gần 1.000 vận động viên.", 1000,
     (2012, None, None)),
    ("Tại Hội khỏe Phù Đổng toàn quốc 2024, đoàn tỉnh giành 12 huy chương vàng.", 12,
     (2024, None, None)),
    ("Liên hoan phát thanh toàn quốc 2023 có 45 tác phẩm đoạt giải.", 45, (2023, None, None)),
    ("Hội chợ Xuân 2024 thu hút 120 gian hàng.", 120, (2024, None, None)),
]  # fmt: skip
# Near misses: a season of two years, and "giải ngân" with a year-like amount, name none
# (the season's count keeps the year of writing, 2024 here, as before).
_NOT_EVENT_YEARS = [
    ("Giải bóng đá hạng Nhất 2023 - 2024 có 12 đội tham dự.", 12, (2024, None, None)),
    ("Năm 2023, tỉnh giải ngân 2.023 tỷ đồng.", 2023, (2023, 1, 12)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period"), _EVENT_YEARS + _NOT_EVENT_YEARS)
def test_an_event_named_with_its_year_is_of_that_year(
    text: str, value: float, period: tuple[int | None, ...]
) -> None:
    assert _period(text, value) == period


def _names(text: str) -> list[tuple[float | None, str]]:
    return [(f.value, f.indicator) for f in extract_figures(text, year=2024)]


# A place ranked first ("Quảng Ninh dẫn đầu với 90,61%", "Gia Lai đứng thứ 19 với 83,84%")
# is measured by the index the sentence's frame names ("Ở chỉ số SIPAS năm 2023,", "Về
# chỉ số PAPI năm 2022,", "Với chỉ số PAR INDEX 2023,"), for that place; it was named by
# its rank ("dẫn đầu"). A frame of a place names no index.
_FRAMED_RANKS = [
    ("Ở chỉ số SIPAS năm 2023, Quảng Ninh dẫn đầu với 90,61%; Gia Lai đứng thứ 19 với "
     "83,84%.", [(90.61, "chỉ số SIPAS của Quảng Ninh"), (83.84, "chỉ số SIPAS của Gia Lai")]),
    ("Về chỉ số PAPI năm 2022, Thừa Thiên Huế dẫn đầu với 45,3 điểm.",
     [(45.3, "chỉ số PAPI của Thừa Thiên Huế")]),
    ("Với chỉ số PAR INDEX 2023, Hải Phòng đứng thứ hai với 91,87%.",
     [(91.87, "chỉ số PAR INDEX của Hải Phòng")]),
]  # fmt: skip
_NOT_FRAMED_RANKS = [
    ("Ở huyện Ea Kar, xã Ea Đar dẫn đầu với 120 hộ.", [(120, "dẫn đầu hộ")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), _FRAMED_RANKS + _NOT_FRAMED_RANKS)
def test_a_ranked_place_is_measured_by_the_index_its_frame_names(
    text: str, names: list[tuple[float, str]]
) -> None:
    assert _names(text) == names


# So is a place that reaches a level under such a frame ("Trên bảng xếp hạng PCI 2019,
# Quảng Ninh đạt 73,40 điểm"): the index of that place; it was named by the unit ('điểm')
# or by nothing. A level with no frame, or a subject that is more than a place, keeps its
# reading.
_FRAMED_PLACES = [
    ("Trên bảng xếp hạng PCI 2019, Quảng Ninh đạt 73,40 điểm, tăng 3,04 điểm so với năm 2018.",
     [(73.4, "PCI của Quảng Ninh")]),
    ("Ở chỉ số SIPAS năm 2023, Quảng Ninh đạt 90,61%.", [(90.61, "chỉ số SIPAS của Quảng Ninh")]),
    ("Về chỉ số PAPI năm 2022, tỉnh Thừa Thiên Huế đạt 45,3 điểm.",
     [(45.3, "chỉ số PAPI của tỉnh Thừa Thiên Huế")]),
]  # fmt: skip
_NOT_FRAMED_PLACES = [
    ("Năm 2023, Quảng Ninh đạt 90,61%.", [(90.61, "")]),
    # (read as before, the frame kept: the place is no subject of its own here)
    ("Ở chỉ số PCI năm 2023, doanh thu của Quảng Ninh đạt 5.000 tỷ đồng.",
     [(5000, "doanh thu Ở chỉ số PCI")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), _FRAMED_PLACES + _NOT_FRAMED_PLACES)
def test_a_place_that_reaches_a_level_under_an_index_frame_is_measured_by_it(
    text: str, names: list[tuple[float, str]]
) -> None:
    assert _names(text) == names
