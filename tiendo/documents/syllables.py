"""Is this word a Vietnamese syllable? Used to tell a right decoding from a wrong one.

Every Vietnamese word is one syllable: an optional initial consonant, a vowel
group and an optional final consonant, with at most one tone mark. A wrong
decoding of legacy bytes breaks this shape ("Vieọt", "hoµ"), so counting
well-formed syllables ranks candidate decodings.

>>> is_vietnamese_syllable("Nguyễn"), is_vietnamese_syllable("khuỷu")
(True, True)
>>> is_vietnamese_syllable("Vieọt"), is_vietnamese_syllable("ñaûng")
(False, False)
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_INITIALS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx]"
# Longest first, so that the alternation tries "iêu" before "iê".
_VOWEL_GROUPS = (
    "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "uyu",
    "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi",
    "ôi", "ơi", "oo", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
)  # fmt: skip
_FINALS = "ch|ng|nh|[cmnpt]"
_SYLLABLE = re.compile(f"^(?:{_INITIALS})?(?:{'|'.join(_VOWEL_GROUPS)})(?:{_FINALS})?$")


@lru_cache(maxsize=65536)
def is_vietnamese_syllable(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for ch in decomposed if ch in _TONE_MARKS)
    if tones > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    return bool(_SYLLABLE.match(bare))
