"""Probe sentences for the twelfth round's kind and period helper (GK)."""

from __future__ import annotations

import pytest

from tests.extract.readings import kinds_read, period_read


@pytest.mark.parametrize(
    "text",
    [
        "Quý III năm 2023, tổng sản phẩm trên địa bàn ước tăng 8,2%. So với cùng kỳ, khu vực "
        "dịch vụ tăng 7,1%; khu vực công nghiệp - xây dựng tăng 11,4%.",
        "GRDP 9 tháng ước đạt 41.200 tỷ đồng, tăng 6,4%. So với cùng kỳ năm trước, khu vực "
        "nông, lâm nghiệp và thủy sản tăng 2,9%; khu vực dịch vụ tăng 6,8%.",
        "Tăng trưởng kinh tế 6 tháng đầu năm ước đạt 7,3%, xếp thứ năm vùng. So với cùng kỳ, "
        "khu vực công nghiệp và xây dựng tăng 10,2%, khu vực dịch vụ tăng 5,5%.",
        "Năm 2024, GRDP của tỉnh ước tăng 9,1%, cao nhất từ trước tới nay. So với năm 2023, khu "
        "vực nông, lâm nghiệp và thủy sản tăng 3,4%; khu vực dịch vụ tăng 8,7%.",
        "Tốc độ tăng GRDP quý I ước đạt 6,9%. So với cùng kỳ, khu vực dịch vụ giảm 1,5%; khu "
        "vực công nghiệp - xây dựng tăng 12,6%.",
    ],
)  # fmt: skip
def test_the_sectors_after_a_basis_share_the_estimate_of_the_gross_product_before(
    text: str,
) -> None:
    kinds = [kind for _, kind in kinds_read(text)]
    assert len(kinds) >= 3
    assert all(kind == "estimate" for kind in kinds)


@pytest.mark.parametrize(
    "text",
    [
        "Kim ngạch xuất khẩu ước đạt 2,1 tỷ USD. So với cùng kỳ, khu vực dịch vụ tăng 4,2%.",
        "GRDP năm 2022 tăng 8,1%. So với cùng kỳ, khu vực dịch vụ tăng 6,3%; khu vực công "
        "nghiệp - xây dựng tăng 9,8%.",
    ],
)  # fmt: skip
def test_the_sectors_after_a_basis_keep_their_kind_after_no_estimated_gross_product(
    text: str,
) -> None:
    kinds = kinds_read(text)
    assert all(kind == "actual" for value, kind in kinds if value is None)


@pytest.mark.parametrize(
    "text",
    [
        "Chỉ số sản xuất công nghiệp tháng 8 ước tăng 9,4% so với cùng kỳ. Nhiều ngành có tỷ "
        "trọng lớn tăng khá: dệt tăng 12,1%; may mặc tăng 10,3%; chế biến thủy sản tăng 8,7%.",
        "IIP quý II ước tăng 6,6% so với cùng kỳ. Các ngành chủ lực đều tăng, như sản xuất bia "
        "tăng 7,2%, sản xuất giấy tăng 5,9%, sản xuất thép tăng 4,4%.",
        "Chỉ số sản xuất toàn ngành công nghiệp 9 tháng ước tăng 11,2%. Tuy vậy, 6 ngành cấp "
        "II có chỉ số giảm, như khai thác đá giảm 8,1%, in ấn giảm 5,5%, sản xuất gạch giảm "
        "3,2%.",
        "Quý I, chỉ số sản xuất công nghiệp ước tăng 5,1% so với cùng kỳ. Một số ngành tăng "
        "cao: sản xuất đồ uống tăng 14,5%, chế biến gỗ tăng 9,8%, sản xuất phân bón tăng 6,1%.",
        "So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
        "Chỉ số sản xuất công nghiệp 6 tháng ước tăng 7,9%. Hầu hết các ngành đều tăng: khai "
        "khoáng tăng 3,3%, chế biến, chế tạo tăng 8,6%, sản xuất điện tăng 10,4%.",
    ],
)  # fmt: skip
def test_the_branches_after_an_estimated_index_of_production_share_its_estimate(
    text: str,
) -> None:
    kinds = [kind for _, kind in kinds_read(text)]
    assert len(kinds) >= 4
    assert all(kind == "estimate" for kind in kinds)


@pytest.mark.parametrize(
    "text",
    [
        "Chỉ số sản xuất công nghiệp tháng 8 tăng 9,4% so với cùng kỳ. Nhiều ngành có tỷ trọng "
        "lớn tăng khá: dệt tăng 12,1%; may mặc tăng 10,3%.",
        "Tổng mức bán lẻ hàng hóa ước đạt 5.200 tỷ đồng, tăng 9%. Các ngành dịch vụ lưu trú "
        "đón 320 nghìn lượt khách, tăng 15%.",
    ],
)  # fmt: skip
def test_the_branches_keep_their_kind_after_no_estimated_index(text: str) -> None:
    kinds = [kind for _, kind in kinds_read(text)]
    assert kinds[-1] == "actual"


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị tổng kết đánh giá nhiều chỉ tiêu năm 2023 tăng khá so với năm 2022. Tổng thu "
        "ngân sách đạt 1.250 tỷ đồng, tăng 11%.",
        "Báo cáo cho thấy các chỉ tiêu năm 2024 đều đạt và vượt. Giá trị sản xuất nông nghiệp "
        "đạt 2.900 tỷ đồng.",
        "Kỳ họp ghi nhận phần lớn chỉ tiêu năm 2022 vượt kế hoạch. Thu nhập bình quân đầu người "
        "đạt 58 triệu đồng.",
        "Ủy ban nhận định các chỉ tiêu năm 2023 đã hoàn thành. Tỷ lệ hộ nghèo còn 2,1%.",
        "Huyện đánh giá nhiều chỉ tiêu năm 2024 tăng cao so với cùng kỳ. Thu ngân sách trên địa "
        "bàn 640 tỷ đồng.",
    ],
)  # fmt: skip
def test_the_indicators_of_a_year_said_to_have_risen_or_been_met_announce_results(
    text: str,
) -> None:
    kinds = [kind for _, kind in kinds_read(text)]
    assert kinds and all(kind == "actual" for kind in kinds)


@pytest.mark.parametrize(
    "text",
    [
        "Các chỉ tiêu năm 2025: tổng thu ngân sách 1.400 tỷ đồng; tỷ lệ hộ nghèo giảm còn 1,5%.",
        "Chỉ tiêu năm 2025 tăng trưởng kinh tế 8%.",
    ],
)  # fmt: skip
def test_the_indicators_of_a_year_with_no_result_said_of_them_are_targets(text: str) -> None:
    kinds = [kind for _, kind in kinds_read(text)]
    assert kinds and all(kind == "target" for kind in kinds)


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2023, tổng thu ngân sách ước 3.100 tỷ đồng, bằng 104% kế hoạch; tốc độ tăng "
        "trưởng ước 7,4%, cao hơn mức 7% mà nghị quyết đề ra. Theo ngành: nông nghiệp ước 980 "
        "tỷ đồng, đạt 101% kế hoạch.",
        "Năm 2023, kim ngạch xuất khẩu ước 1,2 tỷ USD, bằng 96% kế hoạch; tăng trưởng ước 6,1%, "
        "thấp hơn mức 6,5% mà kế hoạch đặt ra. Theo khu vực: dịch vụ ước 2.400 tỷ đồng, đạt 98% "
        "kế hoạch.",
        "Năm 2023, GRDP ước 41.000 tỷ đồng, bằng 102% kế hoạch; tốc độ tăng trưởng ước 5,8%, "
        "chưa tới mức 6% mà tỉnh đặt ra. Theo khu vực: công nghiệp ước 12.300 tỷ đồng, đạt 99% "
        "kế hoạch.",
        "Năm 2023, vốn đầu tư ước 9.800 tỷ đồng, bằng 103% kế hoạch; tăng trưởng ước 8,2%, vượt "
        "mức 8% mà nghị quyết đặt ra. Theo ngành: xây dựng ước 1.150 tỷ đồng, đạt 105% kế hoạch.",
        "Năm 2023, giá trị sản xuất ước 7.700 tỷ đồng, bằng 101% kế hoạch; tốc độ tăng ước 4,9%, "
        "cao hơn so với mức 4,5% mà kế hoạch đề ra. Theo ngành: thủy sản ước 1.020 tỷ đồng, đạt "
        "100,5% kế hoạch.",
    ],
)  # fmt: skip
def test_a_plan_a_result_is_measured_against_opens_no_list_of_targets(text: str) -> None:
    kinds = kinds_read(text, 2023)
    assert kinds[0][1] == "estimate"
    assert kinds[-1][1] == "estimate"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tỷ lệ lao động qua đào tạo tăng từ 60% năm 2018 lên 72% năm 2022. Toàn tỉnh có 420 "
         "hợp tác xã.", 420),
        ("Thu nhập bình quân đầu người tăng từ 38 triệu đồng năm 2019 lên 61 triệu đồng năm "
         "2023. Tỷ lệ che phủ rừng đạt 58%.", 58),
        ("Tỷ lệ hộ nghèo giảm từ 9,1% năm 2020 xuống 3,4% năm 2023. Tỉnh có 35 xã đạt "
         "chuẩn nông thôn mới.", 35),
        ("Số giường bệnh trên 10.000 dân tăng từ 24 giường năm 2015 lên 31 giường năm 2020. "
         "Có 100% trạm y tế có bác sĩ.", 100),
        ("Tỷ lệ đô thị hóa tăng từ 28% năm 2016 lên 35% năm 2021. Tỉnh có 12 khu công "
         "nghiệp đang hoạt động.", 12),
    ],
)  # fmt: skip
def test_the_year_written_after_the_last_level_of_a_shift_dates_that_level_alone(
    text: str, value: float
) -> None:
    assert period_read(text, value, 2024)[0] == 2024
    assert period_read(text, value, 2024)[1] is None


@pytest.mark.parametrize(
    "text",
    [
        "Tổng sản phẩm trong tỉnh 6 tháng ước tăng 6,2%, trong đó công nghiệp - xây dựng tăng "
        "8,1%, dịch vụ tăng 5,4%. Khu vực dịch vụ chiếm tỷ trọng 41,2%.",
        "Tổng sản phẩm trên địa bàn quý I ước tăng 5,7%, trong đó nông nghiệp tăng 2,3%, dịch vụ "
        "tăng 6,6%. Khu vực nông, lâm nghiệp và thủy sản chiếm 22,5%.",
        "Tăng trưởng kinh tế năm 2024 ước đạt 7,9%, trong đó khu vực công nghiệp tăng 9,1%. Khu "
        "vực công nghiệp - xây dựng chiếm tỷ trọng 37,4%.",
        "Tăng trưởng kinh tế 9 tháng ước đạt 6,8%, trong đó khu vực dịch vụ tăng 7,2%. Khu vực "
        "dịch vụ chiếm 45,3% quy mô nền kinh tế.",
        "Tổng sản phẩm trên địa bàn 6 tháng ước tăng 8,4%, trong đó nông nghiệp tăng 3,1%, dịch "
        "vụ tăng 9,5%. Khu vực dịch vụ chiếm 48,6% tổng sản phẩm.",
    ],
)  # fmt: skip
def test_a_sector_after_the_estimated_economy_and_its_parts_shares_the_estimate(
    text: str,
) -> None:
    kinds = kinds_read(text)
    assert kinds[-1][1] == "estimate"


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2023, cơ cấu kinh tế chuyển dịch chậm hơn định hướng: công nghiệp chiếm 31%, dịch "
        "vụ chiếm 42%.",
        "Năm 2023, tỷ trọng dịch vụ tăng nhanh hơn định hướng, chiếm 46,5% GRDP.",
        "Năm 2023, thu hút đầu tư thấp hơn định hướng: vốn đăng ký mới đạt 3.200 tỷ đồng.",
        "Năm 2023, so với định hướng, tỷ lệ đô thị hóa mới đạt 36,2%.",
        "Năm 2023, kinh tế số phát triển cao hơn định hướng, chiếm 12,4% GRDP.",
    ],
)  # fmt: skip
def test_a_direction_a_result_is_compared_with_states_no_target(text: str) -> None:
    kinds = [kind for _, kind in kinds_read(text, 2024)]
    assert kinds and "target" not in kinds
