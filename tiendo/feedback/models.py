"""A citizen's message (góp ý, câu hỏi), its moderation and its public answer."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from tiendo.feedback.textclean import clean_text
from tiendo.vietnamese import search_key

TITLE_MAX_LENGTH = 200
CONTENT_MAX_LENGTH = 5000
ANSWER_MAX_LENGTH = 20000
NAME_MAX_LENGTH = 100


class Feedback(models.Model):
    class Status(models.TextChoices):
        NEW = "new", "Mới"
        ASSIGNED = "assigned", "Đã chuyển đơn vị"
        ANSWERED = "answered", "Đã trả lời"
        PUBLISHED = "published", "Đã công khai"
        SPAM = "spam", "Rác"

    reference = models.CharField("mã tra cứu", max_length=16, unique=True, editable=False)
    # The portal it was sent on: that site's moderators handle it, that site publishes
    # the answer. Empty for items from before an installation served many sites: they
    # belong to the default site.
    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name="cổng tiếp nhận",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="feedback_items",
    )
    name = models.CharField("họ tên", max_length=NAME_MAX_LENGTH)
    email = models.EmailField("thư điện tử", blank=True)
    phone = models.CharField("số điện thoại", max_length=16, blank=True)
    title = models.CharField("tiêu đề", max_length=TITLE_MAX_LENGTH)
    content = models.TextField("nội dung", max_length=CONTENT_MAX_LENGTH)
    consented_at = models.DateTimeField("đồng ý chính sách bảo mật lúc")

    status = models.CharField(
        "trạng thái", max_length=16, choices=Status.choices, default=Status.NEW, db_index=True
    )
    assigned_unit = models.ForeignKey(
        "core.OrgUnit",
        verbose_name="đơn vị xử lý",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="feedback_items",
    )
    assigned_at = models.DateTimeField("chuyển đơn vị lúc", null=True, blank=True)
    answer = models.TextField("nội dung trả lời", blank=True, max_length=ANSWER_MAX_LENGTH)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người trả lời",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    answered_at = models.DateTimeField("trả lời lúc", null=True, blank=True)
    published_at = models.DateTimeField("công khai lúc", null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người xử lý gần nhất",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_illustrative = models.BooleanField("minh họa", default=False)
    # Diacritic-free copy of question and answer, so "thuy loi" finds "thủy lợi".
    search_text = models.TextField(blank=True, editable=False)
    created_at = models.DateTimeField("gửi lúc", auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)

    class Meta:
        verbose_name = "góp ý, hỏi đáp"
        verbose_name_plural = "góp ý, hỏi đáp"
        ordering = ["-created_at"]
        permissions = [
            ("moderate_feedback", "Kiểm duyệt góp ý (chuyển đơn vị, công khai, đánh dấu rác)"),
            ("answer_feedback", "Trả lời góp ý"),
        ]
        indexes = [models.Index(fields=["status", "-published_at"], name="feedback_public_idx")]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(email="", phone=""), name="feedback_has_contact"
            ),
            models.CheckConstraint(
                condition=~models.Q(status="published", answer=""),
                name="feedback_published_has_answer",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reference}: {self.title}"

    @property
    def is_public(self) -> bool:
        return self.status == self.Status.PUBLISHED

    def save(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        # Every path that stores text (form, admin, demo, shell) gets the same cleaning.
        self.name = clean_text(self.name)
        self.title = clean_text(self.title)
        self.content = clean_text(self.content, multiline=True)
        self.answer = clean_text(self.answer, multiline=True)
        self.search_text = search_key(" ".join([self.title, self.content, self.answer]))
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {
                *update_fields,
                "name",
                "title",
                "content",
                "answer",
                "search_text",
            }
        super().save(*args, **kwargs)
