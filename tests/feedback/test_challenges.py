from __future__ import annotations

import pytest

from tiendo.feedback import questions
from tiendo.feedback.challenges import CONFUSABLE, IMAGE_ALPHABET, image_challenge, spoken_code


def test_image_codes_use_only_characters_that_sound_distinct():
    code, answer = image_challenge()
    assert code == answer
    assert len(code) == 5
    assert set(code) <= set(IMAGE_ALPHABET)


def test_codes_are_read_out_as_vietnamese_names_of_letters_and_digits():
    assert spoken_code("A7K") == "a, bảy, ca"
    assert spoken_code("M2Y") == "em mờ, hai, i dài"


@pytest.mark.parametrize(
    ("typed", "accepted"),
    [("7", True), ("Bảy", True), (" bay  ngay ", True), ("tám", False), ("", False)],
)
def test_a_written_answer_counts_in_any_accepted_wording(typed, accepted):
    week = next(q for q in questions.pool() if q.text == "Một tuần có bao nhiêu ngày?")
    assert (questions.canonical_answer(week, typed) == week.canonical) is accepted


def test_every_question_fits_the_captcha_store():
    for question in questions.pool():
        challenge = questions.CHALLENGE_PREFIX + question.key
        assert len(challenge) <= 32
        assert len(question.canonical) <= 32
        assert questions.by_challenge(challenge) == question


def test_a_site_file_replaces_the_built_in_questions(settings, tmp_path):
    own = tmp_path / "cau-hoi.txt"
    own.write_text("# riêng của xã\nTên xã mình là gì? | xuân quang | xã xuân quang\n", "utf-8")
    settings.TIENDO_CAPTCHA_QUESTIONS_FILE = str(own)
    assert [q.text for q in questions.pool()] == ["Tên xã mình là gì?"]
    assert questions.question_challenge()[1] == "xuan quang"


@pytest.mark.parametrize("pair", CONFUSABLE)
def test_the_captcha_draws_no_character_that_looks_like_another(pair):
    assert not set(pair) & set(IMAGE_ALPHABET)


def test_the_captcha_image_is_large_enough_to_read(db, client, settings):
    import io

    from captcha.models import CaptchaStore
    from PIL import Image

    width, height = settings.CAPTCHA_IMAGE_SIZE
    assert width >= 200 and height >= 64
    key = CaptchaStore.generate_key(image_challenge)
    response = client.get(f"/captcha/image/{key}/")
    assert Image.open(io.BytesIO(response.content)).size == (width, height)
    form = client.get("/gop-y/").content.decode()
    assert f'width="{width}" height="{height}"' in form
