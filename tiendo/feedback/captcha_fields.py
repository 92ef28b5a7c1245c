"""The form's Mã kiểm tra: django-simple-captcha, drawn on this server, with
messages in Vietnamese and two alternatives to the image (audio, written question)."""

from __future__ import annotations

from captcha.fields import CaptchaField, CaptchaTextInput
from captcha.models import CaptchaStore
from django.urls import reverse

from tiendo.feedback.challenges import answer_to_digits, image_challenge, question_challenge
from tiendo.feedback.speech import speech_available

IMAGE_MODE = "hinh"
QUESTION_MODE = "cau-hoi"
MODES = (IMAGE_MODE, QUESTION_MODE)

CAPTCHA_ERRORS = {
    "required": "Vui lòng nhập mã kiểm tra.",
    "incomplete": "Vui lòng nhập mã kiểm tra.",
    "invalid": (
        "Mã kiểm tra chưa đúng. Mỗi mã chỉ dùng được một lần: vui lòng nhập mã mới bên dưới."
    ),
}


class ImageCaptchaWidget(CaptchaTextInput):
    template_name = "feedback/captcha/image.html"

    def get_context(self, name, value, attrs):  # type: ignore[no-untyped-def]
        context = super().get_context(name, value, attrs)
        context["audio"] = (
            reverse("feedback:captcha-audio", kwargs={"key": self._key})
            if speech_available()
            else None
        )
        return context


class QuestionCaptchaWidget(CaptchaTextInput):
    template_name = "feedback/captcha/question.html"

    def get_context(self, name, value, attrs):  # type: ignore[no-untyped-def]
        context = super().get_context(name, value, attrs)
        store = CaptchaStore.objects.filter(hashkey=self._key).only("challenge").first()
        context["question"] = store.challenge if store else ""
        # The answer box is described by the question, then by its help and errors.
        answer_attrs = context["widget"]["subwidgets"][1]["attrs"]
        question_id = f"{answer_attrs.get('id', 'captcha')}_question"
        context["question_id"] = question_id
        described_by = answer_attrs.get("aria-describedby", "")
        answer_attrs["aria-describedby"] = f"{question_id} {described_by}".strip()
        return context


class VietnameseCaptchaField(CaptchaField):
    """Accepts '12' or 'mười hai' for the written question; codes are case-insensitive."""

    def clean(self, value):  # type: ignore[no-untyped-def]
        if isinstance(value, list | tuple) and len(value) == 2 and value[1]:
            value = [value[0], answer_to_digits(value[1])]
        return super().clean(value)


def captcha_field(mode: str) -> VietnameseCaptchaField:
    if mode == QUESTION_MODE:
        return VietnameseCaptchaField(
            label="Câu hỏi kiểm tra",
            help_text="Trả lời bằng chữ số hoặc bằng chữ, ví dụ 12 hoặc mười hai.",
            generator=question_challenge,
            widget=QuestionCaptchaWidget(generator=question_challenge),
            error_messages=CAPTCHA_ERRORS,
        )
    return VietnameseCaptchaField(
        label="Mã kiểm tra",
        help_text="Nhập các ký tự trong hình, không phân biệt chữ hoa, chữ thường.",
        generator=image_challenge,
        widget=ImageCaptchaWidget(generator=image_challenge),
        error_messages=CAPTCHA_ERRORS,
    )
