"""Whether the words right after a percentage make it a level, not an item of a list of rises.

"tăng 15,5%, trong đó khai khoáng 11,1%, chế biến 15,5%" lists rises that share the verb
before them; but a percentage followed by "trở lên", "tổng số", "dân số" or by the noun of
what it counts ("hằng năm trên 75% tổ chức cơ sở đảng trong sạch, vững mạnh", "95% đảng
viên hoàn thành tốt nhiệm vụ") states a share of those counted, a level of its own, even
after a rise or a share of a plan earlier in the sentence.

>>> level_after_number("trên 75% tổ chức cơ sở đảng trong sạch", 8)
True
>>> level_after_number("khai khoáng 11,1%, chế biến 15,5%", 17)
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.units import COUNTED_ALTERNATION

_LEVEL_WORDS_AFTER: Final = re.compile(r"[ \t]*(?:trở lên|trở xuống|tổng|số|dân số|diện tích)")
# The counted nouns as read_unit's pattern orders them (longest first), after a blank;
# each must end where a word does ("số" is read above).
_COUNTED_AFTER: Final = re.compile(r"[ \t]+(?:" + COUNTED_ALTERNATION + r")(?![^\W_])")


def level_after_number(low: str, at: int) -> bool:
    """True when the words of lower-case `low` from `at` (right after a "%") make the
    percentage a level: a word of a total or a floor, or the noun of what it counts."""
    return _LEVEL_WORDS_AFTER.match(low, at) is not None or (
        _COUNTED_AFTER.match(low, at) is not None
    )
