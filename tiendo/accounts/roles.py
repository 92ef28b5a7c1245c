"""The staff roles, as data. Each role is a Django group with a Vietnamese name.

Permissions are named "app_label.codename"; a permission that does not exist (yet) is
skipped, so a role can name permissions that another app adds later, such as
"core.approve_result". A role may instead take every permission of an app
("feedback.*") or of the whole site ("*").

This module imports nothing from Django so that migrations can read it.
"""

from __future__ import annotations

from dataclasses import dataclass

ALL = "*"
PAGE_EDITING = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
PAGE_ALL = (*PAGE_EDITING, "bulk_delete_page")
DOCUMENTS = ("add_document", "change_document", "choose_document", "delete_document")
IMAGES = ("add_image", "change_image", "choose_image", "delete_image")
READ_CORE = (
    "core.view_orgunit",
    "core.view_resolution",
    "core.view_target",
    "core.view_baseline",
    "core.view_task",
    "core.view_result",
    "core.view_document",
)


@dataclass(frozen=True)
class Role:
    key: str
    name: str
    description: str
    permissions: tuple[str, ...] = ()
    # Wagtail grants page and collection rights per tree: these apply at the root.
    page_permissions: tuple[str, ...] = ()
    document_permissions: tuple[str, ...] = ()
    image_permissions: tuple[str, ...] = ()
    needs_org_unit: bool = False


ADMIN = Role(
    key="admin",
    name="Quản trị hệ thống",
    description="Toàn quyền: tài khoản, phân quyền, cấu hình và mọi dữ liệu.",
    permissions=(ALL,),
    page_permissions=PAGE_ALL,
    document_permissions=DOCUMENTS,
    image_permissions=IMAGES,
)
EDITOR = Role(
    key="editor",
    name="Biên tập viên",
    description="Soạn và đăng trang, tin bài, văn bản trên cổng thông tin.",
    permissions=(
        "wagtailadmin.access_admin",
        *READ_CORE,
        "core.add_document",
        "core.change_document",
        "core.delete_document",
    ),
    page_permissions=PAGE_EDITING,
    document_permissions=DOCUMENTS,
    image_permissions=IMAGES,
)
REPORTER = Role(
    key="reporter",
    name="Cán bộ nhập số liệu",
    description="Nhập và sửa số liệu kết quả của đơn vị mình, tải lên báo cáo của đơn vị.",
    permissions=(
        "wagtailadmin.access_admin",
        *READ_CORE,
        "core.add_result",
        "core.change_result",
        "core.add_document",
    ),
    document_permissions=("add_document", "choose_document"),
    needs_org_unit=True,
)
APPROVER = Role(
    key="approver",
    name="Lãnh đạo phê duyệt",
    description="Xem, phê duyệt hoặc trả lại số liệu đã gửi.",
    permissions=(
        "wagtailadmin.access_admin",
        *READ_CORE,
        "core.change_result",
        "core.approve_result",
    ),
    # An approver approves the figures of their unit and the units under it.
    needs_org_unit=True,
)
MODERATOR = Role(
    key="moderator",
    name="Kiểm duyệt góp ý",
    description="Duyệt, trả lời và công khai góp ý, câu hỏi của người dân.",
    permissions=("wagtailadmin.access_admin", "feedback.*"),
)

ROLES: tuple[Role, ...] = (ADMIN, EDITOR, REPORTER, APPROVER, MODERATOR)
ROLES_BY_KEY = {role.key: role for role in ROLES}
