"""Two words said twice where names were joined: "kim ngạch xuất khẩu" + "xuất khẩu dệt
may" gives "kim ngạch xuất khẩu xuất khẩu dệt may", said once again.

>>> said_once("kim ngạch xuất khẩu xuất khẩu dệt may")
'kim ngạch xuất khẩu dệt may'
>>> may_say_twice("kim ngạch xuất khẩu hàng dệt may")
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.name_case import lower_name

_SAID_TWICE: Final = re.compile(r"\b(\w+ \w+) \1\b", re.IGNORECASE)


def may_say_twice(named: str) -> bool:
    """False only where _SAID_TWICE finds nothing: its second word stands alone between
    blanks, its first stands so too when said again, closing the word before it the first
    time, and the word after opens with the second. Letters compare lower-cased, as the
    pattern's back-reference does one by one; "İ" and "Σ" lower otherwise in a whole text,
    so the pattern decides."""
    if "İ" in named or "Σ" in named:
        return True
    words = lower_name(named).split(" ")
    return any(
        words[at + 1]
        and words[at + 2]
        and words[at].endswith(words[at + 2])
        and words[at + 3].startswith(words[at + 1])
        for at in range(len(words) - 3)
    )


def said_once(named: str) -> str:
    """`named` with each two words said twice in a row said once."""
    # Two words said twice hold three blanks at least: most names have fewer.
    if named.count(" ") >= 3 and may_say_twice(named) and _SAID_TWICE.search(named):
        return _SAID_TWICE.sub(r"\1", named)
    return named
