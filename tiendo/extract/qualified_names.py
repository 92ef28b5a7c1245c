"""A short measure's name keeps the remark in brackets that follows it straight away.

"GRDP (giá so sánh 2010) ước 67.948 tỷ đồng", "GRDP (trừ dầu khí) tăng 11,72%": the bracket
says which GRDP is meant (at what prices, without what), and the readers name the figure
with it. The indicator blanks such remarks everywhere (after a place or a date they say how
the number was reckoned, not what it is); only a name of one or two words is given it back,
since a longer name already outweighs a short remark.

>>> qualified("GRDP", "năm 2023, grdp (giá so sánh 2010) của thái bình ước", 0)
'GRDP (giá so sánh 2010)'
>>> qualified("GRDP", "grdp của tỉnh (giá so sánh 2010) ước", 0)
''
"""

from __future__ import annotations

import re

from tiendo.extract.clauses import Draft

_REMARK = re.compile(
    r"\s*\(((?:giá so sánh|giá hiện hành|giá thực tế|giá cố định|theo giá|trừ|không kể|"
    r"không tính|không gồm|chưa kể|chưa tính|chưa gồm|loại trừ)\b[^()]{0,40})\)"
)
_MOST_WORDS = 6  # of the remark: a longer one is an aside, not part of the name


def qualified(named: str, words: str, start: int) -> str:
    """`named` with the bracketed remark that follows it in `words` (lowered text from
    `start`), or '' when the name is long or has no such remark right after it."""
    if "(" not in words or not named or named.count(" ") > 1 or "(" in named:
        return ""
    at = words.find(f"{named.lower()} (", start)
    if at < 0:
        return ""
    remark = _REMARK.match(words, at + len(named))
    if remark is None or remark.group(1).count(" ") >= _MOST_WORDS:
        return ""
    return f"{named} ({remark.group(1).strip()})"


def qualified_name(draft: Draft, named: str, low: str) -> str:
    """The figure's name with the remark on it, read before the figure's number (or its
    comparison's first word)."""
    return qualified(named, low[: draft.anchor], draft.clause_start)
