"""Create the role groups and grant them the permissions that `roles.py` lists.

Granting only adds: rights an administrator gave a group by hand stay. It runs after
every `migrate` (a post_migrate handler), so permissions of apps that migrate after
this one, such as feedback moderation, are granted whatever the order of the apps.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.apps import AppConfig
from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import connections

from tiendo.accounts.roles import ALL, ROLES, Role


def _model_permissions(role: Role, permission_model: Any, using: str) -> list[Any]:
    perms = permission_model.objects.using(using).select_related("content_type")
    if ALL in role.permissions:
        return list(perms.all())
    chosen = []
    wanted = set(role.permissions)
    whole_apps = {name.split(".")[0] for name in wanted if name.endswith(".*")}
    for perm in perms.all():
        app_label = perm.content_type.app_label
        if app_label in whole_apps or f"{app_label}.{perm.codename}" in wanted:
            chosen.append(perm)
    return chosen


def grant_model_permissions(apps: Any = global_apps, using: str = "default") -> None:
    """Create every role's group and add the model permissions that exist now.

    Takes the app registry so that a data migration can call it with historical models.
    """
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    for role in ROLES:
        group, _ = group_model.objects.using(using).get_or_create(name=role.name)
        group.permissions.add(*_model_permissions(role, permission_model, using))


def _tree_permissions(codenames: Iterable[str], app_label: str, using: str) -> list[Any]:
    from django.contrib.auth.models import Permission

    return list(
        Permission.objects.using(using).filter(
            content_type__app_label=app_label, codename__in=list(codenames)
        )
    )


def role_model_permissions(role: Role) -> list[Any]:
    """The model permissions a role's group gets (tiendo.sites gives them to the groups
    that hold a role on one site)."""
    from django.contrib.auth.models import Permission

    return _model_permissions(role, Permission, "default")


def role_tree_permissions(role: Role) -> tuple[list[Any], list[Any]]:
    """(page permissions, collection permissions) a role's group gets on its tree."""
    pages = _tree_permissions(role.page_permissions, "wagtailcore", "default")
    files = [
        *_tree_permissions(role.document_permissions, "wagtaildocs", "default"),
        *_tree_permissions(role.image_permissions, "wagtailimages", "default"),
    ]
    return pages, files


def grant_tree_permissions(using: str = "default") -> None:
    """Page rights at the root page, document and image rights at the root collection."""
    from django.contrib.auth.models import Group
    from wagtail.models import (
        Collection,
        GroupCollectionPermission,
        GroupPagePermission,
        Page,
    )

    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    for role in ROLES:
        group = Group.objects.using(using).get(name=role.name)
        if root_page is not None:
            for perm in _tree_permissions(role.page_permissions, "wagtailcore", using):
                GroupPagePermission.objects.using(using).get_or_create(
                    group=group, page=root_page, permission=perm
                )
        if root_collection is not None:
            tree_rights = [
                *_tree_permissions(role.document_permissions, "wagtaildocs", using),
                *_tree_permissions(role.image_permissions, "wagtailimages", using),
            ]
            for perm in tree_rights:
                GroupCollectionPermission.objects.using(using).get_or_create(
                    group=group, collection=root_collection, permission=perm
                )


def sync_roles(using: str = "default") -> None:
    grant_model_permissions(using=using)
    grant_tree_permissions(using=using)


def _last_app_with_models() -> AppConfig:
    return [config for config in global_apps.get_app_configs() if config.models_module][-1]


NEEDED_TABLES = {
    "auth_group",
    "auth_permission",
    "wagtailcore_page",
    "wagtailcore_collection",
    "wagtailcore_grouppagepermission",
    "wagtailcore_groupcollectionpermission",
}


def sync_roles_after_migrate(sender: AppConfig, using: str = "default", **kwargs: Any) -> None:
    """post_migrate is sent once per app; act on the last one, when every app's
    permissions exist. Django creates a sender's permissions in a handler connected
    after this one, so create them first for that last app.

    A partial migrate (one app, or back to an early state) may leave the tables this
    needs missing; the next full migrate syncs the roles then."""
    if sender.label != _last_app_with_models().label:
        return
    existing = set(connections[using].introspection.table_names())
    if NEEDED_TABLES - existing:
        return
    create_permissions(sender, verbosity=0, using=using)
    sync_roles(using=using)
