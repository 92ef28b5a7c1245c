""" "toàn ngành" at the end of a measure's name: the sector the passage spoke of before it.

"Sản xuất công nghiệp – tiểu thủ công nghiệp gặp khó, giá trị sản xuất toàn ngành chỉ đạt
1.848 tỷ đồng": "toàn ngành" (the whole sector) points back to the sector named before it,
and the figure is "giá trị sản xuất công nghiệp – tiểu thủ công nghiệp". "Du lịch thu hút
345.900 lượt khách … Doanh thu của toàn ngành khoảng 721 tỷ đồng" is "doanh thu du lịch".
The readable golds name the sector for every such bare "toàn ngành" (7 of 7; two of them keep
"toàn ngành" before the sector, which the sector's name alone still matches).

Left as they are: a name that already holds its sector ("chỉ số sản xuất công nghiệp toàn
ngành"), and a share's whole ("tỷ trọng … trong toàn ngành"), which is the base of a
ratio, not the thing measured.

>>> sector_named("giá trị sản xuất toàn ngành",
...     "sản xuất công nghiệp – tiểu thủ công nghiệp của huyện gặp nhiều khó khăn, ")
'giá trị sản xuất công nghiệp – tiểu thủ công nghiệp'
>>> sector_named("Doanh thu của toàn ngành", "du lịch bình thuận thu hút 345.900 lượt khách. ")
'Doanh thu du lịch'
>>> sector_named("chỉ số sản xuất công nghiệp toàn ngành", "sản xuất công nghiệp tăng. ")
''
>>> sector_named("tỷ trọng khu công nghiệp trong toàn ngành", "ngành nông nghiệp đạt ")
''
"""

from __future__ import annotations

import re
from typing import Final

# A measure followed by the bare anaphor, "của" allowed between ("doanh thu của toàn ngành").
_BARE: Final = re.compile(r"^(\S.{0,60}?)\s+(?:của\s+)?toàn ngành$", re.IGNORECASE)
# The sectors a report speaks of as "ngành": the longest spelling first at each place, so
# "công nghiệp - tiểu thủ công nghiệp" is one sector. ("xây dựng" alone is left out: far
# more often a verb, "xây dựng nông thôn mới", than a sector.)
_SECTOR: Final = re.compile(
    r"\b(công nghiệp(?: ?[-–,] ?(?:tiểu thủ công nghiệp|xây dựng))?|tiểu thủ công nghiệp"
    r"|nông,? lâm nghiệp(?:,? (?:và )?thủy sản)?|nông nghiệp|lâm nghiệp|thủy sản|du lịch"
    r"|thương mại(?: ?[-–,] ?dịch vụ)?)\b"
)
# Characters before the anaphor a sector is looked for in: the sentence or two before it
# (the caller cuts `before` to them, so that no figure copies the text up to it).
LOOK_BACK: Final = 600


def sector_named(named: str, before: str) -> str:
    """`named` with its closing "toàn ngành" replaced by the last sector said in `before`
    (the lower-case text before the anaphor), or "" when the name is not a bare measure
    of "toàn ngành" or no sector was said."""
    bare = _BARE.match(named)
    if bare is None:
        return ""
    measure = bare.group(1)
    lowered = measure.lower()
    if " trong " in f" {lowered} " or _SECTOR.search(lowered):
        return ""
    last = ""
    for mention in _SECTOR.finditer(before[-LOOK_BACK:]):
        last = mention.group(1)
    return f"{measure} {last}" if last else ""
