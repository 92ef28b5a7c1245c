"""A heading topic ("Về tội phạm ma túy, ...") names what a count that follows is of, when
the count's own clause names only who acted and what they did; under a field's heading a
count of things names itself ("Về giáo dục, xây mới 12 phòng học"), and only a count of
instances ("vụ", "trường hợp", "cơ sở") takes the field.

>>> with_topic("phát hiện", "tội phạm ma túy")
'phát hiện tội phạm ma túy'
>>> with_topic("trong kỳ phát hiện", "buôn lậu", "vụ")
'trong kỳ phát hiện buôn lậu'
>>> with_topic("năm học này xây", "giáo dục", "phòng học")
'năm học này xây'
>>> force_length(["lực", "lượng", "công", "an", "phát", "hiện"], 2)
4
"""

from __future__ import annotations

import re
from typing import Final

# "Về môi trường, trong kỳ khởi tố 5 vụ": the clause is a verb and a period word or two;
# a longer clause names its own object ("khởi tố 5 vụ án cố ý gây thương tích").
_SHORT_CLAUSE: Final = 4
# Nouns that count instances of something (cases, offenders, establishments, turns,
# sessions) rather than things of their own: what they are instances of is the topic.
_INSTANCES: Final = frozenset(
    ("vụ", "vụ án", "vụ việc", "trường hợp", "đối tượng", "bị can", "bị cáo", "cơ sở",
     "lượt", "cuộc", "ca", "đợt")
)  # fmt: skip
# A field heads a report's section ("Về giáo dục", "Về văn hóa - xã hội"): a noun or two
# of a word or two each. A longer topic ("Về thu hút vốn đầu tư trực tiếp nước ngoài",
# "Về chỉ tiêu đăng ký thi đua") names a kind of what is counted ("46 dự án").
_FIELD_JOINS: Final = re.compile(r"\s+(?:và|-|–)\s+|\s*,\s*")
_FIELD_WORDS: Final = 2
# "lực lượng công an", "cơ quan cảnh sát": a collective noun whose complement is the
# force itself, so the actor's name runs on through that second head.
_COLLECTIVES: Final = ("lực lượng", "cơ quan")
_FORCES: Final = ("công an", "cảnh sát", "biên phòng", "hải quan", "kiểm lâm", "quản lý thị trường")


def with_topic(clause: str, topic: str, counted: str = "") -> str:
    """`clause` with the heading's topic after it, when the clause is a bare predicate and
    `counted`, the noun of a count, if any, counts instances or the topic is more than a
    field."""
    if not topic or len(clause.split()) > _SHORT_CLAUSE:
        return clause
    if counted and _field(topic) and not _instances(counted):
        return clause  # "Về giáo dục, xây mới 12 phòng học": the classrooms name themselves
    return f"{clause} {topic}".strip()


def _field(topic: str) -> bool:
    return all(len(part.split()) <= _FIELD_WORDS for part in _FIELD_JOINS.split(topic.lower()))


def _instances(counted: str) -> bool:
    low = counted.lower()
    return low in _INSTANCES or low.startswith("lượt ")  # "lượt người": visits


def force_length(words: list[str], taken: int) -> int:
    """How far an actor's name taken up to `taken` runs on through the force it names."""
    if " ".join(words[:taken]).lower() not in _COLLECTIVES:
        return taken
    rest = " ".join(words[taken : taken + 4]).lower() + " "
    for force in _FORCES:
        if rest.startswith(force + " "):
            return taken + len(force.split())
    return taken
