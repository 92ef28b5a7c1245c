"""Dashboard panels by role: what waits for the approver, what came back to the
reporter. They read through the workspace's own queries, and each item links to the
screen where it is dealt with."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.urls import reverse
from wagtail.admin.ui.components import Component

from tiendo.core.models.choices import ReviewState
from tiendo.workspace.access import can_approve, can_enter, units_in_charge
from tiendo.workspace.queries import results_for_review

ITEMS_SHOWN = 10


class ResultsPanel(Component):
    template_name = "adminui/panels/results.html"

    def __init__(
        self,
        *,
        name: str,
        heading: str,
        empty: str,
        results: Any,
        link: str,
        order: int,
        deadlines: bool = False,
    ):
        self.name, self.heading, self.empty, self.order = name, heading, empty, order
        self.results, self.link, self.deadlines = results, link, deadlines

    def get_context_data(self, parent_context: Mapping[str, Any] | None) -> Mapping[str, Any]:
        results = list(self.results[: ITEMS_SHOWN + 1])
        return {
            "panel": self,
            "results": results[:ITEMS_SHOWN],
            "more": len(results) > ITEMS_SHOWN,
        }


def panels_for(user: Any) -> list[Component]:
    found: list[Component] = []
    if can_approve(user):
        found.append(
            ResultsPanel(
                name="cho-phe-duyet",
                heading="Số liệu chờ phê duyệt",
                empty="Không có số liệu nào chờ phê duyệt.",
                results=results_for_review(ReviewState.SUBMITTED, units_in_charge(user)),
                link=f"{reverse('workspace:review')}?trang_thai={ReviewState.SUBMITTED}",
                order=50,
            )
        )
    if can_enter(user):
        found.append(
            ResultsPanel(
                name="bi-tra-lai",
                heading="Số liệu bị trả lại, cần sửa",
                empty="Không có số liệu nào bị trả lại.",
                results=results_for_review(ReviewState.RETURNED, units_in_charge(user)),
                link=reverse("workspace:entry"),
                order=60,
                deadlines=True,
            )
        )
    return found
