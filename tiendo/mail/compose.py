"""What each message says, in Vietnamese, from templates in templates/mail/."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from django.template.loader import render_to_string

from tiendo.vietnamese import format_date


def _render(name: str, context: dict[str, Any]) -> str:
    return render_to_string(f"mail/{name}.txt", context).strip() + "\n"


def answer_published(*, name: str, reference: str, title: str, answer: str, link: str,
                     agency: str) -> tuple[str, str]:  # fmt: skip
    subject = f"Trả lời góp ý {reference}: {title}"
    body = _render("answer", {"name": name, "reference": reference, "title": title,
                              "answer": answer, "link": link, "agency": agency})  # fmt: skip
    return subject, body


def reminder(*, unit: str, period: str, due: dt.date, targets: Sequence[str], link: str,
             agency: str) -> tuple[str, str]:  # fmt: skip
    subject = f"Nhắc hạn báo cáo {period}: còn đến ngày {format_date(due)}"
    body = _render("reminder", {"unit": unit, "period": period, "due": format_date(due),
                                "targets": targets, "link": link, "agency": agency})  # fmt: skip
    return subject, body


def returned(*, target: str, period: str, comment: str, by: str, link: str,
             agency: str) -> tuple[str, str]:  # fmt: skip
    subject = f"Số liệu bị trả lại: {target} ({period})"
    body = _render("returned", {"target": target, "period": period, "comment": comment,
                                "by": by, "link": link, "agency": agency})  # fmt: skip
    return subject, body


def digest(*, day: dt.date, waiting: Sequence[tuple[str, int]], total: int, link: str,
           agency: str) -> tuple[str, str]:  # fmt: skip
    subject = f"{total} số liệu chờ duyệt ({format_date(day)})"
    body = _render("digest", {"waiting": waiting, "total": total, "link": link,
                              "agency": agency})  # fmt: skip
    return subject, body
