"""Probe sentences for the eleventh round's indicator helper (N): what a figure's name
keeps and what its list's items carry."""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read


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
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Chỉ số sản xuất công nghiệp tăng 15,1%. Các ngành tăng cao gồm: sản xuất thiết bị "
         "điện (+42,1%), may mặc (+15,7%).", 15.7, "chỉ số sản xuất ngành may mặc"),
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Chỉ số sản xuất công nghiệp tăng 9,32%. Nhiều ngành chủ lực tăng khá: dệt (8,71%), "
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
