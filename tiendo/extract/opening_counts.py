"""A count that opens its clause, its things and what befell them named after the number,
is a clause of its own: the stretch before its comma is another clause, no part of its name.

"Dịch tả lợn châu Phi gây thiệt hại nặng, hơn 79.000 con lợn bị tiêu hủy"; "công tác giảm
nghèo đạt kết quả tốt, 1.500 hộ thoát nghèo": the pigs culled and the households out of
poverty are named by their own words ("con lợn bị tiêu hủy", "hộ thoát nghèo"), and what
came before the comma says something else of its own subject.

>>> opens_own_clause("", "thoát nghèo"), opens_own_clause("", "")
(True, False)
>>> opens_own_clause("số hộ", "thoát nghèo")
False
"""

from __future__ import annotations


def opens_own_clause(last_stretch: str, tail: str) -> bool:
    """True when the last stretch before a count's number holds no word of a subject (its
    bound words stripped: `last_stretch`) and the counted things have words of their own
    after the number (`tail`)."""
    return not last_stretch.strip() and bool(tail.strip())
