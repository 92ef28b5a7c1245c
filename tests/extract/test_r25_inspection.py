"""Sentences for the twenty-fifth round's inspection helper (inspection): constructions of
inspection, citizens' complaints, courts and judgment-enforcement reports that real pages,
read once, showed the extractor misread.

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read

# A sanction or a referral names its kind after the act ("kiến nghị xử lý kỷ luật hành
# chính", "kiểm điểm rút kinh nghiệm", "chuyển cơ quan điều tra"); the second count listed
# after it ("130 tập thể, 186 cá nhân") is of the same act, however long the act's name.
_SANCTIONED_PAIRS = [
    ("Năm 2023, Thanh tra tỉnh kiến nghị xử lý kỷ luật hành chính 42 tập thể, 97 cá nhân.", 97,
     "Thanh tra tỉnh kiến nghị xử lý kỷ luật hành chính cá nhân"),
    ("Qua thanh tra, đoàn kiến nghị kiểm điểm rút kinh nghiệm 6 tập thể và 21 cá nhân.", 21,
     "kiến nghị kiểm điểm rút kinh nghiệm cá nhân"),
    ("Quý I/2024, cơ quan thanh tra chuyển cơ quan điều tra 3 vụ việc, 5 đối tượng.", 5,
     "thanh tra chuyển cơ quan điều tra đối tượng"),
    ("Năm 2022, ngành thanh tra đề nghị xử lý hành chính 15 tổ chức, 40 cá nhân.", 40,
     "thanh tra đề nghị xử lý hành chính cá nhân"),
]  # fmt: skip
# Near misses: another act joined by "và" before the act, a time before it, and a verb that
# sanctions nothing keep their readings.
_NOT_SANCTIONED_PAIRS = [
    ("Sáu tháng đầu năm 2020, Công an tỉnh đã bắt giữ 206 vụ, 326 đối tượng liên quan đến "
     "hành vi tàng trữ, vận chuyển, mua bán trái phép chất ma túy và khởi tố 160 vụ với 221 "
     "bị can.", 221, "bị can vụ"),
    ("Về môi trường, trong kỳ khởi tố 5 vụ, 13 bị can.", 13, "bị can môi trường"),
    ("Năm 2024, số hộ nghèo được hỗ trợ vay vốn ưu đãi 120 hộ, 30 người.", 30, "người"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _SANCTIONED_PAIRS + _NOT_SANCTIONED_PAIRS)
def test_a_second_count_after_a_sanction_with_its_kind_is_of_the_same_sanction(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name
