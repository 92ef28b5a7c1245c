"""Probe sentences for the thirteenth round's helper GP2: the period of a figure."""

from __future__ import annotations

import pytest

from tests.extract.readings import period_read
from tiendo.extract import extract_figures


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("Năm 2015, huyện mới có 12 trường đạt chuẩn quốc gia. Đến nay, huyện có 25 trường đạt "
         "chuẩn. Tỷ lệ phòng học kiên cố đạt 90%.", 90, (2020, None, None)),
        ("Khi thành lập năm 2008, hợp tác xã có 30 thành viên. Hiện nay hợp tác xã có 120 thành "
         "viên. Vốn điều lệ của hợp tác xã là 5 tỷ đồng.", 5, (2020, None, None)),
        ("Cuối năm 2016, tỷ lệ hộ nghèo của xã là 18%. Hiện tại, tỷ lệ này còn 4,2%. Số hộ cận "
         "nghèo là 35 hộ.", 35, (2020, None, None)),
        ("Năm 2010 thị trấn mới có 3 km đường nhựa. Tới nay đã có 28 km đường được nhựa hóa. "
         "Toàn bộ 12 thôn có nhà văn hóa.", 12, (2020, None, None)),
        ("Năm 2017, toàn huyện có 40 ha rau an toàn. Đến thời điểm này, diện tích rau an toàn "
         "đã lên 160 ha. Toàn huyện có 9 hợp tác xã trồng rau.", 9, (2020, None, None)),
        # The year of writing itself: its months stay in force.
        ("Quý I năm 2020, thu ngân sách đạt 500 tỷ đồng. Hiện nay, vốn đầu tư công giải ngân "
         "được 30%. Chi ngân sách đạt 400 tỷ đồng.", 400, (2020, 1, 3)),
        # "hiện nay" inside a sentence is not its opening.
        ("Năm 2015, xã có 200 hộ nghèo. Số hộ nghèo hiện nay là 40 hộ, số hộ cận nghèo là 60 "
         "hộ. Xã có 15 trang trại.", 15, (2015, 1, 12)),
    ],
)  # fmt: skip
def test_a_sentence_opened_by_now_brings_a_passage_on_an_earlier_year_to_the_time_of_writing(
    text: str, value: float, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, 2020) == period


_SHIFTS = [
    "Tỷ lệ trẻ em suy dinh dưỡng giảm từ 18% (khoảng 3.200 trẻ) năm 2014 xuống 9,5% năm 2019. "
    "Toàn huyện có 42 trạm y tế.",
    "Số hợp tác xã tăng từ 45 hợp tác xã, tỷ lệ 30% năm 2016 lên 90 hợp tác xã năm 2021. Tổng "
    "số thành viên là 5.400 người.",
    "Số hộ nghèo của huyện giảm từ 4.210 hộ (tỷ lệ 21,5%) năm 2016 xuống còn 1.050 hộ (tỷ lệ "
    "5,2%) năm 2020. Xã có 15 trang trại.",
    "Số hộ nghèo của huyện giảm từ 4.210 hộ (21,5%) năm 2016 xuống còn 1.050 hộ, tỷ lệ 5,2% năm "
    "2020. Xã có 15 trang trại.",
    "Số lao động có việc làm tăng từ 12.000 người (chiếm 60%) năm 2015 lên 18.500 người năm "
    "2020. Xã có 15 trang trại.",
    "Số doanh nghiệp hoạt động tăng từ 320 doanh nghiệp (vốn 1.200 tỷ đồng) năm 2019 lên 610 "
    "doanh nghiệp năm 2024. Xã có 15 trang trại.",
]


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        (_SHIFTS[0], 18, (2014, 1, 12)),
        (_SHIFTS[1], 45, (2016, 1, 12)),
        (_SHIFTS[2], 1050, (2020, 1, 12)),
        (_SHIFTS[3], 1050, (2020, 1, 12)),
        (_SHIFTS[3], 5.2, (2020, 1, 12)),  # "tỷ lệ 5,2% năm 2020": a level (r22)
    ],
)
def test_a_level_at_an_end_of_a_shift_keeps_its_year_across_the_share_glossing_it(
    text: str, value: float | None, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, 2025) == period


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_SHIFTS[0], 42),
        (_SHIFTS[1], 5400),
        (_SHIFTS[2], 15),
        (_SHIFTS[4], 15),
        (_SHIFTS[5], 15),
    ],
)
def test_the_years_of_a_glossed_shift_do_not_date_the_sentences_after_it(
    text: str, value: float
) -> None:
    assert period_read(text, value, 2025) == (2025, None, None)


@pytest.mark.parametrize(
    ("text", "now", "aim"),
    [
        ("Đến năm 2030, huyện phấn đấu nâng tỷ lệ đô thị hóa từ 25% hiện nay lên 40%.", 25, 40),
        ("Đến năm 2030, huyện phấn đấu nâng tỷ lệ đô thị hóa từ mức 20% - 25% hiện nay lên trên "
         "40%.", 20, 40),
        ("Mục tiêu đến năm 2030, tỉnh nâng tỷ lệ che phủ rừng từ 52% hiện nay lên 55%.", 52, 55),
        ("Đến năm 2030, nâng thu nhập bình quân đầu người từ 60 triệu đồng hiện nay lên 120 triệu "
         "đồng.", 60, 120),
        ("Đến năm 2030, tỉnh phấn đấu tăng số doanh nghiệp từ khoảng 6.000 doanh nghiệp như hiện "
         "nay lên 12.000 doanh nghiệp.", 6000, 12000),
    ],
)  # fmt: skip
def test_now_after_the_first_level_of_an_aimed_shift_dates_that_level_and_not_the_aim(
    text: str, now: float, aim: float
) -> None:
    assert period_read(text, now, 2024) == (2024, None, None)
    assert period_read(text, aim, 2024) == (2030, None, None)


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("Kim ngạch xuất khẩu 11 tháng năm 2022 đạt 3,2 tỷ USD, tiếp nối đà tăng của tháng 10. "
         "Hàng nông sản đạt 1,1 tỷ USD.", 1.1, (2022, 1, 11)),
        ("Tổng thu ngân sách năm 2023 đạt 5.400 tỷ đồng, đảo ngược xu hướng giảm của 6 tháng đầu "
         "năm. Thu nội địa đạt 4.100 tỷ đồng.", 4100, (2023, 1, 12)),
        ("Vốn đầu tư thực hiện quý III/2024 đạt 2.800 tỷ đồng, nối dài đà phục hồi của quý II. "
         "Vốn nhà nước đạt 900 tỷ đồng.", 900, (2024, 7, 9)),
        ("GRDP 6 tháng đầu năm 2024 ước tăng 2,7% so với cùng kỳ, chấm dứt đà giảm của quý I. "
         "Trong đó, khu vực dịch vụ tăng 4,4%.", None, (2024, 1, 6)),
        ("Số khách quốc tế 10 tháng năm 2023 đạt 250.000 lượt, gấp đôi con số của cả năm 2019. "
         "Khách nội địa đạt 1,5 triệu lượt.", 1.5, (2023, 1, 10)),
        # In the figure's own clause the time frames what follows.
        ("Kỳ họp thông qua 25 nhóm chỉ tiêu của năm 2024. Thu ngân sách 12.800 tỷ đồng.", 12800,
         (2024, 1, 12)),
    ],
)  # fmt: skip
def test_a_time_after_cua_in_a_remark_past_the_last_figure_does_not_frame_what_follows(
    text: str, value: float | None, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, 2024) == period


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("Chín tháng năm 2024, GRDP ước tăng 6,47%, trong khi cùng kỳ năm 2023 chỉ tăng 3,94%.",
         None, (2023, 1, 9)),
        ("Sáu tháng đầu năm 2022, doanh thu bán lẻ tăng 12,5%, trong khi cùng kỳ năm 2021 giảm "
         "4,2%.", None, (2021, 1, 6)),
        ("Năm tháng đầu năm 2021, thu ngân sách đạt 2.100 tỷ đồng, trong khi cùng kỳ năm 2020 chỉ "
         "đạt 1.650 tỷ đồng.", 1650, (2020, 1, 5)),
        ("Tháng 8/2023, lượng khách đạt 120.000 lượt, còn cùng kỳ năm 2022 chỉ đạt 85.000 lượt.",
         85000, (2022, 8, 8)),
        ("Quý II/2023, sản lượng thủy sản đạt 42.000 tấn, trong khi cùng kỳ năm trước chỉ đạt "
         "38.500 tấn.", 38500, (2022, 4, 6)),
    ],
)  # fmt: skip
def test_a_figure_set_in_contrast_after_trong_khi_cung_ky_is_of_the_same_months_earlier(
    text: str, value: float | None, period: tuple[int | None, ...]
) -> None:
    figures = [f for f in extract_figures(text, year=2024) if f.value == value]
    assert (
        figures[-1].period.year,
        figures[-1].period.from_month,
        figures[-1].period.to_month,
    ) == (period)


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("Tỉnh Cao Bằng năm 2023 đón 1,2 triệu lượt khách du lịch.", 1.2, (2023, 1, 12)),
        ("Tỉnh Cao Bằng 6 tháng đầu năm 2024 thu ngân sách đạt 1.100 tỷ đồng.", 1100,
         (2024, 1, 6)),
        ("Kim ngạch xuất khẩu qua cửa khẩu Cao Bằng quý I/2023 đạt 250 triệu USD.", 250,
         (2023, 1, 3)),
        ("Sở Y tế Cao Bằng cho biết năm 2022 toàn tỉnh có 312 ca mắc sốt xuất huyết.", 312,
         (2022, 1, 12)),
        ("Thành phố Cao Bằng trong năm 2021 trồng mới 150 ha rừng.", 150, (2021, 1, 12)),
    ],
)  # fmt: skip
def test_the_bang_of_the_province_cao_bang_names_no_basis_before_a_time(
    text: str, value: float, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, 2025) == period


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("Trong kỳ từ 15/5 đến 14/6/2023, Công an huyện phát hiện 12 vụ trộm cắp. Lũy kế từ đầu "
         "năm phát hiện 60 vụ. Về ma túy, trong kỳ bắt giữ 4 vụ, 7 đối tượng.", 7, (2023, 5, 6)),
        ("Trong kỳ báo cáo (từ 16/9 đến 15/10/2022), Chi cục Kiểm lâm phát hiện 9 vụ vi phạm. "
         "Tính chung 10 tháng, phát hiện 85 vụ. Trong kỳ, lực lượng kiểm lâm tịch thu 12 m3 gỗ.",
         12, (2022, 9, 10)),
        ("Thanh tra tỉnh cho biết, trong kỳ từ 15/10 đến 14/11/2021, đã tiếp 45 lượt công dân. "
         "Lũy kế 11 tháng tiếp 410 lượt. Trong kỳ nhận 30 đơn thư; đã giải quyết 22 đơn.", 22,
         (2021, 10, 11)),
        ("Trong kỳ từ 16/3 đến 15/4/2024, toàn tỉnh xảy ra 18 vụ tai nạn giao thông. Lũy kế 4 "
         "tháng xảy ra 70 vụ. Riêng trong kỳ có 9 người chết.", 9, (2024, 3, 4)),
        ("Báo cáo trong kỳ từ 15/8 đến 14/9/2020, Đội Quản lý thị trường kiểm tra 40 vụ. Cộng dồn "
         "từ đầu năm kiểm tra 300 vụ. Trong kỳ phạt tiền 95 triệu đồng.", 95, (2020, 8, 9)),
        # A time of its own stands.
        ("Trong kỳ từ 15/8 đến 14/9/2020, Đội Quản lý thị trường kiểm tra 40 vụ. Cộng dồn từ "
         "đầu năm kiểm tra 300 vụ, trong tháng 9 phạt 20 triệu đồng.", 20, (2020, 9, 9)),
    ],
)  # fmt: skip
def test_trong_ky_after_a_running_total_goes_back_to_the_term_the_report_named(
    text: str, value: float, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, 2024) == period


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("Năm 2016, số ca mắc tháng 1 là 120 ca, tháng 2 còn 80 ca và đến tháng 4 chỉ còn 25 ca.",
         25, (2016, 4, 4)),
        ("Năm 2022, giá lúa tháng 3 là 5.200 đồng/kg, tháng 4 lên 5.600 đồng/kg, đến tháng 6 đạt "
         "6.100 đồng/kg.", 6100, (2022, 6, 6)),
        ("Năm 2021, lượng khách tháng 7 đạt 12.000 lượt, tháng 8 giảm còn 3.000 lượt, đến tháng "
         "10 tăng lên 9.500 lượt.", 9500, (2021, 10, 10)),
        ("Năm 2019, đàn lợn tháng 2 có 45.000 con, tháng 3 còn 38.000 con và đến tháng 5 chỉ còn "
         "21.000 con.", 21000, (2019, 5, 5)),
        ("Năm 2020, tỷ lệ thất nghiệp tháng 1 là 3,1%, tháng 2 là 2,9%, đến tháng 3 còn 2,6%.",
         2.6, (2020, 3, 3)),
        # No series of months: January to the month reached.
        ("Năm 2023, đến tháng 4 toàn tỉnh thu ngân sách 600 tỷ đồng.", 600, (2023, 1, 4)),
    ],
)  # fmt: skip
def test_den_thang_n_ending_a_series_of_single_months_is_that_month_alone(
    text: str, value: float, period: tuple[int | None, ...]
) -> None:
    assert period_read(text, value, 2024) == period
