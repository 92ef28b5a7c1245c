"""Givers as the actor of a clause: 'các tổ chức, cá nhân và doanh nghiệp đã ủng hộ ...',
'nhiều tập thể, cá nhân đã ủng hộ quỹ ...', 'các nhà hảo tâm đã đóng góp ...'. Such a
subject says who gave, not what was measured, so the measure is named by the verb after
the auxiliary, as for 'Toàn huyện đã ...' (`actors.agent_length`). Only with an auxiliary
after the givers: '35 tập thể, 80 cá nhân được khen thưởng' counts them, and 'tổ chức cơ
sở đảng hoàn thành tốt nhiệm vụ' has no giver in it.

>>> donor_length("các tổ chức, cá nhân và doanh nghiệp đã ủng hộ quỹ".split())
8
>>> donor_length("tổ chức cơ sở đảng đã hoàn thành".split())
0
"""

from __future__ import annotations

import re
from typing import Final

# A giver that is a person or a group of people; "tổ chức", "doanh nghiệp", "đơn vị" join
# such a list but alone are measured things ("tổ chức cơ sở đảng", "doanh nghiệp mới").
_PEOPLE: Final = r"cá nhân|tập thể|nhà hảo tâm|mạnh thường quân|nhà tài trợ"
_GIVER: Final = rf"(?:{_PEOPLE}|tổ chức|doanh nghiệp|đơn vị|cơ quan)"
_GIVERS: Final = re.compile(
    rf"^(?:(?:các|nhiều|những)\s+)?{_GIVER}(?:\s*(?:,|và)\s*{_GIVER}){{0,4}}(?=\s)",
    re.IGNORECASE,
)
_PERSON: Final = re.compile(rf"\b(?:{_PEOPLE})\b", re.IGNORECASE)
_LOOK: Final = 12  # the givers and a few words of place before the auxiliary
# "đã" in each case a word may be written in: what lower-cases to it.
_AUXILIARY: Final = frozenset(("đã", "Đã", "đÃ", "ĐÃ"))


def donor_length(words: list[str]) -> int:
    """How many leading words name givers followed by "đã", or 0."""
    # The auxiliary first: most clauses have none, and the words are then not joined
    # for the pattern.
    if _AUXILIARY.isdisjoint(words[:_LOOK]):
        return 0
    head = " ".join(words[:_LOOK])
    found = _GIVERS.match(head)
    if found is None or not _PERSON.search(found.group(0)):
        return 0
    return len(found.group(0).split())
