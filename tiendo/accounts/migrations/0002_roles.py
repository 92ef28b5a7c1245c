"""Create the staff role groups (Vietnamese names) with the permissions that exist at
this point. Permissions of apps that migrate later are added by the post_migrate
handler in tiendo.accounts.role_sync, which also grants Wagtail page and collection
rights."""

from __future__ import annotations

from django.db import migrations


def create_role_groups(apps, schema_editor):  # type: ignore[no-untyped-def]
    from tiendo.accounts.role_sync import grant_model_permissions

    grant_model_permissions(apps=apps, using=schema_editor.connection.alias)


def remove_role_groups(apps, schema_editor):  # type: ignore[no-untyped-def]
    from tiendo.accounts.roles import ROLES

    group_model = apps.get_model("auth", "Group")
    group_model.objects.using(schema_editor.connection.alias).filter(
        name__in=[role.name for role in ROLES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_role_groups, remove_role_groups)]
