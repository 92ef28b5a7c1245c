"""Whether a cue can open at "kế hoạch" or "nhiệm vụ", read from the words after them: a
plain test kinds.Cues asks before its pattern for the word.

Every cue of the target that opens with "kế hoạch" or "nhiệm vụ" (kind_cue_sources.TARGET_SOURCE)
goes on with one of: the end of the text (a heading), a comma, a colon or a full stop
after blanks, one of the words a heading or a label lists ("và", "nhiệm vụ", "giải
pháp", "phương hướng", "mục tiêu", "năm", "giai đoạn", "là"), or, for "kế hoạch" only,
" giao" after at most three words ("kế hoạch tỉnh giao"). Most plans named in prose go
on otherwise ("kế hoạch cụ thể", "kế hoạch;", "nhiệm vụ được giao"): there the pattern,
about 14.000 instructions a call, cannot match and is not asked
(tests/extract/test_cue_plans.py holds the test to the pattern).

>>> may_go_on("xây dựng kế hoạch cụ thể", 17, True), may_go_on("kế hoạch tỉnh giao", 8, True)
(False, True)
>>> may_go_on("nhiệm vụ được giao", 8, False), may_go_on("nhiệm vụ năm 2025:", 8, False)
(False, True)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from tiendo.extract.char_scans import has_word_at

if TYPE_CHECKING:
    from mypy_extensions import i64  # compiled as a native 64-bit int; an int when run

# The words a heading or a label may go on with after the plan's noun.
_NEXT_WORDS: Final = (
    "và",
    "nhiệm vụ",
    "giải pháp",
    "phương hướng",
    "mục tiêu",
    "năm",
    "giai đoạn",
    "là",
)


def _blank(text: str, index: i64) -> bool:
    """True when text[index] is what "\\s" matches."""
    code = ord(text[index])
    if code < 0x80:
        return code == 0x20 or 0x09 <= code <= 0x0D or 0x1C <= code <= 0x1F
    return text[index].isspace()


def _handed_down(text: str, end: i64) -> bool:
    """True when " giao" follows text[:end] after at most three words, each after one
    space (what "(?: \\S+){0,3} giao" needs; a word here is all up to the next space)."""
    stop: i64 = len(text)
    index = end
    for _ in range(4):
        if index >= stop or ord(text[index]) != 0x20:
            return False
        if has_word_at(text, index + 1, "giao"):
            return True
        index += 1
        while index < stop and ord(text[index]) != 0x20:
            index += 1
    return False


def may_go_on(text: str, end: int, handed: bool) -> bool:
    """False when no cue of the target that opens with the plan's noun ending at `end` of
    `text` ("kế hoạch", "nhiệm vụ") can match there; `handed`: the noun is "kế hoạch",
    whose cue "kế hoạch tỉnh giao" is read too."""
    stop: i64 = len(text)
    index: i64 = end
    while index < stop and _blank(text, index):
        index += 1
    if index >= stop:
        return True
    code = ord(text[index])
    if code == 0x2C or code == 0x3A or code == 0x2E:  # "," ":" "."
        return True
    for word in _NEXT_WORDS:
        if has_word_at(text, index, word):
            return True
    return handed and _handed_down(text, end)
