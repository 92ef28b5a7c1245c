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
