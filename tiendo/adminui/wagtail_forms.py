"""Labels Wagtail's forms and lists take from a field's or a permission's English name,
which no catalogue can translate: given translatable labels here, once, at start-up."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _


def _page_permission_label(permission: Any) -> Any:
    from wagtail.models.pages import PAGE_PERMISSION_TYPES

    action = permission.codename.removesuffix("_page")
    for codename, _short, long_label in PAGE_PERMISSION_TYPES:
        if codename == action:
            return long_label
    return permission.name


def _language_choices() -> list[tuple[str, str]]:
    """The interface languages as settings.LANGUAGES names them ("Tiếng Anh (English)"),
    not each in its own tongue only: a clerk who reads only Vietnamese knows the choice."""
    from django.conf import settings

    names = dict(settings.LANGUAGES)
    default = _("Use server language: %(language_name)s") % {
        "language_name": names[settings.LANGUAGE_CODE]
    }
    return [("", default), *settings.WAGTAILADMIN_PERMITTED_LANGUAGES]


def _label_site_columns() -> None:
    """The sites list names three columns after their field names ("Port"): the
    fields' verbose names are translated."""
    from django.utils.text import capfirst
    from wagtail.models import Site
    from wagtail.sites.views import IndexView

    for column in IndexView.columns:
        if column.name in ("port", "site_name", "root_page"):
            column.label = capfirst(Site._meta.get_field(column.name).verbose_name)


def label_wagtail_forms() -> None:
    from wagtail.admin.forms.account import LocalePreferencesForm
    from wagtail.admin.forms.workflows import WorkflowPageForm
    from wagtail.users.forms import PagePermissionsForm

    for form in (PagePermissionsForm, WorkflowPageForm):
        form.base_fields["page"].label = _("Page")
    PagePermissionsForm.base_fields["permissions"].label_from_instance = _page_permission_label
    LocalePreferencesForm.base_fields["preferred_language"].choices = _language_choices
    _label_site_columns()
