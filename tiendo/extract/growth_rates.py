"""A percentage that is how fast something grows: "X tăng bình quân 8%/năm".

When the number is the object of "tăng" (and no basis makes it a comparison), the figure
is a rate of growth, a level of its own, which reports name "tốc độ tăng X": "kim ngạch
xuất khẩu tăng bình quân 14%/năm" is "tốc độ tăng kim ngạch xuất khẩu bình quân". A verb
with no subject of its own ("..., đạt 73.165 tỷ đồng, tăng bình quân 21,31% mỗi năm")
grows the measure its clause named before.

>>> growth_name("kim ngạch xuất khẩu tăng bình quân")
'tốc độ tăng kim ngạch xuất khẩu bình quân'
>>> growth_name("thu ngân sách nhà nước trên địa bàn")
'tốc độ tăng thu ngân sách nhà nước trên địa bàn'
>>> growth_name("tốc độ tăng trưởng GRDP bình quân")
''
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

# The number right after "tăng" (and its manner and bound words).
_GROWS_BY: Final = re.compile(
    r"\btăng(?:\s+(?P<avg>bình quân|trung bình))?(?:\s+(?:hằng năm|hàng năm|mỗi năm))?"
    r"(?:\s+(?:từ|trên|khoảng|tối thiểu|ít nhất|gần|hơn|đạt))*\s*$"
)
_FROM_TO: Final = re.compile(r"%?[^\S\n]*(?:\(?năm \d{4}\)?\s*)?(?:lên|xuống|đến)\b")
_ALREADY: Final = re.compile(
    r"\b(?:tốc độ|tăng trưởng|mức tăng|tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|chỉ số)\b"
)
# A plan a result is set against, all the words before the plan's own "tăng".
_PLAN_SET_AGAINST: Final = re.compile(
    r"^(?:thấp hơn|cao hơn|vượt(?: xa)?|chưa đạt|không đạt|so với|kém|hụt)\s+(?:mức\s+)?"
    r"(?:kế hoạch|chỉ tiêu|mục tiêu)\b[^\d%]{0,40}$"
)
_VERB_END: Final = re.compile(
    r"\s+tăng(?:\s+(?:bình quân|trung bình))?(?:\s+(?:hằng năm|hàng năm|mỗi năm))?$"
)


def growth_name(named: str, average: bool = False) -> str:
    """'tốc độ tăng' and the subject of `named`, or "" when it names a rate already."""
    if not named or _ALREADY.search(named.lower()):
        return ""
    verb = _VERB_END.search(named)
    subject = named[: verb.start()] if verb else named
    average = average or bool(
        verb and ("bình quân" in verb.group() or "trung bình" in verb.group())
    )
    subject = subject.strip()
    if not subject:
        return ""
    if subject[1:2].islower():
        subject = subject[:1].lower() + subject[1:]  # "Kim ngạch ..." inside a name
    return f"tốc độ tăng {subject}{' bình quân' if average else ''}"


def growth_rate(draft: Draft, named: str, earlier: list[Draft], low: str) -> str:
    """The name of a rate of growth stated as a level, or ""."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.text != "%" or draft.carried or draft.comparisons:
        return ""
    grows = _GROWS_BY.search(low, draft.item_start, quantity.lead_start)
    if grows is None or _FROM_TO.match(low, quantity.end):
        return ""  # "dịch vụ tăng từ 16% lên 37,1%": a level moving, not a rate
    average = bool(grows.group("avg"))
    if _PLAN_SET_AGAINST.match(named.strip().lower()):
        # "GRDP ... tăng 7,37%, thấp hơn kế hoạch tăng từ 11%": the plan's rise is of the
        # measure the result before it grew.
        before = [d for d in earlier if d.anchor < draft.anchor and d.indicator]
        if not before:
            return ""
        return growth_name(before[-1].indicator, average) or before[-1].indicator
    bare = named.strip().lower()
    if bare and _BARE_VERB.match(bare):
        # "..., đạt 73.165 tỷ đồng, tăng bình quân 21,31% mỗi năm": the clause's measure;
        # so is the measure a comparison alone stated ("Tổng thu ngân sách tăng hơn 61% so
        # với chỉ tiêu Nghị quyết, tăng bình quân hơn 10%/năm"), and "bình quân mỗi năm
        # tăng 12%" after a level names no measure of its own either.
        before = [
            d
            for d in earlier
            if d.anchor < draft.anchor and (d.quantity is not None or d.comparisons)
        ]
        last = before[-1] if before else None
        if last is None or (last.quantity is not None and last.quantity.unit.text == "%"):
            return ""
        named = last.indicator
        average = average or "bình quân" in bare or "trung bình" in bare
    return growth_name(named, average)


# A verb of growth with no subject of its own, an average or a time at most before it.
_BARE_VERB: Final = re.compile(
    r"^(?:(?:bình quân|trung bình)(?:\s+(?:hằng năm|hàng năm|mỗi năm))?\s*"
    r"|(?:hằng năm|hàng năm|mỗi năm)\s*)?"
    # ... or after it: "..., tăng bình quân hằng năm 15,6%", "tăng trung bình mỗi năm 9%"
    r"(?:tăng(?:\s+(?:bình quân|trung bình))?(?:\s+(?:hằng năm|hàng năm|mỗi năm))?)?$"
)
_RATE_OF: Final = re.compile(r"^tốc độ tăng\s+(?P<subject>.+?)(?:\s+bình quân)?$")


def level_of_growing(draft: Draft, named: str) -> str:
    """'kim ngạch xuất khẩu tăng bình quân 14%/năm, đến năm 2025 đạt 1.610 triệu USD': a
    level that carried the rate's name is of the measure that grows, or ""."""
    quantity = draft.quantity
    rate = _RATE_OF.match(named)
    if quantity is None or quantity.unit.text == "%" or not draft.carried or rate is None:
        return ""
    return rate.group("subject")


# "hộ nghèo giảm bình quân 1%/năm": households fall as a share of all, so the level is how
# fast the rate of them falls ("tỷ lệ hộ nghèo giảm bình quân").
_FALLS_BY: Final = re.compile(
    r"\bgiảm(?:\s+(?P<avg>bình quân))?(?:\s+(?:hằng năm|hàng năm|mỗi năm))?"
    r"(?:\s+(?:từ|trên|khoảng|tối thiểu|ít nhất|gần|hơn))*\s*$"
)
_NUMBER_OF: Final = re.compile(r"^số\s+", re.IGNORECASE)
_PEOPLE: Final = re.compile(r"^(?:số\s+)?(?:hộ|người|trẻ em|lao động)\b[^,;]*$", re.IGNORECASE)


def falling_share(draft: Draft, named: str, low: str) -> str:
    """The name of a yearly fall of people as a share, or ""."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.text != "%" or draft.carried or draft.comparisons:
        return ""
    falls = _FALLS_BY.search(low, draft.item_start, quantity.lead_start)
    subject = named.strip()
    verb = re.search(r"\s+giảm(?:\s+bình quân)?$", subject)
    subject = subject[: verb.start()] if verb else subject
    if falls is None or not _PEOPLE.match(subject) or _FROM_TO.match(low, quantity.end):
        return ""
    average = " bình quân" if falls.group("avg") else ""
    subject = _NUMBER_OF.sub("", subject)
    return f"tỷ lệ {subject} giảm{average}"
