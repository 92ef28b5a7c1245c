"""Put back what Tesseract most often loses on Vietnamese print: the dot below a vowel.

Vietnamese spelling allows only two tones on a syllable closed by c, ch, p or t: sắc
and nặng. Tesseract, reading a small or blurred dot below, gives "hoach" for "hoạch"
or "đat" for "đạt", a spelling no Vietnamese word has. Such a word with no tone mark
takes the nặng tone when that makes a word of administrative prose (a short list
below); nothing else is guessed. Letters that Vietnamese has not ("ö" for "o") lose
the stray mark.

>>> fix_word("hoach"), fix_word("Đat"), fix_word("sö"), fix_word("hoạch"), fix_word("mat")
('hoạch', 'Đạt', 'so', 'hoạch', 'mặt')
>>> fix_word("cat")  # "cát" and "cạt": no guess
'cat'
"""

from __future__ import annotations

import re
import unicodedata

# Words of reports and resolutions closed by c, ch, p or t in the nặng tone, written
# without any tone. Only these are restored, and only where the sắc reading is rare in
# such prose ("tich" stays: "tích" and "tịch" are both common).
_DOT_BELOW = {
    word: unicodedata.normalize("NFC", full)
    for word, full in (
        ("hoach", "hoạch"),
        ("đat", "đạt"),
        ("viec", "việc"),
        ("muc", "mục"),
        ("hoc", "học"),
        ("nghiep", "nghiệp"),
        ("tap", "tập"),
        ("nhap", "nhập"),
        ("mot", "một"),
        ("luat", "luật"),
        ("hop", "hợp"),
        ("lap", "lập"),
        ("tuc", "tục"),
        ("luot", "lượt"),
        ("loat", "loạt"),
        ("dich", "dịch"),
        ("lich", "lịch"),
        ("mach", "mạch"),
        ("vat", "vật"),
        ("thuat", "thuật"),
        ("mat", "mặt"),
        ("đap", "đạp"),
    )
}
_FOREIGN_MARKS = str.maketrans("öüäëïÖÜÄËÏ", "ouaeiOUAEI")
_WORD = re.compile(r"^(\W*)(\w+)(\W*)$")


def fix_word(token: str) -> str:
    """One OCR token, its dot below put back when that is the only reading."""
    token = token.translate(_FOREIGN_MARKS)
    match = _WORD.match(token)
    if not match:
        return token
    before, word, after = match.groups()
    lower = word.lower()
    full = _DOT_BELOW.get(lower)
    if full is None:
        return token
    if word[0].isupper():
        full = full[0].upper() + full[1:]
    return f"{before}{full}{after}"
