"""Whose feedback a staff member handles: everyone's, or only that of the sites whose
moderator group they are in."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import Permission
from django.db.models import Exists, Q, QuerySet


def feedback_site_ids(user: Any) -> set[int] | None:
    """The ids of the sites whose role groups the user is in, when their feedback
    rights come only from such groups; None (no limit by site, the permission checks
    decide) for superusers, staff in no site's group, and staff who hold feedback
    rights through a group not tied to a site or directly."""
    from tiendo.sites.models import SiteRole

    if user is None or not user.is_authenticated:
        return set()
    if user.is_superuser:
        return None
    site_ids = set(SiteRole.objects.filter(group__user=user).values_list("site_id", flat=True))
    if not site_ids:
        # Not a site's staff: the permission checks alone decide, as before many sites.
        return None
    wide = Permission.objects.filter(content_type__app_label="feedback").filter(
        Q(user=user) | Q(group__user=user, group__site_role__isnull=True)
    )
    return None if wide.exists() else site_ids


def handled_feedback(user: Any, items: QuerySet) -> QuerySet:
    """The feedback items among `items` this user handles. Items with no site recorded
    (sent before there were many sites) are the default site's."""
    from wagtail.models import Site

    site_ids = feedback_site_ids(user)
    if site_ids is None:
        return items
    default_is_mine = Exists(Site.objects.filter(pk__in=site_ids, is_default_site=True))
    return items.filter(Q(site_id__in=site_ids) | (Q(site__isnull=True) & default_is_mine))


def may_handle_feedback(user: Any, item: Any) -> bool:
    if feedback_site_ids(user) is None:
        return True
    return handled_feedback(user, type(item).objects.filter(pk=item.pk)).exists()
