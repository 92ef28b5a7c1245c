"""A share of the plan that an aim sets: "để đạt mục tiêu giải ngân trên 95% kế hoạch năm".

A comparison-only figure ("giải ngân trên 95% kế hoạch") whose words say what an aim holds
("để đạt mục tiêu giải ngân", "hoàn thành mục tiêu thu ngân sách vượt 10% dự toán") is the
aim's, a target, as a level there is (aims.aim_content). A result said after an aim met
("đã hoàn thành mục tiêu giải ngân, đạt 97% kế hoạch") is no aim's content.

>>> low = "để đạt mục tiêu giải ngân trên 95% kế hoạch năm"
>>> aimed_share(low, 0, low.index("trên"))
True
>>> low = "đã hoàn thành mục tiêu giải ngân, đạt 97% kế hoạch"
>>> aimed_share(low, low.index("đạt"), low.index("97"))
False
"""

from __future__ import annotations

from tiendo.extract.aims import aim_content


def aimed_share(low: str, clause_start: int, number_start: int) -> bool:
    """True when the words before the share (from `number_start`, its bound words) say
    what an aim holds."""
    return aim_content(low, clause_start, number_start)
