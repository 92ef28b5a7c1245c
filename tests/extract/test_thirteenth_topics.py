"""Probe sentences for the thirteenth round's indicator helper (GI): a heading topic ("Về
tội phạm ma túy, ...") names what a count is of when its clause names only the act, and
"lực lượng công an" is one actor."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read


@pytest.mark.parametrize(
    ("text", "value", "topic"),
    [
        ("Về buôn lậu, trong kỳ phát hiện 12 vụ.", 12.0, "buôn lậu"),
        ("Về cháy rừng, trong kỳ xảy ra 3 vụ.", 3.0, "cháy rừng"),
        ("Về tội phạm kinh tế, lực lượng cảnh sát khởi tố 9 vụ.", 9.0, "tội phạm kinh tế"),
        ("Về an toàn thực phẩm, lực lượng quản lý thị trường kiểm tra 150 cơ sở.", 150.0,
         "an toàn thực phẩm"),
        ("Về tội phạm trật tự xã hội, lực lượng công an phát hiện 4.353 vụ, tăng 3,5% so với "
         "năm 2023.", 4353.0, "tội phạm trật tự xã hội"),
    ],
)  # fmt: skip
def test_a_heading_topic_names_what_a_count_of_a_bare_act_is_of(
    text: str, value: float, topic: str
) -> None:
    assert topic in name_read(text, value)


@pytest.mark.parametrize(
    ("text", "value", "absent"),
    [
        ("Lực lượng công an phát hiện 45 vụ vận chuyển pháo nổ.", 45.0, "công an"),
        ("Cơ quan cảnh sát điều tra khởi tố 7 vụ án.", 7.0, "cảnh sát"),
        ("Lực lượng biên phòng bắt giữ 6 vụ buôn lậu qua biên giới.", 6.0, "biên phòng"),
    ],
)  # fmt: skip
def test_a_force_named_after_lực_lượng_or_cơ_quan_is_the_actor_not_the_indicator(
    text: str, value: float, absent: str
) -> None:
    assert absent not in name_read(text, value)


@pytest.mark.parametrize(
    ("text", "value", "field"),
    [
        ("Công an huyện phát hiện 15 vụ vi phạm về cờ bạc với 60 đối tượng.", 60.0,
         "vi phạm về cờ bạc"),
        ("Trong năm, phát hiện 32 vụ phạm tội về buôn lậu với 41 đối tượng.", 41.0,
         "phạm tội về buôn lậu"),
        ("Cơ quan điều tra khởi tố 8 vụ án về tham nhũng với 19 bị can.", 19.0,
         "về tham nhũng"),
        ("Lực lượng biên phòng bắt giữ 11 vụ vi phạm về khai thác thủy sản, 27 đối tượng.",
         27.0, "vi phạm về khai thác thủy sản"),
        ("Thanh tra giao thông xử lý 210 vụ vi phạm về trật tự đô thị cùng 230 đối tượng.",
         230.0, "vi phạm về trật tự đô thị"),
    ],
)  # fmt: skip
def test_the_field_of_a_count_of_cases_holds_for_the_people_counted_beside_it(
    text: str, value: float, field: str
) -> None:
    assert field in name_read(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Công an phát hiện 15 vụ vi phạm về cờ bạc, bắt giữ 60 đối tượng.", 60.0),
        ("Phát hiện 32 vụ phạm tội về buôn lậu, 41 đối tượng truy nã ra đầu thú.", 41.0),
    ],
)  # fmt: skip
def test_a_count_with_its_own_verb_or_words_keeps_its_own_name(text: str, value: float) -> None:
    assert " về " not in f" {name_read(text, value)} "


@pytest.mark.parametrize(
    ("text", "value", "part"),
    [
        ("Lượng khách tăng mạnh, tập trung chủ yếu ở thành phố Đà Lạt với 1,2 triệu lượt.",
         1.2, "thành phố Đà Lạt"),
        ("Diện tích giảm chủ yếu ở cây mía với 320 ha.", 320.0, "cây mía"),
        ("Vốn đầu tư tập trung chủ yếu ở khu công nghiệp Nhơn Hội, khoảng 5.000 tỷ đồng.",
         5000.0, "khu công nghiệp Nhơn Hội"),
        ("Doanh nghiệp thành lập mới tập trung chủ yếu tại thành phố Vinh với 450 doanh "
         "nghiệp.", 450.0, "thành phố Vinh"),
        ("Đàn gia cầm tăng chủ yếu ở huyện Phú Bình với 120.000 con.", 120000.0,
         "huyện Phú Bình"),
    ],
)  # fmt: skip
def test_the_part_where_most_of_a_whole_lies_is_named_whole_and_the_verb_goes(
    text: str, value: float, part: str
) -> None:
    name = name_read(text, value)
    assert part in name
    assert "chủ yếu" not in name
