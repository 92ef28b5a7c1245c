"""Probe sentences for the twenty-second round's indicator helper (ind): what a figure's
name leaves out because the grammar puts it outside the subject.

Sentences are in the style of statistics releases, district and Party news and
resolutions; each table has near misses that look alike and must keep their name."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read

# A link to the sentence before ("Tuy vậy", "Nhờ đó", "Ngược lại", "Vì vậy") opens the
# sentence and names nothing; the subject comes after it, with or without a comma.
_LINKED = [
    ("Tuy vậy, tăng trưởng kinh tế đầu năm mới đạt 7,23%.", 7.23, "tăng trưởng kinh tế đầu năm"),
    ("Nhờ đó hơn 5.300 hộ thoát nghèo.", 5300, "hộ thoát nghèo"),
    ("Vì vậy, tỷ lệ hộ nghèo toàn huyện giảm còn 3,2%.", 3.2, "tỷ lệ hộ nghèo toàn huyện"),
    ("Ngược lại, lượt khách tham quan ước đạt 4,5 triệu lượt khách.", 4.5,
     "lượt khách tham quan"),
    ("Do đó số vốn giải ngân mới đạt 1.200 tỷ đồng.", 1200, "số vốn giải ngân"),
    ("Thế nhưng, số doanh nghiệp giải thể lên tới 120 doanh nghiệp.", 120,
     "số doanh nghiệp giải thể"),
    ("Trái lại, đàn lợn chỉ còn 12.000 con.", 12000, "đàn lợn"),
    ("Tuy vậy vẫn còn 4 xã có tỷ lệ hộ nghèo trên 20%.", 4, "xã có tỷ lệ hộ nghèo trên 20%"),
]  # fmt: skip
# Near misses: a subordinate clause before the comma, or a name that merely holds such a
# word, keep the names they had.
_NOT_LINKED = [
    ("Tuy tăng trưởng chậm lại, thu ngân sách vẫn đạt 300 tỷ đồng.", 300, "thu ngân sách"),
    ("Do ảnh hưởng của dịch bệnh, sản lượng lúa giảm còn 20.000 tấn.", 20000, "sản lượng lúa"),
    ("Tuy nhiên, thu ngân sách trên địa bàn chỉ đạt 85% dự toán.", None,
     "thu ngân sách trên địa bàn"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _LINKED + _NOT_LINKED)
def test_a_link_to_the_sentence_before_is_no_word_of_the_subject(
    text: str, value: float | None, name: str
) -> None:
    assert name_read(text, value) == name
