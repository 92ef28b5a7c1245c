"""A fund is what its money measures: "Quỹ Cứu trợ vận động được 944 triệu đồng" is the
relief fund's takings, as the quoted 'Quỹ "Vì người nghèo" tỉnh đã vận động …' already
reads. Unquoted, the capitals of its name looked like a place or an actor ("Quỹ Cứu"
was read as an actor and "trợ vận động" left). The words of the name are kept.

>>> fund_name_at(["Quỹ", "Cứu", "trợ"], 1), fund_name_at(["Hội", "Nông", "dân"], 1)
(True, False)
>>> opens_fund(["Quỹ", "Khuyến", "học"]), opens_fund(["Quỹ", "hỗ", "trợ"])
(True, False)

The board of a fund that takes or spends money ("Ban Vận động Quỹ "Vì người nghèo" huyện
đã tiếp nhận 31 tỷ đồng") does so for the fund: the money is the fund's.

>>> board = "Ban Vận động Quỹ Cứu trợ tỉnh đã tiếp nhận".split()
>>> fund_of_board(board[:3], board), fund_of_board(board[:1], "Ban Chỉ đạo đã chi".split())
('Quỹ Cứu trợ tỉnh', '')
"""

from __future__ import annotations

from typing import Final


def opens_fund(words: list[str]) -> bool:
    """Whether `words` open with a fund's capitalised name ("Quỹ Khuyến học")."""
    return len(words) > 1 and words[0].lower() == "quỹ" and words[1][:1].isupper()


def fund_name_at(words: list[str], at: int) -> bool:
    """Whether words[at] is a capitalised word of a fund's name ("Cứu" in "Quỹ Cứu trợ",
    "Quốc" and "gia" in "Quỹ Quốc gia")."""
    start = at
    while start > 0 and words[start - 1][:1].isupper() and words[start - 1].lower() != "quỹ":
        start -= 1
    return start > 0 and words[start - 1].lower() == "quỹ" and words[at][:1].isupper()


def fund_of_board(agent: list[str], words: list[str]) -> str:
    """The fund whose board `agent` names, with the words up to the auxiliary ("Ban Vận
    động Quỹ X huyện đã …" gives "Quỹ X huyện"), or ""."""
    if not agent or agent[0].lower() != "ban":
        return ""
    at = next((i for i, word in enumerate(words) if word.lower() == "quỹ"), 0)
    end = next((i for i, word in enumerate(words) if word.lower() in _AUXILIARIES), 0)
    return " ".join(words[at:end]) if at > 0 and at + 1 < end else ""


_AUXILIARIES: Final = frozenset({"đã", "đang", "sẽ"})
