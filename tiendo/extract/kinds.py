"""Whether a figure is a target, an estimate or an actual result, from the words around it.

>>> latest_cue("huyện phấn đấu tỷ lệ đạt")
'target'
>>> latest_cue("tổng thu ngân sách ước đạt")
'estimate'
>>> latest_cue("toàn huyện đã gieo trồng") , latest_cue("tỷ lệ che phủ rừng đạt")
('actual', None)
"""

from __future__ import annotations

import re

from tiendo.extract.figure import Kind

_ESTIMATE = re.compile(
    r"(?<!quy )(?<!công )(?<!hiệp )(?<!mong )(?<!điều )(?<!thỏa )(?<!thoả )"
    r"\b(?:dự ước|ước tính|ước đạt|ước thực hiện|ước|dự kiến|dự báo|dự tính)\b"
    r"(?!\s+(?:mơ|muốn|vọng|nguyện))"
)
_TARGET = re.compile(
    r"\bphấn đấu\b|\bđặt (?:ra )?(?:mục tiêu|chỉ tiêu)|\bmục tiêu (?:đến|đạt|là|năm|của|:)"
    r"|\bchỉ tiêu (?:năm \d{4}|đến năm|chủ yếu|kinh tế|xã hội|về|:)|\bnhóm chỉ tiêu\b|\bsẽ\b"
    r"|\bđề ra\b|\bđặt ra\b|\bđịnh hướng\b|\bgiữ (?:ở )?mức\b|\bphải\b"
    r"|\bduy trì (?:ở )?(?:mức|dưới|trên|không|tối)\b"
    r"|\bcần (?:đạt|phải)\b|\bdự toán (?:năm \d{4} )?(?:là|giao)\b|\bkế hoạch (?:năm \d{4} )?là\b"
    r"|\bđến (?:cuối |hết )?năm \d{4}|\bxác định\b|\bthông qua\b|\bchủ trương\b|\bnhằm\b"
)
_ACTUAL = re.compile(
    r"\bđã\b|\bkết quả\b|\bthực hiện được\b|\bghi nhận\b|\bđạt được\b|\bcó được\b"
    r"|(?<!phải )(?<!sẽ )\bhoàn thành\b|\btrong năm qua\b"
)
_RECENT_ACTUAL = re.compile(r"\bđược(?:\s+\S+){0,2}\s*$")


_ANY_CUE = re.compile(
    "|".join(
        f"(?P<{name}>{pattern.pattern})"
        for name, pattern in (("estimate", _ESTIMATE), ("target", _TARGET), ("actual", _ACTUAL))
    )
)
_KINDS: dict[str, Kind] = {"estimate": "estimate", "target": "target", "actual": "actual"}


def latest_cue(text: str) -> Kind | None:
    """The kind named by the last strong cue in lower-case `text`, if any."""
    if _RECENT_ACTUAL.search(text):
        return "actual"
    last = None
    for last in _ANY_CUE.finditer(text):  # noqa: B007 - the last cue decides
        pass
    if last is None or last.lastgroup is None:
        return None
    return _KINDS[last.lastgroup]


def has_target_cue(text: str) -> bool:
    return bool(_TARGET.search(text))
