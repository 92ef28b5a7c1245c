from __future__ import annotations

import pytest

from tiendo.extract.indicator import subject_indicator
from tiendo.extract.units import counted_noun, measure_noun


@pytest.mark.parametrize(
    ("pre", "unit", "kind", "tail", "expected"),
    [
        ("Toàn huyện đã gieo trồng", "ha", "measure", "cây các loại",
         "diện tích gieo trồng cây các loại"),
        ("Lượng khách du lịch đến huyện là", "lượt", "count", "", "Lượng khách du lịch đến huyện"),
        ("Đảng bộ huyện Xuân Lộc kết nạp được", "đảng viên", "count", "mới",
         "kết nạp đảng viên mới"),
        ("Hiện huyện có", "xã", "count", "đạt chuẩn nông thôn mới",
         "xã đạt chuẩn nông thôn mới"),
        ("hồ tiêu ước trên", "nghìn tấn", "measure", "", "sản lượng hồ tiêu"),
        ("Huyện ủy phấn đấu tỷ lệ phát triển đảng viên mới đạt từ", "%", "percent", "",
         "tỷ lệ phát triển đảng viên mới"),
        ("Theo báo cáo của Sở, thu ngân sách nhà nước ước đạt", "tỷ đồng", "money", "",
         "thu ngân sách nhà nước"),
        ("Ảnh hưởng của dịch bệnh khiến lượng khách đến Gia Lai chỉ đạt trên", "lượt", "count",
         "", "lượng khách"),
        ("giá trị sản xuất công nghiệp của thành phố Vũng Tàu ước", "tỷ đồng", "money", "",
         "giá trị sản xuất công nghiệp"),
    ],
)  # fmt: skip
def test_the_indicator_is_the_subject_or_is_named_from_verb_and_unit(
    pre: str, unit: str, kind: str, tail: str, expected: str
) -> None:
    assert subject_indicator(pre, unit=unit, unit_kind=kind, tail=tail) == expected


@pytest.mark.parametrize(
    ("unit", "noun"),
    [("ha", "diện tích"), ("nghìn ha", "diện tích"), ("tấn", "sản lượng"),
     ("vạn tấn", "sản lượng"), ("tạ/ha", "năng suất"), ("tỷ đồng", ""), ("%", "")],
)  # fmt: skip
def test_units_of_area_mass_and_yield_name_their_measure(unit: str, noun: str) -> None:
    assert measure_noun(unit) == noun


def test_the_counted_noun_leaves_out_the_scale_word() -> None:
    assert counted_noun("triệu lượt khách") == "lượt khách"
