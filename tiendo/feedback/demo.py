"""Demo content: one published question with its answer, written for the demo and
marked "(minh họa)". Running it twice leaves the same single item."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from django.utils import timezone

from tiendo.feedback.models import Feedback

if TYPE_CHECKING:
    from tiendo.core.demo.loader import DemoData

DEMO_REFERENCE = "GY-MINHHOA1"

QUESTION_TITLE = "Khi nào công bố kết quả thực hiện chỉ tiêu năm 2022? (minh họa)"
QUESTION = (
    "Tôi muốn biết kết quả thực hiện các chỉ tiêu trong Nghị quyết 15-NQ/HU của huyện "
    "sau quý I năm 2022, nhất là thu ngân sách và giá trị sản xuất công nghiệp. "
    "Người dân có thể xem các số liệu này ở đâu? (câu hỏi minh họa)"
)
ANSWER = (
    "Cảm ơn bạn đã quan tâm. Kết quả thực hiện các chỉ tiêu của Nghị quyết 15-NQ/HU "
    "được cập nhật theo từng quý trên cổng thông tin, mục Nghị quyết và chỉ tiêu: mỗi "
    "số liệu ghi rõ nguồn (bài viết hoặc báo cáo) và tỷ lệ so với kế hoạch. Số liệu "
    "quý I năm 2022 đã được đăng; số liệu 6 tháng sẽ được cập nhật sau khi các đơn vị "
    "báo cáo. (trả lời minh họa)"
)


def load(demo: DemoData) -> Feedback:
    # Fixed dates keep a second run identical to the first.
    asked = timezone.make_aware(dt.datetime(2022, 4, 12, 9, 30))
    answered = timezone.make_aware(dt.datetime(2022, 4, 20, 15, 0))
    item, _ = Feedback.objects.update_or_create(
        reference=DEMO_REFERENCE,
        defaults={
            "name": "Nguyễn Văn An (minh họa)",
            "email": "nguoi-hoi@example.invalid",
            "phone": "",
            "title": QUESTION_TITLE,
            "content": QUESTION,
            "consented_at": asked,
            "status": Feedback.Status.PUBLISHED,
            "assigned_unit": demo.district,
            "assigned_at": asked,
            "answer": ANSWER,
            "answered_at": answered,
            "published_at": answered,
            "is_illustrative": True,
        },
    )
    # created_at is set automatically on insert; pin it so the page shows the asked date.
    Feedback.objects.filter(pk=item.pk).update(created_at=asked)
    item.created_at = asked
    return item
