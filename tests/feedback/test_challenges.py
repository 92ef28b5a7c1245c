from __future__ import annotations

import pytest

from tiendo.feedback.challenges import (
    IMAGE_ALPHABET,
    answer_to_digits,
    image_challenge,
    number_in_words,
    question_challenge,
    spoken_code,
)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("12", "12"),
        (" 7 ", "7"),
        ("mười hai", "12"),
        ("Mười Lăm", "15"),
        ("muoi lam", "15"),
        ("mười năm", "15"),
        ("mười bốn", "14"),
        ("mười tư", "14"),
        ("chín", "9"),
        ("hai mươi", "20"),
        ("không biết", "khong biet"),
    ],
)
def test_answers_written_in_words_or_digits_become_digits(answer, expected):
    assert answer_to_digits(answer) == expected


@pytest.mark.parametrize(
    ("number", "words"),
    [(0, "không"), (5, "năm"), (10, "mười"), (11, "mười một"), (15, "mười lăm"), (20, "hai mươi")],
)
def test_numbers_are_written_in_vietnamese_words(number, words):
    assert number_in_words(number) == words


def test_every_written_question_fits_the_store_and_its_answer_is_the_sum():
    # 200 draws cover the 81 possible sums of two numbers from 1 to 9 with high probability.
    for _ in range(200):
        question, answer = question_challenge()
        assert len(question) <= 32
        assert question.endswith("bằng mấy?")
        first, second = question.removesuffix(" bằng mấy?").split(" cộng ")
        assert int(answer_to_digits(first)) + int(answer_to_digits(second)) == int(answer)


def test_image_codes_use_only_characters_that_sound_distinct():
    code, answer = image_challenge()
    assert code == answer
    assert len(code) == 5
    assert set(code) <= set(IMAGE_ALPHABET)


def test_codes_are_read_out_as_vietnamese_names_of_letters_and_digits():
    assert spoken_code("A7K") == "a, bảy, ca"
    assert spoken_code("M2Y") == "em mờ, hai, i dài"
