"""A list's label that names a plan, a budget or targets as what the list gives.

"Kế hoạch năm 2025 của huyện Đắk Song gồm: thu ngân sách 300 tỷ đồng; ...", "Các chỉ
tiêu chủ yếu năm 2025 được HĐND tỉnh Quảng Ngãi thông qua gồm: ...", "Dự toán ngân sách
năm 2025 được HĐND tỉnh thông qua như sau: ...": the plan is the head of the label before
the colon, whatever names its owner, its year or who passed it, and the items after the
colon are its levels, targets. The label that reports on the plan ("Kết quả thực hiện kế
hoạch năm 2024 gồm:", "So với kế hoạch: ...", "Các chỉ tiêu đều đạt và vượt: ...") heads
results: there the plan is not the head, or a word of results follows it.

>>> planned_label("kế hoạch năm 2025 của huyện đắk song gồm: thu ngân sách ", 0, 56)
True
>>> planned_label("theo đó, dự toán năm 2025 được hđnd tỉnh thông qua như sau: thu ", 0, 64)
True
>>> planned_label("kết quả thực hiện kế hoạch năm 2024 của huyện gồm: thu ngân sách ", 0, 64)
False
>>> planned_label("các chỉ tiêu kinh tế của huyện năm 2024 đều đạt và vượt: thu ", 0, 61)
False
>>> planned_label("kế hoạch vốn năm 2025 là 500 tỷ đồng, trong đó: vốn tỉnh ", 0, 57)
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.label_clauses import label_before, label_figure, main_clause

# The plan as the head of the label: at its start or after a comma ("Theo đó, kế hoạch
# năm 2025 ... gồm:"), after "về" or a plural ("Một số chỉ tiêu cụ thể: ...") or "tổng"
# at most. "So với kế hoạch:" and "Về thực hiện các chỉ tiêu:" set results against the
# plan, which heads nothing there.
_HEAD: Final = re.compile(
    r"(?:^|,)\s*(?:về\s+)?(?:(?:các|những|tổng|một số|một vài)\s+)?"
    r"(?:chỉ tiêu|kế hoạch|dự toán|nhiệm vụ|mục tiêu)\b"
    # ... or the object of the act that adopts it: "Kỳ họp thông qua Nghị quyết các chỉ
    # tiêu chủ yếu năm 2016: ...", "HĐND huyện quyết nghị các chỉ tiêu năm 2025: ...".
    r"|\b(?:thông qua|quyết nghị|ban hành)\s+(?:(?:nghị quyết|kế hoạch)\s+(?:về\s+)?)?"
    r"(?:(?:các|những)\s+)?(?:chỉ tiêu|kế hoạch|dự toán|nhiệm vụ|mục tiêu)\b"
    # ... or what the adopted act comes with: "Hội nghị thông qua nghị quyết năm 2024 với
    # các mục tiêu chính: ...".
    r"|\bvới\s+(?:(?:các|những)\s+)?(?:chỉ tiêu|mục tiêu|nhiệm vụ)\b"
)
# Words of results or of an estimate after the plan's noun: "Kế hoạch năm 2024 đã hoàn
# thành:", "Các chỉ tiêu đều đạt và vượt:", "Chỉ tiêu năm 2024 ước thực hiện:". A plan for
# carrying something out ("Kế hoạch thực hiện Chương trình ... gồm:") is still a plan.
# A plan that states or reports ("Kế hoạch ... của tỉnh Kon Tum nêu: tính đến cuối năm
# 2013, toàn tỉnh có ...") quotes where things stand, not its levels.
_REPORTED: Final = re.compile(
    r"\b(?:đạt|vượt|hoàn thành|(?<!kế hoạch )thực hiện|kết quả|ước|so với|đã|chưa|không"
    r"|khó|vẫn|đều|tình hình|đánh giá|giải ngân|còn|cơ bản"
    r"|nêu|cho biết|cho thấy|chỉ rõ|nhận định|nhận xét|báo cáo|thống kê|phân tích)\b"
)


def planned_label(low: str, start: int, end: int) -> bool:
    """True when the label before the last colon in lower-case low[start:end] (from the
    start, a semicolon or a line break) has a plan, a budget or targets as its head, with
    no figure of its own and no word of results after the head."""
    colon = low.rfind(":", start, end)
    if colon < 0:
        return False
    label = label_before(low, start, colon)
    # A figure in the label makes the colon open its breakdown, not a list of levels.
    if label_figure(label):
        return False
    # Who passed the plan and how ("được HĐND huyện thông qua tại kỳ họp thứ 12", "sau khi
    # đánh giá 5 năm thực hiện Nghị quyết") reports nothing: only the label's own
    # predicate can ("Các chỉ tiêu được giao đều đạt và vượt:").
    label = main_clause(label)
    head = _HEAD.search(label)
    return head is not None and _REPORTED.search(label, head.start()) is None
