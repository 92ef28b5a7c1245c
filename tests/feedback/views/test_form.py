"""The public form at /gop-y/: rendering, validation messages, captcha, storing."""

from __future__ import annotations

import re

import pytest
from captcha.models import CaptchaStore
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tiendo.feedback import questions
from tiendo.feedback.challenges import image_challenge
from tiendo.feedback.models import Feedback
from tiendo.feedback.questions import question_challenge

pytestmark = pytest.mark.django_db

FORM_URL = "/gop-y/"


def _labels_for(html: str) -> set[str]:
    return set(re.findall(r'<label for="([^"]+)"', html))


def _input_ids(html: str) -> set[str]:
    return set(re.findall(r'<(?:input|textarea)[^>]*\bid="([^"]+)"', html))


def test_form_renders_every_field_with_a_label(citizen):
    response = citizen.get(FORM_URL)
    html = response.content.decode()
    assert response.status_code == 200
    for label in ["Họ tên", "Thư điện tử", "Số điện thoại", "Tiêu đề", "Nội dung", "Mã kiểm tra"]:
        assert label in html
    visible_inputs = {
        field_id
        for field_id in _input_ids(html)
        if not re.search(rf'type="hidden"[^>]*id="{field_id}"', html)
    }
    assert visible_inputs
    assert visible_inputs <= _labels_for(html)
    assert 'href="/chinh-sach-bao-mat/"' in html


def test_captcha_image_explains_itself_and_can_be_changed_without_javascript(citizen):
    html = citizen.get(FORM_URL).content.decode()
    image = re.search(r"<img[^>]*/captcha/image/[^>]*>", html, re.S)
    assert image is not None
    assert "Hãy nhập đúng các ký tự trong hình" in image.group(0)
    assert re.search(r'<button type="submit" name="doi_ma"[^>]*>Đổi mã khác</button>', html)
    assert "<script" not in html


def test_a_valid_post_stores_exactly_one_item_in_one_transaction(citizen, valid_post):
    with CaptureQueriesContext(connection) as queries:
        response = citizen.post(FORM_URL, valid_post)
    assert response.status_code == 302
    assert response["Location"] == "/gop-y/da-gui/"
    item = Feedback.objects.get()
    assert item.status == Feedback.Status.NEW
    assert item.phone == "0912345678"
    assert item.content == "Xin hỏi khi nào đường liên xã được sửa?\nCảm ơn."
    statements = [q["sql"].upper() for q in queries.captured_queries]
    inserts = [s for s in statements if s.startswith('INSERT INTO "FEEDBACK_FEEDBACK"')]
    assert len(inserts) == 1
    # The insert sits between the opening and the release of one savepoint (atomic block).
    opened = next(i for i, s in enumerate(statements) if s.startswith("SAVEPOINT"))
    released = max(i for i, s in enumerate(statements) if s.startswith("RELEASE SAVEPOINT"))
    assert opened < statements.index(inserts[0]) < released


def test_the_thank_you_page_shows_the_reference_code(citizen, valid_post):
    citizen.post(FORM_URL, valid_post)
    reference = Feedback.objects.get().reference
    response = citizen.get("/gop-y/da-gui/")
    assert reference in response.content.decode()
    assert re.fullmatch(r"GY-[2-9A-HJKMNP-Z]{8}", reference)


def test_the_thank_you_page_without_a_submission_sends_back_to_the_form(citizen):
    response = citizen.get("/gop-y/da-gui/")
    assert response.status_code == 302
    assert response["Location"] == FORM_URL


def test_the_real_image_code_is_accepted_case_insensitively(citizen, valid_post):
    key = CaptchaStore.generate_key(image_challenge)
    code = CaptchaStore.objects.get(hashkey=key).response
    response = citizen.post(FORM_URL, {**valid_post, "captcha_0": key, "captcha_1": code.lower()})
    assert response.status_code == 302
    assert Feedback.objects.count() == 1


def test_a_wrong_captcha_stores_nothing_and_says_why(citizen, valid_post):
    key = CaptchaStore.generate_key(image_challenge)
    response = citizen.post(FORM_URL, {**valid_post, "captcha_0": key, "captcha_1": "SAI99"})
    html = response.content.decode()
    assert response.status_code == 200
    assert Feedback.objects.count() == 0
    assert "Mã kiểm tra chưa đúng" in html
    assert 'id="id_captcha_error"' in html
    # What the person typed is kept; the wrong answer is not.
    assert "Hỏi về tiến độ làm đường liên xã" in html
    assert "SAI99" not in html


def test_a_missing_captcha_is_asked_for_in_vietnamese(citizen, valid_post):
    response = citizen.post(FORM_URL, {**valid_post, "captcha_1": ""})
    assert "Vui lòng nhập mã kiểm tra." in response.content.decode()
    assert Feedback.objects.count() == 0


def test_the_written_question_alternative_accepts_an_answer_in_words(citizen, valid_post):
    key = CaptchaStore.generate_key(question_challenge)
    store = CaptchaStore.objects.get(hashkey=key)
    question = questions.by_challenge(store.challenge)
    answer = max(question.answers, key=len)  # the longest wording, e.g. "con meo"
    post = {**valid_post, "kiem_tra": "cau-hoi", "captcha_0": key, "captcha_1": answer}
    response = citizen.post(FORM_URL, post)
    assert response.status_code == 302
    assert Feedback.objects.count() == 1


def test_the_written_question_is_shown_as_text_tied_to_its_answer_box(citizen):
    html = citizen.get(FORM_URL, {"kiem_tra": "cau-hoi"}).content.decode()
    question = re.search(r'<p class="gy-question" id="([^"]+)">([^<]+)</p>', html)
    assert question is not None
    assert question.group(2).endswith("?")
    answer_box = re.search(r'<input[^>]*id="id_captcha_1"[^>]*>', html).group(0)
    assert question.group(1) in answer_box
    assert "/captcha/image/" not in html


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("name", "Vui lòng nhập họ tên."),
        ("title", "Vui lòng nhập tiêu đề."),
        ("content", "Vui lòng nhập nội dung."),
        ("consent", "Vui lòng đánh dấu đồng ý với chính sách bảo mật"),
    ],
)
def test_a_missing_field_gets_a_vietnamese_message_and_keeps_the_rest(
    citizen, valid_post, missing, message
):
    post = {k: v for k, v in valid_post.items() if k != missing}
    response = citizen.post(FORM_URL, post)
    html = response.content.decode()
    assert message in html
    assert Feedback.objects.count() == 0
    kept = [valid_post[k] for k in ("name", "title", "email") if k != missing]
    for value in kept:
        assert value in html


def test_without_email_or_phone_the_form_asks_for_one_of_them(citizen, valid_post):
    response = citizen.post(FORM_URL, {**valid_post, "email": "", "phone": ""})
    html = response.content.decode()
    assert "Vui lòng nhập thư điện tử hoặc số điện thoại" in html
    assert Feedback.objects.count() == 0


def test_a_phone_number_alone_is_enough(citizen, valid_post):
    response = citizen.post(FORM_URL, {**valid_post, "email": ""})
    assert response.status_code == 302
    assert Feedback.objects.get().email == ""


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("phone", "12345", "Số điện thoại chưa đúng"),
        ("email", "binh@", "Thư điện tử chưa đúng"),
    ],
)
def test_a_wrong_contact_gets_a_message_next_to_the_field(
    citizen, valid_post, field, value, message
):
    html = citizen.post(FORM_URL, {**valid_post, field: value}).content.decode()
    error = re.search(rf'<p class="gy-error" id="id_{field}_error">([^<]+)</p>', html)
    assert error is not None
    assert message in error.group(1)
    widget = re.search(rf'<input[^>]*id="id_{field}"[^>]*>', html).group(0)
    assert f"id_{field}_error" in widget  # aria-describedby links the message
    assert 'aria-invalid="true"' in widget
    assert Feedback.objects.count() == 0


@pytest.mark.parametrize(
    ("field", "length", "message"),
    [
        ("content", 5001, "Nội dung dài quá 5.000 ký tự"),
        ("title", 201, "Tiêu đề dài quá 200 ký tự"),
    ],
)
def test_too_long_text_is_refused_with_its_limit_and_kept(
    citizen, valid_post, field, length, message
):
    text = ("Đường " * length)[:length]
    html = citizen.post(FORM_URL, {**valid_post, field: text}).content.decode()
    assert message in html
    assert f"hiện có {length}" in html
    assert text.strip()[:50] in html
    assert Feedback.objects.count() == 0


def test_asking_for_a_new_code_keeps_the_text_and_stores_nothing(citizen, valid_post):
    response = citizen.post(FORM_URL, {**valid_post, "captcha_1": "", "doi_ma": "1"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Đã đổi mã kiểm tra" in html
    assert "Hỏi về tiến độ làm đường liên xã" in html
    assert "gy-error" not in html
    assert Feedback.objects.count() == 0


def test_switching_to_the_written_question_keeps_the_text(citizen, valid_post):
    post = {**valid_post, "captcha_1": "", "chuyen_kiem_tra": "cau-hoi"}
    html = citizen.post(FORM_URL, post).content.decode()
    assert 'class="gy-question"' in html
    assert 'value="cau-hoi"' in html
    assert "binh@example.vn" in html


def test_control_characters_are_stripped_before_storing(citizen, valid_post):
    post = {**valid_post, "title": "Tie\u0302u\x00 đề\u202e", "content": "Dòng\x07 một\r\nhai"}
    citizen.post(FORM_URL, post)
    item = Feedback.objects.get()
    assert item.title == "Tiêu đề"
    assert item.content == "Dòng một\nhai"


def test_typed_markup_is_shown_as_text_when_the_form_is_redisplayed(citizen, valid_post):
    post = {**valid_post, "name": "<script>alert(1)</script>", "captcha_1": ""}
    html = citizen.post(FORM_URL, post).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_captcha_answer_box_is_described_by_its_help_and_its_error(citizen, valid_post):
    html = citizen.post(FORM_URL, {**valid_post, "captcha_1": "SAI"}).content.decode()
    answer_box = re.search(r'<input[^>]*id="id_captcha_1"[^>]*>', html).group(0)
    described = re.search(r'aria-describedby="([^"]+)"', answer_box).group(1).split()
    assert described == ["id_captcha_helptext", "id_captcha_error"]
    assert 'id="id_captcha_helptext"' in html
    assert 'id="id_captcha_error"' in html


def test_drawing_the_form_clears_expired_codes(citizen):
    import datetime as dt

    from captcha.models import CaptchaStore
    from django.utils import timezone

    CaptchaStore.objects.create(
        challenge="ABCD", response="abcd", expiration=timezone.now() - dt.timedelta(hours=1)
    )
    citizen.get("/gop-y/")
    assert not CaptchaStore.objects.filter(response="abcd").exists()
    assert CaptchaStore.objects.count() == 1  # the code of the form just drawn
