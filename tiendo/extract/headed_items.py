"""A good or a branch listed bare after the measure the list breaks down takes that measure.

"kim ngạch xuất khẩu nông lâm thủy sản đạt 24,14 tỷ USD. Theo nhóm hàng: nông sản 13,11 tỷ
USD; …; gạo 2,65 tỷ USD": "gạo" is no measure, only a part of the export value said before
it, and is the export value of rice ("kim ngạch xuất khẩu gạo"). Likewise "chỉ số sản xuất
công nghiệp tăng 15,1% … gồm: …, may mặc (+15,7%)". The measure is the last one said with
the same kind of number (an amount of money, or a rise) in the sentence before, or in the
figure's own after a colon or a semicolon; items of the same list said between are passed
over, and any other measure said between closes the list. Only a name of one to three words
is given the head: a longer item says enough by itself.

>>> measure_head("kim ngạch xuất khẩu nông lâm thủy sản")
'kim ngạch xuất khẩu'
>>> measure_head("Chỉ số sản xuất công nghiệp của tỉnh")
'Chỉ số sản xuất'
>>> measure_head("thu ngân sách")
''
>>> bare_item("gạo"), bare_item("Rau quả"), bare_item("xuất siêu"), bare_item("GRDP")
(True, True, False, False)
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.breakdowns import names_measure
from tiendo.extract.clauses import Draft
from tiendo.extract.economy_sectors import is_economy_sector

# The measures a list of goods or branches breaks down, up to the words that say of what.
_HEAD: Final = re.compile(
    r"^(?:tổng\s+)?(kim ngạch (?:xuất khẩu|nhập khẩu)|giá trị (?:xuất khẩu|nhập khẩu)|"
    r"chỉ số sản xuất|chỉ số phát triển sản xuất|giá trị sản xuất|giá trị tăng thêm|"
    r"giá trị gia tăng)\b",
    re.IGNORECASE,
)
# One to three lower-case words (the first may open a sentence), no number.
_ITEM: Final = re.compile(r"^[^\W\d_][^\W\d_A-ZĐ]*(?: [^\W\d_A-ZĐ]+){0,2}$")
# An item of the same list, said between: a longer name of lower-case words and commas, or
# of words a dash joins ("công nghiệp - xây dựng" is one sector, as "nông, lâm nghiệp" is).
_LISTED: Final = re.compile(r"^[^\W\d_][^\W\d_A-ZĐ]*(?:(?:,| [-–])? [^\W\d_A-ZĐ]+){0,7}$")
# Words that make a name more than a good or a branch: a time, a place, a verb, an actor.
_NOT_ITEM: Final = re.compile(
    r"\b(?:năm|tháng|quý|kỳ|so|mức|tổng|toàn|huyện|tỉnh|xã|thành phố|của|với|được|có|đã|"
    r"vượt|đứng|sau|trước|chỉ|khoảng|đạt|ước|tăng|giảm|cả|lượt|vốn|thu|chi|xuất siêu|"
    r"nhập siêu|về|nhóm|mặt hàng)\b"
)
# What sets a list apart from the clause of its measure, within one sentence.
_LIST_BREAK: Final = re.compile(r"[:;]")
# How many figures back the list's measure may have been said.
_REACH: Final = 16


def measure_head(named: str) -> str:
    """The measure a name opens with, when it is one a list of goods breaks down, or ""."""
    found = _HEAD.match(named)
    return found.group(1) if found is not None else ""


def bare_item(named: str, pattern: re.Pattern[str] = _ITEM) -> bool:
    """True when the name is only a good or a branch: no measure, time, place or verb."""
    return (
        pattern.match(named) is not None
        and _NOT_ITEM.search(named.lower()) is None
        and not names_measure(named)
    )


def _money(draft: Draft) -> bool | None:
    """True for an amount of money, False for a rise with no level, None otherwise."""
    quantity = draft.quantity
    if quantity is None:
        return False if draft.comparisons else None
    return True if quantity.unit.kind == "money" else None


def headed_item(
    draft: Draft, named: str, sentences: tuple[list[Draft], list[Draft]], low: str
) -> str:
    """'kim ngạch xuất khẩu gạo' for a bare 'gạo' listed after that measure, or ""."""
    kind = _money(draft)  # (the cheap test first: most figures are no money nor bare rise)
    if not named or kind is None:
        return ""
    # A longer name says enough by itself, but for a sector of the economy ("nông, lâm
    # nghiệp, thủy sản", "công nghiệp - xây dựng"): that is a part of the measure, no more.
    sector = named.count(" ") > 2
    if sector and not is_economy_sector(named):
        return ""
    if not (sector or bare_item(named)):
        return ""
    sentence, previous = sentences
    earlier = [d for d in sentence if d.anchor < draft.anchor and d is not draft]
    if not any(d.sentence == draft.sentence for d in previous):
        earlier = previous + earlier
    for other in reversed(earlier[-_REACH:]):
        if _money(other) is not kind or other.in_paren:
            continue
        head = measure_head(other.indicator).lower()  # "Kim ngạch …" opened its sentence
        if (
            head
            and other.sentence == draft.sentence
            and _LIST_BREAK.search(low, other.anchor, draft.item_start) is None
        ):
            # "Kim ngạch xuất khẩu hàng dệt may đạt 320 triệu USD, giày dép 150 triệu USD":
            # the items of the measure's own clause share its whole name, later.
            return ""
        if head:
            if named.lower().startswith(head):
                return ""
            if head.startswith("chỉ số"):
                # An index is broken down by branch ("Các ngành … gồm: may mặc (+15,7%)");
                # goods listed with a rise after it ("xi măng (+14,6%)") are its output.
                if "ngành " not in low[other.anchor : draft.item_start]:
                    return ""
                head = f"{head} ngành"
            return f"{head} {named[:1].lower()}{named[1:]}"
        if not bare_item(other.indicator, _LISTED):
            return ""  # another measure was said since: the list is closed
    return ""
