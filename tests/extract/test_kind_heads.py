"""What a figure's kind is where the words heading it name a plan: the plan as the head of
a list's label, however long, gives targets; a report on the plan gives results."""

from __future__ import annotations

import pytest

from tests.extract.readings import kinds_read


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Kế hoạch năm 2025 của huyện Đắk Song gồm: thu ngân sách 300 tỷ đồng; tổng đàn bò "
         "32.000 con.", [(300.0, "target"), (32000.0, "target")]),
        ("Dự toán ngân sách năm 2025 được HĐND tỉnh Quảng Ngãi thông qua gồm: tổng thu ngân "
         "sách 15.200 tỷ đồng, tổng chi ngân sách 21.400 tỷ đồng.",
         [(15200.0, "target"), (21400.0, "target")]),
        ("Chỉ tiêu kế hoạch năm 2024 được HĐND huyện Krông Pa thông qua như sau: sản lượng "
         "lương thực 62.000 tấn; tổng đàn bò 45.000 con.",
         [(62000.0, "target"), (45000.0, "target")]),
        ("Nhiệm vụ trọng tâm năm 2025 của ngành nông nghiệp tỉnh Gia Lai gồm: trồng mới 5.000 "
         "ha rừng, sản lượng cà phê 320.000 tấn.", [(5000.0, "target"), (320000.0, "target")]),
        ("Theo đó, kế hoạch năm 2025 của huyện Hàm Yên, tỉnh Tuyên Quang gồm: kết nạp 250 "
         "đảng viên mới, thu ngân sách 150 tỷ đồng.", [(250.0, "target"), (150.0, "target")]),
        ("Kế hoạch năm 2025 của huyện Đắk Song:\nthu ngân sách 300 tỷ đồng;\ntổng đàn bò "
         "32.000 con.", [(300.0, "target"), (32000.0, "target")]),
        # near misses: the label reports on the plan, the items are results
        ("Kết quả thực hiện kế hoạch năm 2024 của huyện Đắk Song gồm: thu ngân sách 300 tỷ "
         "đồng; tổng đàn bò 32.000 con.", [(300.0, "actual"), (32000.0, "actual")]),
        ("Tình hình thực hiện kế hoạch năm 2024 của huyện Đắk Song như sau: thu ngân sách "
         "300 tỷ đồng; tổng đàn bò 32.000 con.", [(300.0, "actual"), (32000.0, "actual")]),
        ("Các chỉ tiêu kinh tế của huyện Đắk Song năm 2024 đều đạt và vượt: thu ngân sách 300 "
         "tỷ đồng; tổng đàn bò 32.000 con.", [(300.0, "actual"), (32000.0, "actual")]),
        ("Kế hoạch năm 2024 của huyện Đắk Song đã hoàn thành: thu ngân sách 300 tỷ đồng; "
         "tổng đàn bò 32.000 con.", [(300.0, "actual"), (32000.0, "actual")]),
    ],
)  # fmt: skip
def test_the_items_of_a_list_whose_label_has_a_plan_as_its_head_are_the_plans_levels(
    text: str, kinds: list[tuple[float, str]]
) -> None:
    assert kinds_read(text, year=2026) == kinds
