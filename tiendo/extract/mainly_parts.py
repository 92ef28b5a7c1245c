"""Where most of a whole lies ("tập trung chủ yếu ở huyện Giang Thành với 13.112 ha"): the
number is the whole's measure in that part, so the part is named whole, proper names and
all, after what the clause's subject measures.

>>> mainly_part("Diện tích tăng chủ yếu ở cây lúa với ")
('Diện tích', 'cây lúa')
>>> mainly_part("Khách tập trung chủ yếu ở thị xã Sa Pa, khoảng ")
('Khách', 'thị xã Sa Pa')
>>> mainly_part("Sản lượng chủ yếu ở huyện Cần Giờ đạt ")
('Sản lượng', 'huyện Cần Giờ')
>>> mainly_part("Các dự án FDI tập trung chủ yếu tại Khu công nghiệp Yên Phong với tổng vốn ")
('tổng vốn các dự án FDI', 'Khu công nghiệp Yên Phong')
>>> mainly_part("Diện tích lúa chủ yếu là giống chất lượng cao") is None
True
"""

from __future__ import annotations

import re
from typing import Final

# The verb of where a whole goes ("tập trung", "tăng") may be left out: "chủ yếu ở ...".
# After the part: "với" or a comma, then the verb of the level or an approximation, before
# the number; the verb ends the part with or without the comma ("ở huyện Cần Giờ đạt").
# The words after "với" before them, if any, name the measure ("với tổng vốn 2,1 tỷ USD").
_LEVEL_WORD: Final = r"\b(?:ước đạt|ước|đạt|là|có|khoảng|gần|hơn|trên)\b"
_MAINLY: Final = re.compile(
    r"(?:^|(?<=[\s,]))(?:(?:tăng|giảm|tập trung|phân bố)\s+)?(?:chủ yếu|phần lớn)\s+"
    r"(?:ở|tại)\s+(?P<part>[^,;:()]+?)\s*"
    rf"(?:\bvới\b(?:\s+(?!{_LEVEL_WORD})(?P<measure>[^\W\d][^\d,;:()]*?))?|,)?"
    rf"\s*(?:{_LEVEL_WORD})?\s*$",
    re.IGNORECASE,
)


def mainly_part(pre: str) -> tuple[str, str] | None:
    """The text before "chủ yếu ở" and the part it names, when `pre` ends in that part."""
    low = pre.lower()
    if "chủ yếu" not in low and "phần lớn" not in low:
        return None  # a plain test first: searched case-blind, the pattern tries every place
    found = _MAINLY.search(pre)
    if found is None:
        return None
    whole = pre[: found.start()].rstrip(" ,")
    measure = found.group("measure")
    if measure:
        # The measure leads what it measures; the sentence's capital goes with the first
        # word unless that word begins a name ("Hà Nội").
        words = whole.split(maxsplit=2)
        if len(words) > 1 and not words[1][:1].isupper():
            whole = whole[:1].lower() + whole[1:]
        whole = f"{measure} {whole}"
    return whole, " ".join(found.group("part").split())
