"""The feedback captcha cannot be answered by a script reading the page, and stays
usable by a person with a screen reader."""

from __future__ import annotations

import html as html_lib
import re

import pytest
from captcha.conf import settings as captcha_settings
from captcha.models import CaptchaStore

from tiendo.feedback import questions
from tiendo.feedback.models import Feedback
from tiendo.vietnamese import search_key

pytestmark = pytest.mark.django_db

FORM = "/gop-y/"
WORDS = {
    "không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mươi": 10, "lăm": 5, "tư": 4,
}  # fmt: skip


@pytest.fixture(autouse=True)
def real_captcha(monkeypatch):
    """The suite accepts "PASSED" everywhere; here only a right answer passes."""
    monkeypatch.setattr(captcha_settings, "CAPTCHA_TEST_MODE", False)


def _fields(page: str) -> dict[str, str]:
    found = re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', page)
    return {name: html_lib.unescape(value) for name, value in found}


def _question(page: str) -> str:
    match = re.search(r'<p class="gy-question" id="[^"]+">([^<]+)</p>', page)
    assert match, "the written question is on the page"
    return html_lib.unescape(match.group(1))


def _script_answer(question: str) -> str:
    """What the script that beat the old captcha did: read the numbers written in
    words, add them up; failing that, echo the last word of the question."""
    numbers = [WORDS[w] for w in question.lower().replace("?", "").split() if w in WORDS]
    return str(sum(numbers)) if numbers else question.rstrip("?").split()[-1]


def _post(client, page: str, answer: str):
    fields = _fields(page)
    data = {
        "name": "Máy gửi tự động",
        "email": "may@example.vn",
        "title": "Quảng cáo",
        "content": "Nội dung rác",
        "consent": "on",
        "kiem_tra": "cau-hoi",
        "captcha_0": fields["captcha_0"],
        "captcha_1": answer,
    }
    return client.post(FORM, data, REMOTE_ADDR=f"198.51.100.{len(answer) % 200 + 1}")


def test_the_script_that_solved_the_written_question_no_longer_gets_through(client, settings):
    settings.TIENDO_FEEDBACK_MAX_SUBMISSIONS = 1000  # only the captcha stands in the way
    for _ in range(40):
        page = client.get(FORM, {"kiem_tra": "cau-hoi"}).content.decode()
        _post(client, page, _script_answer(_question(page)))
    assert Feedback.objects.count() == 0


def test_the_page_never_holds_the_answer(client):
    for _ in range(30):
        page = client.get(FORM, {"kiem_tra": "cau-hoi"}).content.decode()
        store = CaptchaStore.objects.get(hashkey=_fields(page)["captcha_0"])
        question = questions.by_challenge(store.challenge)
        fieldset = page[page.index('<fieldset class="gy-group gy-captcha">') :]
        fieldset = fieldset[: fieldset.index("</fieldset>")]
        visible = f" {search_key(re.sub(r'<[^>]+>', ' ', fieldset))} "
        attributes = search_key(" ".join(re.findall(r'="([^"]*)"', fieldset)))
        for answer in question.answers:
            assert f" {answer} " not in visible, (question.text, answer)
            assert answer not in attributes.split(), (question.text, answer)


@pytest.mark.parametrize("question", questions.pool(), ids=lambda q: q.key)
def test_no_question_contains_its_own_answer(question):
    words = f" {search_key(question.text.replace('?', ' '))} "
    assert [a for a in question.answers if f" {a} " in words] == []


def test_a_person_who_knows_the_answer_gets_through(client):
    page = client.get(FORM, {"kiem_tra": "cau-hoi"}).content.decode()
    store = CaptchaStore.objects.get(hashkey=_fields(page)["captcha_0"])
    question = questions.by_challenge(store.challenge)
    assert question.text == _question(page)
    answer = sorted(question.answers)[0].upper()
    assert _post(client, page, answer).status_code == 302
    assert Feedback.objects.count() == 1


def test_a_screen_reader_finds_the_question_as_the_answer_box_description(client):
    page = client.get(FORM, {"kiem_tra": "cau-hoi"}).content.decode()
    question_id = re.search(r'<p class="gy-question" id="([^"]+)">', page).group(1)
    box = re.search(r'<input[^>]*id="id_captcha_1"[^>]*>', page).group(0)
    assert question_id in re.search(r'aria-describedby="([^"]+)"', box).group(1)
    assert re.search(r'<label[^>]*for="id_captcha_1"[^>]*>Câu hỏi kiểm tra', page)


def test_the_image_form_holds_neither_the_code_nor_its_reading(client):
    page = client.get(FORM).content.decode()
    store = CaptchaStore.objects.get(hashkey=_fields(page)["captcha_0"])
    assert store.response not in page.lower()
    assert store.challenge not in page


def test_a_captcha_answer_works_once(client):
    page = client.get(FORM, {"kiem_tra": "cau-hoi"}).content.decode()
    store = CaptchaStore.objects.get(hashkey=_fields(page)["captcha_0"])
    _post(client, page, store.response)
    _post(client, page, store.response)
    assert Feedback.objects.count() == 1
