"""A name read past a difference, which the difference left no name of its own.

"tỷ lệ hộ nghèo giảm 1,5 điểm phần trăm, từ 5,2% xuống còn 3,7%": the level after the
difference's comma names nothing before it but "từ", so the words after the number
("xuống còn") were taken for its name; "tăng 2 điểm phần trăm, từ 66% lên 68%" kept the
difference in the name. Either way the name is to be read again with the difference set
aside: the subject before it is the measure.

>>> left_by_difference(""), left_by_difference("xuống còn"), left_by_difference("lên")
(True, True, True)
>>> left_by_difference("tỷ lệ lao động qua đào tạo tăng 2 điểm phần trăm")
True
>>> left_by_difference("tỷ lệ hộ nghèo")
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.char_scans import has_digit

# Only the words of a move to a level, no name.
_MOVE_ONLY: Final = re.compile(r"(?:xuống|lên|giảm|tăng)(?: (?:còn|mức|tới|đến))?")


def left_by_difference(name: str) -> bool:
    """True when a name read with a difference in its text is none (empty, or only the
    words of a move), or holds a number, the difference's."""
    return (
        not name or _MOVE_ONLY.fullmatch(name.lower()) is not None or has_digit(name, 0, len(name))
    )
