"""The crop a sentence sowed is the crop of its bare output and yield.

"Lúa đã gieo trồng 148.527 ha, thu hoạch 89.725 ha, sản lượng ước 607.204 tấn": the
sentence opens with the rice it sowed; the output it goes on to give, with no crop of its
own, is the rice's output, not that of the fish a sentence before weighed in tonnes. So
too "lúa Xuân gieo cấy được 10.077 ha; ...; năng suất dự kiến 61,56 tạ/ha, sản lượng
ước 62.030 tấn": the yield and the output of the spring rice.

>>> crop_of_area("diện tích Lúa đã gieo trồng"), crop_of_area("diện tích lúa Xuân gieo cấy")
('Lúa', 'lúa Xuân')
>>> crop_of_area("diện tích thu hoạch"), crop_of_area("diện tích nuôi trồng thủy sản")
('', '')
>>> crop_of_area("Diện tích gieo trồng"), crop_of_area("diện tích đất sản xuất nông nghiệp")
('', '')
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

# An area of a crop, the work on it before or after the crop's name ("diện tích gieo
# trồng lúa", "diện tích lúa Xuân gieo cấy", "diện tích Lúa đã gieo trồng").
_AREA_OF: Final = re.compile(
    r"^(?:tổng\s+)?diện tích\s+(?:(?:gieo trồng|gieo cấy|xuống giống|trồng)\s+)?(?P<crop>.+)$",
    re.IGNORECASE,
)
# (It starts only where a run of blanks does: tried inside one, "\s+" would read the rest
# of the run again at each of its places.)
_WORK_AFTER: Final = re.compile(
    r"(?<!\s)(?:\s+(?:đã|được|đã được))?\s+(?:gieo trồng|gieo cấy|xuống giống|trồng)(?:\s+được)?$",
    re.IGNORECASE,
)
# Words that make the rest a clause or a stock, not a crop's name ("diện tích thu hoạch",
# "diện tích nuôi trồng thủy sản", "diện tích có kế hoạch gieo cấy").
_NOT_CROP: Final = re.compile(
    r"(?:^|\s)(?:đã|được|đang|thu hoạch|nuôi|kế hoạch|có|cấy|toàn|của|tại|ở|năm|vụ|huyện|"
    r"tỉnh|xã|bị|cho|với|trên|gieo|trồng|xuống|sản xuất|canh tác|đất|rừng)(?:\s|$)",
    re.IGNORECASE,
)
_LONGEST_CROP: Final = 4
# A bare output or yield ("sản lượng ước", "năng suất dự kiến" is read as the bare word).
_BARE_CROP_MEASURE: Final = frozenset({"sản lượng", "năng suất", "tổng sản lượng"})
_AREA_UNITS: Final = frozenset({"ha", "héc-ta", "hécta", "héc ta"})


def crop_of_area(indicator: str) -> str:
    """The crop an area's name is of, when it names one plainly, or ""."""
    area = _AREA_OF.match(indicator.strip())
    if area is None:
        return ""
    crop = _WORK_AFTER.sub("", area.group("crop")).strip()
    if not crop or len(crop.split()) > _LONGEST_CROP or _NOT_CROP.search(crop):
        return ""
    return crop


def sentence_crop(draft: Draft, sentence_drafts: list[Draft], bare: str) -> str:
    """The crop of the last area sown before `draft` in its sentence, when `bare` is a bare
    output or yield, or ""."""
    words = bare.split()
    if " ".join(words[: 3 if words[:1] == ["tổng"] else 2]) not in _BARE_CROP_MEASURE:
        return ""
    for other in reversed(sentence_drafts):
        quantity = other.quantity
        if other.anchor >= draft.anchor or quantity is None:
            continue
        if quantity.unit.text.lower() not in _AREA_UNITS:
            continue
        crop = crop_of_area(other.indicator)
        if crop:
            return crop  # (as written: "Lúa" opening its sentence stays so, as elsewhere)
    return ""


def bare_yield_before(draft: Draft, before: Draft) -> bool:
    """True when `before`, the figure just before `draft` in its sentence, is a yield per
    area that names no crop ("Năng suất ước 6,01 tấn/ha, sản lượng ..."): the two are of
    one crop, which the passage named elsewhere."""
    quantity = before.quantity
    return (
        quantity is not None
        and before.sentence == draft.sentence
        and quantity.unit.text.lower().endswith(("/ha", "/héc-ta", "/hécta"))
        and before.indicator.strip().lower() == "năng suất"
    )
