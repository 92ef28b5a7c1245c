"""A sector of the economy under the gross product: "khu vực dịch vụ", not "tổng sản
phẩm dịch vụ".

"Tổng sản phẩm trong nước (GDP) tăng 6,03%; nông - lâm nghiệp tăng 2,14%, dịch vụ tăng
5,82%": the gross product is broken down into the economy's three sectors (agriculture,
forestry and fishery; industry and construction; services), each of which is a "khu vực"
of it. The whole's long name joined to the bare sector ("tổng sản phẩm trong nước dịch
vụ") names neither; the sector's own name does. Where the text itself says "khu vực"
("tổng sản phẩm trên địa bàn khu vực dịch vụ") the joined name reads well and stays.

>>> economy_sector("tổng sản phẩm trong nước dịch vụ")
'khu vực dịch vụ'
>>> economy_sector("Tổng sản phẩm trên địa bàn công nghiệp - xây dựng")
'khu vực công nghiệp - xây dựng'
>>> economy_sector("tổng sản phẩm công nghiệp, xây dựng công nghiệp")  # a branch, not a sector
''
>>> economy_sector("tốc độ tăng trưởng GRDP dịch vụ")
'khu vực dịch vụ'
>>> economy_sector("GRDP trừ dầu khí nông, lâm nghiệp và thủy sản")
'khu vực nông, lâm nghiệp và thủy sản'
>>> economy_sector("GRDP khu vực dịch vụ")
''
"""

from __future__ import annotations

import re
from typing import Final

_WHOLE: Final = re.compile(
    r"^(?P<lead>đóng góp của\s+)?"
    # "tốc độ tăng trưởng GRDP dịch vụ", "GRDP trừ dầu khí dịch vụ": the rise of the gross
    # product, named by its letters, is broken down the same way.
    r"(?:(?:(?:tốc độ\s+)?tăng trưởng|tốc độ tăng)\s+)?"
    r"(?:tổng sản phẩm(?:\s+(?:trong nước|trên địa bàn|trong tỉnh|nội tỉnh)(?:\s+tỉnh)?)?"
    r"|GRDP|GDP)(?:\s+\(?(?:trừ|không kể) dầu (?:khí|thô)\)?)?"
    r"\s+(?!khu vực\b)(?P<sector>.+)$",
    re.IGNORECASE,
)
_SECTOR: Final = re.compile(
    r"^(?:nông(?:[\s,\-–]+(?:và\s+)?(?:lâm|ngư|thủy sản|thuỷ sản)(?:\s+nghiệp)?)*(?:\s+nghiệp)?"
    r"|công nghiệp\s*(?:,|-|–|và)\s*xây dựng"
    r"|(?:các ngành\s+|thương mại\s*(?:,|-|–|và)\s*|thương nghiệp và\s+)?dịch vụ)$",
    re.IGNORECASE,
)


def economy_sector(named: str) -> str:
    """`named` as the sector of the economy it is, when it joins the gross product's name
    to one of the three sectors, else ""."""
    if named[:1] not in "tTđĐG":
        return ""
    match = _WHOLE.match(named)
    if match is None or _SECTOR.match(match.group("sector")) is None:
        return ""
    return f"{match.group('lead') or ''}khu vực {match.group('sector')}"


# What every match of _SECTOR opens with (a plain look-up first).
_SECTOR_OPENINGS: Final = ("nông", "công nghiệp", "dịch vụ", "các ngành", "thương ")


def is_economy_sector(named: str) -> bool:
    """True when `named` is one of the economy's three sectors and nothing more.

    >>> is_economy_sector("nông, lâm nghiệp, thủy sản"), is_economy_sector("công nghiệp - xây dựng")
    (True, True)
    >>> is_economy_sector("nông sản")
    False
    """
    return named.lower().startswith(_SECTOR_OPENINGS) and _SECTOR.match(named) is not None
