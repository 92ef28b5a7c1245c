"""Targets as resolutions state them: a goal as the subject of its clause, however long
what it names; the counts a list of targets sets out to add or cut; a plural label of
targets ("Một số chỉ tiêu cụ thể: ..."). Near misses: a goal said to have been met, a
target's name reporting a result, counts that differ from a basis, labels of results."""

from __future__ import annotations

import pytest

from tests.extract.readings import kinds_read
from tiendo.extract import extract_figures


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Mục tiêu xuất khẩu gỗ và sản phẩm gỗ năm 2025 đạt 17,5 tỷ USD.", [(17.5, "target")]),
        ("Mục tiêu xuất khẩu gỗ và sản phẩm gỗ năm 2024 là 17,5 tỷ USD.", [(17.5, "target")]),
        ("Mục tiêu tổng thu ngân sách nhà nước trên địa bàn tỉnh năm 2025 đạt 15.000 tỷ đồng.",
         [(15000.0, "target")]),
        ("Mục tiêu kim ngạch xuất khẩu hàng hóa của tỉnh Bình Dương năm 2025 đạt 40 tỷ USD "
         "trở lên.", [(40.0, "target")]),
        ("Mục tiêu tăng trưởng kinh tế của tỉnh Quảng Ninh năm 2025 đạt 10% trở lên.",
         [(10.0, "target")]),
        # near misses: a goal said to have been met, a result named by its target, no goal
        ("Mục tiêu xuất khẩu gỗ và sản phẩm gỗ năm 2023 đã đạt 14,4 tỷ USD, vượt kế hoạch.",
         [(14.4, "actual")]),
        ("Chỉ tiêu trồng rừng tập trung năm 2023 đạt 1.320 ha, bằng 110% kế hoạch.",
         [(1320.0, "actual")]),
        ("Năm 2023, xuất khẩu gỗ và sản phẩm gỗ đạt 16,2 tỷ USD.", [(16.2, "actual")]),
    ],
)  # fmt: skip
def test_a_goal_as_the_subject_of_its_clause_states_the_level_aimed_at(
    text: str, kinds: list[tuple[float, str]]
) -> None:
    assert kinds_read(text, year=2024) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Mục tiêu cụ thể của chương trình giảm nghèo bền vững giai đoạn 2021-2025 như sau: "
         "giảm 1.500 hộ nghèo, hỗ trợ 300 nhà ở.", [(1500.0, "target"), (300.0, "target")]),
        ("Mục tiêu cụ thể như sau: giảm 1.500 hộ nghèo; đào tạo nghề cho 2.000 lao động.",
         [(1500.0, "target"), (2000.0, "target")]),
        ("Mục tiêu cụ thể đến năm 2025:\n- Giảm 1.500 hộ nghèo.\n- Tăng thêm 10 xã đạt chuẩn "
         "nông thôn mới.", [(1500.0, "target"), (10.0, "target")]),
        ("Phấn đấu năm 2025 giảm 1.500 hộ nghèo.", [(1500.0, "target")]),
        ("Phấn đấu đến năm 2030 tăng thêm 20 xã đạt chuẩn nông thôn mới.", [(20.0, "target")]),
        # near misses: what was cut stays a result; a difference from a basis is no figure
        ("Năm 2024, toàn huyện giảm 1.500 hộ nghèo.", [(1500.0, "actual")]),
        ("So với cùng kỳ: giảm 5 vụ tai nạn giao thông; số người chết 12 người.",
         [(12.0, "actual")]),
        ("Số hộ nghèo giảm 1.500 hộ so với năm 2023.", []),
    ],
)  # fmt: skip
def test_a_count_a_list_of_targets_sets_out_to_add_or_cut_is_a_figure(
    text: str, kinds: list[tuple[float, str]]
) -> None:
    assert kinds_read(text, year=2024) == kinds


def test_the_count_cut_is_named_by_its_verb() -> None:
    text = "Mục tiêu cụ thể như sau: giảm 1.500 hộ nghèo; hỗ trợ 300 nhà ở."
    figure = extract_figures(text, year=2024)[0]
    assert (figure.value, figure.unit, figure.indicator) == (1500.0, "hộ nghèo", "giảm hộ nghèo")


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Một số chỉ tiêu cụ thể: huy động vốn đầu tư phát triển 5 năm hơn 1.500 tỷ đồng; thu "
         "nhập bình quân đầu người đạt 36 triệu đồng/năm; xóa 100% nhà tạm.",
         [(1500.0, "target"), (36.0, "target"), (100.0, "target")]),
        ("Một số chỉ tiêu chủ yếu năm 2025 như sau: tăng trưởng kinh tế 7%; thu ngân sách 300 "
         "tỷ đồng.", [(7.0, "target"), (300.0, "target")]),
        # near misses: the label reports how the targets went
        ("Một số chỉ tiêu đạt thấp: thu ngân sách 300 tỷ đồng; tổng đàn bò 32.000 con.",
         [(300.0, "actual"), (32000.0, "actual")]),
        ("Một số chỉ tiêu năm 2023 đã đạt: thu ngân sách 300 tỷ đồng; tổng đàn bò 32.000 con.",
         [(300.0, "actual"), (32000.0, "actual")]),
    ],
)  # fmt: skip
def test_the_items_under_a_plural_label_of_targets_are_targets(
    text: str, kinds: list[tuple[float, str]]
) -> None:
    assert kinds_read(text, year=2024) == kinds
