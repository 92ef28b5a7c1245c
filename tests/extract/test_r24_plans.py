"""Probe sentences for the twenty-fourth round's helper on plans (plans): People's Council
resolutions on a year's plan, Party congress resolutions with their main targets, and
reviews that set a plan's results beside its targets, read from real pages.

Each table holds wordings written for these tests (in the style of congress and council
reports) and near misses that look alike and must keep their reading."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _named(text: str, value: float) -> str:
    found = [f for f in extract_figures(text) if f.value == value]
    assert len(found) == 1, found
    return found[0].indicator


# A list of counts of different things, each with its own words ("17 chỉ tiêu, 5 nhiệm vụ
# trọng tâm và 3 khâu đột phá"): the words of a middle item are its own, not a predicate
# the items before it share.
_OWN_WORDS_IN_A_LIST = [
    ("Cho nhiệm kỳ 2025 - 2030, Đảng bộ đề ra 17 chỉ tiêu, 5 nhiệm vụ trọng tâm và 3 khâu "
     "đột phá.", 17, "chỉ tiêu"),
    ("Đại hội thông qua 22 chỉ tiêu, 3 khâu đột phá và 6 nhiệm vụ trọng tâm.", 22, "chỉ tiêu"),
    ("Đại hội đề ra 20 chỉ tiêu, 4 nhiệm vụ chủ yếu và 2 khâu đột phá.", 20, "chỉ tiêu"),
]  # fmt: skip
# Near misses: the words after the last of two counts are a predicate both share.
_SHARED_PREDICATE = [
    ("Năm 2024 toàn tỉnh có 25 tổ chức và 832 cá nhân nuôi tôm siêu thâm canh.", 25,
     "tổ chức nuôi tôm siêu thâm canh"),
    ("Năm 2023 huyện có 106 hộ và 35 cá nhân được hỗ trợ vay vốn, 12 tỷ đồng.", 106,
     "hộ được hỗ trợ vay vốn"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _OWN_WORDS_IN_A_LIST + _SHARED_PREDICATE)
def test_a_count_listed_before_others_with_their_own_words_keeps_its_name(
    text: str, value: float, name: str
) -> None:
    assert _named(text, value).lower().endswith(name)


def _kind(text: str, value: float) -> str:
    found = [f for f in extract_figures(text) if f.value == value]
    assert len(found) == 1, found
    return found[0].kind


# A part after "trong đó" whose own verb is "được" ("thu trên địa bàn được 24 tỷ đồng",
# "lúa được 3.200 ha, ngô 900 ha") takes the kind of the estimated whole it breaks down:
# "được" says what the part got of the whole, not that it was got before the estimate.
_GAINED_PARTS = [
    ("Tổng thu ngân sách nhà nước ước thực hiện được 285,3 tỷ đồng, đạt 60% kế hoạch; trong "
     "đó, thu trên địa bàn huyện được 24,023 tỷ đồng, đạt 43% kế hoạch.", 24.023, "estimate"),
    ("Sáu tháng đầu năm, vốn giải ngân ước đạt 120 tỷ đồng, trong đó vốn ngân sách tỉnh giải "
     "ngân được 80 tỷ đồng.", 80, "estimate"),
    ("Quý I/2025, huyện ước gieo trồng được 5.000 ha; trong đó lúa được 3.200 ha, ngô 900 ha.",
     900, "estimate"),
    ("Năm 2023, sản lượng thủy sản ước đạt 12.000 tấn, trong đó khai thác được 7.000 tấn.",
     7000, "estimate"),
]  # fmt: skip
# Near misses: a part said to be done ("đã thu được"), a clause that is no part (no "trong
# đó"), and a part of a whole that is itself a result keep the result.
_GAINED_NOT_SHARED = [
    ("Năm 2024, tổng thu ngân sách ước đạt 900 tỷ đồng, trong đó thu nội địa đã thu được 700 "
     "tỷ đồng.", 700, "actual"),
    ("Năm 2024, tổng thu ngân sách ước đạt 900 tỷ đồng; thu nội địa được 700 tỷ đồng.", 700,
     "actual"),
    ("Năm 2024, tổng thu ngân sách đạt 900 tỷ đồng; trong đó thu nội địa được 700 tỷ đồng.",
     700, "actual"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "kind"), _GAINED_PARTS + _GAINED_NOT_SHARED)
def test_a_part_that_got_its_share_of_an_estimated_whole_is_estimated_too(
    text: str, value: float, kind: str
) -> None:
    assert _kind(text, value) == kind


# "hoàn thành" inside a rate's name stays part of the name when how often or when the rate
# is measured stands between the name and its verb ("... hoàn thành tốt nhiệm vụ bình quân
# hằng năm đạt 80% trở lên"): the target keeps its kind.
_RATE_NAMED_WITH_ITS_TIME = [
    ("Trong nhiệm kỳ 2020 - 2025, huyện phấn đấu thu nhập bình quân đầu người đạt 70 triệu "
     "đồng/năm. Tỷ lệ hộ nghèo giảm bình quân mỗi năm 1% trở lên; tỷ lệ tổ chức cơ sở đảng "
     "hoàn thành tốt nhiệm vụ bình quân hằng năm đạt 80% trở lên.", 80, "target"),
    ("Mục tiêu năm 2025: thu ngân sách 500 tỷ đồng; tỷ lệ đảng viên hoàn thành tốt nhiệm vụ "
     "trong năm 2025 đạt 90%.", 90, "target"),
    ("Nhiệm kỳ 2025 - 2030, xã phấn đấu thu nhập 90 triệu đồng; tỷ lệ chi bộ hoàn thành tốt "
     "nhiệm vụ trung bình mỗi năm từ 85% trở lên.", 85, "target"),
]  # fmt: skip
# Near misses: a result word said of the figure itself ("đã hoàn thành 95% kế hoạch"), or
# a rate named as done ("đã hoàn thành") in a report, stays a result.
_RESULT_WORD_OF_ITS_OWN = [
    ("Năm 2024, toàn tỉnh đã hoàn thành 95% kế hoạch năm.", None, "actual"),
    ("Năm 2024, tỷ lệ tổ chức cơ sở đảng đã hoàn thành tốt nhiệm vụ hằng năm đạt 85%.", 85,
     "actual"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value", "kind"), _RATE_NAMED_WITH_ITS_TIME + _RESULT_WORD_OF_ITS_OWN
)
def test_a_result_word_in_a_rate_name_said_with_its_time_makes_no_result(
    text: str, value: float | None, kind: str
) -> None:
    assert _kind(text, value) == kind  # type: ignore[arg-type]


# A label before a colon is a name however long the time it states ("giai đoạn 2021 -
# 2025", "đến hết năm 2025"): only the words of its name count against its length, and the
# figure after the colon does not take the name of the figure before it.
_LABELS_WITH_LONG_TIMES = [
    ("Thu nhập bình quân đầu người đến năm 2025: 60 triệu đồng. Tổng vốn đầu tư phát triển "
     "huy động giai đoạn 2021 - 2025: 5.000 tỷ đồng.", 5000, "tổng vốn đầu tư phát triển huy động"),
    ("Tỷ lệ hộ nghèo năm 2025: 2%. Tổng vốn đầu tư toàn xã hội trên địa bàn thời kỳ 2021 - "
     "2025: 12.000 tỷ đồng.", 12000, "tổng vốn đầu tư toàn xã hội trên địa bàn"),
    ("Thu nhập năm 2025: 60 triệu đồng. Giá trị sản phẩm trên một héc ta đất canh tác đến hết "
     "năm 2025: 150 triệu đồng.", 150, "giá trị sản phẩm trên một héc ta đất canh tác"),
]  # fmt: skip
# Near miss: a label long in words of its own is still no name.
_LONG_LABELS = [
    ("Thu nhập: 60 triệu đồng. Kết quả thu ngân sách nhà nước trên địa bàn của toàn huyện "
     "trong các năm qua và từ nay đến cuối năm: 900 tỷ đồng.", 900, "thu nhập"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _LABELS_WITH_LONG_TIMES + _LONG_LABELS)
def test_a_label_with_a_long_time_before_its_colon_names_the_figure_after_it(
    text: str, value: float, name: str
) -> None:
    assert _named(text, value).lower().startswith(name)


# A percentage of a list of things ("100% xã, phường, thị trấn vững mạnh ...", "trên 90%
# tổ chức cơ sở đảng, đảng viên được xếp loại ...") is the rate of the whole list and its
# predicate: a counted noun of many words ("tổ chức cơ sở đảng") is still one noun of the
# list, and a predicate may join its words by a dash ("quốc phòng - an ninh").
_RATES_OF_LISTS = [
    ("Phấn đấu hằng năm có trên 90% tổ chức cơ sở đảng, đảng viên được xếp loại hoàn thành tốt "
     "nhiệm vụ trở lên.", 90, "tỷ lệ tổ chức cơ sở đảng, đảng viên được xếp loại"),
    ("Đến năm 2025, 100% xã, phường, thị trấn vững mạnh về quốc phòng - an ninh.", 100,
     "tỷ lệ xã, phường, thị trấn vững mạnh về quốc phòng - an ninh"),
    ("Đến năm 2030, 100% trường mầm non, tiểu học, trung học cơ sở đạt chuẩn quốc gia.", 100,
     "tỷ lệ trường mầm non, tiểu học, trung học cơ sở đạt chuẩn quốc gia"),
]  # fmt: skip
# Near misses: a long part followed by a clause of its own, and two rates each of its own.
_RATES_NOT_LISTED = [
    ("Năm 2024, 90% hộ dân dùng nước sạch, đời sống người dân được cải thiện.", 90,
     "tỷ lệ hộ dân dùng nước sạch"),
    ("Năm 2024 có 95% tổ chức cơ sở đảng, 92% đảng viên hoàn thành tốt nhiệm vụ.", 95,
     "tỷ lệ tổ chức cơ sở đảng"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _RATES_OF_LISTS + _RATES_NOT_LISTED)
def test_a_percentage_of_a_list_of_things_is_the_rate_of_the_whole_list(
    text: str, value: float, name: str
) -> None:
    named = _named(text, value).lower()
    assert named.startswith(name) and (len(named) == len(name) or name.count(",") > 0)


# A percentage right after "và" names its own part ("... được vay vốn và 100% người cao
# tuổi được chúc thọ"): the words before "và" are the predicate of the rate before it,
# also where that rate's list of nouns ran past a comma its reading stopped at.
_OWN_PART_AFTER_AND = [
    ("Năm 2026, huyện phấn đấu giảm tỷ lệ hộ nghèo xuống còn 1,5%; bảo đảm 100% hộ nghèo, cận "
     "nghèo, mới thoát nghèo có nhu cầu, đủ điều kiện được vay vốn tín dụng chính sách và 100% "
     "người thuộc hộ nghèo, cận nghèo được cấp thẻ bảo hiểm y tế.", "tỷ lệ người thuộc hộ nghèo"),
    ("Năm 2025 bảo đảm 100% hộ nghèo, cận nghèo, mới thoát nghèo có nhu cầu, đủ điều kiện được "
     "vay vốn và 100% người cao tuổi được chúc thọ.", "tỷ lệ người cao tuổi được chúc thọ"),
    ("Đến năm 2030, phấn đấu 100% trường mầm non, tiểu học, trung học cơ sở có phòng học kiên "
     "cố, đủ thiết bị và 80% giáo viên đạt trên chuẩn.", "tỷ lệ giáo viên đạt trên chuẩn"),
]  # fmt: skip
# Near miss: under "chiếm" the words after each percentage name the whole it is a share of,
# and the rate after "và" is not renamed.
_SHARES_AFTER_AND = [
    ("Khung giờ từ 18 giờ đến 24 giờ chiếm gần 48% số vụ, gần 31% số người chết và 54% số "
     "người bị thương.", "tỷ lệ số người bị thương trong số vụ"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), _OWN_PART_AFTER_AND + _SHARES_AFTER_AND)
def test_a_percentage_after_and_names_its_own_part(text: str, name: str) -> None:
    last = [f for f in extract_figures(text) if f.unit == "%"][-1]
    assert last.indicator.lower().startswith(name)


# The number of a list's item before a label ("(4) Số thôn đạt chuẩn nông thôn mới: 4/9
# thôn", "(5) Tỷ lệ ... hằng năm: từ 90%") is no word of the label's name: the count takes
# the label, and the rate is not named by the item before it.
_NUMBERED_LABELS = [
    ("(4) Số thôn, làng đạt chuẩn nông thôn mới: 4/9 thôn. (5) Tỷ lệ người dân tham gia bảo "
     "hiểm y tế hằng năm: từ 90% trở lên.", 90, "tỷ lệ người dân tham gia bảo hiểm y tế"),
    ("(4) Số thôn đạt chuẩn nông thôn mới: 4 thôn.", 4, "số thôn đạt chuẩn nông thôn mới"),
    ("b) Số xã đạt chuẩn nông thôn mới nâng cao: 5 xã.", 5, "số xã đạt chuẩn nông thôn mới"),
]  # fmt: skip
# Near miss: a label that is long in words of its own still names nothing.
_UNNUMBERED_LONG_LABELS = [
    ("(1) Thu nhập: 60 triệu đồng. (2) Kết quả thu ngân sách nhà nước trên địa bàn của toàn "
     "huyện trong các năm qua và từ nay đến cuối năm: 900 tỷ đồng.", 900, "thu nhập"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _NUMBERED_LABELS + _UNNUMBERED_LONG_LABELS)
def test_the_number_of_a_list_item_is_no_word_of_its_label(
    text: str, value: float, name: str
) -> None:
    assert _named(text, value).lower().startswith(name)
