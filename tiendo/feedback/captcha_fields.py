"""The form's Mã kiểm tra: django-simple-captcha, drawn on this server, with
messages in Vietnamese and two alternatives to the image (audio, and a written
question of everyday knowledge whose answer is nowhere in the page)."""

from __future__ import annotations

from captcha.fields import CaptchaField, CaptchaTextInput
from captcha.models import CaptchaStore
from django.conf import settings
from django.urls import reverse

from tiendo.feedback import questions
from tiendo.feedback.challenges import image_challenge
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
        context["image_width"], context["image_height"] = settings.CAPTCHA_IMAGE_SIZE
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
        question = questions.by_challenge(store.challenge) if store else None
        context["question"] = question.text if question else ""
        # The answer box is described by the question, then by its help and errors.
        answer_attrs = context["widget"]["subwidgets"][1]["attrs"]
        question_id = f"{answer_attrs.get('id', 'captcha')}_question"
        context["question_id"] = question_id
        described_by = answer_attrs.get("aria-describedby", "")
        answer_attrs["aria-describedby"] = f"{question_id} {described_by}".strip()
        return context


class VietnameseCaptchaField(CaptchaField):
    """The image's code, case-insensitive and with stray spaces ignored."""

    def clean(self, value):  # type: ignore[no-untyped-def]
        if isinstance(value, list | tuple) and len(value) == 2 and value[1]:
            value = [value[0], "".join(str(value[1]).split())]
        return super().clean(value)


class QuestionCaptchaField(CaptchaField):
    """Any accepted wording of the answer ("mèo", "con mèo", "meo") counts."""

    def clean(self, value):  # type: ignore[no-untyped-def]
        if isinstance(value, list | tuple) and len(value) == 2 and value[1]:
            store = CaptchaStore.objects.filter(hashkey=value[0]).only("challenge").first()
            question = questions.by_challenge(store.challenge) if store else None
            if question is not None:
                value = [value[0], questions.canonical_answer(question, str(value[1]))]
        return super().clean(value)


def captcha_field(mode: str) -> CaptchaField:
    if mode == QUESTION_MODE:
        return QuestionCaptchaField(
            label="Câu hỏi kiểm tra",
            help_text="Trả lời ngắn gọn, vài từ là đủ; có thể gõ không dấu.",
            generator=questions.question_challenge,
            widget=QuestionCaptchaWidget(generator=questions.question_challenge),
            error_messages=CAPTCHA_ERRORS,
        )
    return VietnameseCaptchaField(
        label="Mã kiểm tra",
        help_text="Nhập các ký tự trong hình, không phân biệt chữ hoa, chữ thường.",
        generator=image_challenge,
        widget=ImageCaptchaWidget(generator=image_challenge),
        error_messages=CAPTCHA_ERRORS,
    )
