"""Amounts listed by market: "Về thị trường, Mỹ dẫn đầu với 38,6 tỉ USD; EU đạt 27,7 tỉ USD".

A sentence that turns to markets ("Về thị trường, ...", "Thị trường Mỹ chiếm ... với")
lists amounts traded with each place it names: the name is the trade the passage reports
("xuất khẩu") with that market, not the verb of the ranking ("Mỹ dẫn đầu") nor the place
said before it.
"""

from __future__ import annotations

import re

from tiendo.extract.clauses import Draft
from tiendo.extract.said_names import SaidNames

_MARKET_OPENING = re.compile(r"^\s*(?:về thị trường\s*(?:xuất khẩu|nhập khẩu)?\s*,|thị trường\s)")
# What leads a market's item in the ranking: a connective, the word "thị trường".
_ITEM_LEAD = re.compile(
    r"^[\s,;:]*(?:về thị trường\s*(?:xuất khẩu|nhập khẩu)?\s*,\s*)?"
    r"(?:(?:và|kế đến|kế tiếp|tiếp theo|tiếp đến|sau đó|đứng thứ hai)\s*(?:là\s*)?)?"
    r"(?:thị trường\s+)?",
    re.IGNORECASE,
)
_TRADES = ("xuất khẩu", "nhập khẩu")


def market_item(draft: Draft, sentence: list[Draft], said: SaidNames, norm: str) -> str:
    """'xuất khẩu sang thị trường EU' for 'EU đạt 27,7 tỉ USD' after 'Về thị trường,', or
    ''."""
    quantity = draft.quantity
    if quantity is None or not said:
        return ""
    first = sentence[0] if sentence else draft
    opening = norm[first.clause_start : first.clause_start + 40].lower()
    if "thị trường" not in opening or not _MARKET_OPENING.match(opening):  # cheap test first
        return ""
    trade = said.index(_first_trade).get("trade")
    if trade is None:
        return ""  # no trade reported before: the markets are of something else
    pre = norm[draft.item_start : quantity.lead_start]
    lead = _ITEM_LEAD.match(pre)
    rest = pre[lead.end() :] if lead else pre
    place = _place(rest)
    if not place:
        return ""
    joined = "sang" if trade == "xuất khẩu" else "từ"
    return f"{trade} {joined} thị trường {place}"


def _place(words: str) -> str:
    """The capitalised words a stretch opens with ("Trung Quốc đạt" gives "Trung Quốc"),
    or '' when it opens with none or with more than a place's few words."""
    place = []
    for word in words.split():
        if not word[:1].isupper():
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
