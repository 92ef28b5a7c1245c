"""Two bases named once, at the head of a sentence, for every pair of rises in it.

"So với tháng trước và cùng kỳ năm trước, doanh thu lưu trú, ăn uống đạt 32,4 nghìn tỷ
đồng, tăng 0,1% và tăng 11,3%; du lịch lữ hành đạt 2,8 nghìn tỷ đồng, giảm 10,5% và tăng
12,8%": each pair of bare rises compares its level with the month before, then with the
same period, as if the sentence had said so after the first level.

>>> fronted_bases("so với tháng trước và cùng kỳ năm trước, doanh thu đạt 5 tỷ đồng", 0)
('tháng trước', 'cùng kỳ năm trước')
>>> fronted_bases("so với cùng kỳ, doanh thu đạt 5 tỷ đồng", 0)
()
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.basis_lists import list_bases

_OPENING: Final = re.compile(r"so\s+(?:với\s+)?(?=[^\W\d_])")


def fronted_bases(low: str, start: int) -> tuple[str, ...]:
    """The two bases the sentence at `start` of `low` opens with, before a comma, or ()."""
    opening = _OPENING.match(low, start)
    if opening is None:
        return ()
    listed = list_bases(low, opening.end(), 2)
    if listed is None or not low.startswith(",", listed[1]):
        return ()  # one basis, or bases that run on into the clause
    return listed[0]
