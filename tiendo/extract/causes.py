"""A cause is no part of the name of what it acts on (indicator.py asks, before a number).

"sự cố ... đã kéo tốc độ tăng trưởng kinh tế xuống", "giá xăng dầu đã đẩy chỉ số giá tiêu
dùng tăng": a cause drags or pushes the measure, which is its object ("kéo dài" extends,
"đẩy mạnh" steps up: no cause). "Mưa lớn kéo dài khiến 1.250 ha lúa bị ngập úng": what a
cause brings about ("khiến", "làm cho", "gây ra") is named after the number, by the things
counted; the words before it are all the cause's.

>>> past_cause("Mưa lớn kéo dài khiến", str.strip)
''
>>> past_cause("giá xăng dầu đã đẩy chỉ số giá tiêu dùng", str.strip)
'chỉ số giá tiêu dùng'
>>> past_cause("khiến thu nhập của nông dân", str.strip)
'khiến thu nhập của nông dân'
>>> past_cause("Người lái xe hai bánh gây ra", str.strip, share=True)
'Người lái xe hai bánh gây ra'
>>> past_cause("Thiệt hại do thiên tai gây ra", str.strip)
'Thiệt hại do thiên tai'
>>> past_cause("Dông lốc, mưa đá còn làm", str.strip), past_cause("Nhân dân đã làm", str.strip)
('', 'Nhân dân đã làm')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from tiendo.extract.actors import agent_length

# (a pattern that opens with look-behinds is asked only where one of the two words stands)
_DRAGGED: Final = re.compile(
    r"(?<!đầu)(?<!máy)(?<!xe)(?<!tàu)(?<!lực)"  # "xe đầu kéo", "máy kéo": a vehicle
    r"\s(?:đã\s+|đang\s+|sẽ\s+)?(?:kéo(?!\s+(?:dài|theo|giảm)\b)|đẩy(?!\s+(?:mạnh|nhanh)\b))\s+(?=\S)",
    re.IGNORECASE,
)
# A verb that brings about what follows it, right before the number, after its cause.
# "Vốn chính sách đã giúp 1.250 hộ thoát nghèo": a means helps the things counted to do
# what follows them ("thoát nghèo"), which names the figure, as "khiến" does.
_BRINGS: Final = re.compile(
    r"\S\s+(?:đã\s+|còn\s+|cũng\s+)*(?:khiến cho|khiến|làm cho|gây ra|giúp cho|giúp)\s*$",
    re.IGNORECASE,
)
# "Dông lốc, mưa đá còn làm gần 920 ha lúa … bị đổ gãy": a plain "làm" brings about what
# follows it as "khiến" does, where no actor stands before it ("Nhân dân đã làm 12 km
# đường" builds the road).
# ("việc làm", a job, is no verb: "giải quyết việc làm cho 31.000 lao động")
_MADE: Final = re.compile(r"\S(?<!việc)\s+(?:đã\s+|còn\s+|cũng\s+)*làm\s*$", re.IGNORECASE)
# "<what> do <cause> gây ra": the cause in a clause of its own after "do", ending the subject.
_CAUSED_BY: Final = re.compile(r"(\S\s+do\s+[^,;:()]{1,40}?)\s+gây ra\s*$", re.IGNORECASE)


def past_cause(text: str, strip: Callable[[str], str], share: bool = False) -> str:
    """`text` (the words before a number) without the cause that acts on the measure. A
    share of what a cause brought about ("Người lái xe hai bánh gây ra trên 73% số vụ") is
    the cause's own: its words stay."""
    brings = "khiến" in text or " cho" in text or "gây" in text or "giúp" in text
    if not share and (
        (brings and _BRINGS.search(text))
        or (" làm" in text and _MADE.search(text) and not agent_length(text.split()))
    ):
        caused_by = _CAUSED_BY.search(text) if " do " in f" {text.lower()}" else None
        if caused_by is not None and caused_by.start() > 0:
            # "Thiệt hại do thiên tai gây ra": what the cause brought about is the subject,
            # the cause named after "do" in a clause of its own; the verb closes that clause.
            return strip(text[: caused_by.end(1)])
        return ""
    if " kéo " in text or " đẩy " in text:
        dragged = [m.end() for m in _DRAGGED.finditer(text)]
        text = (strip(text[dragged[-1] :]) if dragged else "") or text
    return text
