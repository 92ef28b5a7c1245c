"""Probe sentences for the thirteenth round's kind helper (GK): in an aim "nâng X từ A hiện
nay lên B", A is where things stand now, a result; only B is aimed at."""

from __future__ import annotations

import pytest

from tests.extract.readings import kinds_read


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh phấn đấu đến năm 2030 nâng tỷ lệ đô thị hóa từ 32% hiện nay lên 45%.",
        "Mục tiêu đến năm 2025 giảm tỷ lệ hộ nghèo từ mức 8,5% hiện nay xuống dưới 4%.",
        "Huyện đặt mục tiêu nâng thu nhập bình quân đầu người từ 45 triệu đồng hiện nay lên 70 "
        "triệu đồng vào năm 2030.",
        "Đề án đặt mục tiêu nâng tỷ lệ che phủ rừng từ 41% hiện tại lên 45% vào năm 2030.",
        "Thành phố phấn đấu nâng số xã đạt chuẩn nông thôn mới nâng cao từ 12 xã hiện nay lên "
        "25 xã vào năm 2027.",
    ],
)  # fmt: skip
def test_the_level_an_aim_starts_from_today_is_a_result_and_the_aimed_one_a_target(
    text: str,
) -> None:
    assert [kind for _, kind in kinds_read(text)] == ["actual", "target"]


def test_both_levels_of_an_aim_with_no_today_stay_targets() -> None:
    text = "Tỉnh phấn đấu đến năm 2030 nâng tỷ lệ đô thị hóa lên 45%, thu nhập lên 90 triệu đồng."
    assert [kind for _, kind in kinds_read(text)] == ["target", "target"]
