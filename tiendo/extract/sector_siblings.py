"""A sector listed after another sector's figure, in the same measure.

"Giá trị sản xuất ngành trồng trọt ước 7.162 tỷ đồng; ngành chăn nuôi ước 4.334 tỷ đồng";
"Giá trị sản xuất nông nghiệp đạt 1.200 tỷ đồng. Trong đó, ngành trồng trọt đạt 1.046 tỷ
đồng". The measure (the value of output) is named once, with the first sector; the next
sector, stated in the same unit with no measure of its own, is measured alike.
"""

from __future__ import annotations

from typing import Final

from tiendo.extract.breakdowns import names_measure
from tiendo.extract.clauses import Draft, same_unit_before
from tiendo.extract.sector_wholes import whole_without_level

# The measures of output a report breaks down by sector, longest first. "tổng" goes:
# a sector's value is a part of the total, not a total itself.
_HEADS: Final = (
    ("tổng giá trị sản xuất", "giá trị sản xuất"),
    ("giá trị sản xuất", "giá trị sản xuất"),
    # "tổng giá trị sản phẩm nông nghiệp 489 tỷ đồng; công nghiệp ... 115,5 tỷ đồng"
    ("tổng giá trị sản phẩm", "giá trị sản phẩm"),
    ("giá trị sản phẩm", "giá trị sản phẩm"),
    ("giá trị tăng thêm", "giá trị tăng thêm"),
    ("tổng doanh thu", "doanh thu"),
    ("doanh thu", "doanh thu"),
)
# Words that open a sector's name ("ngành chăn nuôi") or are sectors themselves.
_SECTOR_WORDS: Final = (
    "ngành ", "khu vực ", "lĩnh vực ", "nông", "lâm", "thủy sản", "thuỷ sản", "ngư",
    "công nghiệp", "xây dựng", "dịch vụ", "thương mại", "chăn nuôi", "trồng trọt",
    "du lịch", "tiểu thủ công nghiệp", "khai khoáng", "chế biến",
)  # fmt: skip


def sector_measured(
    draft: Draft, named: str, sentence: list[Draft], previous: list[Draft], low: str
) -> str:
    """'giá trị sản xuất chăn nuôi' for 'chăn nuôi ước 4.334 tỷ đồng' after the value of
    another sector in the same unit, or ''."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind != "money":
        return ""  # the cheap tests first
    lowered = named.lower()
    if not lowered.startswith(_SECTOR_WORDS):
        return ""
    if len(lowered.split()) > 6 or names_measure(lowered):
        return ""
    unit = quantity.unit.text
    before = same_unit_before(draft, sentence)
    first = not any(d.anchor < draft.anchor for d in sentence)
    if not before and first:
        before = [d for d in previous if d.quantity is not None and d.quantity.unit.text == unit]
    if before:
        written = before[-1].indicator
    else:
        # A whole given with no level ("giá trị sản xuất nông nghiệp tăng 3,2%; trong đó
        # trồng trọt đạt 2.100 tỷ đồng"), or named in a sentence of no figure just before
        # "Trong đó, nông nghiệp ước đạt ...", measures its parts all the same.
        written = whole_without_level(draft, sentence if not first else previous, low, first)
    earlier = written.lower()
    for opening, head in _HEADS:
        rest = earlier[len(opening) + 1 :]
        if earlier.startswith(opening + " ") and rest.startswith(_SECTOR_WORDS):
            # The head as the figure before wrote it ("Giá trị sản xuất ngành"), but for
            # a total, of which the sector is a part.
            if head == opening:
                head = written[: len(opening)]
            sector = f"{named[:1].lower()}{named[1:]}"
            if rest.startswith("ngành ") and not lowered.startswith("ngành "):
                sector = f"ngành {sector}"
            return f"{head} {sector}"
    return ""
