"""Sentences for the twenty-eighth round's helper cnt: what noun phrase a count names —
where the words after a counted noun stop, and which subject a count that "có" holds is
named by.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read

# "và" after the words of what is counted opens the next clause when what follows it is a
# subject with a level of its own ("và tỷ lệ hộ nghèo giảm 3,71%"), a second predicate
# (an aspect, a denial: "và đang …", "và không có …"), or an act whose number comes later
# ("và trao tặng … 02 tỷ đồng", "và công nhận … cho 148 đồng chí").
_AND_OPENS_A_CLAUSE = [
    ("Năm 2023, vụ cháy làm 14 người bị thương và thiệt hại tài sản ước khoảng 3 tỷ đồng.",
     14, "số người bị thương"),
    ("Năm 2022, huyện tạo thêm 5.200 việc làm mới và tỷ lệ hộ nghèo giảm 1,2%.", 5200,
     "tạo việc làm mới"),
    ("Năm 2022, phường Hòa An có 12 tổ dân phố văn hóa và đang xây dựng thêm các tổ còn "
     "lại.", 12, "tổ dân phố văn hóa"),
    ("Năm 2020, 34 chi bộ hoàn thành nhiệm vụ và không có chi bộ nào yếu kém.", 34,
     "chi bộ hoàn thành nhiệm vụ"),
    ("Năm 2019, thành phố xây 03 nhà văn hóa tại thôn Bản Liền và trao tặng quỹ khuyến học "
     "của huyện 150 triệu đồng.", 3, "xây nhà văn hóa tại thôn Bản Liền"),
]  # fmt: skip
# Near misses: "và" joining two things counted with no number after, or the Party's
# "đã và đang", stays inside what is counted.
_AND_INSIDE = [
    ("Năm 2023, huyện hỗ trợ 120 hộ nghèo và cận nghèo sửa chữa nhà ở.", 120,
     "hỗ trợ hộ nghèo và cận nghèo sửa chữa nhà"),
    ("Năm 2023, tỉnh có 45 doanh nghiệp đã và đang triển khai chuyển đổi số.", 45,
     "doanh nghiệp đã và đang triển khai chuyển đổi số"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _AND_OPENS_A_CLAUSE + _AND_INSIDE)
def test_the_words_of_a_count_stop_where_and_opens_another_clause(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A preposition right before the next number ("cho", "cùng", "trong tổng số", "trên")
# takes that number as its object: it is no word of the count before it.
_PREPOSITION_TAKES_NEXT = [
    ("Năm 2023, hội nghị thông qua 24 chỉ tiêu cùng 6 nhiệm vụ trọng tâm.", 24, "chỉ tiêu"),
    ("Năm 2022, huyện có 9 chỉ tiêu chủ yếu Hội đồng nhân dân giao cho năm 2022, 7 chỉ tiêu "
     "đạt.", 9, "chỉ tiêu chủ yếu Hội đồng nhân dân giao"),
    ("Năm 2021, công an làm rõ 812 vụ trong tổng số 950 vụ phạm pháp hình sự.", 950,
     "tổng số vụ phạm pháp hình sự"),
]  # fmt: skip
# Near misses: a preposition with words of its own after it stays.
_PREPOSITION_KEPT = [
    ("Năm 2022, trung tâm mở 12 lớp cho lao động nông thôn.", 12,
     "mở lớp cho lao động nông thôn"),
    ("Năm 2023, tỉnh có 15 dự án trong khu công nghiệp đi vào hoạt động.", 15,
     "dự án trong khu công nghiệp đi vào hoạt động"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _PREPOSITION_TAKES_NEXT + _PREPOSITION_KEPT)
def test_a_preposition_before_the_next_number_is_no_word_of_the_count(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# "Nông nghiệp có 143 mô hình cánh đồng lớn": a sector that has what is counted is no
# measure of it, though its name holds a word that heads measures ("nông nghiệp", "công
# nghiệp"); the things are named by their own words, in that sector.
_SECTOR_HAS = [
    ("Năm 2023, nông nghiệp có 85 mô hình liên kết sản xuất.", 85,
     "mô hình liên kết sản xuất nông nghiệp"),
    ("Năm 2022, công nghiệp chế biến có 14 nhà máy đi vào hoạt động.", 14,
     "nhà máy đi vào hoạt động công nghiệp chế biến"),
    ("Năm 2024, thương mại điện tử có 310 doanh nghiệp tham gia sàn giao dịch.", 310,
     "doanh nghiệp tham gia sàn giao dịch thương mại điện tử"),
]  # fmt: skip
# Near misses: a subject that is itself a number or a herd keeps naming it; a count with
# no words after its noun keeps the subject's reading.
_SUBJECT_NAMES = [
    ("Năm 2023, số doanh nghiệp có 1.200 doanh nghiệp.", 1200, "số doanh nghiệp"),
    ("Năm 2024, đàn trâu của huyện có 5.400 con.", 5400, "đàn trâu của huyện"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _SECTOR_HAS + _SUBJECT_NAMES)
def test_a_sector_that_has_what_is_counted_is_no_measure_of_it(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# "… tai nạn giao thông giảm cả ba tiêu chí: toàn quốc xảy ra 8.385 vụ": incidents that
# occurred with no words after "vụ" are those the text named last before them, in its
# sentence or the one before, when no count of incidents has named them yet.
_INCIDENTS_NAMED_BEFORE = [
    ("Năm 2023, tai nạn giao thông giảm cả ba tiêu chí: toàn tỉnh xảy ra 120 vụ, làm chết "
     "60 người.", 120, "số vụ tai nạn giao thông"),
    ("Tình hình cháy rừng diễn biến phức tạp. Năm 2023, toàn tỉnh xảy ra 35 vụ.", 35,
     "số vụ cháy rừng"),
    ("Năm 2022, đuối nước vẫn là mối lo ngại: cả tỉnh xảy ra 18 vụ, làm 21 người tử vong.",
     18, "số vụ đuối nước"),
]  # fmt: skip
# Near misses: cases seized are no incidents that occurred; incidents with words of their
# own keep them; nothing named before leaves the count bare.
_INCIDENTS_OF_THEIR_OWN = [
    ("Năm 2023, tai nạn giao thông giảm; công an bắt giữ 40 vụ buôn lậu.", 40,
     "bắt giữ vụ buôn lậu"),
    ("Năm 2023, tai nạn lao động được kiềm chế, toàn tỉnh xảy ra 12 vụ cháy nhà dân.", 12,
     "số vụ cháy nhà dân"),
    ("Năm 2023, toàn tỉnh xảy ra 7 vụ.", 7, "vụ"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value", "name"), _INCIDENTS_NAMED_BEFORE + _INCIDENTS_OF_THEIR_OWN
)
def test_incidents_that_occurred_are_those_named_before_them(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# "bình quân hằng năm phát triển 2.000 đảng viên": the yearly adverbial opens the
# predicate, "bình quân" in it heads no measure, and the words before it (the subject, what
# set the aim) go; the act names the count, each year.
_YEARLY_ACTS = [
    ("Giai đoạn 2016 - 2020, bình quân mỗi năm huyện kết nạp 95 đảng viên mới.", 95,
     "kết nạp đảng viên mới bình quân mỗi năm"),
    ("Nghị quyết đề ra bình quân hằng năm trồng 1.200 ha rừng tập trung.", 1200,
     "diện tích trồng rừng tập trung bình quân hằng năm"),
    ("Những năm gần đây, mỗi năm xã xây dựng 5 nhà văn hóa thôn.", 5,
     "xây dựng nhà văn hóa thôn mỗi năm"),
]  # fmt: skip
# Near misses: a measure named with "bình quân mỗi năm" keeps it; a level's verb after the
# adverbial names no act; a count with no yearly adverbial reads as before.
_NOT_YEARLY_ACTS = [
    ("Năm 2023, thu nhập bình quân mỗi năm của người dân đạt 60 triệu đồng.", 60,
     "thu nhập bình quân mỗi năm của người dân"),
    ("Giai đoạn 2021 - 2025, bình quân mỗi năm đạt 300 đảng viên.", 300, "bình quân mỗi năm"),
    ("Năm 2023, huyện kết nạp 95 đảng viên mới.", 95, "kết nạp đảng viên mới"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _YEARLY_ACTS + _NOT_YEARLY_ACTS)
def test_an_act_done_each_year_names_its_count(text: str, value: float, name: str) -> None:
    assert name_read(text, value) == name


# "420 cơ sở lưu trú du lịch, trong đó có 2 khách sạn 5 sao và 2 khách sạn 4 sao, với
# khoảng 7.240 buồng": the parts after "trong đó" are an aside a comma closes, and the
# rooms after ", với" are the whole's, not the last part's.
_ROOMS_OF_THE_WHOLE = [
    ("Năm 2023, thành phố có 310 cơ sở lưu trú, trong đó có 12 khách sạn 4 sao và 5 khách "
     "sạn 5 sao, với khoảng 9.600 phòng.", 9600, "phòng cơ sở lưu trú"),
    ("Năm 2022, huyện có 85 cơ sở lưu trú, trong đó 40 nhà nghỉ, với 1.200 giường.", 1200,
     "giường cơ sở lưu trú"),
    ("Năm 2024, toàn tỉnh có 150 khu nghỉ dưỡng, bao gồm 90 khu ven biển và 60 khu trên núi, "
     "với 8.100 phòng.", 8100, "phòng khu nghỉ dưỡng"),
]  # fmt: skip
# Near misses: with no comma the rooms are the last part's; with no parts, the count's.
_ROOMS_OF_THE_PART = [
    ("Năm 2023, tỉnh có 210 cơ sở lưu trú, trong đó 18 cơ sở từ 3 sao trở lên với khoảng "
     "1.100 phòng.", 1100, "phòng cơ sở từ 3 sao"),
    ("Năm 2023, tỉnh có 210 cơ sở lưu trú với 4.500 phòng.", 4500, "phòng cơ sở lưu trú"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _ROOMS_OF_THE_WHOLE + _ROOMS_OF_THE_PART)
def test_rooms_after_a_closed_breakdown_are_the_wholes(text: str, value: float, name: str) -> None:
    assert name_read(text, value) == name
