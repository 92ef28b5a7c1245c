"""Sentences for the twenty-third round's sector helper: constructions of department and
sector reports (traffic and crime, labour, health, culture, farming) that real pages read
wrong, each checked on wordings of its own and on near misses that must not change."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read, kinds_read, name_read

# A bound word between the harm and its count ("làm chết khoảng 45 người", "bị thương gần
# 80 người", "làm tử vong hơn 5.200 người") leaves the count the people harmed, by the
# incidents counted before it, as it is with no bound word.
_HARM_BOUNDED = [
    ("Năm 2021, toàn tỉnh xảy ra 120 vụ tai nạn giao thông, làm chết khoảng 45 người, bị "
     "thương gần 80 người.", 45, "số người chết do tai nạn giao thông"),
    ("Năm 2021, toàn tỉnh xảy ra 120 vụ tai nạn giao thông, làm chết khoảng 45 người, bị "
     "thương gần 80 người.", 80, "số người bị thương do tai nạn giao thông"),
    ("Năm 2023, toàn tỉnh xảy ra 260 vụ tai nạn giao thông, làm chết trên 110 người, bị "
     "thương xấp xỉ 200 người.", 200, "số người bị thương do tai nạn giao thông"),
    ("Quý I/2023, trên địa bàn xảy ra 8 vụ cháy, làm bị thương hơn 5 người, thiệt hại khoảng "
     "2 tỷ đồng.", 5, "số người bị thương do cháy"),
    ("Trong đó, đường bộ xảy ra 1.220 vụ, làm tử vong gần 520 người.", 520,
     "số người tử vong do đường bộ"),
]  # fmt: skip
# Near misses: with no bound word the name is as it was; a count of people no harm
# precedes keeps the act before it.
_HARM_NOT_BOUNDED = [
    ("Năm 2021, toàn tỉnh xảy ra 120 vụ tai nạn giao thông, làm chết 45 người, bị thương 80 "
     "người.", 45, "số người chết do tai nạn giao thông"),
    ("Năm 2023, toàn huyện giải quyết việc làm cho khoảng 1.200 lao động.", 1200,
     "giải quyết việc làm lao động"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _HARM_BOUNDED + _HARM_NOT_BOUNDED)
def test_a_bound_word_between_a_harm_and_its_count_still_names_the_people_harmed(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# The words of the thing counted may stand between an absolute difference and the share
# in parentheses that restates it: "giảm 12 người bị thương (13,04%)" is a fall of 13,04%
# as "giảm 12 người (13,04%)" is, not a level of 13,04%.
_RESTATED_AFTER_WORDS = [
    ("So với cùng kỳ, tai nạn giao thông giảm 12 người bị thương (13,04%).",
     [(None, "%", [("same_period", "change", -13.04)])]),
    ("Năm 2023, toàn tỉnh có 1.250 hộ nghèo, giảm 310 hộ nghèo (19,9%) so với năm 2022.",
     [(1250, "hộ nghèo", [("previous", "change", -19.9)])]),
    ("Tháng 6/2024, đàn lợn có 52.000 con, tăng 4.000 con lợn thịt (8,3%) so với cùng kỳ.",
     [(52000, "con", [("same_period", "change", 8.3)])]),
]  # fmt: skip
# Near misses: a parenthesis after words with a number or a basis between is no
# restatement of the difference.
_NOT_RESTATED_AFTER_WORDS = [
    ("Năm 2023, toàn tỉnh có 1.250 hộ nghèo, giảm 310 hộ so với năm 2022 (năm 2022 có 1.560 "
     "hộ nghèo).", [(1250, "hộ nghèo", []), (1560, "hộ nghèo", [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), _RESTATED_AFTER_WORDS + _NOT_RESTATED_AFTER_WORDS)
def test_the_counted_words_may_stand_between_a_difference_and_its_restated_share(
    text: str, rows: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == rows


# "đã" inside the name of a rate a raise or a cut takes to a level ("nâng tỷ lệ lao động
# đã qua đào tạo lên 70%") says which workers are counted, not that the raise was made: in
# a list of aims it stays an aim, and the item after it too.
_DONE_IN_A_RAISED_NAME = [
    ("Năm 2025, ngành phấn đấu tạo việc làm cho 15.000 người; nâng tỷ lệ lao động đã qua đào "
     "tạo lên 70%; giảm từ 1,25% số hộ nghèo trở lên.",
     [(15000, "target"), (70, "target"), (1.25, "target")]),
    ("Năm 2026, huyện phấn đấu thu ngân sách đạt 300 tỷ đồng, nâng tỷ lệ hộ đã được cấp nước "
     "sạch lên mức 95%.", [(300, "target"), (95, "target")]),
    ("Mục tiêu năm 2026: giảm tỷ lệ trẻ em đã bỏ học xuống còn 0,5%; tuyển mới 2.000 học "
     "sinh.", [(0.5, "target"), (2000, "target")]),
]  # fmt: skip
# Near misses: "đã" before the raise or the fall itself is the result's word.
_DONE_BEFORE_THE_MOVE = [
    ("Năm 2023, tỷ lệ hộ nghèo đã giảm xuống còn 3%.", [(3, "actual")]),
    ("Năm 2023, huyện đã nâng tỷ lệ lao động qua đào tạo lên 70%.", [(70, "actual")]),
    ("Năm 2023, tỷ lệ lao động đã qua đào tạo đạt 68,8%.", [(68.8, "actual")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), _DONE_IN_A_RAISED_NAME + _DONE_BEFORE_THE_MOVE)
def test_a_done_word_inside_a_raised_rate_name_is_no_result(
    text: str, kinds: list[tuple[float, str]]
) -> None:
    assert kinds_read(text) == kinds


# A rise of a count named again ("số vụ tăng 18%") after a part counted in its own
# sentence ("Trong đó, đường bộ xảy ra 12.200 vụ, ...; so với cùng kỳ số vụ tăng 18%") is
# the part's, not the whole's of the sentence before; "số người chết" is of "làm tử vong".
_OWN_SENTENCE_COUNTS = [
    ("6 tháng đầu năm 2024, cả nước xảy ra 12.300 vụ tai nạn giao thông, làm chết 5.200 "
     "người. Trong đó, đường bộ xảy ra 12.200 vụ, làm tử vong 5.100 người; so với cùng kỳ năm "
     "trước số vụ tăng 18%, số người chết giảm 12%.",
     [(12300, "vụ", []), (5200, "người", []),
      (12200, "vụ", [("same_period", "change", 18.0)]),
      (5100, "người", [("same_period", "change", -12.0)])]),
    ("Quý I/2024, toàn tỉnh xảy ra 40 vụ cháy, thiệt hại 12 tỷ đồng. Riêng thành phố xảy ra "
     "15 vụ, thiệt hại 5 tỷ đồng; so với cùng kỳ, số vụ giảm 25%.",
     [(40, "vụ", []), (12, "tỷ đồng", []),
      (15, "vụ", [("same_period", "change", -25.0)]), (5, "tỷ đồng", [])]),
    ("Năm 2023, toàn tỉnh bắt 320 vụ, 450 đối tượng phạm tội về ma túy. Trong đó, lực lượng "
     "biên phòng bắt 42 vụ, 61 đối tượng; so với năm 2022, số vụ tăng 10%, số đối tượng tăng "
     "15%.",
     [(320, "vụ", []), (450, "đối tượng", []),
      (42, "vụ", [("previous", "change", 10.0)]),
      (61, "đối tượng", [("previous", "change", 15.0)])]),
]  # fmt: skip
# Near miss: with no count in its own sentence the rise is of the count before.
_EARLIER_SENTENCE_COUNTS = [
    ("Năm 2023, toàn tỉnh xảy ra 30 vụ tai nạn giao thông, làm chết 20 người. So với năm "
     "2022, số vụ giảm 10%, số người chết giảm 5%.",
     [(30, "vụ", [("previous", "change", -10.0)]),
      (20, "người", [("previous", "change", -5.0)])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), _OWN_SENTENCE_COUNTS + _EARLIER_SENTENCE_COUNTS)
def test_a_count_named_again_is_the_one_its_own_sentence_counted(
    text: str, rows: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == rows


# The close of the year an aim is for ("phấn đấu đến cuối năm có 83% gia đình đạt chuẩn
# văn hóa", "đến hết năm", "đến cuối năm nay") names nothing: the share is the rate of the
# part after the number, as it is with no time before it.
_YEAR_CLOSE_BEFORE_A_SHARE = [
    ("Năm 2023, huyện phấn đấu đến cuối năm có 83% gia đình đạt chuẩn văn hóa.", 83,
     "tỷ lệ gia đình đạt chuẩn văn hóa"),
    ("Năm 2024, tỉnh phấn đấu đến hết năm có 95% hộ dân dùng nước sạch, 70% xã đạt chuẩn "
     "nông thôn mới.", 95, "tỷ lệ hộ dân dùng nước sạch"),
    ("Mục tiêu năm 2025: đến cuối năm nay 100% trạm y tế xã có bác sĩ.", 100,
     "tỷ lệ trạm y tế xã có bác sĩ"),
]  # fmt: skip
# Near misses: a rate named before the number keeps its words; no time, the same rate.
_RATE_NAMED_BEFORE = [
    ("Năm 2024, tỷ lệ che phủ rừng đến cuối năm đạt 45%.", 45,
     "tỷ lệ che phủ rừng"),  # the close of the year is when, not what (twenty-fifth round)
    ("Năm 2023, huyện phấn đấu có 83% gia đình đạt chuẩn văn hóa.", 83,
     "tỷ lệ gia đình đạt chuẩn văn hóa"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _YEAR_CLOSE_BEFORE_A_SHARE + _RATE_NAMED_BEFORE)
def test_the_close_of_the_year_before_a_share_names_nothing(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A count listed right after another shares its verbs, a list of verbs too ("điều tra,
# truy xét làm rõ 25 vụ, 35 đối tượng"; "điều tra, khám phá, làm rõ 140 vụ, 210 đối
# tượng"), as it does a single verb ("bắt giữ 25 vụ, 35 đối tượng").
_SHARED_VERB_LISTS = [
    ("Trong tháng 11/2021, đã điều tra, truy xét làm rõ 25 vụ, 35 đối tượng, thu hồi tài sản "
     "trị giá khoảng 75 triệu đồng.", 35, "điều tra, truy xét làm rõ đối tượng"),
    ("Năm 2023, công an tỉnh đã điều tra, khám phá, làm rõ 140 vụ, 210 đối tượng.", 210,
     "điều tra, khám phá, làm rõ đối tượng"),
    ("Năm 2024, công an thành phố đã điều tra, truy bắt, làm rõ 30 vụ, 45 đối tượng trộm cắp "
     "tài sản.", 45, "điều tra, truy bắt, làm rõ đối tượng trộm cắp tài sản"),
]  # fmt: skip
# Near misses: one verb, as before; a harm after incidents is named by them.
_SHARED_ONE_VERB = [
    ("Trong tháng 11/2021, lực lượng công an đã bắt giữ 25 vụ, 35 đối tượng.", 35,
     "bắt giữ đối tượng"),
    ("Năm 2023, toàn huyện xảy ra 14 vụ cháy, nổ, 3 người bị thương.", 3,
     "số người bị thương do cháy, nổ"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _SHARED_VERB_LISTS + _SHARED_ONE_VERB)
def test_a_count_listed_after_another_shares_its_list_of_verbs(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# Shares in parentheses after absolute differences, one per count: "giảm 580 vụ (8,38%),
# giảm 90 người chết (2,74%) và giảm 570 người bị thương (11,29%)" are three falls, each of
# the count its difference names, with the words of that count ("người bị thương") between
# the difference and the parenthesis.
_RESTATED_EACH = [
    ("Năm 2021, toàn tỉnh xảy ra 120 vụ tai nạn giao thông, làm chết 45 người, bị thương 80 "
     "người. So với cùng kỳ năm 2020, giảm 20 vụ (14,29%), giảm 5 người chết (10%) và giảm 12 "
     "người bị thương (13,04%).",
     [(120, "vụ", [("same_period", "change", -14.29)]),
      (45, "người", [("same_period", "change", -10.0)]),
      (80, "người", [("same_period", "change", -13.04)])]),
    ("Quý I/2024, huyện xảy ra 16 vụ cháy, làm bị thương 9 người. So với cùng kỳ, tăng 4 vụ "
     "(33,3%), tăng 3 người bị thương (50%).",
     [(16, "vụ", [("same_period", "change", 33.3)]),
      (9, "người", [("same_period", "change", 50.0)])]),
    ("Năm 2023, toàn tỉnh có 1.250 hộ nghèo, 2.300 hộ cận nghèo; so với năm 2022, giảm 310 hộ "
     "nghèo (19,9%), giảm 150 hộ cận nghèo (6,1%).",
     [(1250, "hộ nghèo", [("previous", "change", -19.9)]),
      (2300, "hộ cận nghèo", [("previous", "change", -6.1)])]),
]  # fmt: skip
# Near misses: one difference and its share stay one rise of the figure before it; two
# differences of the same count against two bases stay two rises of it.
_RESTATED_ONE = [
    ("Năm 2021, toàn tỉnh xảy ra 120 vụ tai nạn giao thông, giảm 20 vụ (14,29%) so với cùng "
     "kỳ.", [(120, "vụ", [("same_period", "change", -14.29)])]),
    ("Năm 2021, toàn tỉnh xảy ra 120 vụ tai nạn giao thông, giảm 20 vụ (14,29%) so với cùng "
     "kỳ, đạt 80% kế hoạch.",
     [(120, "vụ", [("same_period", "change", -14.29), ("plan", "ratio", 80.0)])]),
    ("So với cùng kỳ, tai nạn giao thông tăng 2 vụ (20%) so với tháng trước, giảm 3 vụ (20%) "
     "so với cùng kỳ.",
     [(None, "%", [("previous", "change", 20.0), ("same_period", "change", -20.0)])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), _RESTATED_EACH + _RESTATED_ONE)
def test_each_restated_difference_is_a_fall_of_the_count_it_names(
    text: str, rows: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == rows


# The verb of an absolute difference said again after a comma before a share ("So với
# tháng 2/2023, số vụ cháy giảm 52 vụ, giảm 33,77%") restates the difference as a fall of
# the count the clause names, as "tương ứng" does: the count stated before gets it.
_VERB_SAID_AGAIN = [
    ("Tháng 3/2023, toàn quốc xảy ra 102 vụ cháy, làm chết 8 người. So với tháng 2/2023, số "
     "vụ cháy giảm 52 vụ, giảm 33,77%.",
     [(102, "vụ", [("previous", "change", -33.77)]), (8, "người", [])]),
    ("Quý I/2024, toàn tỉnh xảy ra 60 vụ phạm pháp hình sự, bắt 85 đối tượng. So với cùng kỳ, "
     "số vụ phạm pháp hình sự tăng 9 vụ, tăng 17,6%.",
     [(60, "vụ", [("same_period", "change", 17.6)]), (85, "đối tượng", [])]),
    ("Năm 2023, toàn tỉnh có 1.250 hộ nghèo, 3.400 hộ cận nghèo. So với năm 2022, số hộ nghèo "
     "giảm 310 hộ, giảm 19,9%.",
     [(1250, "hộ nghèo", [("previous", "change", -19.9)]), (3400, "hộ cận nghèo", [])]),
]  # fmt: skip
# Near misses: a figure with its own difference and rise in one clause keeps both as they
# were; "tương ứng" restates as before.
_RESTATED_AS_BEFORE = [
    ("Năm 2023, thu ngân sách đạt 820 tỷ đồng, tăng 120 tỷ đồng, tăng 17,1% so với năm 2022.",
     [(820, "tỷ đồng", [("previous", "change", 17.1)])]),
    ("Tháng 3/2023, toàn quốc xảy ra 102 vụ cháy. So với tháng 2/2023, số vụ cháy giảm 52 vụ, "
     "tương ứng giảm 33,77%.", [(102, "vụ", [("previous", "change", -33.77)])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), _VERB_SAID_AGAIN + _RESTATED_AS_BEFORE)
def test_a_difference_verb_said_again_before_a_share_restates_the_difference(
    text: str, rows: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == rows


# The parts of a count of incidents after "gồm", "trong đó", "và" ("xảy ra 120 vụ cháy,
# gồm 80 vụ cháy nhà dân và 40 vụ cháy rừng") are incidents too, named by their own words:
# "số vụ cháy nhà dân", not "số vụ gồm".
_INCIDENT_PARTS = [
    ("Năm 2022, toàn tỉnh xảy ra 120 vụ cháy, gồm 80 vụ cháy nhà dân và 40 vụ cháy rừng.", 80,
     "số vụ cháy nhà dân"),
    ("Năm 2022, toàn tỉnh xảy ra 120 vụ cháy, gồm 80 vụ cháy nhà dân và 40 vụ cháy rừng.", 40,
     "số vụ cháy rừng"),
    ("Trong năm 2021 xảy ra 2.769 vụ sự cố, gồm 1.973 vụ sự cố chạm chập thiết bị điện.", 1973,
     "số vụ sự cố chạm chập thiết bị điện"),
    ("Năm 2022, xảy ra 35 vụ sự cố điện, trong đó 20 vụ sự cố chạm chập điện.", 20,
     "số vụ sự cố chạm chập điện"),
]  # fmt: skip
# Near misses: a grave part keeps the incidents' name; other acts on cases keep theirs.
_INCIDENT_NOT_PARTS = [
    ("Năm 2022, xảy ra 35 vụ tai nạn giao thông, trong đó có 6 vụ nghiêm trọng.", 6,
     "số vụ tai nạn giao thông nghiêm trọng"),
    ("Năm 2022, xảy ra 35 vụ cháy. Công an đã khởi tố 3 vụ án.", 3, "khởi tố vụ án"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _INCIDENT_PARTS + _INCIDENT_NOT_PARTS)
def test_the_parts_of_a_count_of_incidents_are_named_as_incidents(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A count joined by "thuộc" to a count of the places its things lie in ("45 xã thuộc 6
# huyện đạt chuẩn nông thôn mới nâng cao") counts those that do what the words after the
# second count say, not "xã thuộc".
_BELONGING_COUNTS = [
    ("Năm 2023, có 45 xã thuộc 6 huyện đạt chuẩn nông thôn mới nâng cao.", 45,
     "xã đạt chuẩn nông thôn mới nâng cao"),
    ("Đến nay, cả nước có 201 đơn vị cấp huyện thuộc 53 tỉnh, thành phố được công nhận đạt "
     "chuẩn nông thôn mới.", 201, "đơn vị cấp huyện được công nhận đạt chuẩn nông thôn mới"),
    ("Năm 2024, có 12 trường thuộc 4 huyện được công nhận đạt chuẩn quốc gia.", 12,
     "trường được công nhận đạt chuẩn quốc gia"),
]  # fmt: skip
# Near misses: "thuộc" before a field, not a count; the second count's noun going on.
_NOT_BELONGING_COUNTS = [
    ("Năm 2023, toàn tỉnh có 120 hợp tác xã thuộc lĩnh vực nông nghiệp đang hoạt động.", 120,
     "hợp tác xã thuộc lĩnh vực nông nghiệp đang hoạt động"),
    ("Quý I/2024, có 38 doanh nghiệp thuộc 5 khu công nghiệp tạm ngừng hoạt động.", 38,
     "doanh nghiệp thuộc"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _BELONGING_COUNTS + _NOT_BELONGING_COUNTS)
def test_a_count_belonging_to_a_second_count_is_named_by_what_follows_it(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name
