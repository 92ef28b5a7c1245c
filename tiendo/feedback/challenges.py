"""What the captcha asks: a short code drawn as an image (which can also be heard),
or, for people who can see neither, a small sum written in Vietnamese words.

The functions follow django-simple-captcha's contract: they return
(challenge shown to the person, expected answer).

>>> answer_to_digits("Mười lăm")
'15'
>>> answer_to_digits(" 12 ")
'12'
"""

from __future__ import annotations

import secrets

from django.conf import settings

from tiendo.vietnamese import search_key

# Characters that neither look nor sound alike when read out in Vietnamese
# ("bê", "pê", "vê", "đê" are too close to tell apart over a phone speaker).
IMAGE_ALPHABET = "23456789AEHKMNRSXY"

DIGIT_WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]

_LETTER_NAMES = {
    "A": "a", "E": "e", "H": "hát", "K": "ca", "M": "em mờ", "N": "en nờ",
    "R": "e rờ", "S": "ét", "X": "ích", "Y": "i dài",
}  # fmt: skip


def image_challenge() -> tuple[str, str]:
    length = int(getattr(settings, "CAPTCHA_LENGTH", 5))
    code = "".join(secrets.choice(IMAGE_ALPHABET) for _ in range(length))
    return code, code


def number_in_words(number: int) -> str:
    """0 to 20 in words: 15 -> 'mười lăm', 20 -> 'hai mươi'."""
    if number <= 10:
        return DIGIT_WORDS[number]
    if number == 20:
        return "hai mươi"
    unit = number - 10
    # "mười năm" is said "mười lăm".
    return "mười " + ("lăm" if unit == 5 else DIGIT_WORDS[unit])


def question_challenge() -> tuple[str, str]:
    """('Bảy cộng năm bằng mấy?', '12'): short enough for the 32-character store."""
    first = 1 + secrets.randbelow(9)
    second = 1 + secrets.randbelow(9)
    question = f"{number_in_words(first).capitalize()} cộng {number_in_words(second)} bằng mấy?"
    return question, str(first + second)


def _spoken_forms() -> dict[str, str]:
    forms = {search_key(number_in_words(n)): str(n) for n in range(21)}
    # Other ways people write the same numbers.
    forms.update({"muoi nam": "15", "muoi tu": "14", "muoi bon": "14", "hai muoi": "20"})
    forms.update({"linh": "0", "khong": "0"})
    return forms


_SPOKEN = _spoken_forms()


def answer_to_digits(answer: str) -> str:
    """Accept '12' as well as 'mười hai' (with or without diacritics)."""
    key = search_key(answer)
    return _SPOKEN.get(key, key)


def spoken_code(code: str) -> str:
    """How the audio version reads a code: 'A7K' -> 'a, bảy, ca'."""
    words = []
    for char in code.upper():
        if char.isdigit():
            words.append(DIGIT_WORDS[int(char)])
        else:
            words.append(_LETTER_NAMES.get(char, char.lower()))
    return ", ".join(words)
