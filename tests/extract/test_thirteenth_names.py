"""Probe sentences for the thirteenth round's second indicator helper (GI2): a count of
cases named again by its bare noun keeps the field said with that noun a clause or a
sentence before, and a field may follow a longer noun phrase ("vi phạm pháp luật về")."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read


@pytest.mark.parametrize(
    ("text", "value", "field"),
    [
        ("Năm 2023, toàn tỉnh xảy ra 512 vụ phạm tội về trật tự xã hội. Công an đã điều tra "
         "làm rõ 430 vụ.", 430.0, "về trật tự xã hội"),
        ("Quý I, lực lượng kiểm lâm phát hiện 64 vụ vi phạm về quản lý bảo vệ rừng, giảm 8 vụ "
         "so với cùng kỳ; đã xử lý 57 vụ.", 57.0, "về quản lý bảo vệ rừng"),
        ("Tháng 5, công an thành phố phát hiện 90 vụ, 150 đối tượng phạm tội về kinh tế. Lũy "
         "kế 5 tháng phát hiện 640 vụ, 1.010 đối tượng.", 640.0, "về kinh tế"),
        ("Tháng 5, công an thành phố phát hiện 90 vụ, 150 đối tượng phạm tội về kinh tế. Lũy "
         "kế 5 tháng phát hiện 640 vụ, 1.010 đối tượng.", 1010.0, "về kinh tế"),
        ("Trong kỳ, toàn huyện xảy ra 41 vụ vi phạm về an toàn thực phẩm. Đoàn kiểm tra đã "
         "xử phạt 33 vụ.", 33.0, "về an toàn thực phẩm"),
    ],
)  # fmt: skip
def test_a_count_named_again_by_its_bare_noun_keeps_the_field_said_before(
    text: str, value: float, field: str
) -> None:
    assert field in name_read(text, value)


@pytest.mark.parametrize(
    ("text", "value", "field"),
    [
        ("Trong năm xảy ra 210 vụ phạm tội về trật tự xã hội. Về ma túy, công an bắt 48 vụ.",
         48.0, "trật tự"),
        ("Trong năm có 300 vụ phạm tội về trật tự xã hội. Nhiều nhất là trộm cắp tài sản với "
         "120 vụ.", 120.0, "trật tự"),
        ("Năm 2022 có 95 vụ phạm tội về ma túy. Năm 2023, công an bắt giữ 120 vụ cướp giật "
         "tài sản.", 120.0, "ma túy"),
    ],
)  # fmt: skip
def test_a_new_heading_or_a_kind_named_beside_the_count_ends_the_recall(
    text: str, value: float, field: str
) -> None:
    assert field not in name_read(text, value)


@pytest.mark.parametrize(
    ("text", "value", "field"),
    [
        ("Công an huyện phát hiện 35 vụ, 61 đối tượng vi phạm pháp luật về môi trường.", 35.0,
         "về môi trường"),
        ("Các tỉnh phát hiện 2.100 vụ, 2.300 đối tượng vi phạm pháp luật về tham nhũng, kinh "
         "tế.", 2100.0, "về tham nhũng"),
    ],
)  # fmt: skip
def test_a_field_after_a_longer_noun_phrase_holds_for_the_whole_pair(
    text: str, value: float, field: str
) -> None:
    assert field in name_read(text, value)


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("Năm 2024, thủy sản xuất khẩu đạt 320 triệu USD; hạt tiêu 95 triệu USD; cao su 60 "
         "triệu USD.", 95.0, "xuất khẩu hạt tiêu"),
        ("Năm 2024, thủy sản xuất khẩu đạt 320 triệu USD; hạt tiêu 95 triệu USD; cao su 60 "
         "triệu USD.", 60.0, "xuất khẩu cao su"),
        ("Sắt thép nhập khẩu đạt 410 triệu USD, phân bón 120 triệu USD.", 120.0,
         "nhập khẩu phân bón"),
        ("Trong quý, hàng may mặc xuất khẩu đạt 75 triệu USD; đồ gỗ 41 triệu USD.", 41.0,
         "xuất khẩu đồ gỗ"),
        ("Tháng 8, điện thoại xuất khẩu đạt 5,2 tỷ USD; máy tính 3,9 tỷ USD.", 3.9,
         "xuất khẩu máy tính"),
    ],
)  # fmt: skip
def test_an_item_listed_after_goods_named_before_the_trade_verb_is_traded_too(
    text: str, value: float, name: str
) -> None:
    assert name in name_read(text, value)


def test_goods_named_after_the_trade_verb_keep_the_list_head() -> None:
    text = "Kim ngạch xuất khẩu hàng dệt may đạt 320 triệu USD, giày dép 150 triệu USD."
    assert name_read(text, 150.0) == "Kim ngạch xuất khẩu hàng giày dép"


@pytest.mark.parametrize(
    ("text", "percent", "name"),
    [
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Quý II, chỉ số sản xuất công nghiệp tăng 7,1%; trong đó ngành sản xuất và phân phối "
         "điện tăng 6,2%.", 6.2, "sản xuất và phân phối điện"),
        ("Khu vực dịch vụ tăng 6,8%, trong đó ngành vận tải và kho bãi tăng 7,5% so với cùng "
         "kỳ.", 7.5, "vận tải và kho bãi"),
        ("So với năm trước, kinh tế tiếp tục phát triển. "
         "Năm 2024, ngành thông tin và truyền thông tăng 9,1%.", 9.1,
         "thông tin và truyền thông"),
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Sáu tháng đầu năm, ngành khai thác và chế biến đá tăng 3,3%.", 3.3,
         "khai thác và chế biến đá"),
        ("So với năm trước, kinh tế tiếp tục phát triển. "
         "Năm nay, ngành sản xuất và chế biến thực phẩm tăng 11,2%.", 11.2,
         "sản xuất và chế biến thực phẩm"),
    ],
)  # fmt: skip
def test_a_sector_named_by_two_joined_activities_rises_as_one_name(
    text: str, percent: float, name: str
) -> None:
    assert name in name_read(text, None, percent)


def test_an_actor_with_two_acts_keeps_the_last_before_a_count() -> None:
    text = "Ngành y tế đã khám và điều trị cho 12.000 lượt người."
    assert name_read(text, 12000.0).startswith("điều trị")


@pytest.mark.parametrize(
    ("text", "percent", "name"),
    [
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Quý III, khai khoáng giảm 1,2% trong khi chế biến, chế tạo tăng 7,9%.", 7.9,
         "chế biến, chế tạo"),
        ("Năm 2024, xuất khẩu tăng 5% trong khi nông, lâm, thủy sản giảm 2%.", -2.0,
         "nông, lâm, thủy sản"),
        ("Thu nội địa tăng 8%, trong khi thu xuất, nhập khẩu giảm 12%.", -12.0,
         "thu xuất, nhập khẩu"),
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Công nghiệp tăng 9%, trong khi nông, lâm nghiệp và thủy sản chỉ tăng 2,1%.", 2.1,
         "nông, lâm nghiệp và thủy sản"),
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Dịch vụ tăng 6,5% trong khi vận tải, kho bãi tăng 4,2%.", 4.2, "vận tải, kho bãi"),
    ],
)  # fmt: skip
def test_a_subject_opened_by_trong_khi_keeps_the_comma_inside_its_name(
    text: str, percent: float, name: str
) -> None:
    assert name_read(text, None, percent) == name


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("Hội Nông dân huyện tổ chức 12 lớp tập huấn kỹ thuật trồng lúa cho 640 hội viên.",
         640.0, "hội viên được tập huấn kỹ thuật trồng lúa"),
        ("Sở Y tế tổ chức 3 đợt tập huấn phòng chống dịch cho 450 cán bộ y tế cơ sở.", 450.0,
         "cán bộ y tế cơ sở được tập huấn phòng chống dịch"),
        ("Phòng Giáo dục mở 5 lớp bồi dưỡng chuyên môn cho 180 giáo viên và 20 cán bộ quản "
         "lý.", 180.0, "giáo viên được bồi dưỡng chuyên môn"),
        ("Phòng Giáo dục mở 5 lớp bồi dưỡng chuyên môn cho 180 giáo viên và 20 cán bộ quản "
         "lý.", 20.0, "cán bộ quản lý được bồi dưỡng chuyên môn"),
        ("Năm nay, Huyện ủy mở 1 lớp bồi dưỡng nhận thức về Đảng cho 85 quần chúng ưu tú và 2 "
         "lớp bồi dưỡng lý luận chính trị cho 120 đảng viên mới.", 120.0,
         "đảng viên mới được bồi dưỡng lý luận chính trị"),
    ],
)  # fmt: skip
def test_people_a_course_is_held_for_are_named_by_what_it_gives_them(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


def test_a_sum_given_to_people_is_no_course() -> None:
    assert "được" not in name_read("Huyện hỗ trợ 2 tỷ đồng cho 120 hộ nghèo.", 120.0)
