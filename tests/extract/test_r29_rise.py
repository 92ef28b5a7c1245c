"""Sentences for the twenty-ninth round's helper rise: a bare rise in a text that names no
basis at all is a rate of growth, a level of its own (unstated_bases.py).

Each table holds wordings of our own, not in any corpus file, and near misses that look
alike and must keep their reading."""

from __future__ import annotations

import pytest

from tests.extract.readings import Row, comparisons_read, name_read


def _row_of(text: str, percent: float) -> Row:
    """The row (value, unit, comparisons) of the figure whose level or rise is `percent`."""
    for row in comparisons_read(text, 2024):
        if row[0] == percent or any(abs(c[2]) == percent for c in row[2]):
            return row
    raise AssertionError(f"no figure of {percent} in {text!r}")


# A rise with no level of its own and no basis in its clause, in a text that names no basis
# of a rise anywhere ("so với …", "cùng kỳ", "năm trước" …): the golds read it as a rate of
# growth, never as a change on a basis the text leaves unsaid. A price basis ("giá so
# sánh 2010") names no basis of a rise.
_NO_BASIS_NAMED = [
    ("Quý III năm 2024, tổng sản phẩm trên địa bàn tăng 7,8%.", 7.8,
     "tốc độ tăng tổng sản phẩm trên địa bàn"),
    ("Năm 2023, doanh thu bán lẻ hàng hóa của thị xã tăng 11,4%.", 11.4,
     "tốc độ tăng doanh thu bán lẻ hàng hóa của thị xã"),
    ("Năm 2022, kim ngạch xuất khẩu của tỉnh tăng 15,2%. Giá trị sản xuất công nghiệp (giá "
     "so sánh 2010) tăng 9,6%.", 9.6, "tốc độ tăng giá trị sản xuất công nghiệp"),
    # A plan named only as what a level reached is no basis of a rise (22 : 2 in the golds).
    ("Năm 2024, thu ngân sách đạt 520 tỷ đồng, bằng 104% dự toán. Dịch vụ tăng 7,1%.", 7.1,
     "tốc độ tăng dịch vụ"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "percent", "name"), _NO_BASIS_NAMED)
def test_a_bare_rise_in_a_text_that_names_no_basis_is_a_rate_of_growth(
    text: str, percent: float, name: str
) -> None:
    assert _row_of(text, percent) == (percent, "%", [])
    assert name_read(text, percent) == name


# Near misses: a basis named before the rise, in its sentence or an earlier one, makes it
# a change on that basis (610 : 25 in the golds); a rise after a level of its own is that
# level's change whatever the text names; a fall stays a change (no gold reads a fall of a
# measure as a level).
_BASIS_NAMED_OR_OWN_LEVEL = [
    ("So với cùng kỳ, quý III năm 2024 tổng sản phẩm trên địa bàn tăng 7,8%.", 7.8,
     (None, "%", [("same_period", "change", 7.8)])),
    ("Năm 2024, thu ngân sách đạt 520 tỷ đồng, tăng 8% so với năm 2023. Dịch vụ tăng 7,1%.",
     7.1, (None, "%", [("previous", "change", 7.1)])),
    ("Năm 2023, doanh thu bán lẻ hàng hóa của thị xã tăng 11,4% so với năm 2022.", 11.4,
     (None, "%", [("previous", "change", 11.4)])),
    ("Năm 2023, huyện phát hiện 312 vụ vi phạm, tăng 4%.", 4.0,
     (312.0, "vụ", [("previous", "change", 4.0)])),
    ("Năm 2023, lượng khách du lịch đến huyện giảm 3,2%.", 3.2,
     (None, "%", [("previous", "change", -3.2)])),
]  # fmt: skip


@pytest.mark.parametrize(("text", "percent", "row"), _BASIS_NAMED_OR_OWN_LEVEL)
def test_a_rise_on_a_named_basis_or_after_its_own_level_stays_a_change(
    text: str, percent: float, row: Row
) -> None:
    assert _row_of(text, percent) == row
