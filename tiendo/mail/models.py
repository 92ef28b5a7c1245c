"""The outbox and the list of addresses that asked for no more reminders."""

from __future__ import annotations

from django.db import models


class Message(models.Model):
    class Kind(models.TextChoices):
        ANSWER = "answer", "Trả lời góp ý"
        REMINDER = "reminder", "Nhắc hạn báo cáo"
        RETURNED = "returned", "Số liệu bị trả lại"
        DIGEST = "digest", "Tổng hợp việc chờ duyệt"

    class State(models.TextChoices):
        QUEUED = "queued", "Chờ gửi"
        SENDING = "sending", "Đang gửi"
        SENT = "sent", "Đã gửi"
        FAILED = "failed", "Gửi không được"
        SKIPPED = "skipped", "Không gửi (đã hủy nhận thư)"

    kind = models.CharField("loại thư", max_length=16, choices=Kind.choices)
    # What the message is about and for whom ("answer:17", "reminder:2022-Q1:5:ana@x.vn"):
    # the same event never queues a second message.
    key = models.CharField("khóa", max_length=255, unique=True)
    to = models.EmailField("gửi tới")
    subject = models.CharField("tiêu đề", max_length=255)
    body = models.TextField("nội dung")
    # Periodic messages carry an unsubscribe link and header; an answer to a citizen
    # is a reply to their own question and does not.
    periodic = models.BooleanField(default=False)
    state = models.CharField(max_length=16, choices=State.choices, default=State.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "thư đi"
        verbose_name_plural = "thư đi"
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["state", "created_at"], name="mail_state_idx")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} → {self.to}"


class Unsubscribe(models.Model):
    email = models.EmailField("địa chỉ", unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "địa chỉ hủy nhận thư nhắc"
        verbose_name_plural = "địa chỉ hủy nhận thư nhắc"
