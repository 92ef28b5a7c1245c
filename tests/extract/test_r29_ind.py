"""Sentences for the twenty-ninth round's helper ind: what a measure's name points back to
when it names its sector only as "toàn ngành", and what standard a bare "đạt chuẩn" meets.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read

# "toàn ngành" closing a measure's name is the sector the passage spoke of before it.
_WHOLE_SECTOR_NAMED_BEFORE = [
    ("Năm 2023, ngành nông nghiệp của huyện chịu nhiều thiệt hại do hạn hán, giá trị sản "
     "xuất toàn ngành chỉ đạt 2.140 tỷ đồng.", 2140, "giá trị sản xuất nông nghiệp"),
    ("Quý I/2024, du lịch thị xã đón 84.000 lượt khách. Doanh thu của toàn ngành ước 315 tỷ "
     "đồng.", 315, "Doanh thu du lịch"),
    ("Năm 2022, sản xuất công nghiệp - tiểu thủ công nghiệp phục hồi nhanh: giá trị sản xuất "
     "toàn ngành đạt 6.905 tỷ đồng.", 6905,
     "giá trị sản xuất công nghiệp - tiểu thủ công nghiệp"),
]  # fmt: skip
# Near misses: a name that holds its sector already, a share's whole after "trong", and a
# passage that named no sector keep "toàn ngành".
_WHOLE_SECTOR_KEPT = [
    ("Năm 2023, chỉ số sản xuất công nghiệp toàn ngành đạt 108,4 điểm.", 108.4,
     "chỉ số sản xuất công nghiệp toàn ngành"),
    ("Năm 2023, ngành thủy sản phát triển ổn định. Các hợp tác xã chiếm 41% doanh thu toàn "
     "ngành.", 41, "tỷ trọng các hợp tác xã trong doanh thu toàn ngành"),
    ("Năm 2024, doanh thu toàn ngành ước 512 tỷ đồng.", 512, "doanh thu toàn ngành"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _WHOLE_SECTOR_NAMED_BEFORE + _WHOLE_SECTOR_KEPT)
def test_the_whole_sector_is_the_sector_the_passage_named_before(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# "đạt chuẩn" with nothing after it (or only the grade, "nâng cao", "kiểu mẫu") repeats
# the standard the passage said whole: "xã đạt chuẩn nông thôn mới".
_STANDARD_SAID_BEFORE = [
    ("Năm 2024, huyện có thêm 3 xã đạt chuẩn nông thôn mới. Toàn huyện hiện có 17 xã đạt "
     "chuẩn.", 17, "xã đạt chuẩn nông thôn mới"),
    ("Đến nay, tỉnh có 94 xã đạt chuẩn nông thôn mới, trong đó 21 xã đạt chuẩn nâng cao.",
     21, "xã đạt chuẩn nông thôn mới nâng cao"),
    ("Năm 2023, thị xã có 6 phường, xã đạt chuẩn nông thôn mới; 4 thôn, bản đạt chuẩn kiểu "
     "mẫu.", 4, "thôn, bản đạt chuẩn nông thôn mới kiểu mẫu"),
]  # fmt: skip
# Near misses: a passage that never said the standard whole, a standard of schools, and a
# name that goes on after the verb keep their words.
_STANDARD_KEPT = [
    ("Năm 2024, chương trình xây dựng nông thôn mới tiếp tục triển khai. Toàn huyện có 17 "
     "xã đạt chuẩn.", 17, "xã đạt chuẩn"),
    ("Năm 2024, huyện có thêm 3 xã đạt chuẩn nông thôn mới và 12 trường đạt chuẩn.", 12,
     "trường đạt chuẩn"),
    ("Năm 2024, tỉnh có 94 xã đạt chuẩn nông thôn mới. Có 8 xã đăng ký về đích năm 2025.", 8,
     "xã đăng ký về đích"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _STANDARD_SAID_BEFORE + _STANDARD_KEPT)
def test_a_bare_meets_the_standard_is_the_standard_the_passage_said_whole(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


# A bare "tổng thu"/"tổng chi" with no figure of a budget before it is of the budget the
# words before it named ("Thu ngân sách nhà nước được tập trung chỉ đạo, tổng thu …").
_FLOW_OF_BUDGET_SAID = [
    ("Năm 2024, công tác thu ngân sách nhà nước được chú trọng, tổng thu ước 1.204 tỷ "
     "đồng.", 1204, "tổng thu ngân sách nhà nước"),
    ("Hội đồng nhân dân giao dự toán thu ngân sách nhà nước năm 2023 là 980 tỷ đồng. Đến "
     "cuối năm, tổng thu đạt 1.015 tỷ đồng.", 1015, "tổng thu ngân sách nhà nước"),
    ("Năm 2022, việc điều hành ngân sách địa phương bảo đảm chặt chẽ; tổng chi ước 2.310 "
     "tỷ đồng.", 2310, "tổng chi ngân sách địa phương"),
]  # fmt: skip
# Near misses: takings of tourism said after the budget, and a budget's own figure before.
_FLOW_KEPT = [
    ("Năm 2024, thu ngân sách được chú trọng. Du lịch phục hồi mạnh, tổng thu ước 640 tỷ "
     "đồng.", 640, "tổng thu"),
    ("Năm 2024, tổng thu ngân sách nhà nước trên địa bàn đạt 3.150 tỷ đồng, tổng chi ước "
     "2.870 tỷ đồng.", 2870, "tổng chi ngân sách nhà nước"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _FLOW_OF_BUDGET_SAID + _FLOW_KEPT)
def test_a_bare_flow_is_of_the_budget_the_words_before_it_named(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name
