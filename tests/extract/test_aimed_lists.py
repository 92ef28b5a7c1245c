"""Lists of targets. A plan's label read by its head and its own predicate: who passed the
plan and how ("được HĐND huyện thông qua tại kỳ họp thứ 12", "sau khi đánh giá 5 năm thực
hiện Nghị quyết", "mà UBND tỉnh trình kỳ họp thứ 7") neither reports results nor gives the
label a figure. An item that opens with the cut it aims at ("...; giảm 15% lượng thuốc bảo
vệ thực vật") is a level of its own, not a change of the item before, named by its verb
and object; a change said verb first is named by its object ("kéo giảm 10% số vụ tai nạn
giao thông so với năm 2024"), a length by what the act works on ("cứng hóa thêm 25 km
đường giao thông nông thôn"). Near misses: labels reporting results, results lists, a
subject before the verb."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read, kinds_read, name_read


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Kế hoạch phát triển kinh tế - xã hội năm 2025 của huyện Tam Nông được HĐND huyện "
         "khóa XX thông qua tại kỳ họp thứ 12 gồm: tổng giá trị sản xuất 9.850 tỷ đồng; thu "
         "ngân sách 165 tỷ đồng.", [(9850.0, "target"), (165.0, "target")]),
        ("Kế hoạch sản xuất nông nghiệp năm 2025 của huyện Cần Giuộc, được Ban Thường vụ "
         "Huyện ủy thống nhất sau khi đánh giá 5 năm thực hiện Nghị quyết số 05-NQ/HU, gồm "
         "các chỉ tiêu: sản lượng lúa 68.000 tấn; tổng đàn bò 14.000 con.",
         [(68000.0, "target"), (14000.0, "target")]),
        ("Các chỉ tiêu chủ yếu năm 2025 mà HĐND tỉnh khóa XVII thông qua tại kỳ họp thứ 9 như "
         "sau: tổng vốn đầu tư 21.000 tỷ đồng; thu ngân sách 4.500 tỷ đồng.",
         [(21000.0, "target"), (4500.0, "target")]),
        ("Ước thực hiện các chỉ tiêu kinh tế - xã hội năm 2023 mà UBND tỉnh Kon Tum trình kỳ "
         "họp thứ 7 HĐND tỉnh khóa XII: tổng kim ngạch xuất khẩu 210 triệu USD; tỷ lệ che phủ "
         "rừng 63,6%.", [(210.0, "estimate"), (63.6, "estimate")]),
        # near misses: the label's own predicate reports results; the plan's own amount;
        # results as the head
        ("Các chỉ tiêu được HĐND tỉnh giao tại kỳ họp thứ 12 đều đạt và vượt: thu ngân sách "
         "165 tỷ đồng; tổng đàn bò 14.000 con.", [(165.0, "actual"), (14000.0, "actual")]),
        ("Kế hoạch năm 2023 được HĐND huyện thông qua đã hoàn thành: thu ngân sách 165 tỷ "
         "đồng; tổng đàn bò 14.000 con.", [(165.0, "actual"), (14000.0, "actual")]),
        ("Kết quả thực hiện kế hoạch năm 2023 được HĐND huyện thông qua tại kỳ họp thứ 12 "
         "gồm: thu ngân sách 165 tỷ đồng; tổng đàn bò 14.000 con.",
         [(165.0, "actual"), (14000.0, "actual")]),
    ],
)  # fmt: skip
def test_who_passed_a_plan_does_not_make_its_label_report_results(
    text: str, kinds: list[tuple[float, str]]
) -> None:
    assert kinds_read(text, year=2026) == kinds


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Kế hoạch năm 2024 của huyện đặt các mục tiêu: xây dựng thêm 12 phòng học kiên cố; "
         "giảm 15% lượng thuốc bảo vệ thực vật hóa học sử dụng; cấp nước sạch cho thêm 3.500 "
         "hộ.", [(12.0, "phòng học", []), (15.0, "%", []), (3500.0, "hộ", [])]),
        ("Năm 2025, Công an thành phố đặt các mục tiêu: kéo giảm 10% số vụ tai nạn giao thông "
         "so với năm 2024; giảm ít nhất 5% số vụ phạm pháp hình sự; tỷ lệ điều tra án hình sự "
         "đạt trên 80%.", [(None, "%", [("previous", "change", -10.0)]), (5.0, "%", []),
                           (80.0, "%", [])]),
        ("Mục tiêu năm 2025:\n- Trồng mới 500 ha rừng.\n- Giảm 10% lượng rác thải nhựa.",
         [(500.0, "ha", []), (10.0, "%", [])]),
        # near misses: a results list keeps its change; an aim with its own basis compares
        ("Năm 2024, toàn huyện xây dựng thêm 12 phòng học; giảm 15% lượng thuốc bảo vệ thực "
         "vật.", [(12.0, "phòng học", [("previous", "change", -15.0)])]),
        ("Mục tiêu năm 2025: tăng 10% số khách du lịch so với năm 2024.",
         [(None, "%", [("previous", "change", 10.0)])]),
    ],
)  # fmt: skip
def test_an_item_opening_with_the_cut_it_aims_at_is_a_level_of_its_own(
    text: str, read: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, year=2024) == read


@pytest.mark.parametrize(
    ("text", "value", "percent", "name"),
    [
        ("Năm 2025 đặt các mục tiêu: kéo giảm 10% số vụ tai nạn giao thông so với năm 2024; "
         "giảm ít nhất 5% số vụ phạm pháp hình sự.", None, -10.0, "số vụ tai nạn giao thông"),
        ("Năm 2025 đặt các mục tiêu: kéo giảm 10% số vụ tai nạn giao thông so với năm 2024; "
         "giảm ít nhất 5% số vụ phạm pháp hình sự.", 5.0, None, "giảm số vụ phạm pháp hình sự"),
        ("Năm 2025, tỉnh phấn đấu kéo giảm 10% số vụ tai nạn giao thông so với năm 2024.",
         None, -10.0, "số vụ tai nạn giao thông"),
        ("Mục tiêu đến năm 2030: thu nhập đạt 95 triệu đồng; cứng hóa thêm 25 km đường giao "
         "thông nông thôn; 100% thôn có nhà văn hóa.", 25.0, None,
         "cứng hóa đường giao thông nông thôn"),
        ("Mục tiêu đến năm 2030: nâng cấp 30 km đường huyện.", 30.0, None, "nâng cấp đường huyện"),
        # near misses: the subject before the verb; a length named by its own measure
        ("Năm 2024, số vụ tai nạn giao thông giảm 10% so với năm 2023.", None, -10.0,
         "số vụ tai nạn giao thông"),
        ("Năm 2024, huyện đã cứng hóa thêm 25 km đường giao thông nông thôn.", 25.0, None,
         "cứng hóa đường giao thông nông thôn"),
        # (an area is named by its own measure, and by what the act works on, as the spec's
        # "đã gieo trồng ... ha cây các loại" and the golds of "trồng mới 500 ha rừng" are)
        ("Mục tiêu đến năm 2030: trồng mới 500 ha rừng.", 500.0, None,
         "diện tích trồng mới rừng"),
    ],
)  # fmt: skip
def test_a_change_said_verb_first_is_named_by_its_object(
    text: str, value: float | None, percent: float | None, name: str
) -> None:
    assert name_read(text, value, percent) == name
