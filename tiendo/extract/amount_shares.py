"""A share said of an amount, with no basis of its own, is a share of the basis its
sentence stated once, or of the plan its heading measures the items against.

"Năm 2023, thu ngân sách đạt 108% dự toán, chi ngân sách đạt 96%, giải ngân vốn đầu tư công
đạt 91%": each item after the first is a share of the budget too (a basis stated once for a
list applies to each figure), not a level of 96%; so is a part after "trong đó" ("tổng thu
… bằng 108% dự toán, trong đó thu nội địa bằng 112%"). Only an item whose measure is an
amount takes the basis: an amount has no level in percent, where a rate has one ("tỷ lệ che
phủ rừng đạt 42%", "bảo hiểm y tế đạt 92%" stay levels).

>>> low = "thu ngân sách đạt 108% dự toán, chi ngân sách đạt "
>>> names_amount(low, low.index(", chi"), len(low) - 4)
True
>>> low = "thu ngân sách đạt 108% dự toán, tỷ lệ che phủ rừng đạt "
>>> names_amount(low, low.index(", tỷ"), len(low) - 4)
False

"Năm 2024, kết quả thực hiện so với kế hoạch: thu ngân sách 105,2%, chi ngân sách 96,8%":
under a heading that sets its items against a plan, an item with no verb is a share of the
plan (heading_share), not a level of 105,2%. Any item may be so under a heading that only
compares ("so với", "đối chiếu"); under one that also says they reached it ("vượt chỉ
tiêu:"), only amounts, since a rate listed there is the level reached.

>>> low = "kết quả thực hiện so với kế hoạch: thu ngân sách 105,2%"
>>> heading_share(low, 0, low.index(":") + 1, low.index("105"))
'kế hoạch'
>>> low = "các chỉ tiêu vượt kế hoạch: tăng trưởng kinh tế 8,2%"
>>> heading_share(low, 0, low.index(":") + 1, low.index("8,2"))
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.paren_shares import paren_heading_share
from tiendo.extract.plan_shares import names_subject, plan_of_heading

# The words that open an item, then the head of an amount: "trong đó thu nội địa", "chi
# ngân sách", "giải ngân vốn đầu tư công", "doanh thu lữ hành", "kim ngạch xuất khẩu".
_AMOUNT_ITEM: Final = re.compile(
    r"[\s,;:]*(?:(?:trong đó|riêng|còn|và|cụ thể)\s*,?\s*)*(?:tổng\s+)?"
    r"(?:thu(?!\s+(?:hoạch|nhập|gom|hồi|dung))|chi(?!\s+(?:bộ|hội|nhánh|đoàn|cục))"
    r"|giải ngân|vốn|nguồn vốn|doanh thu|doanh số|kim ngạch|giá trị|sản lượng|diện tích"
    r"|xuất khẩu|nhập khẩu|khối lượng|dư nợ|kinh phí|huy động|nộp ngân sách)\b"
    r"[^\d%,;:.()]*$"
)
# A rate named anywhere in the item: its percentage is its level.
_RATE_WORDS: Final = r"tỷ lệ|tỉ lệ|tốc độ|tỷ trọng|tỉ trọng|cơ cấu|chỉ số"
_RATE: Final = re.compile(rf"\b(?:{_RATE_WORDS})\b")


def names_amount(low: str, start: int, verb_start: int) -> bool:
    """True when low[start:verb_start], the words before a share's verb, name an item whose
    measure is an amount of its own (the subject the share is said of)."""
    subject = low[start:verb_start]
    return _AMOUNT_ITEM.match(subject) is not None and _RATE.search(subject) is None


# A heading that only sets its items against a plan: "so với kế hoạch:", "đối chiếu dự toán:".
_COMPARING_HEADING: Final = re.compile(
    r"\b(?:so với|so sánh với|đối chiếu(?: với)?|đặt cạnh)\s+(?:các\s+)?"
    r"(?:kế hoạch|chỉ tiêu|dự toán)[^:.;%\d]{0,40}:"
)
# Words that make an item's percentage a level, a rise or the plan's own figure: "tỷ lệ che
# phủ rừng 42%", "GRDP tăng 7,7% (kế hoạch 7%)", "bình quân 5%".
_NOT_A_SHARE: Final = re.compile(
    rf"[()]|\b(?:{_RATE_WORDS}|tăng|giảm|chiếm|còn|mức"
    r"|bình quân|mỗi|hằng|hàng năm|đóng góp|kế hoạch|chỉ tiêu|dự toán|mục tiêu|nghị quyết)\b"
)


# "So với dự toán, 9 tháng năm 2023 thu nội địa 78%, thu xuất nhập khẩu 65%": a basis that
# opens the sentence sets each of its amounts against it, as a heading does.
_OPENING_PLAN: Final = re.compile(r"\W*so với\s+(kế hoạch|chỉ tiêu|dự toán)[^,:.;%\d]{0,40},")


def _opening_plan(low: str, sentence_start: int) -> str | None:
    """The plan named by "So với ..., " at the start of the sentence, or None."""
    found = _OPENING_PLAN.match(low, sentence_start)
    return found.group(1) if found else None


def heading_share(low: str, sentence_start: int, start: int, number_start: int) -> str | None:
    """The plan a heading of the sentence measures its items against, when low[start:
    number_start], the words before a percentage with no verb, name such an item; else
    None."""
    if low[number_start - 1 : number_start] == "(":
        # "… đạt dự toán là A (109,9%), B (107,7%)": each item's share in parentheses.
        return paren_heading_share(low, sentence_start, start, number_start)
    plan = plan_of_heading(low, sentence_start, start + 1) or _opening_plan(low, sentence_start)
    item = low[start:number_start]
    if plan is None or _NOT_A_SHARE.search(item) or not names_subject(low, start, number_start):
        return None
    if names_amount(low, start, number_start):
        return plan
    heading = low[sentence_start : start + 1]
    return plan if ":" in heading and _COMPARING_HEADING.search(heading) else None
