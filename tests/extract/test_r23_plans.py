"""Probe sentences for the twenty-third round's helper on real plans and reviews (plans):
constructions read wrong on People's Council, Party committee and department reports the
extractor had never met, written anew in several wordings, with near misses that must
keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read

# By how much a result passed its basis, the number before the basis: "vượt 204,4 tấn so
# với kế hoạch" is a gap, no figure; the level before it keeps the comparisons after it.
_GAP_BEFORE_BASIS = [
    ("Sản lượng lương thực ước đạt 40.869,6 tấn, vượt 204,4 tấn so với kế hoạch và bằng "
     "99,6% so với năm trước.",
     [(40869.6, "tấn", [("previous", "ratio", 99.6)])]),
    ("Mỗi năm trồng mới được 34,5 ha chè (vượt 24,5 ha so với chỉ tiêu Nghị quyết).",
     [(34.5, "ha", [])]),
    ("Thu ngân sách đạt 1.250 tỷ đồng, vượt hơn 150 tỷ đồng so với dự toán, tăng 8% so với "
     "cùng kỳ.",
     [(1250, "tỷ đồng", [("same_period", "change", 8)])]),
    ("Kim ngạch xuất khẩu đạt 420 triệu USD, vượt 35 triệu USD so với năm 2022.",
     [(420, "triệu usd", [])]),
    ("Diện tích trồng rừng tập trung đạt 1.120 ha (vượt 120 ha so với kế hoạch năm).",
     [(1120, "ha", [])]),
]  # fmt: skip
# Near misses: a level passed with no basis after it stays a figure, at least; targets
# passed are counted; a share passed is a comparison.
_NOT_GAP = [
    ("Tổng chi ngân sách năm 2023 vượt 12.000 tỷ đồng.", [(12000, "tỷ đồng", [])]),
    ("Toàn huyện đạt và vượt 15 chỉ tiêu so với năm trước.", [(15, "chỉ tiêu", [])]),
    ("Thu ngân sách đạt 980 tỷ đồng, vượt 12% so với dự toán.",
     [(980, "tỷ đồng", [("budget", "change", 12)])]),
    ("Sản lượng thủy sản vượt 5.000 tấn, tăng 4% so với cùng kỳ.",
     [(5000, "tấn", [("same_period", "change", 4)])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), _GAP_BEFORE_BASIS + _NOT_GAP)
def test_a_sum_passed_over_a_basis_named_after_it_is_a_gap_not_a_level(
    text: str, expected: list[tuple[float, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2023) == expected
