"""Probe sentences for the twenty-second round's second indicator helper (ind2): names a
clause gives its figure through its grammar, where a word list would not.

Sentences are in the style of statistics releases, district and Party news and
resolutions; each table has near misses that look alike and must keep their name."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read

# "<measure> cao nhất là <place> với N": the measure opens the clause and the place ranked
# first follows the superlative; the figure is that measure for that place, and a place
# listed after it takes the measure alone, not the first place's name.
_TOP_IS = [
    ("Thu ngân sách nhà nước trên địa bàn cao nhất là Ea Kar với 153 tỷ đồng, Cư Kuin đạt "
     "131 tỷ đồng.", 153, "Thu ngân sách nhà nước trên địa bàn của Ea Kar"),
    ("Thu ngân sách nhà nước trên địa bàn cao nhất là Ea Kar với 153 tỷ đồng, Cư Kuin đạt "
     "131 tỷ đồng.", 131, "Thu ngân sách nhà nước trên địa bàn Cư Kuin"),
    ("Về tăng trưởng kinh tế, huyện Cư Kuin cao nhất với 12,89%, tiếp đến Krông Bông 10,87%. "
     "Thu ngân sách cao nhất là Ea Kar với 153 tỷ đồng.", 153, "Thu ngân sách của Ea Kar"),
    ("Tỷ lệ hộ nghèo cao nhất là huyện Mường Tè với 25,3%.", 25.3,
     "Tỷ lệ hộ nghèo của huyện Mường Tè"),
    ("Năm 2023, sản lượng thủy sản lớn nhất là huyện Cái Nước với 45.000 tấn, tiếp đến là "
     "Trần Văn Thời với 38.000 tấn.", 45000, "sản lượng thủy sản của huyện Cái Nước"),
    ("Số xã đạt chuẩn nông thôn mới nhiều nhất là huyện Đức Trọng với 12 xã.", 12,
     "Số xã đạt chuẩn nông thôn mới của huyện Đức Trọng"),
    ("Doanh thu du lịch cao nhất là TP. Hạ Long với 12.000 tỷ đồng.", 12000,
     "Doanh thu du lịch của TP. Hạ Long"),
    # A place after a place ranked by "xếp thứ" takes the measure, not the first place.
    ("Kim ngạch xuất khẩu cả nước đạt 300 tỷ USD. Bắc Ninh xếp thứ hai với 28,66 tỷ USD, "
     "Thái Nguyên 20 tỷ USD.", 20, "Kim ngạch xuất khẩu cả nước Thái Nguyên"),
]  # fmt: skip
# Near misses: a rise ranked ("tăng cao nhất là"), a group that is no place, and a
# superlative with no measure before it keep the names they had.
_NOT_TOP_IS = [
    ("Chỉ số giá nhóm hàng ăn uống tăng cao nhất là Hà Giang với 3,2%.", 3.2,
     "Chỉ số giá nhóm hàng ăn uống tăng cao nhất"),
    ("Trong các ngành, tăng cao nhất là Khai khoáng với 12%.", 12, "tăng cao nhất"),
    ("Nhóm cao nhất là nhóm hàng ăn với 3,2%.", 3.2, "Nhóm cao nhất"),
    ("Đầu tư trực tiếp nước ngoài, Hàn Quốc là nhà đầu tư lớn nhất với 500 triệu USD.", 500,
     "nhà đầu tư Hàn Quốc"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _TOP_IS + _NOT_TOP_IS)
def test_the_measure_before_a_superlative_is_named_for_the_place_ranked_first(
    text: str, value: float | None, name: str
) -> None:
    assert name_read(text, value) == name
