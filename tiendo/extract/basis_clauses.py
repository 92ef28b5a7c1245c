"""Rises listed in a clause that opens with their basis only, after the levels they belong
to: "Xuất khẩu gạo ước 573 nghìn tấn, tương đương 312 triệu USD; so với cùng kỳ, tăng 10,6%
về lượng và 10,9% về giá trị". The clause names no subject of its own, so its rises are
those of the levels just before it, as if the semicolon were a comma.

>>> low = "gạo 573 nghìn tấn, 312 triệu usd; so với cùng kỳ, tăng 10,6% và 10,9%"
>>> low[:before_basis_clause(low, low.index("triệu usd") + 9, low.index("tăng"))]
'gạo 573 nghìn tấn, 312 triệu usd'
>>> fronted_basis(low, low.index(";"), low.index("tăng"))
'cùng kỳ'
"""

from __future__ import annotations

import re
from typing import Final

# Between the last level and the rises' verb: a semicolon and a basis, nothing else.
_BASIS_CLAUSE: Final = re.compile(r"\s*;\s*so\s+(?:với\s+)?[^\W\d_][^,;:()%]{1,40},?\s*$")


def before_basis_clause(low: str, level_end: int, verb: int) -> int:
    """Where the levels before a clause of a basis only end (its semicolon), else `verb`."""
    if _BASIS_CLAUSE.match(low, level_end, verb) is None:
        return verb
    return low.index(";", level_end, verb)


# A clause of a basis only, up to the rises' verb: "; so với cùng kỳ, tăng".
_BASIS_ONLY: Final = re.compile(
    r"[\s,;:]*so\s+(?:với\s+)?([^\W\d_][^,;:()%]{1,40}?),?\s*(?=tăng|giảm)"
)


def fronted_basis(low: str, clause_start: int, verb: int) -> str | None:
    """The basis a clause names before the rises' verb and nothing else ("cùng kỳ"), or
    None."""
    found = _BASIS_ONLY.match(low, clause_start, verb + 4)
    return found.group(1).strip() if found is not None and found.end() == verb else None
