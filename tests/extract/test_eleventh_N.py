"""Probe sentences for the eleventh round's indicator helper (N): what a figure's name
keeps and what its list's items carry."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("Năm 2023, GRDP (giá so sánh 2010) của Thái Bình ước 67.948 tỷ đồng.", 67948,
         "GRDP (giá so sánh 2010)"),
        ("Năm 2024, GRDP (trừ dầu khí) đạt 412.000 tỷ đồng.", 412000, "GRDP (trừ dầu khí)"),
        ("Năm 2025 GRDP (giá so sánh 2010) ước đạt 92.000 tỷ đồng.", 92000,
         "GRDP (giá so sánh 2010)"),
        ("Năm 2022, GRDP (giá hiện hành) đạt 120.500 tỷ đồng.", 120500,
         "GRDP (giá hiện hành)"),
        ("Năm 2020, GDP (không kể dầu khí) đạt 6.200 nghìn tỷ đồng.", 6200,
         "GDP (không kể dầu khí)"),
    ],
)  # fmt: skip
def test_a_short_name_keeps_the_remark_in_brackets_right_after_it(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("Tổng sản phẩm trên địa bàn (giá so sánh 2010) ước đạt 92.000 tỷ đồng.", 92000,
         "Tổng sản phẩm trên địa bàn"),
        ("Năm 2018 (giá so sánh 2010), GRDP ước 6.596,7 tỷ đồng.", 6596.7, "GRDP"),
    ],
)  # fmt: skip
def test_a_remark_after_a_long_name_or_a_date_stays_out_of_the_name(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("Kim ngạch xuất khẩu nông lâm thủy sản đạt 24,14 tỷ USD. Theo nhóm hàng: nông sản "
         "13,11 tỷ USD; lâm sản 6,58 tỷ USD; gạo 2,65 tỷ USD.", 2.65, "kim ngạch xuất khẩu gạo"),
        ("Kim ngạch xuất khẩu của tỉnh đạt 1.200 triệu USD. Mặt hàng chủ lực: giày dép 410 "
         "triệu USD, phân bón 95 triệu USD.", 95, "kim ngạch xuất khẩu phân bón"),
        ("Giá trị sản xuất toàn tỉnh đạt 52.000 tỷ đồng. Theo ngành: nông nghiệp 9.100 tỷ "
         "đồng, xây dựng 12.400 tỷ đồng.", 12400, "giá trị sản xuất xây dựng"),
    ],
)  # fmt: skip
def test_a_good_listed_bare_after_the_measure_takes_that_measure(
    text: str, value: float, name: str
) -> None:
    assert name_read(text, value) == name


@pytest.mark.parametrize(
    ("text", "percent", "name"),
    [
        ("Chỉ số sản xuất công nghiệp tăng 15,1%. Các ngành tăng cao gồm: sản xuất thiết bị "
         "điện (+42,1%), may mặc (+15,7%).", 15.7, "chỉ số sản xuất ngành may mặc"),
        ("Chỉ số sản xuất công nghiệp tăng 9,32%. Nhiều ngành chủ lực tăng khá: dệt (8,71%), "
         "giấy (17,13%).", 8.71, "chỉ số sản xuất ngành dệt"),
    ],
)  # fmt: skip
def test_a_branch_listed_bare_after_the_index_takes_the_index(
    text: str, percent: float, name: str
) -> None:
    assert name_read(text, None, percent) == name


def test_goods_listed_with_a_rise_after_the_index_are_not_its_branches() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp tăng 5,9%. Đà tăng đến từ sắt thép (+16%), xi măng (+14,6%)."
    )
    assert not name_read(text, None, 14.6).lower().startswith("chỉ số")
