"""Where to start looking for a pattern held to the end of a text.

A pattern that ends in `\\s*$` and holds at most N words (runs without blanks) is tried
by `search` at every position of the text, and each try runs on to the text's end. Any
match must start inside the last N words (or on the blank or comma just before them), so
the search may start there: `pattern.search(text, last_words_start(text, N))` finds the
same match as `pattern.search(text)`. `^` and `\\b` still see the text before the start.

>>> text = "đặt mục tiêu đến năm 2025 tỷ lệ hộ nghèo giảm còn dưới "
>>> text[last_words_start(text, 2) :]
'm còn dưới '
>>> last_words_start("giảm còn", 2), last_words_start("giảm còn", 3)
(0, 0)
"""

from __future__ import annotations


def last_words_start(text: str, words: int) -> int:
    """The position one before the end of the word that precedes the last `words` words
    of `text` (its blanks as `str.split` and `\\s` read them), or 0 when it has no more."""
    parts = text.rsplit(None, words)
    if len(parts) <= words:
        return 0
    # parts[0] is text[: end of the word before the last `words`]; a match may start on
    # its last character (a comma), never before it.
    return max(len(parts[0]) - 1, 0)
