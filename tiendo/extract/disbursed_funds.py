"""What was disbursed, when the verb "giải ngân" alone names a figure.

"Kế hoạch vốn đầu tư công năm 2023 ... được giao 4.654,6 tỷ đồng. ... toàn tỉnh đã giải
ngân 2.874,3 tỷ đồng": disbursing spends the funds a plan or a total named before, so the
figure is the disbursement of those funds ("giải ngân vốn đầu tư công"). Within one
sentence, the funds or the programme just given an amount are what is disbursed next:
"chương trình phục hồi ... được giao 362 tỷ đồng nhưng ... chỉ giải ngân 6,82 tỷ đồng".

>>> funds_of("tổng kinh phí bố trí cho Tiểu dự án 3 của tỉnh", whole=True)
'kinh phí Tiểu dự án 3'
>>> funds_of("Tổng kế hoạch vốn đầu tư công của tỉnh", whole=True)
'vốn đầu tư công'
>>> funds_of("vốn ngân sách trung ương", whole=True)
''
>>> funds_of("chương trình phục hồi kinh tế được giao", whole=False)
'vốn chương trình phục hồi kinh tế'
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.name_case import lower_name
from tiendo.extract.said_names import SaidNames

_BARE: Final = ("giải ngân", "đã giải ngân", "giải ngân được")
# A plan or a total of funds: "tổng vốn đầu tư công", "kế hoạch vốn ...", "phân bổ kế
# hoạch vốn ...".
_WHOLE: Final = re.compile(
    r"^(?:phân bổ |giao )?(?:tổng |kế hoạch )+(?P<funds>(?:vốn|kinh phí)\b.*)$", re.IGNORECASE
)
# Any funds, or a programme given an amount.
_FUNDS: Final = re.compile(r"^(?:tổng |kế hoạch )*(?P<funds>(?:vốn|kinh phí)\b.*)$", re.IGNORECASE)
_PROGRAMME: Final = re.compile(r"^(?:chương trình|tiểu dự án|dự án|đề án)\b", re.IGNORECASE)
# How the funds were allotted: no part of what they are.
_ALLOTTED: Final = re.compile(r"\s(?:bố trí|phân bổ|dành) cho(?=\s)", re.IGNORECASE)
# Whose, when, by whom: the funds' name ends before these.
_END: Final = re.compile(
    r"\s(?:của|thuộc|do|năm|giai đoạn|thủ tướng|được giao|giao|theo|đã|chưa|trong)\b.*$",
    re.IGNORECASE,
)


def funds_of(name: str, *, whole: bool) -> str:
    """The funds `name` gives an amount of ("vốn đầu tư công"), or ""; a plan or total
    only when `whole`, and a programme ("vốn chương trình ...") only when not."""
    if not whole and _PROGRAMME.match(name):
        return "vốn " + _END.sub("", name).strip()
    found = (_WHOLE if whole else _FUNDS).match(name)
    if found is None:
        return ""
    funds = _ALLOTTED.sub("", found.group("funds"))
    return " ".join(_END.sub("", funds).split())


def _last_whole(found: dict[str, str], name: str, position: int) -> None:
    """Keep the funds of the last plan or total said."""
    if "vốn" in name.lower() or "kinh phí" in name.lower():
        funds = funds_of(name, whole=True)
        if funds:
            found["whole"] = funds


def disbursed(draft: Draft, named: str, sentence: list[Draft], said: SaidNames) -> str:
    """'giải ngân vốn đầu tư công' for a figure named only 'giải ngân', or ""."""
    if lower_name(named) not in _BARE:  # the cheap test first
        return ""
    before = [
        d
        for d in sentence
        if d.anchor < draft.anchor and d.quantity is not None and d.quantity.unit.kind == "money"
    ]
    if before:
        last = before[-1].indicator
        if last.lower().startswith("giải ngân ") and last.lower() not in _BARE:
            return last  # "đã giải ngân 46 tỷ đồng, tương đương 53,06% kế hoạch"
        own = funds_of(last, whole=False)
        if own:
            return f"giải ngân {own}"
    whole = said.index(_last_whole).get("whole", "")
    return f"giải ngân {whole}" if whole else ""
