"""Probe sentences for the twelfth round's indicator helper (GI): what a figure measures."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read
from tiendo.extract import extract_figures


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("GRDP (không kể dầu khí) của tỉnh năm 2023 đạt 312.400 tỷ đồng.",
         312400.0, "GRDP (không kể dầu khí)"),
        ("Sáu tháng đầu năm, GRDP (trừ dầu thô) ước đạt 41.800 tỷ đồng.",
         41800.0, "GRDP (trừ dầu thô)"),
        ("Năm 2024, IIP (không tính khai khoáng) ước tăng 9,2% so với năm trước.",
         None, "IIP (không tính khai khoáng)"),
        ("Quý I, GRDP (chưa kể thuế sản phẩm) đạt 18.650 tỷ đồng.",
         18650.0, "GRDP (chưa kể thuế sản phẩm)"),
        ("Cả năm, GDP (trừ khai thác dầu khí) ước đạt 9.400 nghìn tỷ đồng.",
         9400.0, "GDP (trừ khai thác dầu khí)"),
    ],
)  # fmt: skip
def test_what_an_acronym_leaves_out_in_parentheses_right_after_it_is_part_of_its_name(
    text: str, value: float | None, name: str
) -> None:
    assert name_read(text, value).startswith(name)


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("Giá trị sản xuất nông nghiệp (giá so sánh 2010) ước đạt 7.300 tỷ đồng.",
         7300.0, "giá trị sản xuất nông nghiệp"),
        ("GRDP 9 tháng (giá so sánh 2010) ước đạt 21.400 tỷ đồng.", 21400.0, "GRDP"),
        ("Thu nội địa (không kể tiền sử dụng đất) ước đạt 2.150 tỷ đồng.",
         2150.0, "thu nội địa"),
    ],
)  # fmt: skip
def test_a_remark_after_a_named_measure_or_a_period_stays_out_of_the_name(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value).lower() == name.lower()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Quý II/2024: GRDP ước tăng 7,3%; thu ngân sách ước 4.120 tỷ đồng.", "GRDP"),
        ("Đánh giá 9 tháng năm 2023: GDP ước tăng 4,2% so với cùng kỳ; vốn đầu tư đạt 820 tỷ "
         "đồng.", "GDP"),
        ("So với năm trước, kinh tế tiếp tục phát triển. "
         "Năm 2022: GRDP tăng 8,8%; kim ngạch xuất khẩu đạt 1.250 triệu USD.", "GRDP"),
        ("Sáu tháng đầu năm: GRDP ước tăng 5,9% so với cùng kỳ.", "GRDP"),
        ("Tính chung 10 tháng: IIP tăng 6,4% so với cùng kỳ; thu ngân sách đạt 3.100 tỷ đồng.",
         "IIP"),
    ],
)  # fmt: skip
def test_a_label_that_names_only_a_time_gives_no_measure_to_an_acronym_after_it(
    text: str, name: str
) -> None:
    assert name_read(text, None) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quý III/2023: So với cùng kỳ năm trước, GRDP của tỉnh ước tăng 6,4%.", "GRDP"),
        ("Năm 2024: so với năm 2023, chỉ số sản xuất công nghiệp tăng 9,1%.",
         "chỉ số sản xuất công nghiệp"),
        ("Sáu tháng đầu năm 2022: So với cùng kỳ, tổng mức bán lẻ hàng hóa tăng 12,3%.",
         "tổng mức bán lẻ hàng hóa"),
        ("Tháng 10/2024: so với tháng trước, chỉ số giá tiêu dùng tăng 0,4%.",
         "chỉ số giá tiêu dùng"),
        ("Đánh giá 9 tháng năm 2021: So với cùng kỳ, GDP tăng 1,4%.", "GDP"),
    ],
)  # fmt: skip
def test_a_time_label_before_a_fronted_comparison_is_not_the_measure(text: str, name: str) -> None:
    assert name_read(text, None).lower().startswith(name.lower())


@pytest.mark.parametrize(
    ("text", "percent", "name"),
    [
        ("So với cùng kỳ, GRDP trừ dầu khí tăng 4,8%, trong đó nông, lâm nghiệp và thủy sản tăng "
         "2,1%, công nghiệp và xây dựng 6,3%, dịch vụ 4,9%.", 4.9, "khu vực dịch vụ"),
        ("So với năm trước, GDP tăng 5,1%, trong đó nông, lâm nghiệp và thủy sản tăng 3,3%, "
         "công nghiệp và xây dựng 7,0%, dịch vụ 6,1%.", 3.3,
         "khu vực nông, lâm nghiệp và thủy sản"),
        ("Sáu tháng đầu năm, tốc độ tăng trưởng GRDP tăng 6,6% so với cùng kỳ; trong đó công "
         "nghiệp - xây dựng tăng 9,4%, dịch vụ 5,2%.", 5.2, "khu vực dịch vụ"),
        ("So với cùng kỳ năm 2023, GRDP (trừ dầu thô) tăng 3,9%, trong đó công nghiệp và xây "
         "dựng tăng 4,4%, dịch vụ 3,6%.", 4.4, "khu vực công nghiệp và xây dựng"),
        ("So với năm 2022, GDP tăng 5,0%; trong đó nông, lâm nghiệp và thủy sản tăng 3,8%, công "
         "nghiệp và xây dựng 3,7%, dịch vụ 6,8%.", 6.8, "khu vực dịch vụ"),
    ],
)  # fmt: skip
def test_a_bare_sector_under_the_rise_of_grdp_is_that_sector_of_the_economy(
    text: str, percent: float, name: str
) -> None:
    names = [
        f.indicator
        for f in extract_figures(text, year=2024)
        if f.value == percent or percent in [c.percent for c in f.comparisons]
    ]
    assert names == [name]


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("Năm 2024, huyện có thêm 5 trường đạt chuẩn quốc gia, nâng lên 41 trường.", 41.0,
         "tổng số trường đạt chuẩn quốc gia"),
        ("Năm 2025 tỉnh phấn đấu thêm 9 xã đạt chuẩn nông thôn mới, nâng lên 57 xã.", 57.0,
         "tổng số xã đạt chuẩn nông thôn mới"),
        ("Trong quý, thành phố cấp thêm 14 giấy chứng nhận đầu tư, nâng lên 230 giấy chứng "
         "nhận.", 230.0, "tổng số giấy chứng nhận"),
        ("Huyện công nhận thêm 6 thôn văn hóa, nâng lên hơn 80 thôn.", 80.0,
         "tổng số thôn văn hóa"),
        ("Năm qua có thêm 3 chợ được nâng cấp, nâng lên 19 chợ.", 19.0, "tổng số chợ"),
    ],
)  # fmt: skip
def test_a_count_raised_with_no_total_named_is_the_total_of_what_the_count_before_counted(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value).startswith(name)


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("Năm 2023 có thêm 12 xã và 40 thôn được công nhận, nâng tổng số lên 66 xã và 310 thôn "
         "đạt chuẩn nông thôn mới.", 66.0, "tổng số xã đạt chuẩn nông thôn mới"),
        ("Năm nay huyện có thêm 4 trường và 9 lớp học được sửa chữa, nâng tổng số lên 37 trường "
         "và 120 phòng học đạt chuẩn quốc gia.", 37.0, "tổng số trường đạt chuẩn quốc gia"),
        ("Trong kỳ có thêm 8 hợp tác xã, nâng tổng số lên 215 hợp tác xã và 1.460 tổ hợp tác "
         "hoạt động hiệu quả.", 215.0, "tổng số hợp tác xã hoạt động hiệu quả"),
        ("Thành phố có thêm 3 phường, nâng tổng số lên 18 phường và 52 tổ dân phố đạt chuẩn văn "
         "minh đô thị.", 18.0, "tổng số phường đạt chuẩn văn minh đô thị"),
        ("Tỉnh có thêm 25 doanh nghiệp, nâng tổng số lên 640 doanh nghiệp và 95 hộ kinh doanh "
         "tham gia chương trình.", 640.0, "tổng số doanh nghiệp tham gia chương trình"),
    ],
)  # fmt: skip
def test_a_raised_total_coordinated_with_a_count_shares_the_words_after_it(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("Tính chung 6 tháng, hàng dệt may là nhóm hàng có kim ngạch xuất khẩu lớn nhất với 4,2 "
         "tỷ USD.", 4.2, "kim ngạch xuất khẩu hàng dệt may"),
        ("Năm 2023, gạo là mặt hàng có giá trị xuất khẩu cao nhất với 620 triệu USD.", 620.0,
         "giá trị xuất khẩu gạo"),
        ("Hàn Quốc là nhà đầu tư lớn nhất với 312,5 triệu USD, chiếm 41%.", 312.5,
         "nhà đầu tư Hàn Quốc"),
        ("Hoa Kỳ tiếp tục là thị trường lớn nhất với 1,8 tỷ USD.", 1.8, "thị trường Hoa Kỳ"),
        ("Quý I, thủy sản là ngành hàng có doanh thu lớn nhất với 2.150 tỷ đồng.", 2150.0,
         "doanh thu thủy sản"),
    ],
)  # fmt: skip
def test_the_one_ranked_first_by_its_role_is_named_with_the_measure_the_ranking_names(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


@pytest.mark.parametrize(
    ("text", "percent", "name"),
    [
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Giá trị sản xuất công nghiệp ước tăng 12%; theo ngành, sản xuất, phân phối điện tăng "
         "8,1%; riêng khai khoáng giảm 3,2%.", 3.2,
         "ngành khai khoáng"),
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Theo ngành, chế biến, chế tạo tăng 11,2%; dệt tăng 6,5%.", 6.5, "ngành dệt"),
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Nhiều ngành công nghiệp cấp II có chỉ số tăng: đồ uống tăng 5,6%, thuốc lá tăng 4,4%.",
         5.6, "ngành đồ uống"),
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Nhiều ngành công nghiệp cấp II có chỉ số tăng: đồ uống tăng 5,6%, thuốc lá tăng 4,4%.",
         4.4, "ngành thuốc lá"),
        ("Một số ngành công nghiệp có chỉ số giảm so với cùng kỳ, như giường, tủ giảm 16,9%, "
         "trang phục giảm 2,6%.", 2.6, "ngành trang phục"),
    ],
)  # fmt: skip
def test_a_bare_branch_of_industry_under_an_index_of_production_is_that_branch(
    text: str, percent: float, name: str
) -> None:
    names = [
        f.indicator
        for f in extract_figures(text, year=2024)
        if percent in [abs(c.percent) for c in f.comparisons]
    ]
    assert len(names) == 1 and names[0].lower().endswith(name)


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("Đến nay, toàn bộ 12/12 xã và 86/86 thôn có đường ô tô đến trung tâm.", 12.0,
         "toàn bộ xã có đường ô tô đến trung tâm"),
        ("Năm 2024, cả 9/9 huyện và 120/120 xã hoàn thành kế hoạch tiêm chủng.", 9.0,
         "cả huyện hoàn thành kế hoạch tiêm chủng"),
        ("Đến cuối năm 2024, toàn bộ 25/25 trường và 140/140 lớp học được kết nối internet.", 25.0,
         "toàn bộ trường được kết nối internet"),
        ("Hiện nay, toàn bộ 31/31 xã và 402/402 thôn có điện lưới quốc gia.", 31.0,
         "toàn bộ xã có điện lưới quốc gia"),
        ("Đến năm 2025, cả 6/6 phường và 58/58 tổ dân phố đạt chuẩn văn minh đô thị.", 6.0,
         "cả phường đạt chuẩn văn minh đô thị"),
    ],
)  # fmt: skip
def test_a_count_of_all_coordinated_with_another_shares_the_words_after_it(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("Kỳ họp thứ 7 HĐND huyện khóa IX đã cụ thể hóa nghị quyết với 24 chỉ tiêu chủ yếu.",
         24.0, "chỉ tiêu chủ yếu"),
        ("Đại hội Đảng bộ xã lần thứ XV bế mạc chiều 12/6 với Nghị quyết gồm 16 chỉ tiêu.",
         16.0, "chỉ tiêu"),
        ("Ban Chấp hành Đảng bộ tỉnh khóa XVII đã xác định 28 chỉ tiêu kinh tế - xã hội.", 28.0,
         "chỉ tiêu kinh tế - xã hội"),
        ("Báo cáo của UBND huyện trình kỳ họp cho biết 14 chỉ tiêu đạt và vượt kế hoạch.", 14.0,
         "chỉ tiêu đạt và vượt kế hoạch"),
        ("Năm 2023, khối văn hóa - xã hội hoàn thành 9 chỉ tiêu.", 9.0,
         "khối văn hóa - xã hội hoàn thành chỉ tiêu"),
    ],
)  # fmt: skip
def test_a_count_of_targets_is_named_by_the_targets_not_by_who_set_them(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name
