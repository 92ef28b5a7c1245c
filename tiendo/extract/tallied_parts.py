"""A count of the same things right after "có": the part of a whole, not what it counts.

"trong 12 chỉ tiêu có 10 chỉ tiêu đạt": after the whole's noun, "có" and a count of the same
noun state how many of them do something; "có" opens that clause, so the whole's own words
end before it. "3 xã có 19 tiêu chí đạt chuẩn" counts communes that have a level of other
things, and the level stays in what is counted.

>>> part_opens_at(" có 10 chỉ tiêu đạt", 4, "chỉ tiêu")
0
>>> part_opens_at(" chủ yếu có 10 chỉ tiêu đạt", 12, "chỉ tiêu")
8
>>> part_opens_at(" có 19 tiêu chí đạt chuẩn", 4, "xã")
-1
>>> part_opens_at(" đạt 10 chỉ tiêu", 5, "chỉ tiêu")
-1
"""

from __future__ import annotations

import re
from typing import Final

# "có" as the last word before the number (the whole's words may come first).
_HAS: Final = re.compile(r"(?:^|\s)có\s+$")
# The number of the part and the blanks after it: "10 ", "1.200 ", "10/12 ".
_NUMBER: Final = re.compile(r"\d[\d.,]*(?:/\d[\d.,]*)?\s+")


def part_opens_at(window: str, digit_at: int, unit_text: str) -> int:
    """Where the whole's words end in `window` (lower-case, the words after a count's unit)
    when "có" and a count of the same noun follow them from `digit_at`, else -1."""
    has = _HAS.search(window, max(0, digit_at - 8), digit_at)
    if has is None or not unit_text:
        return -1
    number = _NUMBER.match(window, digit_at)
    if number is None:
        return -1
    noun = unit_text.lower()
    after = number.end() + len(noun)
    if not window.startswith(noun, number.end()):
        return -1
    if after < len(window) and (window[after].isalnum() or window[after] == "_"):
        return -1  # "hộ" is no "hội"
    return has.start()
