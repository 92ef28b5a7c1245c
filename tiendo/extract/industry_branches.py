"""A branch of industry named bare in a list under an index or a value of production:
"Chỉ số sản xuất công nghiệp tăng 9,3%; khai khoáng giảm 1,5%, dệt tăng 8,7%": each item
is that branch ("ngành khai khoáng", "ngành dệt"), the way the list's head speaks of it.

>>> industry_branch("khai khoáng", "chỉ số sản xuất công nghiệp tăng 9,3%; khai khoáng giảm")
'ngành khai khoáng'
>>> industry_branch("may mặc", "kim ngạch xuất khẩu đạt 2 tỷ usd; may mặc")
''
"""

from __future__ import annotations

import re
from typing import Final

# Branches of the industrial classification, as lists of them name them bare.
_BRANCH: Final = re.compile(
    r"^(?:khai khoáng|dệt|may mặc|trang phục|sản xuất trang phục|da giày|thuốc lá|đồ uống"
    r"|chế biến thực phẩm|sản xuất kim loại|(?:công nghiệp )?chế biến,? chế tạo)$",
    re.IGNORECASE,
)
# The head a branch stands under: an index or a value of industrial production.
_PRODUCTION: Final = re.compile(
    r"\b(?:chỉ số|iip|giá trị sản xuất|sản xuất công nghiệp|theo ngành|ngành công nghiệp)\b"
)
# The letters a branch's name opens with: most names are asked nothing more.
BRANCH_INITIALS: Final = "kdđmtscKDĐMTSC"
_LOOK_BACK: Final = 800  # characters before the item, enough for the list's head


# A head of trade or sales after the head of production: the list is of goods sold
# ("Kim ngạch xuất khẩu đạt 2 tỷ USD, trong đó da giày ..., dệt tăng 4%").
_TRADE: Final = re.compile(r"\b(?:kim ngạch|xuất khẩu|nhập khẩu|doanh thu|bán lẻ)\b")


def industry_branch(named: str, before: str) -> str:
    """'ngành <branch>' when `named` is a bare branch of industry and `before` (the lower-case
    text before the item) speaks of industrial production, else ""."""
    if _BRANCH.match(named) is None:
        return ""
    window = before[-_LOOK_BACK:]
    heads = [m.end() for m in _PRODUCTION.finditer(window)]
    if not heads:
        return ""
    trade = [m.end() for m in _TRADE.finditer(window, heads[-1])]
    return "" if trade else f"ngành {named}"
