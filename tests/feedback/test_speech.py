"""The audio captcha is optional: without espeak-ng the form offers the written question."""

from __future__ import annotations

import pytest
from captcha.models import CaptchaStore

from tiendo.feedback import speech
from tiendo.feedback.challenges import image_challenge

pytestmark = pytest.mark.django_db


@pytest.fixture
def no_espeak(monkeypatch):
    monkeypatch.setattr(speech.shutil, "which", lambda name: None)


def test_without_espeak_there_is_no_audio_link_but_the_written_question_is_offered(
    citizen, no_espeak
):
    html = citizen.get("/gop-y/").content.decode()
    assert "Nghe mã kiểm tra" not in html
    assert "Trả lời câu hỏi bằng chữ" in html
    assert speech.synthesize_wav("a") is None


def test_without_espeak_the_audio_address_answers_404(citizen, no_espeak):
    key = CaptchaStore.generate_key(image_challenge)
    assert citizen.get(f"/gop-y/ma-kiem-tra/{key}/nghe/").status_code == 404


@pytest.mark.skipif(not speech.speech_available(), reason="espeak-ng is not installed")
def test_with_espeak_the_code_can_be_heard_as_a_wav_file(citizen):
    html = citizen.get("/gop-y/").content.decode()
    assert "Nghe mã kiểm tra" in html
    key = CaptchaStore.generate_key(image_challenge)
    response = citizen.get(f"/gop-y/ma-kiem-tra/{key}/nghe/")
    assert response.status_code == 200
    assert response["Content-Type"] == "audio/wav"
    assert response.content.startswith(b"RIFF")


def test_an_expired_code_has_no_audio(citizen):
    assert citizen.get("/gop-y/ma-kiem-tra/khongtonTai/nghe/").status_code == 404
