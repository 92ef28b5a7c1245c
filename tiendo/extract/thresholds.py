"""A share that says which things a count counts: "3 đơn vị giải ngân trên 50%", "4/124
xã có tỷ lệ hộ nghèo trên 20%", "7 đơn vị dưới 5%". The percentage is a threshold the
counted places or bodies pass or stay under; the count is the figure, and its name holds
the threshold. A share of the count with a comma before it ("12 xã, chiếm trên 50%") or a
comparison ("1.500 hộ, đạt trên 90% kế hoạch", "tăng hơn 20%") is no threshold.

So is a size said inside the noun phrase of the things counted, after "có": "1.250 trang
trại có doanh thu trên 2 tỷ đồng/năm", "tỷ lệ hộ có thu nhập trên 100 triệu đồng/năm đạt
25%" (size_threshold). The amount says which farms or households are counted; the count
or the rate is the figure ("thu nhập bình quân đạt trên 60 triệu đồng" is a level).
A size closed by "trở lên" or "trở xuống" bounds a class the same way, whatever joins it
to the noun ("18 doanh nghiệp sử dụng từ 1.000 lao động trở lên", "320 cánh đồng lớn quy
mô từ 50 ha trở lên", "1.920 tàu cá có chiều dài từ 15 m trở lên"), and so does a size
after "quy mô" ("50 trang trại quy mô trên 1.000 con"), and the things a share is of ("100%
doanh nghiệp có từ 25 lao động trở lên có tổ chức công đoàn"); a size with neither ("1.500 hộ nuôi
tôm với tổng diện tích hơn 800 ha") is the count's total, a figure of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from tiendo.extract.quantities import Quantity
from tiendo.extract.tails import read_tail
from tiendo.extract.units import UnitMatch

_THRESHOLD_WORDS: Final = ("trên", "dưới", "hơn", "từ")
# Only words between the count and the threshold, and none that compares or joins.
_GAP: Final = re.compile(
    # "đạt tỷ lệ giải ngân dưới 30%": a rate the counted reach names them, as "có" does.
    r"(?:[ \t]+(?!(?:tăng|giảm|bằng|đạt(?![ \t]+t[ỷỉ] lệ)|chiếm|so|vượt|tương|gấp|và|với|là"
    r"|tỷ trọng)\b)"
    r"[^\W\d_]+){0,10}[ \t]+$"
)
# "15/63 địa phương có tỷ lệ giải ngân vốn đầu tư công đạt trên 3%": a rate the counted
# have, named after "có", then "đạt" and the threshold; still which ones are counted.
_RATE_HAD: Final = re.compile(
    r"[ \t]+(?:[^\W\d_]+[ \t]+){0,3}?có[ \t]+t[ỷỉ][ \t]+lệ"
    r"(?:[ \t]+(?!(?:tăng|giảm|bằng|đạt|chiếm|so|vượt|tương|gấp|và|với|là)\b)[^\W\d_]+){1,8}"
    r"[ \t]+đạt[ \t]+$"
)


def count_threshold(
    norm: str, low: str, first: int, lead_start: int, unit: UnitMatch, found: Sequence[Quantity]
) -> bool:
    """True when the percentage whose bound starts at `lead_start` (its number at `first`,
    its `unit` "%") is a threshold of the count right before it; the count's words then
    run to the end of the threshold, which names what it counts."""
    if unit.kind != "percent" or not found or lead_start >= first:
        return False
    if not low.startswith(_THRESHOLD_WORDS, lead_start):
        return False
    before = found[-1]
    if before.unit.kind != "count" or before.unit.end > lead_start:
        return False
    if (
        _GAP.fullmatch(low, before.unit.end, lead_start) is None
        and _RATE_HAD.fullmatch(low, before.unit.end, lead_start) is None
    ):
        return False
    before.tail = " ".join(norm[before.unit.end : unit.end].split())
    before.extent_end = unit.end
    return True


# The things counted, by a number or a count's noun, then "có" and the measure that passes
# the size: "1.250 trang trại có doanh thu", "tỷ lệ hộ có thu nhập", "số doanh nghiệp có vốn".
# The counted noun may run to five words: "45 hợp tác xã nông nghiệp có doanh thu".
_COUNTED_HAVING: Final = re.compile(
    r"(?:\d[\d.,]*%?|\b(?:tỷ lệ|tỉ lệ|số|tổng số))[ \t]+(?:[^\W\d_]+[ \t]+){1,5}?"
    r"(?:có[ \t]+(?!(?:tăng|giảm|đạt|là|bằng|chiếm|so)\b)(?:[^\W\d_]+[ \t]+){1,4}"
    r"|đạt[ \t]+(?!(?:tăng|giảm|là|bằng|chiếm|so|tỷ lệ|tỉ lệ)\b)(?:[^\W\d_]+[ \t]+){1,3}"
    r"|(?:[^\W\d_]+[ \t]+){0,5}?(?<![^\W\d_])quy mô[ \t]+)$"
)
# "24 mặt hàng đạt kim ngạch trên 1 tỷ USD", "8 doanh nghiệp có doanh thu đạt trên 100 tỷ
# đồng": "đạt" and the measure the counted things reach name them as "có" does; the
# words before it must still hold no verb.
# ("81 xã đạt từ 5 tiêu chí trở xuống" names no measure: "đạt" is the clause's verb.)
_REACHED: Final = re.compile(
    r"(?<![^\W\d_])(?:có[ \t]+(?:[^\W\d_]+[ \t]+){1,4}đạt"
    r"|đạt[ \t]+(?:[^\W\d_]+[ \t]+){0,2}[^\W\d_]+)[ \t]+$"
)
# Any words of the noun phrase, when "trở lên" closes the size ("sử dụng từ 1.000 lao
# động trở lên"); the count's own words and the link, with no verb of a clause.
# (up to twelve words: "210 hộ sản xuất kinh doanh giỏi có thu nhập từ 500 triệu đồng trở lên")
_COUNTED_CLASS: Final = re.compile(
    r"(?:\d[\d.,]*%?|\b(?:tỷ lệ|tỉ lệ|số|tổng số))[ \t]+(?:[^\W\d_]+[ \t]+){1,12}$"
)
_CLASS_END: Final = re.compile(r"[ \t]+trở[ \t]+(?:lên|xuống)\b")
_SIZE_WORDS: Final = ("trên", "dưới", "từ", "hơn", "không dưới", "tối thiểu", "ít nhất")
# Words that make the phrase a clause of its own, not a noun's: "số lao động có việc làm".
_VERB: Final = re.compile(r"\b(?:tăng|giảm|đạt|là|bằng|chiếm|so|vượt|được|còn)\b")
# Words that join a second clause to the count: its size is that clause's own level.
_JOINED: Final = re.compile(r"\b(?:và|hoặc|đồng thời)\b")


def _counted_at(having: re.Match[str], found: Sequence[Quantity]) -> bool:
    """True when the phrase `having` opens at the number of the last count found: a
    number that is no count ("Năm 2024, kết nạp từ 30 đảng viên trở lên") counts nothing."""
    before = found[-1] if found else None
    return (
        before is not None
        # (a share of the things too: "100% doanh nghiệp có từ 25 lao động trở lên")
        and before.unit.kind in ("count", "percent")
        and before.start <= having.start() < before.unit.end
    )


def size_threshold(
    norm: str, low: str, start: int, lead_start: int, unit: UnitMatch, found: Sequence[Quantity]
) -> bool:
    """True when the amount whose bound starts at `lead_start` is a size inside the noun
    phrase of the things a count or a rate counts ("trang trại có doanh thu trên 2 tỷ
    đồng"): no figure. A count or a share ("số lao động có việc làm trên 500 nghìn người",
    "tỷ lệ … trên 95%") is the phrase's own level, and stays one."""
    if unit.kind == "percent":
        return False
    closed = _CLASS_END.match(low, unit.end) if low.startswith(" trở", unit.end) else None
    # "trở lên" bounds a size with no word before it too: "1.250 hộ có thu nhập 100
    # triệu đồng trở lên" counts the households at or above the income.
    if closed is None and not low.startswith(_SIZE_WORDS, lead_start):
        return False
    window_start = max(start, lead_start - 80)
    pattern = _COUNTED_HAVING if closed is None else _COUNTED_CLASS
    having = pattern.search(low, window_start, lead_start)
    while having is not None and having.group()[0].isdigit() and not _counted_at(having, found):
        # "Năm 2023, tỷ lệ hộ có thu nhập …": a year counts nothing; the phrase may still
        # open after it.
        having = pattern.search(low, having.start() + len(having.group().split()[0]), lead_start)
    if having is None:
        return False
    phrase = having.group()
    # (after a count's number only: "số tiêu chí bình quân đạt 11,7" is the rate's level)
    reached = _REACHED.search(phrase) if "đạt" in phrase and phrase[0].isdigit() else None
    if _VERB.search(phrase, 0, reached.start() if reached else len(phrase)) is not None:
        return False
    if closed is not None and _JOINED.search(having.group()):
        return False  # "19/19 tiêu chí và kết nạp từ 30 đảng viên trở lên": a second act
    if unit.kind == "count" and closed is None and not having.group().endswith("quy mô "):
        return False  # "số lao động có việc làm trên 500 nghìn người": the count's level
    before = found[-1] if found else None
    if before is not None and _counted_at(having, found):
        end = unit.end if closed is None else closed.end()
        more = ""
        if closed is not None:
            # "1.920 tàu cá có chiều dài từ 15 m trở lên được lắp thiết bị …": the noun's
            # words run on past the size.
            more, end = read_tail(low, norm, end, len(low), before.unit)
            end = max(end, closed.end())
        named = f"{norm[before.unit.end : closed.end() if closed else end]} {more}"
        before.tail = " ".join(named.split())  # its name runs on
        before.extent_end = end
    return True
