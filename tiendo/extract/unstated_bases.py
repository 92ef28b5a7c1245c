"""Whether a text names a basis for its rises: a bare rise in a text that names none is a rate.

"Năm 2024, GRDP của tỉnh tăng 13,85%; công nghiệp tăng 17,2%." A text that never says what
its rises are measured against ("so với …", "so cùng kỳ", "cùng kỳ", "năm trước" …)
states each rise it gives alone, with no level of its own, as a rate of growth: a level
("tốc độ tăng GRDP", growth_rates.py), not a change on a basis the text leaves unsaid.
Counted over the readable golds, such a rise (no basis in its clause, no average, no rate
for subject) is a level 23 times and a change twice (two targets of one part) where the
text names no basis of a rise; averages and rates, left out of that count, are read the
same way and are levels there too (about 80, none a change); where one was named before
it, it is a change on it (610 : 25). A plan named only as what a level reached ("đạt 102%
kế hoạch", "vượt chỉ tiêu Nghị quyết") is no basis of a rise: 22 of the 23 levels stand in
such texts. A rise that follows a level of its own ("phát hiện 5.148 vụ, giảm 2%") or
moves to one after it is that level's change whatever the text names, and is not asked
about.

The question is asked once a text, at its first bare rise (the passage keeps the answer),
and costs one search of the text.

>>> states_no_basis("năm 2024, grdp tăng 9,94%; dịch vụ tăng 7,1%.")
True
>>> states_no_basis("thu ngân sách tăng 12% so với năm 2023. dịch vụ tăng 7,1%.")
False
>>> states_no_basis("thu ngân sách đạt 104% dự toán. dịch vụ tăng 7,1%.")
True
>>> states_no_basis("grdp (giá so sánh 2010) tăng 7,2%.")
True
>>> states_no_basis("đón hơn năm nghìn lượt khách, doanh thu tăng 12%.")
True
"""

from __future__ import annotations

import re
from typing import Final

# Words that name a basis a rise is on: "so với …", "so cùng kỳ", "so kế hoạch", "so năm
# 2023" (but not the price basis "giá so sánh"); the same period, the time before; a
# difference from a time ("ít hơn năm 2019 là 256 vụ"), where "năm" is not the number five
# ("hơn năm nghìn lượt", "gấp hơn năm lần"). Plans are left out (see above).
_BASIS: Final = re.compile(
    r"\bso\s+(?!\s|sánh)"  # "\s" too: "giá so  sánh" with two spaces is the price basis
    r"|\bcùng\s+k[ỳìi]\b"
    r"|\b(?:năm|tháng|quý|kỳ|kì|vụ)\s+(?:trước|ngoái)\b"
    r"|\b(?:hơn|kém)\s+(?:năm(?!\s+(?:nghìn|ngàn|trăm|mươi|chục|triệu|tỷ|tỉ|vạn|lần)\b)"
    r"|tháng|quý|cùng)\b"
)


def states_no_basis(low: str) -> bool:
    """True when the lower-cased text `low` names no basis a rise could be measured on."""
    return _BASIS.search(low) is None
