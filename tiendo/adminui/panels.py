"""Dashboard panels by role, each item one click from the screen where it is dealt with:

- reporter: what their unit still has to send for the nearest deadline, and what came back;
- approver (the unit's leader): what waits for approval, and the targets behind schedule
  with the reason the progress engine gives;
- editor: pages left as drafts; whoever answers feedback: messages awaiting an answer.

They read through the workspace's, the progress store's and Wagtail's own queries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from tiendo.core.models.choices import ReviewState
from tiendo.workspace.access import can_approve, can_enter, units_in_charge
from tiendo.workspace.queries import results_for_review

ITEMS_SHOWN = 10
BEHIND = ("behind", "at_risk", "not_met")


@dataclass(frozen=True)
class Item:
    text: str
    url: str
    note: str = ""


class ItemsPanel(Component):
    template_name = "adminui/panels/items.html"

    def __init__(self, *, name: str, heading: str, empty: str, items: Sequence[Item],
                 order: int, more: str = "", links: Sequence[Item] = ()):  # fmt: skip
        self.name, self.heading, self.empty, self.order = name, heading, empty, order
        self.items, self.more, self.links = list(items), more, list(links)

    def get_context_data(self, parent_context: Mapping[str, Any] | None) -> Mapping[str, Any]:
        return {
            "panel": self,
            "items": self.items[:ITEMS_SHOWN],
            "more": self.more if len(self.items) > ITEMS_SHOWN else "",
        }


def _result_items(state: str, user: Any, url: str) -> list[Item]:
    results = results_for_review(state, units_in_charge(user))[: ITEMS_SHOWN + 1]
    return [
        Item(
            str(r),
            url,
            f"{r.org_unit}: {r.review_comment}" if r.review_comment else f"{r.org_unit}",
        )
        for r in results
    ]


def due_items(user: Any, today: dt.date) -> tuple[str, list[Item]]:
    """The nearest deadline not yet past (or the last one, if every later one is far)
    and the targets the user's units have not sent for it."""
    from tiendo.workspace.deadlines import STATUS_LABELS, due_date
    from tiendo.workspace.reporting_periods import periods_of_year
    from tiendo.workspace.submissions import deadline_rules, period_overview

    rules = deadline_rules()
    periods = [p for p in periods_of_year(today.year) if (due_date(p, rules) or today) >= today]
    if not periods:
        return "", []
    period = min(periods, key=lambda p: due_date(p, rules) or today)
    overview = period_overview(period, today, rules, units=units_in_charge(user))
    entry = f"{reverse('workspace:entry')}?ky={period.code()}"
    items = [
        Item(status.target.indicator, entry, f"{row.unit.name}: {STATUS_LABELS[status.status]}")
        for row in overview.units
        for status in row.targets
        if status.status != "done"
    ]
    due = overview.due.strftime("%d/%m/%Y") if overview.due else ""
    return f"{period.label_vi()} (hạn {due})", items


def behind_items(user: Any) -> list[Item]:
    """Targets of the resolutions the user's units issued that are behind, with the reason."""
    from tiendo.core.models import Resolution
    from tiendo.core.progress import resolution_progress
    from tiendo.portal.models import ResolutionIndexPage

    index = ResolutionIndexPage.objects.live().first()
    items: list[Item] = []
    for resolution in Resolution.objects.filter(issuer__in=units_in_charge(user)).order_by(
        "-issued_on"
    )[:5]:
        progress = resolution_progress(resolution).as_dict()
        base = index.resolution_url(resolution) if index else ""
        for target in progress["targets"]:
            if target["status"] in BEHIND:
                url = f"{base}chi-tieu/{target['key']}/" if base else reverse("workspace:entry")
                note = target.get("sentence") or target["status_label"]
                items.append(Item(f"{target['indicator']} ({resolution.number})", url, note))
    return items


def draft_items(user: Any) -> list[Item]:
    from wagtail.models import Page
    from wagtail.permission_policies.pages import PagePermissionPolicy

    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    drafts = editable.filter(has_unpublished_changes=True).order_by("-latest_revision_created_at")
    return [
        Item(
            page.title,
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            "Chưa xuất bản" if not page.live else "Có thay đổi chưa xuất bản",
        )
        for page in drafts.specific()[: ITEMS_SHOWN + 1]
        if isinstance(page, Page)
    ]


def feedback_items(user: Any) -> list[Item]:
    from tiendo.feedback.models import Feedback
    from tiendo.sites.access import handled_feedback

    # A commune's moderators see their own site's messages only.
    waiting = (
        handled_feedback(user, Feedback.objects.all())
        .filter(status__in=[Feedback.Status.NEW, Feedback.Status.ASSIGNED])
        .order_by("created_at")[: ITEMS_SHOWN + 1]
    )
    return [
        Item(
            f"{item.reference}: {item.title}",
            reverse("gop_y:edit", args=[item.pk]),
            f"Gửi ngày {timezone.localtime(item.created_at):%d/%m/%Y}",
        )
        for item in waiting
    ]


def panels_for(user: Any, today: dt.date | None = None) -> list[Component]:
    today = today or timezone.localdate()
    found: list[Component] = []
    if can_approve(user):
        review = f"{reverse('workspace:review')}?trang_thai={ReviewState.SUBMITTED}"
        found.append(ItemsPanel(
            name="cho-phe-duyet", heading="Số liệu chờ phê duyệt",
            empty="Không có số liệu nào chờ phê duyệt.",
            items=_result_items(ReviewState.SUBMITTED, user, review), more=review, order=50,
        ))  # fmt: skip
        found.append(ItemsPanel(
            name="cham-tien-do", heading="Chỉ tiêu chậm tiến độ",
            empty="Không có chỉ tiêu nào chậm tiến độ.", items=behind_items(user), order=55,
        ))  # fmt: skip
    if can_enter(user):
        label, due = due_items(user, today)
        found.append(ItemsPanel(
            name="can-gui", heading=f"Số liệu cần gửi: {label}" if label else "Số liệu cần gửi",
            empty="Đơn vị đã gửi đủ số liệu cho kỳ này.", items=due, order=58,
            more=reverse("workspace:deadlines"),
            links=[Item("Hạn nộp số liệu của đơn vị", reverse("workspace:deadlines"))],
        ))  # fmt: skip
        entry = reverse("workspace:entry")
        found.append(ItemsPanel(
            name="bi-tra-lai", heading="Số liệu bị trả lại, cần sửa",
            empty="Không có số liệu nào bị trả lại.",
            items=_result_items(ReviewState.RETURNED, user, entry), more=entry, order=60,
        ))  # fmt: skip
    if user.has_perm("wagtailadmin.access_admin") and (
        user.is_superuser or user.groups.filter(name="Biên tập viên").exists()
    ):
        found.append(ItemsPanel(
            name="ban-nhap", heading="Trang đang là bản nháp",
            empty="Không có trang nào đang chờ xuất bản.", items=draft_items(user), order=65,
        ))  # fmt: skip
    if user.has_perm("feedback.answer_feedback") or user.has_perm("feedback.moderate_feedback"):
        found.append(ItemsPanel(
            name="gop-y-cho-tra-loi", heading="Góp ý chờ trả lời",
            empty="Không có góp ý nào chờ trả lời.", items=feedback_items(user),
            more=reverse("gop_y:index"), order=70,
        ))  # fmt: skip
    return found
