"""Probe sentences for the eleventh round's comparison helper (C): what a percentage in a
list says when the list states its measure once, at its head or in its first item."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read


@pytest.mark.parametrize(
    "text",
    [
        "Nhiều ngành chủ lực tăng khá so với cùng kỳ: chế biến thực phẩm (3,54%), dệt (8,71%), "
        "may mặc (8,03%), giấy và sản phẩm từ giấy (17,13%).",
        "Một số sản phẩm tăng cao so với cùng kỳ: xi măng (12,5%), thép cán (8,3%), điện "
        "thương phẩm (7,1%) và bia các loại (4,2%).",
        "Các nhóm hàng tăng so với tháng trước: lương thực (1,2%), thực phẩm (0,8%), đồ uống và "
        "thuốc lá (0,5%).",
        "Nhiều mặt hàng xuất khẩu giảm so với cùng kỳ: gạo (5,6%), cà phê (12,1%), hạt điều "
        "(3,4%).",
        "Các ngành dịch vụ tăng khá so với cùng kỳ năm trước: bán lẻ (9,2%), lưu trú (14,6%), "
        "vận tải (7,7%).",
    ],
)  # fmt: skip
def test_every_item_of_a_list_in_parentheses_shares_the_rise_its_heading_states(
    text: str,
) -> None:
    rows = comparisons_read(text, 2024)
    assert len(rows) >= 3
    for value, unit, comparisons in rows:
        assert value is None and unit == "%"
        assert len(comparisons) == 1 and comparisons[0][1] == "change"


@pytest.mark.parametrize(
    "text",
    [
        "Tính đến ngày 31/10, toàn tỉnh thu hoạch khoảng 33,8 nghìn ha lúa, bằng 83% diện tích "
        "đã cấy; ngô đã thu hoạch khoảng 3,8 nghìn ha (bằng 79%), khoai lang khoảng 520 ha "
        "(81%), rau đậu các loại 2,9 nghìn ha (85%).",
        "Đến cuối tháng 9, các huyện đã giải ngân: Tân Phú 120 tỷ đồng (bằng 64%), Định Quán "
        "95 tỷ đồng (58%), Xuân Lộc 140 tỷ đồng (71%).",
        "Vụ đông năm nay, ngô đã trồng 2.100 ha (bằng 88%), khoai lang 640 ha (92%), rau các "
        "loại 1.300 ha (76%).",
        "Đến nay, xã A đã có 310 hộ được cấp nước sạch (bằng 62%), xã B 280 hộ (57%), xã C 195 "
        "hộ (49%).",
        "Số học sinh đã tiêm mũi 2 đạt 12.400 em (bằng 91%), giáo viên 860 người (95%), nhân "
        "viên 140 người (88%).",
    ],
)  # fmt: skip
def test_a_bare_share_in_parentheses_goes_on_with_the_share_of_the_item_before(
    text: str,
) -> None:
    rows = comparisons_read(text, 2024)
    assert all(unit != "%" for _, unit, _ in rows)
    shared = [r for r in rows if r[2]]
    assert len(shared) >= 3
    assert all(c[0][1] == "ratio" for _, _, c in shared)


# Split since the twelfth round (time_subjects.py, helper G2).
@pytest.mark.parametrize(
    ("text", "rates"),
    [
        ("GDP 6 tháng đầu năm 2015 tăng 6,28% so với cùng kỳ năm 2014. Trong đó quý I tăng "
         "6,08%, quý II tăng 6,44%.", 3),
        ("Tổng sản phẩm ước tăng 6,37% so với cùng kỳ. Mức tăng này cao hơn cùng kỳ hai năm "
         "trước (6 tháng năm 2013 tăng 5,42%, năm 2012 tăng 5,02%).", 3),
        ("Chỉ số sản xuất công nghiệp tháng 5 tăng 3,1% so với tháng trước, 5 tháng đầu năm "
         "tăng 8,7% so với cùng kỳ.", 2),
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Kim ngạch xuất khẩu quý I tăng 12%, quý II tăng 9,5%, quý III tăng 7,2%.", 3),
        ("So với năm trước, kinh tế tiếp tục phát triển. "
         "Thu ngân sách năm 2022 tăng 15%, năm 2023 tăng 11%.", 2),
        ("Doanh thu du lịch tháng 3 tăng 4,5% so với tháng trước, quý I tăng 18,2% so với cùng "
         "kỳ.", 2),
    ],
)  # fmt: skip
def test_a_rise_whose_subject_is_a_time_of_its_own_is_a_figure_of_its_own(
    text: str, rates: int
) -> None:
    rows = comparisons_read(text, 2024)
    assert [len(c) for _, _, c in rows] == [1] * rates


@pytest.mark.parametrize(
    "text",
    [
        "Trong tháng 5/2023, toàn quốc xảy ra 261 vụ phạm tội về kinh tế, giảm 40,27% so với "
        "tháng trước; 121 vụ phạm tội về môi trường, tăng 51,25%; 2.178 vụ phạm tội về ma túy, "
        "giảm 12,88%.",
        "Trong tháng 6/2024, lực lượng chức năng phát hiện 320 vụ buôn lậu, tăng 12,5% so với "
        "tháng trước; 85 vụ gian lận thương mại, giảm 7,1%; 40 vụ hàng giả, tăng 3,3%.",
        "Tháng 9/2024, toàn tỉnh xảy ra 14 vụ cháy, giảm 22% so với tháng trước; 3 vụ cháy "
        "rừng, tăng 50%.",
        "Tháng 4/2024, các bệnh viện khám cho 52.000 lượt người, tăng 4,2% so với tháng trước; "
        "điều trị nội trú 6.100 lượt người, tăng 2,7%.",
        "Quý II/2024, toàn tỉnh cấp mới 410 giấy phép lái xe, tăng 9% so với quý trước; 120 "
        "giấy phép xây dựng, giảm 4%.",
        "Trong tháng 8/2024, tỉnh đón 95.000 lượt khách, giảm 6,2% so với tháng trước; doanh "
        "thu du lịch đạt 210 tỷ đồng, giảm 4,8%.",
    ],
)  # fmt: skip
def test_a_basis_stated_by_the_first_item_carries_down_its_list(text: str) -> None:
    rows = comparisons_read(text, 2024)
    bases = [c[0] for _, _, comparisons in rows for c in comparisons if c[1] == "change"]
    assert len(bases) >= 2
    assert set(bases) == {"previous"}


@pytest.mark.parametrize(
    "text",
    [
        "GRDP năm 2017 ước 35.634 tỷ đồng, tăng 7,75% so với năm 2016 (vượt kế hoạch 0,25%). "
        "Trong đó, khu vực công nghiệp và xây dựng tăng 10,66%; khu vực dịch vụ tăng 7,48%.",
        "Tổng sản phẩm trên địa bàn năm 2023 ước tăng 8,2% so với năm 2022, vượt kế hoạch 0,7%. "
        "Trong đó, khu vực nông nghiệp tăng 3,1%, khu vực dịch vụ tăng 9,4%.",
        "Giá trị sản xuất công nghiệp năm 2022 đạt 52.300 tỷ đồng, tăng 12,4% so với năm 2021, "
        "vượt 2,4% kế hoạch. Trong đó, công nghiệp chế biến tăng 13,1%; sản xuất điện tăng "
        "6,2%.",
        "Kim ngạch xuất khẩu 6 tháng đầu năm 2024 đạt 1,2 tỷ USD, tăng 15% so với cùng kỳ, vượt "
        "kế hoạch 5%. Trong đó, hàng dệt may tăng 18%; giày dép tăng 11%.",
        "Tổng mức bán lẻ năm 2021 đạt 40.100 tỷ đồng, tăng 6,5% so với năm 2020 (vượt 1,5% kế "
        "hoạch). Riêng doanh thu lưu trú tăng 4,2%, doanh thu lữ hành tăng 2,8%.",
    ],
)  # fmt: skip
def test_the_parts_of_a_rise_that_also_passed_its_plan_rose_on_the_rises_time(
    text: str,
) -> None:
    rows = comparisons_read(text, 2024)
    whole_basis = rows[0][2][0][0]
    parts = [c[0] for _, _, comparisons in rows[1:] for c in comparisons]
    assert len(parts) == 2 and set(parts) == {whole_basis}


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2024, sản xuất cây lương thực đạt gần 102% và cây màu thực phẩm gần 105% kế hoạch.",
        "Năm 2024, thu nội địa đạt 95% và thu xuất nhập khẩu 88% dự toán.",
        "Năm 2024, diện tích lúa đạt 101% và diện tích ngô 97% kế hoạch.",
        "Năm 2024, giải ngân vốn trung ương đạt 80% và vốn địa phương 75% kế hoạch.",
        "Năm 2024, kim ngạch xuất khẩu đạt 110% và nhập khẩu 104% kế hoạch năm.",
        "Năm 2024, sản lượng lúa đạt 103%, sản lượng ngô 99% kế hoạch.",
    ],
)  # fmt: skip
def test_a_plan_named_after_the_last_of_two_shares_is_the_plan_of_both(text: str) -> None:
    rows = comparisons_read(text, 2024)
    assert len(rows) == 2
    assert all(value is None and [c[1] for c in cs] == ["ratio"] for value, _, cs in rows)
    assert rows[0][2][0][0] == rows[1][2][0][0]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Đà Nẵng: khoảng 7.300 hộ thoát nghèo trong năm 2014\nNăm 2014, toàn thành phố có "
         "khoảng 7.300 hộ thoát nghèo.", [7300.0]),
        ("Hội An đón hơn 54.800 lượt khách trong quý I\nQuý I/2021, tổng lượt khách đến thành "
         "phố ước trên 54.800 lượt.", [54800.0]),
        ("Thu ngân sách đạt 3.200 tỷ đồng, bằng 105% so với kế hoạch\nTổng vốn đầu tư 5.000 "
         "tỷ đồng.", [3200.0, 5000.0]),
    ],
)  # fmt: skip
def test_a_headline_the_body_states_again_holds_no_figures_of_its_own(
    text: str, values: list[float]
) -> None:
    assert [value for value, _, _ in comparisons_read(text, 2024)] == values
