"""The predicate words that close a subject's stretch, read from its last word back: "địa
phương là", "thu ngân sách ước đạt" end in words that open the predicate, where "đảng
viên mới", "giá trị gia tăng", "có trình độ đại học trở lên", "chứng chỉ" and "vốn thực
hiện" end in words of a name.

>>> closing_size("thu ngân sách ước đạt".split(), 0, 5)
2
>>> closing_size("kết nạp đảng viên mới".split(), 0, 5)
0
"""

from __future__ import annotations

from typing import Final

from tiendo.extract.bare_heads import bare_head_before
from tiendo.extract.subject_edges import TRAILING_WORDS


def phrases_by_word(phrases: frozenset[str], at: int) -> dict[str, list[tuple[list[str], str]]]:
    """The phrases of three words at most (the longest a stretch's edge is read with), as
    their words and themselves, keyed by their last (`at` -1) or first (0) word, longest
    first."""
    table: dict[str, list[tuple[list[str], str]]] = {}
    for phrase in sorted(phrases, key=lambda p: (-len(p.split()), p)):
        words = phrase.split()
        if len(words) <= 3:
            table.setdefault(words[at], []).append((words, phrase))
    return table


def words_at(lower: list[str], start: int, words: list[str]) -> bool:
    """Whether lower[start:] opens with `words` (which fit in it)."""
    return all(lower[start + offset] == word for offset, word in enumerate(words))


# A phrase is read at the end of the words only where one ends with the word that stands
# there, and compared word by word: no phrase is joined to be looked up.
_TRAILING_BY_LAST: Final = phrases_by_word(TRAILING_WORDS, -1)
# "mới" is "new" after these words ("đảng viên mới", "trồng mới"), else "only just".
_NEW_AFTER: Final = frozenset(
    {"viên", "thôn", "trồng", "lập", "nạp", "dựng", "mở", "sinh", "hình", "làm", "phát triển"}
)
# "chứng chỉ", "địa chỉ": here "chỉ" is part of a noun, not "only".
_NOUN_BEFORE_CHI: Final = frozenset({"chứng", "địa", "tín", "văn", "chất", "kim", "giấy"})


def closing_size(lower: list[str], first: int, last: int) -> int:
    """How many of the last words of lower[first:last] (lower-case, `last` > `first`) are
    a predicate phrase that closes the stretch (the longest that does), 0 for none."""
    for phrase_words, phrase in _TRAILING_BY_LAST.get(lower[last - 1], []):
        size = len(phrase_words)
        if (
            last - first >= size
            and words_at(lower, last - size, phrase_words)
            and not (
                last - first > 1
                and (
                    (phrase == "mới" and lower[last - 2] in _NEW_AFTER)
                    # "có trình độ đại học trở lên", "con thứ 3 trở lên": a class's bound
                    or (phrase in ("lên", "xuống") and lower[last - 2] == "trở")
                    or (phrase == "chỉ" and lower[last - 2] in _NOUN_BEFORE_CHI)
                    # "khu vực đồng bằng", "các xã đồng bằng": the plains, no "bằng" of a ratio
                    or (phrase == "bằng" and lower[last - 2] == "đồng")
                    or bare_head_before(phrase, lower, first, last - size)
                )
            )
        ):
            return size
    return 0
