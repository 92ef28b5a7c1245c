"""Sentences for the twenty-sixth round's education helper (education): constructions of
school year reviews, exam results, schools meeting national standards, universal education
and science and technology reports that real pages, read once, showed the extractor
misread.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read, kinds_read, name_read, period_read

# Science offices count their research tasks as one group, "đề tài, dự án", as other offices
# count "tổ chức, cá nhân": the comma joins the second noun to the count.
_TASK_PAIRS = [
    ("Năm 2023, Sở Khoa học và Công nghệ quản lý 48 đề tài, dự án cấp tỉnh.", 48,
     "đề tài, dự án"),
    ("Trong năm, tỉnh nghiệm thu 15 đề tài, dự án khoa học và công nghệ.", 15, "đề tài, dự án"),
    ("Năm 2022, huyện đã chuyển giao 6 đề tài, dự án sản xuất thử nghiệm cho nông dân.", 6,
     "đề tài, dự án"),
]  # fmt: skip
# Near misses: a second count after the comma, and "đề tài" alone, keep their own nouns.
_TASKS_APART = [
    ("Năm 2022, tỉnh thực hiện 20 đề tài, 3 dự án mới.", 20, "đề tài"),
    ("Năm 2022, tỉnh thực hiện 20 đề tài, 3 dự án mới.", 3, "dự án"),
    ("Năm 2023, Sở nghiệm thu 12 đề tài, đạt 100% kế hoạch.", 12, "đề tài"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "unit"), _TASK_PAIRS + _TASKS_APART)
def test_research_tasks_joined_by_a_comma_count_one_group(
    text: str, value: float, unit: str
) -> None:
    assert (value, unit) in [(row[0], row[1]) for row in comparisons_read(text, 2024)]


# A breakdown by level of schooling names its items in small letters and often gives each
# count its rate in parentheses ("mầm non có 141 trường đạt chuẩn (51,8%), tiểu học 206
# (75,2%)"): a bare number after a level counts what the item before it counted.
_LEVEL_COUNTS = [
    ("Năm 2023, tỷ lệ trường đạt chuẩn quốc gia: mầm non có 40 trường (62,5%), tiểu học 55 "
     "(80,9%), THCS 38 (71,7%).", 55, "trường"),
    ("Năm 2023, tỷ lệ trường đạt chuẩn quốc gia: mầm non có 40 trường (62,5%), tiểu học 55 "
     "(80,9%), THCS 38 (71,7%).", 38, "trường"),
    ("Năm 2022, toàn huyện có 52 trường đạt chuẩn quốc gia, gồm mầm non 15 trường, tiểu học 20 "
     "và trung học cơ sở 17.", 20, "trường"),
    ("Đến cuối năm 2022, cấp mầm non có 1.250 giáo viên đạt chuẩn, cấp tiểu học 2.100, cấp THCS "
     "1.800.", 1800, "giáo viên"),
]  # fmt: skip
# Near misses: a bare number after a verb, after "còn", or after a lower-case word that
# names no level is no count of the same things.
_NOT_LEVEL_COUNTS = [
    ("Năm 2023, huyện có 45 trường học, tăng 3 so với năm trước.", 3),
    ("Năm 2023 có 30 xã đạt chuẩn (50%), còn 12 chưa đạt.", 12),
    ("Năm 2023, xuất khẩu 500 tấn, nhập khẩu 300.", 300),
]


@pytest.mark.parametrize(("text", "value", "unit"), _LEVEL_COUNTS)
def test_a_bare_count_after_a_level_of_schooling_counts_the_lists_things(
    text: str, value: float, unit: str
) -> None:
    assert (value, unit) in [(row[0], row[1]) for row in comparisons_read(text, 2024)]


@pytest.mark.parametrize(("text", "value"), _NOT_LEVEL_COUNTS)
def test_a_bare_number_after_no_level_stays_no_count(text: str, value: float) -> None:
    assert value not in [row[0] for row in comparisons_read(text, 2024)]


# The level of a standard said "mức" and one digit ("đạt chuẩn phổ cập mức 1", "trường mức
# 2") is a word of what was counted, as "mức độ 2" is: it stays in that count's name and
# leaves the next count's name ("… mức 1 và 5 xã đạt mức 2" had named the 5 "1 xã đạt mức").
_LEVEL_WORDS = [
    ("Năm 2023, huyện có 10 xã đạt chuẩn phổ cập mức 1 và 5 xã đạt mức 2.", 5, "xã đạt mức 2"),
    ("Năm 2023, huyện có 10 xã đạt chuẩn phổ cập mức 1 và 5 xã đạt mức 2.", 10,
     "xã đạt chuẩn phổ cập mức 1"),
    ("Năm 2023, tỉnh có 20 trường mầm non (8 trường mức 1, 12 trường mức 2) và 15 trường tiểu "
     "học.", 15, "trường tiểu học"),
    ("Năm 2022, toàn tỉnh công nhận 9 trường mức 1 sau 5 năm, 4 trường lên mức 2.", 4,
     "trường lên mức 2"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _LEVEL_WORDS)
def test_the_digit_of_a_standards_level_stays_with_its_count(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# Near misses: after "mức" an amount or a rate is a figure of its own, as it was.
_LEVELS_THAT_ARE_AMOUNTS = [
    ("Năm 2023, huyện hỗ trợ 20 hộ mức 2 triệu đồng/hộ.", 2, "triệu đồng/hộ"),
    ("Năm 2023, 30 hộ được vay mức 50 triệu đồng.", 50, "triệu đồng"),
    ("Năm 2023, có 12 xã đạt mức 15% và 3 xã đạt mức 20%.", 15, "%"),
    ("Năm 2023, có 12 xã đạt mức 15% và 3 xã đạt mức 20%.", 3, "xã"),
]


@pytest.mark.parametrize(("text", "value", "unit"), _LEVELS_THAT_ARE_AMOUNTS)
def test_an_amount_after_mức_stays_a_figure(text: str, value: float, unit: str) -> None:
    assert (value, unit) in [(row[0], row[1]) for row in comparisons_read(text, 2024)]


# A school's timetable ("được học 2 buổi/ngày", "dạy học 2 buổi/ngày") is how the pupils or
# schools counted are taught, a word of their name: the share is the figure, the sessions
# none.
_TIMETABLES = [
    ("Năm học 2023-2024, 100% học sinh tiểu học được học 2 buổi/ngày.", 100),
    ("Năm 2023, có 95% trường tiểu học tổ chức dạy học 2 buổi/ngày.", 95),
    ("Đến năm 2025, phấn đấu 99% trẻ mầm non được học 2 buổi/ngày.", 99),
    ("Năm 2022, 80% học sinh THCS học 2 buổi/tuần môn tiếng Anh.", 80),
]
# Near misses: sessions held, counted with no time after a slash, stay counts.
_SESSIONS_HELD = [
    ("Năm 2023, Hội Nông dân tổ chức 120 buổi tập huấn cho 5.000 lượt hội viên.", 120),
    ("Năm 2023, huyện tổ chức 45 buổi tuyên truyền về an toàn giao thông.", 45),
]


@pytest.mark.parametrize(("text", "share"), _TIMETABLES)
def test_sessions_a_day_in_a_timetable_are_no_figure(text: str, share: float) -> None:
    assert [(row[0], row[1]) for row in comparisons_read(text, 2024)] == [(share, "%")]


@pytest.mark.parametrize(("text", "value"), _SESSIONS_HELD)
def test_sessions_held_stay_counted(text: str, value: float) -> None:
    assert (value, "buổi") in [(row[0], row[1]) for row in comparisons_read(text, 2024)]


# An absolute difference in a count whose noun goes on ("tăng 5 đơn vị cấp tỉnh", "tăng 6
# trường mầm non công lập") is set aside with those words: the rate that restates it after
# "tương ứng" or "tương đương" is the change of the figure before, as after "tăng 5 tỉnh".
_RESTATED_GAPS = [
    ("Năm 2023, toàn tỉnh có 120 doanh nghiệp khoa học và công nghệ, tăng 15 doanh nghiệp "
     "khoa học, tương đương 14,3% so với năm 2022.", 120, ("previous", "change", 14.3)),
    ("Năm 2023, huyện có 48 trường đạt chuẩn quốc gia, tăng 6 trường mầm non công lập, tương "
     "ứng 14,3% so với năm trước.", 48, ("previous", "change", 14.3)),
    ("Năm 2022, tỷ lệ xã đạt chuẩn là 62%, tăng 8 xã miền núi, tương ứng 5% so với năm 2021.",
     62, ("previous", "change", 5)),
]  # fmt: skip
# Near misses: the gap with a bare noun, or in money, read as they did.
_BARE_GAPS = [
    ("Năm 2023, toàn tỉnh có 120 doanh nghiệp, tăng 15 doanh nghiệp, tương đương 14,3% so với "
     "năm 2022.", 120, ("previous", "change", 14.3)),
    ("Năm 2023, thu ngân sách đạt 900 tỷ đồng, tăng 120 tỷ đồng, tương đương 15,4% so với năm "
     "2022.", 900, ("previous", "change", 15.4)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "reading"), _RESTATED_GAPS + _BARE_GAPS)
def test_a_rate_restating_a_counted_gap_is_the_figures_change(
    text: str, value: float, reading: tuple[str, str, float]
) -> None:
    rows = comparisons_read(text, 2024)
    assert next(row for row in rows if row[0] == value)[2] == [reading]
    assert all(row[0] is not None for row in rows)


# Near miss: a cut with no figure before it keeps its rate as a level of its own.
def test_a_cut_with_no_figure_before_keeps_its_rate() -> None:
    rows = comparisons_read(
        "Năm 2023, tỉnh đã giảm 59 đơn vị hành chính cấp xã, tương đương 28,1%.", 2024
    )
    assert (28.1, "%", []) in rows


# A plan named, with its year and the body that adopted it, before the comma that opens a
# sentence ("Theo kế hoạch khoa học và công nghệ năm 2022 được UBND tỉnh phê duyệt, …")
# frames what follows as the plan's, as "Theo kế hoạch năm 2022," does.
_NAMED_PLANS = [
    "Theo kế hoạch khoa học và công nghệ năm 2022, tỉnh thực hiện 20 đề tài mới.",
    "Theo kế hoạch năm 2023 được UBND tỉnh phê duyệt, huyện xây mới 35 phòng học.",
    "Theo kế hoạch phát triển giáo dục đã được HĐND tỉnh thông qua, năm 2025 tỉnh xây dựng "
    "12 trường đạt chuẩn quốc gia.",
    "Theo kế hoạch được phê duyệt, năm 2024 tỉnh triển khai 12 dự án.",
]
# Near misses: what was done ("đã"), and a plan named after the figure, stay results.
_PLANS_MET = [
    "Theo kế hoạch được duyệt, năm 2023 đã có 15 xã đạt chuẩn nông thôn mới.",
    "Theo kế hoạch thực hiện, đến nay tỉnh đã hoàn thành 12 dự án.",
    "Năm 2023, tỉnh hoàn thành 12 dự án theo kế hoạch đề ra, đạt 100%.",
]


@pytest.mark.parametrize("text", _NAMED_PLANS)
def test_a_plan_named_and_adopted_before_the_comma_frames_targets(text: str) -> None:
    assert [kind for _, kind in kinds_read(text)] == ["target"]


@pytest.mark.parametrize("text", _PLANS_MET)
def test_what_was_done_under_a_plan_stays_a_result(text: str) -> None:
    assert [kind for _, kind in kinds_read(text)] == ["actual"]


# A school grade ("lớp 9", "lớp 10", "lớp 12") names which pupils are counted: no figure of
# its own, and a word of the count's name ("học sinh lớp 12 dự thi" had given "12 dự thi").
_GRADES = [
    ("Năm 2023, có 12.000 học sinh lớp 12 dự thi tốt nghiệp.", 12000,
     "học sinh lớp 12 dự thi tốt nghiệp"),
    ("Năm 2023, 1.250 học sinh đỗ vào lớp 10 công lập.", 1250,
     "học sinh đỗ vào lớp 10 công lập"),
    ("Năm học 2023-2024, tỉnh có 53.825 học sinh lớp 9.", 53825, "học sinh lớp 9"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _GRADES)
def test_a_school_grade_is_a_word_of_the_counts_name(text: str, value: float, name: str) -> None:
    assert [row[0] for row in comparisons_read(text, 2024)] == [value]
    assert name_read(text, value) == name


# Near misses: classes opened are counted, and a rate for a grade stays one figure.
_CLASSES_COUNTED = [
    ("Năm 2023, huyện mở 15 lớp đào tạo nghề cho 450 lao động.", [15, 450]),
    ("Năm 2023, có 98% trẻ 6 tuổi vào lớp 1.", [98]),
]


@pytest.mark.parametrize(("text", "values"), _CLASSES_COUNTED)
def test_classes_opened_stay_counted(text: str, values: list[float]) -> None:
    assert [row[0] for row in comparisons_read(text, 2024)] == values


# A list of rates by level of schooling, the levels in small letters ("trong đó mầm non
# 97,2%, tiểu học 98,1%, THCS 99%"), names each item by the list's measure and its level, in
# place of the level the first item was named with ("ở cấp mầm non").
_LEVEL_RATES = [
    ("Toàn tỉnh có 98,5% giáo viên đạt chuẩn trình độ đào tạo, trong đó mầm non 97,2%, tiểu "
     "học 98,1%, THCS 99%.", 98.1, "tỷ lệ giáo viên đạt chuẩn trình độ đào tạo tiểu học"),
    ("Năm 2023, tỷ lệ phòng học kiên cố ở cấp mầm non là 88,76%, tiểu học 93,87%, THCS 97,71% "
     "và THPT 98,54%.", 97.71, "tỷ lệ phòng học kiên cố THCS"),
    ("Năm 2023, tỷ lệ học sinh bỏ học ở tiểu học là 0,02%, trung học cơ sở 0,35% và trung học "
     "phổ thông 0,8%.", 0.8, "tỷ lệ học sinh bỏ học trung học phổ thông"),
]  # fmt: skip
# Near misses: parts named in plain words that are no level keep their own names.
_PLAIN_PARTS = [
    ("Năm 2023, tăng trưởng đạt 7,5%, trong đó nông nghiệp 3,2%, công nghiệp 10,1%.", 10.1,
     "công nghiệp"),
    ("Năm 2023, thu ngân sách đạt 500 tỷ đồng, trong đó thu nội địa 300 tỷ đồng, thu từ đất 150 "
     "tỷ đồng.", 150, "thu từ đất"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _LEVEL_RATES + _PLAIN_PARTS)
def test_a_level_of_schooling_names_its_item_under_the_lists_measure(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A year right after what was counted dates the count, also when "và" joins the nouns of
# what was counted ("7 đề tài khoa học và công nghệ cấp tỉnh năm 2024"): that "và" opens no
# clause of its own.
_JOINED_NOUNS_DATED = [
    ("Sở vừa nghiệm thu 9 đề tài khoa học và công nghệ cấp tỉnh năm 2023 tại hội nghị.", 9,
     2023),
    ("Trường đã triển khai 12 đề tài khoa học và công nghệ cấp cơ sở năm 2022 cho giảng viên.",
     12, 2022),
    ("Tỉnh đã chuyển giao 5 mô hình sản xuất và chế biến nông sản năm 2021 cho nông dân.", 5,
     2021),
]  # fmt: skip
# Near misses: "còn" inside what was counted, and "và" after a comma, still open a clause
# whose year is not the count's.
_CLAUSES_DATED_APART = [
    ("Tỉnh vừa có 2 xã còn lại đăng ký về đích năm 2019.", 2, None),
    ("Tỉnh có 120 doanh nghiệp, và năm 2023 có thêm 15 doanh nghiệp.", 120, None),
]


@pytest.mark.parametrize(("text", "value", "year"), _JOINED_NOUNS_DATED + _CLAUSES_DATED_APART)
def test_a_year_after_nouns_joined_by_và_dates_the_count(
    text: str, value: float, year: int | None
) -> None:
    assert period_read(text, value, None)[0] == year


# The words that name a year after what was counted ("năm 2024", "cuối năm 2023", "đến năm
# 2025") date the count and are no words of its name, which had ended in "… năm".
_YEARS_AFTER_COUNTS = [
    ("Sở vừa nghiệm thu 9 đề tài khoa học và công nghệ cấp tỉnh năm 2023 tại hội nghị.", 9,
     "nghiệm thu đề tài khoa học và công nghệ cấp tỉnh"),
    ("Huyện xây 12 phòng học cuối năm 2023.", 12, "xây phòng học"),
    ("Tỉnh có 30 xã đăng ký đạt chuẩn đến năm 2025.", 30, "xã đăng ký đạt chuẩn"),
]  # fmt: skip
# Near misses: a time with no year after it ("hằng năm", "trong năm") stays in the name.
_TIMES_IN_NAMES = [
    ("Năm 2023, tỉnh trồng 500 ha rừng tập trung hằng năm.", 500,
     "diện tích trồng rừng tập trung hằng năm"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _YEARS_AFTER_COUNTS + _TIMES_IN_NAMES)
def test_the_year_after_a_count_is_no_word_of_its_name(text: str, value: float, name: str) -> None:
    assert name_read(text, value) == name
