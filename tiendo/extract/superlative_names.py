"""The measure named after a superlative: "lớn nhất vẫn là thu nội địa với 9.877 tỷ đồng".

"Trong các nguồn thu, lớn nhất vẫn là thu nội địa với 9.877 tỷ đồng": the words after
"là" name what the amount measures, the superlative only ranks it among the parts the
sentence opened with; so do "đứng đầu là", "cao nhất là", "nhiều nhất thuộc về". A place
so ranked ("cao nhất là huyện Ea Kar với") is read by `ranking`, as the place of the
measure before; a name that holds a capital letter is left to it. The superlative must
open its clause: one said of a subject ("Nhóm cao nhất là nhóm hàng ăn với") ranks that
subject's items, and the subject names the measure.

>>> superlative_named("Trong các nguồn thu, lớn nhất vẫn là thu nội địa với ")
'thu nội địa'
>>> superlative_named("Trong các khoản chi, nhiều nhất là chi thường xuyên với ")
'chi thường xuyên'
>>> superlative_named("cao nhất là Ea Kar với ") is None
True
>>> superlative_named("thu nội địa với ") is None
True
>>> superlative_named("Nhóm cao nhất là nhóm hàng ăn với ") is None
True
"""

from __future__ import annotations

import re
from typing import Final

_NAMED: Final = re.compile(
    # The superlative may open the sentence ("Lớn nhất vẫn là …"), say the rise it ranks
    # ("trong đó, tăng nhiều nhất là nhóm giao thông, với 1,66%") and close the name with
    # a comma before "với".
    r"(?:^|[,;:])\s*(?:trong đó\s*,?\s*)?(?:(?:[tT]ăng|[gG]iảm)\s+)?"
    r"(?:(?:[cC]ao|[lL]ớn|[nN]hiều|[mM]ạnh)\s+nhất|[đĐ]ứng\s+đầu|[dD]ẫn\s+đầu)(?:\s+vẫn)?"
    r"\s+(?:là|thuộc\s+về)\s+(?P<name>[^\W\d_A-ZĐÀ-Ỹ][^\d%;:.,()]{2,60}?)\s*,?\s+với(?:\s+mức)?\s*$"
)
_REACH: Final = 90


def superlative_named(pre: str) -> str | None:
    """The measure named after a superlative that ends `pre`, the words before a number,
    or None."""
    if "với" not in pre[-12:]:
        return None  # the cheap test first: every match ends with "với"
    # A cut window must not open the pattern's "^" mid-clause: a letter before it cannot.
    found = _NAMED.search(pre if len(pre) <= _REACH else "x" + pre[-_REACH:])
    if found is None:
        return None
    name = found.group("name")
    return None if any(char.isupper() for char in name) else name
