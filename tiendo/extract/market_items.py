"""Amounts listed by market: "Về thị trường, Mỹ dẫn đầu với 38,6 tỉ USD; EU đạt 27,7 tỉ USD".

A sentence that turns to markets ("Về thị trường, ...", "Thị trường Mỹ chiếm ... với")
lists amounts traded with each place it names: the name is the trade the passage reports
("xuất khẩu") with that market, not the verb of the ranking ("Mỹ dẫn đầu") nor the place
said before it.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.said_names import SaidNames

_MARKET_OPENING: Final = re.compile(
    r"^\s*(?:về thị trường\s*(?:xuất khẩu|nhập khẩu)?\s*,|thị trường\s)"
)
# What leads a market's item in the ranking: a connective, the word "thị trường".
_ITEM_LEAD: Final = re.compile(
    r"^[\s,;:]*(?:về thị trường\s*(?:xuất khẩu|nhập khẩu)?\s*,\s*)?"
    r"(?:(?:và|kế đến|kế tiếp|tiếp theo|tiếp đến|sau đó|đứng thứ hai)\s*(?:là\s*)?)?"
    r"(?:thị trường\s+)?",
    re.IGNORECASE,
)
_TRADES: Final = ("xuất khẩu", "nhập khẩu")
_AMOUNTS: Final = ("money", "measure")
_LONGEST_HEADING: Final = 120


def market_item(draft: Draft, sentence: list[Draft], said: SaidNames, norm: str) -> str:
    """'xuất khẩu sang thị trường EU' for 'EU đạt 27,7 tỉ USD' after 'Về thị trường,', or
    ''."""
    quantity = draft.quantity
    if not said or (quantity is None and not draft.comparisons):
        return ""
    if quantity is not None and quantity.unit.kind not in _AMOUNTS:
        return ""  # a share or a count of the market is named by its own words
    first = sentence[0] if sentence else draft
    if not _markets_listed(first.clause_start, draft.anchor, norm):
        return ""
    trade = said.index(_first_trade).get("trade")
    if trade is None:
        return ""  # no trade reported before: the markets are of something else
    pre = norm[draft.item_start : quantity.lead_start if quantity else draft.anchor]
    lead = _ITEM_LEAD.match(pre)
    rest = pre[lead.end() :] if lead else pre
    place = _place(rest)
    if not place:
        return ""
    joined = "sang" if trade == "xuất khẩu" else "từ"
    return f"{trade} {joined} thị trường {place}"


def _markets_listed(start: int, anchor: int, norm: str) -> bool:
    """True when the sentence turns to markets ("Về thị trường, ...", "Thị trường Mỹ ...")
    or a heading before a colon does ("Các thị trường chính vẫn tăng: ...")."""
    opening = norm[start : start + 40].lower()
    if "thị trường" in opening and _MARKET_OPENING.match(opening):
        return True
    floor = max(0, start - _LONGEST_HEADING)
    colon = norm.rfind(":", floor, anchor)
    if colon < 0:
        return False
    heading = norm[max(norm.rfind(". ", floor, colon), floor) : colon].lower()
    return "thị trường" in heading and not any(ch.isdigit() for ch in heading[-30:])


def _place(words: str) -> str:
    """The capitalised words a stretch opens with ("Trung Quốc đạt" gives "Trung Quốc"),
    or '' when it opens with none or with more than a place's few words."""
    place: list[str] = []
    for word in words.split():
        if not word[:1].isupper() and not (word == "châu" and not place):  # "châu Mỹ"
            break
        place.append(word)  # "Hàn Quốc, Nhật Bản": two places sharing one amount
    return " ".join(place).strip(",") if 0 < len(place) <= 4 else ""


def _first_trade(found: dict[str, str], name: str, position: int) -> None:
    """Keep the first trade ("xuất khẩu" or "nhập khẩu") a name said in the passage."""
    if "trade" in found:
        return
    folded = name.lower()
    for trade in _TRADES:
        if trade in folded:
            found["trade"] = trade
            return


# An item that names only its market, after "sang" or "từ" or bare: "…; sang Nhật Bản 9,4
# tỷ USD", "…; từ Hàn Quốc 9,4 tỷ USD", "…; Nhật Bản 9,4 tỷ USD".
_DIRECTED: Final = re.compile(r"^[\s,;:]*(?:và\s+)?(?:(sang|từ)\s+)?(thị trường\s+)?(?=\S)")
_REACHING: Final = re.compile(r"\s+(?:đạt|là)\s*$")  # "sang EU đạt 500 triệu USD"
# The trade an earlier item of the sentence was named by, up to its market.
_EARLIER_TRADE: Final = re.compile(r"^(.*?\b(?:xuất khẩu|nhập khẩu)\s+(sang|từ))\s+")


def directed_market(draft: Draft, sentence: list[Draft], norm: str) -> str:
    """'xuất khẩu sang Nhật Bản' for 'sang Nhật Bản 9,4 tỷ USD' (or 'Nhật Bản 9,4 tỷ USD')
    after 'xuất khẩu sang Trung Quốc đạt 19,5 tỷ USD' in the same sentence: the item names
    only its market, and trades as the item before it did; or ''."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind not in _AMOUNTS or not sentence:
        return ""
    # The figure before is looked at first: it seldom traded towards a market, and the
    # item's own words cost two patterns and a search for a place.
    before = _figure_before(draft, sentence)
    lowered = before.indicator.lower() if before is not None else ""
    earlier = _EARLIER_TRADE.match(lowered) if "khẩu" in lowered else None
    if before is None or earlier is None:
        return ""
    pre = norm[draft.item_start : quantity.lead_start]
    lead = _DIRECTED.match(pre.lower())
    if lead is None or lead.group(1) not in (None, earlier.group(2)):
        return ""
    rest = _REACHING.sub("", pre[lead.end() :])
    place = _place(rest)
    if not place or rest.strip(" ,") != place:
        return ""  # words of its own beside the market: a name of its own
    trade = before.indicator[: earlier.end(1)]
    return f"{trade} {lead.group(2) or ''}{place}"


def _figure_before(draft: Draft, sentence: list[Draft]) -> Draft | None:
    """The last figure of the sentence before `draft`, if any."""
    for other in reversed(sentence):
        if other.anchor < draft.anchor and other.quantity is not None:
            return other
    return None
