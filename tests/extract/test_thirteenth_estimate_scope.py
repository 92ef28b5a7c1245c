"""Probe sentences for the thirteenth round's kind helper (GK): a sentence that opens by
narrowing the estimate before it (a part, an aspect, its own time restated) goes on with
that estimate; a level counted apart, or a figure of another time, does not. So do the
items after a heading that only introduces them ("Các khoản thu lần lượt là: ...")."""

from __future__ import annotations

import pytest

from tests.extract.readings import kinds_read


@pytest.mark.parametrize(
    "text",
    [
        "Chỉ số sản xuất công nghiệp 9 tháng ước tăng 6,8% so với cùng kỳ. Trong 9 tháng, "
        "ngành dệt may tăng 11,2%, ngành điện tử giảm 2,4%.",
        "GRDP quý II ước tăng 7,1% so với cùng kỳ. Trong quý, khu vực dịch vụ tăng 8,3%, còn "
        "khu vực nông nghiệp tăng 2,6%.",
        "Giá trị tăng thêm ngành công nghiệp quý III ước tăng 9,5%. Bên trong công nghiệp, "
        "chế biến, chế tạo tăng 10,4%, khai khoáng giảm 3,7%.",
        "Tổng sản phẩm quý I ước tăng 5,9% so với cùng kỳ. Xét về sử dụng, tiêu dùng cuối cùng "
        "tăng 4,8%, tích lũy tài sản tăng 5,3%.",
        "Doanh thu dịch vụ 6 tháng đầu năm ước tăng 12,4%. Trong 6 tháng đầu năm, lưu trú tăng "
        "18,2%, ăn uống tăng 9,6%.",
    ],
)  # fmt: skip
def test_rises_after_an_opening_that_narrows_the_estimate_before_are_estimated(
    text: str,
) -> None:
    kinds = [kind for _, kind in kinds_read(text)]
    assert len(kinds) == 3
    assert all(kind == "estimate" for kind in kinds)


@pytest.mark.parametrize(
    "text",
    [
        "Vốn đăng ký mới 6 tháng ước đạt 420 tỷ đồng. Trong 6 tháng, tỉnh thu hút thêm 12 dự "
        "án mới.",
        "Lượng khách lưu trú quý III ước tăng 7,4%. Trong 9 tháng, doanh thu lưu trú tăng 6,1%.",
        "Chỉ số sản xuất công nghiệp quý II tăng 8,2%. Trong quý, ngành điện tăng 9,9%.",
        "Doanh thu 9 tháng ước tăng 10,5%. Cộng dồn 9 tháng, doanh nghiệp nộp ngân sách 310 "
        "tỷ đồng.",
        "Kim ngạch xuất khẩu tháng 10 ước tăng 5,2%. Bên trong công nghiệp, năm 2023 ngành "
        "gỗ tăng 4,4%.",
    ],
)  # fmt: skip
def test_a_level_another_time_or_an_unestimated_whole_keeps_the_figure_a_result(
    text: str,
) -> None:
    assert kinds_read(text)[-1][1] == "actual"


@pytest.mark.parametrize(
    "text",
    [
        "Tổng chi ngân sách 9 tháng ước đạt 5.200 tỷ đồng. Các khoản chi lần lượt là: chi đầu "
        "tư 1.800 tỷ đồng, chi thường xuyên 3.100 tỷ đồng.",
        "Kim ngạch xuất khẩu 6 tháng ước đạt 1,2 tỷ USD. Các mặt hàng chủ lực lần lượt là: dệt "
        "may 420 triệu USD, giày dép 310 triệu USD.",
        "Sản lượng thủy sản năm 2024 ước đạt 95.000 tấn. Các nhóm chính là: cá 61.000 tấn, tôm "
        "22.000 tấn.",
        "Vốn đầu tư toàn xã hội quý III ước 8.400 tỷ đồng. Các nguồn vốn lần lượt là: vốn nhà "
        "nước 2.900 tỷ đồng, vốn ngoài nhà nước 4.600 tỷ đồng.",
        "Diện tích gieo trồng vụ đông ước 12.500 ha. Các cây trồng chính lần lượt là: ngô 5.100 "
        "ha, rau màu 4.300 ha.",
    ],
)  # fmt: skip
def test_items_after_a_heading_that_ends_in_a_copula_share_the_estimate_before(
    text: str,
) -> None:
    assert [kind for _, kind in kinds_read(text)] == ["estimate"] * 3


def test_items_after_such_a_heading_stay_results_after_a_result() -> None:
    text = (
        "Tổng chi ngân sách năm 2023 đạt 5.200 tỷ đồng. Các khoản chi lần lượt là: chi đầu tư "
        "1.800 tỷ đồng, chi thường xuyên 3.100 tỷ đồng."
    )
    assert [kind for _, kind in kinds_read(text)] == ["actual"] * 3
