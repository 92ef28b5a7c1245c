"""A stretch that a part marker opens starts a clause of its own.

"Ngành công nghiệp chỉ tăng 3,85%, thấp nhất kể từ năm 2011, chủ yếu do khai khoáng chỉ
bằng 90%", "ngành nông nghiệp mang về hơn 30.000 tỉ đồng mỗi năm, riêng trồng trọt đạt
26.140 tỉ đồng": "riêng" (singling a part out), "trong đó", "cụ thể" and a cause ("chủ yếu
do", "nhờ") open the clause of the figure after them. What stands before such a stretch
(a remark on the figure before, "thấp nhất kể từ năm 2011", "mỗi năm", or that figure's
own words) belongs to the clause before and is no word of this figure's name. Only a
stretch after the first opens a clause so: a marker at the very head of the words is
read where the words are split (indicator.py).

>>> from_part_stretch(["thấp nhất kể ", " chủ yếu do khai khoáng chỉ bằng "])
[' chủ yếu do khai khoáng chỉ bằng ']
>>> from_part_stretch(["mỗi năm", " riêng trồng trọt đạt trên "])
[' riêng trồng trọt đạt trên ']
>>> from_part_stretch(["mỗi năm", " riêng làng nghề đạt "])
[' riêng làng nghề đạt ']
>>> from_part_stretch(["nông", " lâm nghiệp và thủy sản "])
['nông', ' lâm nghiệp và thủy sản ']
"""

from __future__ import annotations

import re
from typing import Final

# The markers, then a word that goes on naming (not "riêng về", "trong đó có": those
# open a topic or a count the rules for chunks at the head already read). Whole words
# only: "riêng làng nghề" names a part as "riêng nghề gốm" does.
_PART_OPENING: Final = re.compile(
    r"\s*(?:trong đó|cụ thể là|cụ thể|riêng|chủ yếu (?:là )?(?:do|nhờ)|nhờ)\s+"
    r"(?!(?:lĩnh vực|về|đối với|với|trong|có|là)\b)(?=[^\W\d_])"
)
# Every marker opens with one of these (the cheap test before the pattern).
_FIRST_WORDS: Final = ("trong", "cụ", "riêng", "chủ", "nhờ")


def from_part_stretch(chunks: list[str]) -> list[str]:
    """The stretches from the last one (after the first) a part marker opens, else all."""
    for index in range(len(chunks) - 1, 0, -1):
        low = chunks[index].lstrip().lower()
        if low.startswith(_FIRST_WORDS) and _PART_OPENING.match(low):
            return chunks[index:]
    return chunks
