"""What the captcha asks: a short code drawn as an image, which can also be heard.
(For people who can do neither, tiendo.feedback.questions asks a written question.)

The functions follow django-simple-captcha's contract: they return
(challenge shown to the person, expected answer).
"""

from __future__ import annotations

import secrets

from django.conf import settings

# Characters that neither look nor sound alike when read out in Vietnamese
# ("bê", "pê", "vê", "đê" are too close to tell apart over a phone speaker).
IMAGE_ALPHABET = "3479AEHKMNRXY"
# Pairs a reader mixes up in a drawn, tilted code: a 2 read as Z is typed as Z. Neither
# half of a pair is drawn, so whatever the reader takes a character for is right.
CONFUSABLE = ("2Z", "5S", "8B", "0O", "0D", "1I", "1L", "6G", "UV")

DIGIT_WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]

_LETTER_NAMES = {
    "A": "a", "E": "e", "H": "hát", "K": "ca", "M": "em mờ", "N": "en nờ",
    "R": "e rờ", "X": "ích", "Y": "i dài",
}  # fmt: skip


def image_challenge() -> tuple[str, str]:
    length = int(getattr(settings, "CAPTCHA_LENGTH", 5))
    code = "".join(secrets.choice(IMAGE_ALPHABET) for _ in range(length))
    return code, code


def spoken_code(code: str) -> str:
    """How the audio version reads a code: 'A7K' -> 'a, bảy, ca'."""
    words = []
    for char in code.upper():
        if char.isdigit():
            words.append(DIGIT_WORDS[int(char)])
        else:
            words.append(_LETTER_NAMES.get(char, char.lower()))
    return ", ".join(words)
