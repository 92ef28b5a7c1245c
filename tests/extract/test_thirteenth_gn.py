"""Probe sentences for the thirteenth round's helper GN: which percentages are figures of
their own and which compare the figure they follow."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read, name_read


@pytest.mark.parametrize(
    ("text", "count", "rate"),
    [
        ("Năm 2023, toàn huyện có 1.240 hộ thoát nghèo bền vững, đạt 86%; 160 hộ tái nghèo.",
         1240, 86),
        ("Về giáo dục, 42 trường học đạt chuẩn quốc gia, đạt 64%; 12 trường đang hoàn thiện "
         "hồ sơ.", 42, 64),
        ("Lực lượng kiểm lâm đã xử lý 215 vụ vi phạm lâm luật, đạt 93,5%; thu nộp ngân sách "
         "1,2 tỷ đồng.", 215, 93.5),
        ("Kết quả đánh giá cán bộ năm 2022: 530 công chức hoàn thành tốt nhiệm vụ, bằng "
         "81,2%; 9 công chức không hoàn thành nhiệm vụ.", 530, 81.2),
        ("Đến nay, toàn tỉnh có 88 thôn, bản có nhà văn hóa đạt chuẩn, đạt 72%.", 88, 72),
    ],
)  # fmt: skip
def test_a_bare_share_after_a_count_is_the_rate_of_the_things_counted(
    text: str, count: float, rate: float
) -> None:
    rows = comparisons_read(text, 2024)
    assert (count, []) in [(value, c) for value, _, c in rows]
    assert (rate, "%", []) in rows
    assert name_read(text, rate).startswith("tỷ lệ")


@pytest.mark.parametrize(
    ("text", "basis", "percent"),
    [
        ("Huyện kết nạp 120 đảng viên, đạt 109% kế hoạch; xã A kết nạp 9 đảng viên, đạt "
         "100%.", "plan", 100),
        ("So với kế hoạch năm, tỉnh đã cấp mới 40 dự án, đạt 62%.", "plan", 62),
        ("Xã giải quyết việc làm cho 1.419 lao động, đạt 118,25%.", "other", 118.25),
        ("Thu ngân sách đạt 450 tỷ đồng, đạt 81%.", "other", 81),
        ("Tỉnh kết nạp 300 đảng viên, bằng 96% kế hoạch năm.", "plan", 96),
    ],
)  # fmt: skip
def test_a_share_of_a_named_plan_or_above_the_whole_stays_a_ratio_of_the_figure(
    text: str, basis: str, percent: float
) -> None:
    rows = comparisons_read(text, 2024)
    assert (basis, "ratio", percent) in rows[-1][2]
