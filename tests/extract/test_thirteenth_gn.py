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
        ("Cuối năm 2023, toàn xã có 356 hộ sử dụng nước sạch, bằng 78,5%.", 356, 78.5),
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
        ("Lực lượng kiểm lâm đã xử lý 215 vụ vi phạm lâm luật, đạt 93,5%.", "other", 93.5),
        ("Thu ngân sách đạt 450 tỷ đồng, đạt 81%.", "other", 81),
        ("Tỉnh kết nạp 300 đảng viên, bằng 96% kế hoạch năm.", "plan", 96),
    ],
)  # fmt: skip
def test_a_share_of_a_named_plan_or_above_the_whole_stays_a_ratio_of_the_figure(
    text: str, basis: str, percent: float
) -> None:
    rows = comparisons_read(text, 2024)
    assert (basis, "ratio", percent) in rows[-1][2]


@pytest.mark.parametrize(
    ("text", "rises"),
    [
        ("Xuất khẩu cà phê 6 tháng ước 210 nghìn tấn, trị giá 480 triệu USD; so với cùng kỳ, "
         "tăng 4,2% về lượng và 31,5% về giá trị.",
         [("same_period", "change", 4.2), ("same_period", "change", 31.5)]),
        ("Thủy sản xuất khẩu tháng 9 đạt 12.500 tấn, kim ngạch 58 triệu USD; so với tháng "
         "trước, giảm 3,1% về lượng và 2,4% về giá trị.",
         [("previous", "change", -3.1), ("previous", "change", -2.4)]),
        ("Năm 2023, hạt điều xuất khẩu đạt 95.000 tấn, tương đương 560 triệu USD; so với năm "
         "2022, tăng 12% về lượng và 8% về giá trị.",
         [("previous", "change", 12), ("previous", "change", 8)]),
        ("Toàn tỉnh có 1.250 doanh nghiệp thành lập mới với tổng vốn đăng ký 9.800 tỷ đồng; "
         "so với cùng kỳ, tăng 6,5% về số doanh nghiệp và 14,2% về số vốn.",
         [("same_period", "change", 6.5), ("same_period", "change", 14.2)]),
        ("Cao su xuất khẩu quý I ước 41 nghìn tấn, trị giá 62 triệu USD; so cùng kỳ, giảm 5% "
         "về lượng và 9,6% về giá trị.",
         [("same_period", "change", -5), ("same_period", "change", -9.6)]),
    ],
)  # fmt: skip
def test_rises_in_a_clause_of_their_basis_only_go_to_the_levels_before_it_in_turn(
    text: str, rises: list[tuple[str, str, float]]
) -> None:
    rows = comparisons_read(text, 2024)
    assert [c for _, _, c in rows] == [[rise] for rise in rises]


@pytest.mark.parametrize(
    ("text", "rises"),
    [
        ("Năm 2023, các chỉ tiêu về lao động đều vượt: tạo việc làm mới vượt 12%, đào tạo "
         "nghề vượt 5,4%.", [12, 5.4]),
        ("Ngành lâm nghiệp hoàn thành vượt mức kế hoạch năm: trồng rừng tập trung vượt 18,6%, "
         "trồng cây phân tán vượt 9%.", [18.6, 9]),
        ("Kết quả 6 tháng, công tác kết nạp đảng viên vượt 7,5%, thành lập chi bộ mới vượt "
         "20%.", [7.5, 20]),
        ("Trong năm, giải quyết việc làm vượt 3,2%; xuất khẩu lao động vượt 41%.", [3.2, 41]),
        ("Năm 2022, sản lượng lương thực vượt 2,6%, diện tích nuôi trồng thủy sản vượt 4%.",
         [2.6, 4]),
    ],
)  # fmt: skip
def test_an_item_that_passes_by_a_percentage_with_no_basis_passes_its_plan(
    text: str, rises: list[float]
) -> None:
    rows = comparisons_read(text, 2024)
    assert rows == [(None, "%", [("plan", "change", rise)]) for rise in rises]


def test_a_rate_that_passes_a_mark_stays_a_level() -> None:
    rows = comparisons_read("Đến năm 2025, tỷ lệ che phủ rừng vượt 42%.", 2024)
    assert [(value, unit) for value, unit, _ in rows] == [(42, "%")]


@pytest.mark.parametrize(
    ("text", "basis", "shares"),
    [
        ("Tổng thu ngân sách 9 tháng ước 1.250 tỷ đồng, bằng 78% dự toán. Trong đó: thu nội "
         "địa 980 tỷ đồng (75%), thu xuất nhập khẩu 270 tỷ đồng (92%).", "budget", [75, 92]),
        ("Tổng chi ngân sách địa phương ước 3.400 tỷ đồng, bằng 70,2% dự toán năm. Cụ thể: "
         "chi đầu tư phát triển 1.100 tỷ đồng (61,5%), chi thường xuyên 2.300 tỷ đồng "
         "(75,8%).", "budget", [61.5, 75.8]),
        ("Vốn đầu tư công đã giải ngân 820 tỷ đồng, đạt 55% kế hoạch. Các nguồn vốn gồm: vốn "
         "ngân sách tỉnh 600 tỷ đồng (58%), vốn trung ương 220 tỷ đồng (48%).", "plan",
         [58, 48]),
        ("Kim ngạch xuất khẩu ước 640 triệu USD, bằng 81% kế hoạch năm. Các nhóm hàng chính: "
         "thủy sản 210 triệu USD (84%), nông sản 150 triệu USD (77%).", "plan", [84, 77]),
        ("Thu ngân sách nhà nước trên địa bàn đạt 2.150 tỷ đồng, bằng 96% dự toán HĐND tỉnh "
         "giao. Các khoản thu lần lượt là: thu từ doanh nghiệp 900 tỷ đồng (91%), thu tiền sử "
         "dụng đất 640 tỷ đồng (120%).", "budget", [91, 120]),
    ],
)  # fmt: skip
def test_bare_shares_of_parts_listed_after_a_whole_share_of_its_plan_are_of_their_own_plan(
    text: str, basis: str, shares: list[float]
) -> None:
    rows = comparisons_read(text, 2024)
    assert [c for _, _, c in rows[1:]] == [[(basis, "ratio", share)] for share in shares]


def test_bare_shares_of_parts_of_a_whole_with_no_share_stay_levels() -> None:
    text = (
        "Tổng thu ngân sách năm 2023 đạt 1.250 tỷ đồng. Trong đó: thu nội địa 980 tỷ đồng "
        "(78,4%), thu xuất nhập khẩu 270 tỷ đồng (21,6%)."
    )
    assert (78.4, "%", []) in comparisons_read(text, 2024)
