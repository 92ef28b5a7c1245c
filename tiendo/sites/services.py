"""Create a unit's portal in one call: the command (`tiendo site add`), the admin
screen, the demo and the benchmarks all use `add_site`.

    add_site(unit=xa_a, hostname="xa-a.tinh.gov.vn")

builds the page tree (home, news, documents, resolutions), the portal settings tied to
the unit, a collection for its images and documents, and the editor and feedback
moderator groups of that site from the role templates in tiendo/accounts/roles.py.
Running it again for the same unit and host completes what is missing and changes
nothing else; a host already used by another unit's portal, or a unit that already
has a portal elsewhere, is refused with a SiteError.
"""

from __future__ import annotations

import re

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Site

from tiendo.accounts.role_sync import role_model_permissions, role_tree_permissions
from tiendo.accounts.roles import EDITOR, MODERATOR, Role
from tiendo.core.models import OrgUnit
from tiendo.portal.models import PortalSettings
from tiendo.portal.tree import SectionIntros, build_portal_tree
from tiendo.sites.models import SiteCollection, SiteRole

# RFC 1123 labels, lower case: what a browser sends in the Host header.
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
HOSTNAME = re.compile(rf"^{_LABEL}(?:\.{_LABEL})*$")
SITE_ROLES = {SiteRole.Role.EDITOR: EDITOR, SiteRole.Role.MODERATOR: MODERATOR}
GROUP_NAME_LENGTH = 150


class SiteError(ValueError):
    """Why a portal cannot be made; the message is for the person who asked."""


def normalized_hostname(text: str) -> str:
    hostname = text.strip().lower().rstrip(".")
    if len(hostname) > 253 or not HOSTNAME.match(hostname):
        raise SiteError(f"Tên miền “{text}” không hợp lệ: chỉ gồm chữ thường, số, dấu “-” và “.”.")
    return hostname


def portal_name(unit: OrgUnit) -> str:
    return f"Cổng thông tin điện tử {unit.name}"


def _area(unit: OrgUnit) -> str:
    """ "Xã A (minh họa)" -> "xã A (minh họa)": the unit's name inside a sentence."""
    return unit.name[:1].lower() + unit.name[1:]


def group_name(role: Role, hostname: str) -> str:
    return f"{role.name} - {hostname}"[:GROUP_NAME_LENGTH]


def _check_free(unit: OrgUnit, hostname: str, port: int) -> Site | None:
    """The existing site for this unit and host, None if neither is taken; raises if
    one of them belongs to another portal."""
    site = Site.objects.filter(hostname=hostname, port=port).first()
    portal = PortalSettings.objects.filter(unit=unit).select_related("site").first()
    if site is not None:
        owner = PortalSettings.objects.filter(site=site).values_list("unit_id", flat=True).first()
        if owner != unit.pk:
            raise SiteError(f"Tên miền {hostname}:{port} đã dùng cho một cổng khác.")
    if portal is not None and portal.site_id != getattr(site, "pk", None):
        raise SiteError(f"{unit.name} đã có cổng tại {portal.site.hostname}:{portal.site.port}.")
    return site


def _collection(site: Site, hostname: str) -> Collection:
    link = SiteCollection.objects.filter(site=site).select_related("collection").first()
    if link is not None:
        return link.collection
    collection = Collection.get_first_root_node().add_child(name=f"Cổng {hostname}")
    SiteCollection.objects.create(site=site, collection=collection)
    return collection


def _role_group(site: Site, key: str, hostname: str, collection: Collection) -> Group:
    """The site's group for one role, with the role template's rights: model rights as
    the role's own group, page rights at the site's home page only, file rights on the
    site's collection only."""
    role = SITE_ROLES[SiteRole.Role(key)]
    link = SiteRole.objects.filter(site=site, role=key).select_related("group").first()
    if link is None:
        group, _ = Group.objects.get_or_create(name=group_name(role, hostname))
        link = SiteRole.objects.create(site=site, group=group, role=key)
    group = link.group
    group.permissions.add(*role_model_permissions(role))
    page_rights, file_rights = role_tree_permissions(role)
    for permission in page_rights:
        GroupPagePermission.objects.get_or_create(
            group=group, page=site.root_page, permission=permission
        )
    for permission in file_rights:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )
    return group


@transaction.atomic
def add_site(*, unit: OrgUnit, hostname: str, port: int = 80) -> Site:
    """The portal of `unit` at http://hostname[:port]/, made ready to publish."""
    hostname = normalized_hostname(hostname)
    if not 1 <= port <= 65535:
        raise SiteError(f"Cổng mạng {port} không hợp lệ.")
    site = _check_free(unit, hostname, port)
    if site is None:
        tree = build_portal_tree(
            slug=unit.slug,
            title=portal_name(unit),
            intro=f"<p>Tin tức, văn bản và tiến độ thực hiện nghị quyết của {_area(unit)}.</p>",
            sections=SectionIntros.for_area(_area(unit)),
        )
        site = Site.objects.create(
            hostname=hostname,
            port=port,
            root_page=tree.home,
            site_name=portal_name(unit),
            is_default_site=False,
        )
    PortalSettings.objects.get_or_create(
        site=site,
        defaults={"unit": unit, "portal_name": portal_name(unit), "agency_name": unit.name},
    )
    collection = _collection(site, hostname)
    for key in SITE_ROLES:
        _role_group(site, key, hostname, collection)
    return site


def site_groups(site: Site) -> dict[str, Group]:
    """{"editor": group, "moderator": group} of a site."""
    return {
        link.role: link.group for link in SiteRole.objects.filter(site=site).select_related("group")
    }


def find_unit(code: str) -> OrgUnit:
    """The unit with this code (mã đơn vị), else this slug."""
    unit = OrgUnit.objects.filter(code=code).first() if code else None
    unit = unit or OrgUnit.objects.filter(slug=code).first()
    if unit is None:
        raise SiteError(f"Không có đơn vị mã “{code}”.")
    return unit


def site_rows() -> list[tuple[str, int, str, str]]:
    """(host, port, site name, unit name) of every site, by host."""
    units = dict(PortalSettings.objects.values_list("site_id", "unit__name"))
    return [
        (site.hostname, site.port, site.site_name, units.get(site.pk) or "")
        for site in Site.objects.order_by("hostname", "port")
    ]
