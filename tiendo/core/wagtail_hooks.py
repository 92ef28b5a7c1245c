"""The Wagtail admin screens for resolutions, targets, results, units and documents."""

from __future__ import annotations

from django.http import Http404
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet, SnippetViewSetGroup

from tiendo.core.admin_forms import ResultAdminForm
from tiendo.core.models import Document, OrgUnit, Resolution, Result, Target, Task
from tiendo.core.scope import in_charge_of, units_in_charge


class OrgUnitViewSet(SnippetViewSet):
    model = OrgUnit
    icon = "site"
    menu_label = "Đơn vị"
    list_display = ["name", "kind", "code", "parent", "valid_to"]
    list_filter = ["kind"]
    search_fields = ["name", "code"]
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("code")]),
        FieldPanel("slug"),
        FieldPanel("parent"),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_to")]),
        FieldRowPanel([FieldPanel("population"), FieldPanel("households"), FieldPanel("area_ha")]),
        FieldPanel("successors"),
    ]


class ResolutionViewSet(SnippetViewSet):
    model = Resolution
    icon = "doc-full"
    menu_label = "Nghị quyết"
    list_display = ["number", "title", "issued_on", "issuer"]
    list_filter = ["kind", "year_from"]
    search_fields = ["number", "title", "theme"]
    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("number"), FieldPanel("issued_on")]),
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("issuer"), FieldPanel("issuer_name")]),
        MultiFieldPanel(
            [FieldPanel("meeting"), FieldRowPanel([FieldPanel("term"), FieldPanel("term_years")])],
            heading="Hội nghị, nhiệm kỳ",
        ),
        FieldPanel("theme"),
        FieldRowPanel(
            [FieldPanel("year_from"), FieldPanel("year_to"), FieldPanel("main_target_count")]
        ),
        FieldPanel("previous_review"),
        FieldPanel("source_document"),
        FieldPanel("is_public"),
    ]


class TargetViewSet(SnippetViewSet):
    model = Target
    icon = "list-ol"
    menu_label = "Chỉ tiêu"
    list_display = ["ordinal", "indicator", "unit", "plan_value", "resolution"]
    list_filter = ["resolution", "sector", "direction"]
    search_fields = ["indicator", "sector"]
    panels = [
        FieldRowPanel([FieldPanel("resolution"), FieldPanel("ordinal"), FieldPanel("sort_order")]),
        FieldPanel("indicator"),
        FieldRowPanel([FieldPanel("sector"), FieldPanel("unit"), FieldPanel("direction")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("plan_kind"), FieldPanel("plan_base")]),
                FieldRowPanel(
                    [FieldPanel("plan_value"), FieldPanel("plan_value_max"), FieldPanel("bound")]
                ),
                FieldRowPanel(
                    [
                        FieldPanel("period_year"),
                        FieldPanel("period_from_month"),
                        FieldPanel("period_to_month"),
                    ]
                ),
                FieldPanel("is_qualitative"),
                FieldRowPanel(
                    [FieldPanel("aggregation"), FieldPanel("weight_by"), FieldPanel("report_basis")]
                ),
            ],
            heading="Kế hoạch",
        ),
        InlinePanel("baselines", heading="Các mức so sánh (kế hoạch, dự toán)", label="mức"),
        FieldPanel("responsible_units"),
        FieldRowPanel([FieldPanel("parent"), FieldPanel("org_unit")]),
        FieldPanel("notes"),
    ]


class ResultEditView(EditView):
    """Another unit's result is as good as absent, even by its address."""

    def get_object(self, queryset=None):  # type: ignore[no-untyped-def]
        result = super().get_object(queryset)
        if not in_charge_of(self.request.user, result.org_unit):
            raise Http404
        return result


class ResultViewSet(SnippetViewSet):
    model = Result
    icon = "table"
    menu_label = "Số liệu"
    list_display = ["target", "org_unit", "period_year", "period_to_month", "kind", "value"]
    list_filter = ["kind", "review_state", "period_year"]
    search_fields = ["target__indicator", "source_text"]
    panels = [
        FieldPanel("target"),
        FieldPanel("org_unit"),
        FieldRowPanel(
            [
                FieldPanel("period_year"),
                FieldPanel("period_from_month"),
                FieldPanel("period_to_month"),
            ]
        ),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("value")]),
        FieldPanel("comparisons"),
        MultiFieldPanel(
            [
                FieldPanel("source_document"),
                FieldRowPanel([FieldPanel("source_start"), FieldPanel("source_end")]),
                FieldPanel("source_text"),
            ],
            heading="Nguồn",
        ),
        FieldPanel("note"),
    ]
    # No review state above: approval, return and reopening go through the review
    # screen, which checks and audits each step.
    edit_view_class = ResultEditView

    def get_edit_handler(self):  # type: ignore[no-untyped-def]
        return ObjectList(self.panels, base_form_class=ResultAdminForm).bind_to_model(Result)

    def get_queryset(self, request):  # type: ignore[no-untyped-def]
        return Result.objects.filter(org_unit__in=units_in_charge(request.user))


class TaskViewSet(SnippetViewSet):
    model = Task
    icon = "tasks"
    menu_label = "Nhiệm vụ"
    list_display = ["text", "resolution", "deadline", "status"]
    list_filter = ["status", "resolution"]
    search_fields = ["text"]


class DocumentViewSet(SnippetViewSet):
    model = Document
    icon = "doc-full-inverse"
    menu_label = "Văn bản"
    list_display = ["number", "title", "kind", "issued_on"]
    list_filter = ["kind", "in_force"]
    search_fields = ["number", "title"]


class TrackingGroup(SnippetViewSetGroup):
    menu_label = "Theo dõi nghị quyết"
    menu_icon = "list-ul"
    menu_order = 150
    items = (
        ResolutionViewSet,
        TargetViewSet,
        ResultViewSet,
        TaskViewSet,
        DocumentViewSet,
        OrgUnitViewSet,
    )


register_snippet(TrackingGroup)
