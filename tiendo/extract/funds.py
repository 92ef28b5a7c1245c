"""Money an actor raised or gave: "Xã huy động hơn 37 tỷ đồng", "nhân dân đóng góp trên
250 tỷ đồng".

Money raised by a place is a stock of capital: "vốn huy động". Money given by people or
firms is named with the givers, for a report sets what the people gave against what the
budget gave: "nhân dân đóng góp".

>>> funds_named(["Xã"], "huy động")
'vốn huy động'
>>> funds_named(["nhân", "dân"], "đóng góp")
'nhân dân đóng góp'
>>> funds_named("các tổ chức, cá nhân".split(), "ủng hộ")
'các tổ chức, cá nhân ủng hộ'
>>> funds_named(["Ban", "Quản", "lý"], "chi", "Ban Quản lý Quỹ Khuyến học huyện đã chi".split())
'Quỹ Khuyến học huyện chi'
>>> funds_named(["huyện"], "đóng góp")
''
"""

from __future__ import annotations

from typing import Final

from tiendo.extract.donors import donor_length
from tiendo.extract.fund_names import fund_of_board

_GIVERS: Final = frozenset(
    {"nhân dân", "người dân", "bà con", "doanh nghiệp", "các doanh nghiệp", "cộng đồng",
     "nhà hảo tâm", "các nhà hảo tâm", "con em xa quê", "hội viên"}
)  # fmt: skip


def funds_named(agent: list[str], verb: str, words: list[str] | None = None) -> str:
    """The name of money raised or given by `agent`, or "" for any other verb."""
    lowered = verb.lower()
    if (fund := fund_of_board(agent, words or agent)) and verb:
        return f"{fund} {verb}"  # "Ban Vận động Quỹ … huyện đã tiếp nhận": the fund's money
    if lowered == "huy động":
        return "vốn huy động"
    if lowered in ("đóng góp", "ủng hộ", "đóng góp, ủng hộ"):
        givers = " ".join(agent).lower()
        # (a list of givers with a person among them, donors.py: "các tổ chức, cá nhân")
        known = givers in _GIVERS or (agent and donor_length([*agent, "đã"]) == len(agent))
        return f"{givers} {lowered}" if known else ""
    return ""
