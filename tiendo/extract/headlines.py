"""A headline restates its article: the figures it repeats are the body's, not figures twice.

"Lâm Đồng: khách lưu trú tăng 11%" above "... khách lưu trú ước 4,45 triệu lượt, tăng 11%.":
a news page opens with a line of its own, set apart by a line break and not closed as a
sentence is, that sums up what the paragraphs below it state in full. The figures it
names are read there, with their periods and bases; read in the headline too, they would
be figures twice, and the second time without the words that make them whole.

>>> text = "Lâm Đồng: khách lưu trú tăng 11%\\nCả năm 2018, khách lưu trú tăng 11%."
>>> is_headline(text, 0, 32, 0)
True
>>> is_headline("Thu ngân sách đạt 500 tỷ đồng.\\nChi 300 tỷ đồng.", 0, 30, 0)
False
>>> is_headline("- Thu ngân sách: 500 tỷ đồng\\n- Chi: 300 tỷ đồng", 0, 28, 0)
False
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tiendo.extract.clauses import Draft

_LONGEST = 200  # a headline is one short line; a longer one is a paragraph
# A line that opens a list or a numbered part is an item, not a headline.
_ITEM_OPENING = re.compile(r"\s*(?:[-+•*–]|\d+[.)/]|[IVX]+\.|[a-zđ]\))")
# Whatever ends a sentence ends the line: a sentence, not a headline.
_CLOSED = (".", ";", ":", "!", "?", "…")


def is_headline(text: str, start: int, end: int, index: int) -> bool:
    """True when the sentence text[start:end], the `index`-th of its passage, is the
    passage's headline: its first line, cut by a line break from the body after it."""
    if index != 0 or end - start > _LONGEST or not text.startswith("\n", end):
        return False
    line = text[start:end].rstrip()
    if not line or line.endswith(_CLOSED) or _ITEM_OPENING.match(line):
        return False
    return bool(text[end:].strip())  # a body follows


_NUMBER = re.compile(r"\d(?:[\d.,]*\d)?")


def outside_headline(
    text: str, start: int, end: int, index: int, drafts: list[Draft]
) -> list[Draft]:
    """The figures of the sentence text[start:end] but those of a headline that its body
    states again, the same number written again below it ("7.300 hộ" above "khoảng 7.300
    hộ thoát nghèo"). A headline's number the body never writes is kept: the line may be
    no headline but the first statement of a list written without full stops."""
    if not drafts or not is_headline(text, start, end, index):
        return drafts
    body = text[end:]
    kept = []
    for draft in drafts:
        number = _NUMBER.search(text, draft.number_start, end)
        if number is None or not _written_again(number.group(), body):
            kept.append(draft)
    return kept


def _written_again(number: str, body: str) -> bool:
    at = body.find(number)
    while at >= 0:
        before = body[at - 1 : at] if at else " "
        after = body[at + len(number) : at + len(number) + 1]
        if not (before.isdigit() or before in ".,") and not after.isdigit():
            return True
        at = body.find(number, at + 1)
    return False
