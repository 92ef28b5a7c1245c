"""What a figure's kind is where the words heading it name a plan: the plan as the head of
a list's label, however long, gives targets; a report on the plan gives results."""

from __future__ import annotations

import pytest

from tests.extract.readings import kinds_read
from tiendo.extract import extract_figures


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


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Chỉ tiêu trồng rừng tập trung năm 2023 đạt 1.320 ha, bằng 110% kế hoạch.",
         [(1320.0, "actual")]),
        ("Năm 2023, chỉ tiêu thu ngân sách đạt 245 tỷ đồng, vượt 8% so với dự toán.",
         [(245.0, "actual")]),
        ("Năm 2022, chỉ tiêu về tỷ lệ che phủ rừng đạt 58,5%.", [(58.5, "actual")]),
        ("Năm 2023, chỉ tiêu thu nhập bình quân đầu người ước đạt 52 triệu đồng.",
         [(52.0, "estimate")]),
        ("Ước cả năm, chỉ tiêu kết nạp đảng viên đạt 190 đảng viên.", [(190.0, "estimate")]),
        # near misses: the noun names the level aimed at
        ("Chỉ tiêu thu ngân sách năm 2025 là 1.400 tỷ đồng.", [(1400.0, "target")]),
        ("Tổng thu ngân sách đạt 1.420 tỷ đồng (chỉ tiêu đạt 1.300 tỷ đồng).",
         [(1420.0, "actual"), (1300.0, "target")]),
        ("Kế hoạch năm 2025: thu ngân sách đạt 1.400 tỷ đồng; tổng đàn bò 46.000 con.",
         [(1400.0, "target"), (46000.0, "target")]),
        ("Năm 2025, tỉnh đặt chỉ tiêu thu ngân sách đạt 1.400 tỷ đồng.", [(1400.0, "target")]),
    ],
)  # fmt: skip
def test_a_target_noun_that_opens_its_clause_and_reaches_the_number_names_the_result(
    text: str, kinds: list[tuple[float, str]]
) -> None:
    assert kinds_read(text) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Ước thực hiện kế hoạch năm 2023: tổng giá trị sản xuất 6.400 tỷ đồng; thu ngân sách "
         "290 tỷ đồng.", [(6400.0, "estimate"), (290.0, "estimate")]),
        ("Ước thực hiện các chỉ tiêu kinh tế - xã hội năm 2024: tổng giá trị sản xuất 15.400 "
         "tỷ đồng; thu ngân sách 1.250 tỷ đồng.", [(15400.0, "estimate"), (1250.0, "estimate")]),
        ("Dự ước thực hiện chỉ tiêu giải quyết việc làm năm 2024 là 2.600 lao động.",
         [(2600.0, "estimate")]),
        ("Ước thực hiện chỉ tiêu thu ngân sách năm 2023 là 290 tỷ đồng.", [(290.0, "estimate")]),
        ("Ước tính thực hiện các chỉ tiêu năm 2024: thu ngân sách 1.250 tỷ đồng; kết nạp 210 "
         "đảng viên mới.", [(1250.0, "estimate"), (210.0, "estimate")]),
        # near misses: the plan carried out without an estimate, or the plan's own list
        ("Kết quả thực hiện các chỉ tiêu năm 2023: kết nạp 210 đảng viên mới; trồng mới 1.150 "
         "ha rừng.", [(210.0, "actual"), (1150.0, "actual")]),
        ("Kế hoạch năm 2024: tổng giá trị sản xuất 6.800 tỷ đồng; thu ngân sách 300 tỷ đồng.",
         [(6800.0, "target"), (300.0, "target")]),
    ],
)  # fmt: skip
def test_the_plan_an_estimate_is_of_carried_out_gives_estimates_not_targets(
    text: str, kinds: list[tuple[float, str]]
) -> None:
    assert kinds_read(text) == kinds


@pytest.mark.parametrize(
    ("text", "value", "kind", "name"),
    [
        ("Cả năm 2024, thu ngân sách có thể đạt 520 tỷ đồng.", 520.0, "estimate",
         "thu ngân sách"),
        ("Với đà này, cả năm 2024 kim ngạch xuất khẩu có khả năng đạt 1,5 tỷ USD.", 1.5,
         "estimate", "kim ngạch xuất khẩu"),
        ("Năm 2024, sản lượng cà phê nhiều khả năng đạt 60.000 tấn.", 60000.0, "estimate",
         "sản lượng cà phê"),
        # near misses: a level reached, an ability
        ("Năm 2023, thu ngân sách đạt 520 tỷ đồng.", 520.0, "actual", "thu ngân sách"),
        ("Năm 2023, tỉnh có khả năng cung ứng 5.000 tấn gạo.", 5000.0, "actual", None),
    ],
)  # fmt: skip
def test_a_level_said_likely_to_be_reached_is_an_estimate_named_without_its_modal(
    text: str, value: float, kind: str, name: str | None
) -> None:
    figure = next(f for f in extract_figures(text, year=2024) if f.value == value)
    assert figure.kind == kind
    if name is not None:
        assert figure.indicator == name
