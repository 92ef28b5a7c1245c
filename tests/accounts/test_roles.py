from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management.sql import emit_post_migrate_signal
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from tiendo.accounts.role_sync import sync_roles
from tiendo.accounts.roles import ROLES

pytestmark = pytest.mark.django_db


def _codenames(group_name: str) -> set[str]:
    group = Group.objects.get(name=group_name)
    return {
        f"{app}.{codename}"
        for app, codename in group.permissions.values_list("content_type__app_label", "codename")
    }


def test_every_role_exists_as_a_group_with_its_vietnamese_name():
    names = set(Group.objects.values_list("name", flat=True))
    assert {
        "Quản trị hệ thống",
        "Biên tập viên",
        "Cán bộ nhập số liệu",
        "Lãnh đạo phê duyệt",
        "Kiểm duyệt góp ý",
    } <= names


@pytest.mark.parametrize(
    ("group_name", "granted", "withheld"),
    [
        (
            "Biên tập viên",
            {"wagtailadmin.access_admin", "core.change_document"},
            {"core.add_result"},
        ),
        ("Cán bộ nhập số liệu", {"core.add_result"}, {"core.delete_result", "core.approve_result"}),
        ("Lãnh đạo phê duyệt", {"core.approve_result", "core.view_result"}, {"core.add_result"}),
        ("Kiểm duyệt góp ý", {"wagtailadmin.access_admin"}, {"core.change_result"}),
        ("Quản trị hệ thống", {"auth.change_user", "core.delete_result"}, set()),
    ],
)
def test_each_role_has_the_model_permissions_its_job_needs(group_name, granted, withheld):
    codenames = _codenames(group_name)
    assert granted <= codenames
    assert not withheld & codenames


def test_editor_may_edit_and_publish_pages_from_the_root():
    editor = Group.objects.get(name="Biên tập viên")
    rights = set(
        GroupPagePermission.objects.filter(
            group=editor, page=Page.get_first_root_node()
        ).values_list("permission__codename", flat=True)
    )
    assert {"add_page", "change_page", "publish_page"} <= rights


def test_editor_manages_documents_and_reporter_may_only_upload_them():
    root = Collection.get_first_root_node()

    def rights(name: str) -> set[str]:
        return set(
            GroupCollectionPermission.objects.filter(
                group__name=name, collection=root, permission__content_type__app_label="wagtaildocs"
            ).values_list("permission__codename", flat=True)
        )

    assert {"add_document", "change_document", "delete_document"} <= rights("Biên tập viên")
    assert rights("Cán bộ nhập số liệu") == {"add_document", "choose_document"}


def test_moderator_gets_feedback_permissions_whenever_they_appear():
    content_type, _ = ContentType.objects.get_or_create(app_label="feedback", model="feedback")
    moderate, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="moderate_feedback",
        defaults={"name": "Kiểm duyệt góp ý"},
    )
    sync_roles()
    assert Group.objects.get(name="Kiểm duyệt góp ý").permissions.filter(pk=moderate.pk).exists()


def test_migrate_restores_rights_taken_from_a_role():
    reporter = Group.objects.get(name="Cán bộ nhập số liệu")
    reporter.permissions.clear()
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    assert "core.add_result" in _codenames(reporter.name)


def test_syncing_twice_changes_nothing():
    sync_roles()
    before = {role.name: _codenames(role.name) for role in ROLES}
    tree = GroupPagePermission.objects.count(), GroupCollectionPermission.objects.count()
    sync_roles()
    assert before == {role.name: _codenames(role.name) for role in ROLES}
    assert tree == (GroupPagePermission.objects.count(), GroupCollectionPermission.objects.count())
