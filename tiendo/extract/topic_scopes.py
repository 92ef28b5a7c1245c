"""A heading topic ("Về tội phạm ma túy, ...") names what a count that follows is of, when
the count's own clause names only who acted and what they did.

>>> with_topic("phát hiện", "tội phạm ma túy")
'phát hiện tội phạm ma túy'
>>> with_topic("trong kỳ phát hiện", "buôn lậu")
'trong kỳ phát hiện buôn lậu'
>>> force_length(["lực", "lượng", "công", "an", "phát", "hiện"], 2)
4
"""

from __future__ import annotations

from typing import Final

# "Về môi trường, trong kỳ khởi tố 5 vụ": the clause is a verb and a period word or two;
# a longer clause names its own object ("khởi tố 5 vụ án cố ý gây thương tích").
_SHORT_CLAUSE: Final = 4
# "lực lượng công an", "cơ quan cảnh sát": a collective noun whose complement is the
# force itself, so the actor's name runs on through that second head.
_COLLECTIVES: Final = ("lực lượng", "cơ quan")
_FORCES: Final = ("công an", "cảnh sát", "biên phòng", "hải quan", "kiểm lâm", "quản lý thị trường")


def with_topic(clause: str, topic: str) -> str:
    """`clause` with the heading's topic after it, when the clause is a bare predicate."""
    if not topic or len(clause.split()) > _SHORT_CLAUSE:
        return clause
    return f"{clause} {topic}".strip()


def force_length(words: list[str], taken: int) -> int:
    """How far an actor's name taken up to `taken` runs on through the force it names."""
    if " ".join(words[:taken]).lower() not in _COLLECTIVES:
        return taken
    rest = " ".join(words[taken : taken + 4]).lower() + " "
    for force in _FORCES:
        if rest.startswith(force + " "):
            return taken + len(force.split())
    return taken
