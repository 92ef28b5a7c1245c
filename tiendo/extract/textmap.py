"""Normalised text that remembers where each character came from.

The extractor matches on NFC text with new-style tone placement, but every offset
it reports must point into the string the caller gave. NFC can merge a base letter
and its combining marks into one character, so each normalised character keeps the
index of the original character it starts at.

>>> mapped = MappedText.of("Thu\u0309y")  # "Thủy" with a combining hook above
>>> mapped.text, mapped.original_offset(4), mapped.original_offset(3)
('Thủy', 5, 4)
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Final

from tiendo.extract.lexicon import is_letter
from tiendo.vietnamese import _OLD_TO_NEW

# The same rewrite as tiendo.vietnamese.fold_tone_placement, faster on megabytes. A
# pair to rewrite opens with o or u ("oà", "uỷ") and ends a word. The regex engine scans
# for a set of first characters one character at a time; str.find scans for one
# character far faster, so each of the four openings is looked for on its own and only
# what follows it is tested. A toned vowel is no opening, so two pairs never overlap
# and the order the pairs are found in does not matter once they are sorted.
_PAIR_OPENINGS: Final = "oOuU"
_PAIR_SECONDS: Final = frozenset(pair[1] for pair in _OLD_TO_NEW)


def _pair_starts(text: str) -> list[int]:
    """Where an old-style pair stands: an opening, a toned vowel of _OLD_TO_NEW after it,
    no letter after that (as "(?![^\\W\\d_])" reads it: a digit or "_" may follow) and
    no "q" before it ("quý" is spelled so in both styles)."""
    starts: list[int] = []
    last = len(text) - 1
    # Module globals are looked up in a dict at each use, compiled too: once, here.
    seconds, pairs = _PAIR_SECONDS, _OLD_TO_NEW
    for opening in _PAIR_OPENINGS:
        index = text.find(opening)
        while 0 <= index < last:
            if (
                text[index + 1] in seconds
                and (index + 2 > last or not is_letter(text[index + 2]))
                and text[index : index + 2] in pairs
                and not (index and text[index - 1] in "qQ")
            ):
                starts.append(index)
            index = text.find(opening, index + 1)
    starts.sort()
    return starts


def fold_tone_placement(text: str) -> str:
    """Old-style tone placement rewritten as new style, length unchanged.

    >>> fold_tone_placement("Thuỷ lợi hoà bình, quý, hoàn thành, QUỶ")
    'Thủy lợi hòa bình, quý, hoàn thành, QUỶ'
    """

    starts = _pair_starts(text)
    if not starts:
        return text  # nothing to fold: no copy of a long text
    pieces: list[str] = []
    done = 0
    for start in starts:
        pieces.append(text[done:start])
        pieces.append(_OLD_TO_NEW[text[start : start + 2]])
        done = start + 2
    pieces.append(text[done:])
    return "".join(pieces)


def _lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters (İ) grow when lower-cased; keep those as they are.
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


@dataclass(frozen=True)
class MappedText:
    text: str  # NFC, new-style tone placement
    lower: str  # text lower-cased, same length
    # origin[i] is the index in the original of normalised character i; None when
    # normalisation changed nothing, so that offsets map to themselves.
    origin: tuple[int, ...] | None
    original_length: int

    @classmethod
    def of(cls, original: str) -> MappedText:
        if unicodedata.is_normalized("NFC", original):
            text = fold_tone_placement(original)
            return cls(text, _lower_same_length(text), None, len(original))
        pieces: list[str] = []
        origin: list[int] = []
        index = 0
        length = len(original)
        while index < length:
            # A cluster is one character with the combining marks that follow it.
            end = index + 1
            while end < length and unicodedata.combining(original[end]):
                end += 1
            piece = unicodedata.normalize("NFC", original[index:end])
            pieces.append(piece)
            if len(piece) == end - index:
                origin.extend(range(index, end))
            else:
                origin.extend([index] * len(piece))
            index = end
        text = fold_tone_placement("".join(pieces))
        return cls(text, _lower_same_length(text), tuple(origin), length)

    def original_offset(self, position: int) -> int:
        """Offset in the original text of normalised position `position` (a start)."""
        if self.origin is None:
            return position
        if position >= len(self.origin):
            return self.original_length
        return self.origin[position]

    def original_end(self, position: int) -> int:
        """Offset in the original text for an exclusive end position."""
        if self.origin is None or position <= 0:
            return position if self.origin is None else 0
        if position >= len(self.origin):
            return self.original_length
        return self.origin[position]
