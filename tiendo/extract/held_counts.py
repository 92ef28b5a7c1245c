"""Counts that a subject has: "Nông nghiệp có 143 mô hình cánh đồng lớn".

After "có", what the number counts is named by its own noun and the words after it; the
subject before "có" is who or what has them (a sector, a park, a province), not a measure
of them, even where its name holds a word that heads measures ("nông nghiệp", "khu công
nghiệp"). A subject that is itself a number ("số", "tổng số", "lượng") or a herd ("đàn
bò ... có 6.820 con") still names it.

>>> held_count("Nông nghiệp có ", "nông nghiệp")
True
>>> held_count("Khu công nghiệp Tân Trường (Hải Dương) có ", "khu công nghiệp tân trường")
True
>>> held_count("Số doanh nghiệp có ", "số doanh nghiệp")
False
>>> held_count("Nông nghiệp đạt ", "nông nghiệp")
False
"""

from __future__ import annotations

import re
from typing import Final

_HAS_BEFORE: Final = re.compile(r"(?<![^\W\d_])có[\s:]*$")
# A subject that opens with one of these counts or measures the things itself.
_NUMBER_HEAD: Final = ("số ", "tổng ", "lượng ", "tỷ lệ ", "tỉ lệ ", "đàn ")


def held_count(pre: str, lower: str) -> bool:
    """True when `pre` (the words before a count's number) ends with "có" and the subject
    (`lower`, its name in lower case) is no number of its own."""
    if not pre.rstrip().endswith("có"):  # the common case: another verb, or none
        return False
    return _HAS_BEFORE.search(pre) is not None and not f"{lower} ".startswith(_NUMBER_HEAD)
