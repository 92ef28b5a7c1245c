"""A share that is the object of a verb: "giải quyết ít nhất 70% số vụ án tạm đình chỉ",
"tiếp nhận, xử lý 100% tin tố giác, tin báo về tội phạm".

The verb acts on a share of the things named after the number, so the figure is the rate
of that act on those things ("tỷ lệ giải quyết vụ án tạm đình chỉ"): the things are words
of its name. A verb that states a level ("đạt", "là", "chiếm", "tăng", "còn" …) takes no
object so: the words after its number say of what ("đạt 95% kế hoạch").

>>> acted_share_name("giải quyết", "số vụ án tạm đình chỉ")
'tỷ lệ giải quyết vụ án tạm đình chỉ'
>>> acted_share_name("tiếp nhận, xử lý", "tin tố giác, tin báo về tội phạm")
'tỷ lệ tiếp nhận, xử lý tin tố giác, tin báo về tội phạm'
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

# What may stand between the verb and the number: a bound, a "chỉ"/"mới".
_BETWEEN: Final = re.compile(
    r"(?:\s+(?:ít nhất|tối thiểu|không dưới|trên|hơn|gần|khoảng|tới|đến|chỉ|mới|được))*\s*$"
)
# The last word before the number (and its bound): a verb stating a level, or a word that
# names no act ("mức", "ở"), takes no object.
_LEVEL_WORD: Final = re.compile(
    r"(?:^|\s)(?:đạt|là|chiếm|bằng|tăng|giảm|còn|lên|xuống|mức|ở|từ|với|vượt|gấp|khoảng"
    r"|ước|trên|hơn|gần|được|có|và|,|tương đương|tương ứng|so|so với|tỷ lệ|tỉ lệ)\s*$"
)
# Words no object opens with: a preposition, a clause's word, a time, a plan ("mà kế hoạch
# đề ra", "cho cả năm", "xuống", "năm 2020", "kế hoạch").
_NO_OBJECT: Final = frozenset(
    (
        "mà", "cho", "trên", "dưới", "của", "so", "với", "theo", "trong", "vào", "tại", "ở",
        "năm", "tháng", "quý", "và", "hoặc", "nhưng", "đến", "tới", "từ", "khi", "do", "vì",
        "nên", "thì", "là", "đã", "sẽ", "đều", "cũng", "trở", "xuống", "lên", "kế", "dự",
        "chỉ", "mục", "nghị", "cùng", "như", "nhờ", "để", "còn", "đạt", "tăng", "giảm",
    )
)  # fmt: skip
_CAUSE: Final = re.compile(r"(?:^|\s)(?:gây ra|gây|làm|khiến|khiến cho|dẫn đến)\s*$")
_RATE: Final = re.compile(r"^(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng)\b")
_COUNT_WORD: Final = re.compile(r"^số\s+")


def acted_share_name(named: str, things: str) -> str:
    """The rate of the act `named` on `things`."""
    things = _COUNT_WORD.sub("", things)
    rate = named if _RATE.match(named.lower()) else f"tỷ lệ {named}"
    return f"{rate} {things}"


def acted_share(draft: Draft, named: str, low: str) -> str:
    """The name of a share the verb before it acts on, or ""."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.text != "%" or not quantity.tail or not named:
        return ""
    things = _COUNT_WORD.sub("", quantity.tail.strip())  # "số vụ": the things, "vụ"
    if not things or things[:1].isdigit() or things.lower() in named.lower():
        return ""
    if things.split()[0].lower() in _NO_OBJECT:
        return ""
    lead = low[draft.item_start : quantity.lead_start]
    bound = _BETWEEN.search(lead)
    before = lead[: bound.start()] if bound else lead
    if not before.strip() or _LEVEL_WORD.search(before) or " hơn " in before:
        return ""  # ("cao hơn tốc độ của quý I": a comparison's words, no act)
    # the name must end where the text before the number does: the verb is its last word
    # (a cause's verb, "gây ra 73% số vụ", says who brought the share about: causes.py)
    last = before.split()[-1]
    if not named.lower().endswith(last) or _CAUSE.search(before):
        return ""
    return acted_share_name(named, things)
