"""The words of a subject that say when, not what, blanked so that offsets stay put:
period expressions with the prepositions that lead them, and document numbers.

>>> masked("Tổng thu trong quý I năm 2022 là", [(15, 29)])
'Tổng thu                      là'
>>> masked("theo Nghị quyết số 15-NQ/HU đã", [])
'theo Nghị quyết             đã'
"""

from __future__ import annotations

import re
from typing import Final

ANY_DIGIT: Final = re.compile(r"\d")
_PERIOD_LEAD: Final = re.compile(
    r"(?:\b(?:tính đến hết|tính đến|đến hết|tới hết|lũy kế|luỹ kế|cộng dồn|trong|sau|đến|tới|vào|"
    r"cuối|đầu|hết|riêng|cả|cùng kỳ|sang|từ)\s+)+$",  # "từ ngày 1/3 đến nay": since when
    re.IGNORECASE,
)
# Every letter _PERIOD_LEAD can match (in either case, with the letters the engine folds to
# them: "ı", "İ", "ſ", the Kelvin sign) and every blank: a lead lies within the run of them
# that ends the text before a period, so the pattern is searched over that run only, not
# tried at every position of the text.
_LEAD_WORDS: Final = (
    "tính đến hết tới lũy luỹ kế cộng dồn trong sau vào cuối đầu riêng cả cùng kỳ sang từ"
)
_LEAD_CHARACTERS: Final = "".join(
    sorted(
        set(_LEAD_WORDS.replace(" ", "") + _LEAD_WORDS.upper() + "ıİſ\u212a")
        | {chr(code) for code in range(0x3001) if chr(code).isspace()}
    )
)
# "số 456/QĐ-UBND", "15-NQ/HU": a character first, its boundary behind, so a search skips.
_DOCUMENT_NUMBER: Final = re.compile(r"(?:số(?<=\bsố)\s+\d|\d(?<=\b\d))[\w.]*(?:[/-][\w.]+)+")


def lead_start(text: str, start: int) -> int:
    """Where the words that lead the period at `start` ('tính đến hết', 'trong') begin, or
    -1 when none leads it."""
    before = text[: max(0, start)]
    lead = _PERIOD_LEAD.search(before, len(before.rstrip(_LEAD_CHARACTERS)))
    return lead.start() if lead else -1


def masked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with period expressions (at `spans`), the prepositions that lead them
    ('trong', 'cuối') and document numbers ('số 456/QĐ-UBND') blanked."""
    if ("/" in text or "-" in text) and ANY_DIGIT.search(text):  # most subjects: no number
        spans = spans + [
            m.span()
            for m in _DOCUMENT_NUMBER.finditer(text)
            if any(ch.isalpha() for ch in m.group().split("/", 1)[-1].split("-", 1)[-1])
        ]
    if not spans:
        return text
    length = len(text)
    blanks: list[tuple[int, int]] = []
    for start, end in spans:
        lead = lead_start(text, start)
        if lead >= 0:
            start = lead
        start, end = max(0, start), min(length, end)
        # "6 tháng qua", "trong năm nay", "quý này": the word that points the time to now
        # or to the past belongs with it
        for pointer in (" qua", " nay", " này"):
            if text.startswith(pointer, end) and not text[end + len(pointer) :][:1].isalpha():
                end += len(pointer)
                break
        if start < end:
            blanks.append((start, end))
    # The text with the union of the stretches blanked, built from slices.
    pieces: list[str] = []
    done = 0
    for start, end in sorted(blanks):
        if end <= done:
            continue
        start = max(start, done)
        pieces += (text[done:start], " " * (end - start))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)
