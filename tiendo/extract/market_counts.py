"""A count of the markets goods reach: "Gạo của tỉnh có mặt tại 60 thị trường".

Goods that "are present in" ("có mặt tại"), "go into" ("đi vào") or are "exported to"
("xuất khẩu sang") a number of markets, countries or territories: the number counts the
export markets, whatever the clause says before it. The name is the export markets, of the
goods when the clause opens with a short name of them ("gạo", "thanh long"), and of the
places counted when they are no markets by name ("quốc gia và vùng lãnh thổ"). The clause's
subject ("Hàng hóa của doanh nghiệp trong tỉnh đã có mặt tại") is no name of it.

>>> _goods("Gạo của tỉnh"), _goods("Hàng hóa của doanh nghiệp trong tỉnh đã"), _goods("Tỉnh đã")
('gạo', '', '')
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.lexicon import AGENT_HEADS

# Places a count of export markets counts, by the unit's words.
_PLACES: Final = frozenset(
    {"thị trường", "nước", "quốc", "quốc gia", "quốc gia và vùng lãnh thổ", "vùng lãnh thổ"}
)
_MARKET_WORDS: Final = ("thị trường", "nước")  # the export market itself: no more to say

# The act that takes the goods to the markets, right before the number (and its bound).
_REACHING: Final = re.compile(
    r"(?:có mặt (?:tại|ở)|đi vào|(?:xuất khẩu|xuất|bán) (?:sang|tới|đến|đi))"
    r"(?:\s+(?:hơn|trên|gần|khoảng|tới|gần như))?\s*$"
)
_PLACE_WORDS: Final = re.compile(r"\s*((?:quốc gia|vùng lãnh thổ)(?: và vùng lãnh thổ)?)")
_OF_PLACE: Final = re.compile(r"\s+(?:của|ở|tại|trên)\s.*$")
_ADVERBS: Final = re.compile(r"\s+(?:đã|đều|cũng|đang|được|vẫn|hiện)\b.*$")
_ACTORS: Final = frozenset(AGENT_HEADS)  # "tỉnh", "doanh nghiệp": who sells, not what
_GOODS_WORDS: Final = 2  # "gạo", "thanh long", "cà phê": a name of goods, no clause


def _goods(subject: str) -> str:
    """The goods `subject` names in a word or two, lower case, or ""."""
    goods = _ADVERBS.sub("", _OF_PLACE.sub("", subject.strip(" ,;:"))).strip()
    lowered = goods.lower()
    if lowered.startswith(("hàng hóa", "hàng hoá", "sản phẩm")) or lowered in _ACTORS:
        return ""  # goods at large, or the place that sells: the export markets of the place
    return goods.lower() if 0 < len(goods.split()) <= _GOODS_WORDS else ""


def reached_markets(draft: Draft, low: str) -> str:
    """'thị trường xuất khẩu gạo' for 'Gạo của tỉnh có mặt tại 60 thị trường', or ''."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.text.lower() not in _PLACES:
        return ""
    reaching = _REACHING.search(low, draft.clause_start, quantity.lead_start)
    if reaching is None:
        return ""
    named = " ".join(
        part
        for part in ("thị trường xuất khẩu", _goods(low[draft.clause_start : reaching.start()]))
        if part
    )
    unit = quantity.unit.text.lower()
    if unit in _MARKET_WORDS:
        return named
    # The places as written after the number ("quốc gia và vùng lãnh thổ"): the unit may
    # hold only the first word of them ("quốc").
    places = _PLACE_WORDS.match(low, quantity.end)
    return f"{named} {places.group(1) if places else unit}"
