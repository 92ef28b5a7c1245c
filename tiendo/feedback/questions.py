"""The written alternative to the image captcha: a question of everyday knowledge.

A sum written in words ("Bảy cộng năm bằng mấy?") carried its own answer: a short
script parsed the page and replied. These questions do not: the page holds only the
question, and the answer needs a person who knows that a week has seven days. A
screen reader reads the question like any text and the person types the answer.

The built-in questions are public, with this source code. A site should keep its own
list, unpublished, in the file named by TIENDO_CAPTCHA_QUESTIONS_FILE: one question a
line, then its accepted answers, separated by "|":

    Con vật nào kêu "meo meo"? | mèo | con mèo

Answers are compared without case, diacritics or extra spaces.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.conf import settings

from tiendo.vietnamese import search_key

CHALLENGE_PREFIX = "cauhoi:"

BUILT_IN = """
Một tuần có bao nhiêu ngày? | 7 | bảy | bảy ngày | 7 ngày
Một năm có bao nhiêu tháng? | 12 | mười hai | mười hai tháng | 12 tháng
Một ngày có bao nhiêu giờ? | 24 | hai mươi tư | hai mươi bốn | 24 giờ
Thủ đô của Việt Nam là thành phố nào? | hà nội | thành phố hà nội | tp hà nội
Lá cây thường có màu gì? | xanh | màu xanh | xanh lá | xanh lá cây | lục | màu lục
Con vật nào kêu "meo meo"? | mèo | con mèo
Con vật nào kêu "gâu gâu"? | chó | con chó | cún | con cún
Nước biển có vị gì? | mặn | vị mặn
Đường mía có vị gì? | ngọt | vị ngọt
Mặt trời mọc ở hướng nào? | đông | hướng đông | phía đông | phương đông
Tết Nguyên đán mở đầu mùa nào trong năm? | xuân | mùa xuân
Quốc kỳ Việt Nam có nền màu gì? | đỏ | màu đỏ | nền đỏ
Ngôi sao trên quốc kỳ Việt Nam có màu gì? | vàng | màu vàng
Chúng ta nhìn bằng bộ phận nào của cơ thể? | mắt | đôi mắt | con mắt
Chúng ta nghe bằng bộ phận nào của cơ thể? | tai | đôi tai | lỗ tai
Mỗi bàn tay người có mấy ngón? | 5 | năm | năm ngón | 5 ngón
Quả chuối chín thường có màu gì? | vàng | màu vàng
Loài vật nào sống dưới nước và thở bằng mang? | cá | con cá
Chim bay được nhờ bộ phận nào? | cánh | đôi cánh | bộ cánh
Trời mưa, người ta thường che đầu bằng gì? | ô | dù | cái ô | cái dù | áo mưa | nón | mũ
Hạt gạo được xay xát từ cây gì? | lúa | cây lúa | thóc
Thầy cô thường viết lên bảng đen bằng gì? | phấn | viên phấn | phấn trắng
Ngày Quốc khánh nước ta là ngày mấy tháng Chín? | 2 | hai | mùng 2 | mùng hai | ngày 2 | 2/9
Mùa nào trong năm thường nóng nhất? | hè | mùa hè | hạ | mùa hạ
Tháng đứng ngay sau tháng Mười là tháng mấy? | 11 | mười một | tháng mười một | tháng 11
Sau thứ Sáu là ngày thứ mấy trong tuần? | bảy | thứ bảy | 7 | thứ 7
Con vật nào gáy vào buổi sáng để đánh thức mọi người? | gà | gà trống | con gà | con gà trống
Nước để lâu trong tủ đông sẽ hóa thành gì? | đá | nước đá | băng | đá lạnh
Ban đêm, trên trời ngoài mặt trăng còn có gì lấp lánh? | sao | ngôi sao | các vì sao | vì sao
Con vật to lớn nào có ngà, thường được nuôi ở Tây Nguyên? | voi | con voi
"""


@dataclass(frozen=True)
class Question:
    text: str
    answers: frozenset[str]
    canonical: str

    @property
    def key(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]


def parse(lines: str) -> list[Question]:
    """Questions from "question | answer | answer" lines; blank lines and # comments skip."""
    found = []
    for line in lines.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        text, *answers = (part.strip() for part in line.split("|"))
        keys = [search_key(answer)[:32] for answer in answers if answer]
        if text and keys:
            found.append(Question(text=text, answers=frozenset(keys), canonical=keys[0]))
    return found


@lru_cache(maxsize=4)
def _load(path: str) -> tuple[Question, ...]:
    source = Path(path).read_text(encoding="utf-8") if path else BUILT_IN
    questions = tuple(parse(source))
    if not questions:
        raise ValueError(f"TIENDO_CAPTCHA_QUESTIONS_FILE has no usable question: {path}")
    return questions


def pool() -> tuple[Question, ...]:
    return _load(str(getattr(settings, "TIENDO_CAPTCHA_QUESTIONS_FILE", "") or ""))


def by_challenge(challenge: str) -> Question | None:
    """The question a stored challenge ("cauhoi:<key>") stands for."""
    if not challenge.startswith(CHALLENGE_PREFIX):
        return None
    key = challenge.removeprefix(CHALLENGE_PREFIX)
    return next((q for q in pool() if q.key == key), None)


def question_challenge() -> tuple[str, str]:
    """django-simple-captcha's generator: the page shows only the question (looked up
    from the challenge), the store keeps the canonical answer."""
    question = secrets.choice(pool())
    return f"{CHALLENGE_PREFIX}{question.key}", question.canonical


def canonical_answer(question: Question, answer: str) -> str:
    """The stored answer if `answer` is one of the accepted ones, else the answer as
    typed (which then fails the comparison)."""
    key = search_key(answer)
    return question.canonical if key in question.answers else key
