"""Sentences for the twenty-ninth round's helper ind: what a measure's name points back to
when it names its sector only as "toàn ngành".

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

