"""Documents and posts a session acted on: "xem xét, quyết nghị 13 tờ trình và lấy phiếu tín
nhiệm đối với 20 chức danh", "cho ý kiến vào 13 báo cáo, tờ trình về ...".

Each count is of the things its own verb acted on: the name is that verb and the things
("quyết nghị tờ trình", "cho ý kiến báo cáo, tờ trình"), not the verbs of the list before it nor
what the documents are about ("về phát triển kinh tế - xã hội").
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

# The acts of a council or a congress on documents and posts, right before the number.
# ("thông qua" acts on documents only: what a resolution adopts, "thông qua 31 chỉ tiêu",
# its targets, readers name by the targets.)
_ACT: Final = re.compile(
    r"(?:^|[\s,;])(?P<act>quyết nghị|biểu quyết|cho ý kiến|góp ý|ban hành|phê chuẩn"
    r"|lấy phiếu tín nhiệm|bỏ phiếu tín nhiệm|chất vấn|miễn nhiệm|bầu bổ sung|thông qua)"
    r"(?:\s+(?:vào|đối với|với|cho))?\s*$",
    re.IGNORECASE,
)
# Where the things' own words end: what they are about, whose they are, the next act.
_THINGS_END: Final = re.compile(
    r"\s+(?:về|do|của|để|nhằm|đồng thời|(?:và|cùng)\s+(?=[^\W\d]+(?:\s+[^\W\d]+)*\s+\d))"
    r"|[;.()]|,\s*(?=[^\d,;.]{0,25}\d)"
    # "thông qua 13 nghị quyết, trong đó có nghị quyết …": the ones singled out after
    r"|,\s*(?:trong đó|trong số đó|gồm|bao gồm|như|nhất là|đặc biệt)(?![^\W_])"
)
_LONGEST: Final = 60
# The documents a session adopts ("thông qua 7 nghị quyết"): what "thông qua" counts.
_DOCUMENTS: Final = ("nghị quyết", "tờ trình", "báo cáo", "đề án", "quy chế", "văn bản")
# The letters an act or the word after it ends with, as the pattern, ignoring case, reads
# them ("ı" and "İ" are "i" to it).
_LAST_LETTERS: Final = "AGHIMNOTaghimnotÝýİıỊị"


def session_act(draft: Draft, norm: str) -> str:
    """'quyết nghị tờ trình' for 'quyết nghị 13 tờ trình', or ''."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind != "count":
        return ""
    before = norm[max(draft.clause_start, quantity.lead_start - 40) : quantity.lead_start]
    # A match ends the text but for its blanks: most counts follow no such letter.
    if before.rstrip()[-1:] not in _LAST_LETTERS:
        return ""
    # Every act holds one of these (lower-cased, as the pattern ignores case): most
    # counts have none before them, and the pattern is tried at every position.
    lowered = before.lower()
    if not (
        "nghị" in lowered
        or "quyết" in lowered
        or "ý" in lowered
        or "hành" in lowered
        or "chuẩn" in lowered
        or "ệm" in lowered
        or "vấn" in lowered
        or "bầu" in lowered
        or "qua" in lowered
    ):
        return ""
    act = _ACT.search(before)
    if act is None:
        return ""
    after = norm[quantity.end : quantity.end + _LONGEST]
    ended = _THINGS_END.search(after)
    things = " ".join(after[: ended.start() if ended else len(after)].split()).strip(" ,")
    if not things or any(ch.isdigit() for ch in things):
        return ""
    if act.group("act").lower() == "thông qua" and not things.lower().startswith(_DOCUMENTS):
        return ""
    return f"{act.group('act')} {things}"
