""" "kết quả" opens the clause of a result: what comes before it says how the work was
done, and names the measure only as the topic of that work.

"Công tác thu ngân sách được tập trung chỉ đạo, kết quả thu đạt 2.350 tỷ đồng" is the
budget revenue; "Công tác tuyển sinh được triển khai tốt, kết quả đã tuyển mới 1.200 học
viên" is those enrolled.

>>> after_result_word("Công tác thu ngân sách được tập trung chỉ đạo, kết quả thu")
'thu ngân sách'
>>> after_result_word("Công tác tuyển sinh được triển khai tốt, kết quả đã tuyển học viên")
'tuyển học viên'
>>> after_result_word("kết quả đã giải quyết việc làm lao động")
'giải quyết việc làm lao động'
>>> after_result_word("kết quả kinh doanh")
'kết quả kinh doanh'
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.name_case import lower_name

_RESULT: Final = re.compile(
    r"(?:^|,\s*)kết quả\s*,?\s*(?:(?:là|đã|cho thấy|có)\s+)*", re.IGNORECASE
)
# The work the clause before the result speaks of: "Công tác thu ngân sách được …".
_TOPIC: Final = re.compile(
    r"^(?:công tác|hoạt động|việc|nhiệm vụ)\s+(.+?)\s+(?:được|đã|tiếp tục|luôn|có)\b",
    re.IGNORECASE,
)
# What a result clause may open with that is no measure: a verb of doing.
_DONE: Final = re.compile(r"^(?:đạt|thực hiện|hoàn thành)\b", re.IGNORECASE)


def after_result_word(indicator: str) -> str:
    """`indicator` without the clause before "kết quả" and the word itself, or as it was
    when "kết quả" is a noun of the measure ("kết quả kinh doanh")."""
    if "kết quả" not in lower_name(indicator):
        return indicator  # most names hold no result word: one plain test first
    found = None
    for found in _RESULT.finditer(indicator):  # noqa: B007 - the last one counts
        pass
    if found is None:
        return indicator
    before, rest = indicator[: found.start()], indicator[found.end() :].strip()
    opening = found.group().strip(" ,").lower()
    if opening == "kết quả" and not before:
        return indicator  # "kết quả kinh doanh": a noun of the measure
    topic = _TOPIC.match(before.strip())
    if topic and (not rest or _DONE.match(rest) or topic.group(1).lower().startswith(rest.lower())):
        return topic.group(1)
    return rest or indicator
