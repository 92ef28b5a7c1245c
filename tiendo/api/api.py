"""The NinjaAPI instance: public reads, token-protected writes, JSON errors, and the
OpenAPI description at /api/openapi.json (no docs page: it would load scripts from a
CDN, which our Content-Security-Policy forbids)."""

from __future__ import annotations

from ninja import NinjaAPI
from ninja.renderers import JSONRenderer

from tiendo.api.errors import install_error_handlers
from tiendo.api.routers import resolutions, targets, writes


class ReadableJSONRenderer(JSONRenderer):
    """Vietnamese as UTF-8 characters rather than \\u escapes: smaller and legible."""

    json_dumps_params = {"ensure_ascii": False}


api = NinjaAPI(
    title="tiendo API",
    version="1",
    description=(
        "Dữ liệu mở về nghị quyết, chỉ tiêu, số liệu và tiến độ thực hiện. "
        "Đọc không cần đăng nhập; ghi cần khóa truy cập (Authorization: Bearer …). "
        "Lỗi trả về JSON: `message` (tiếng Việt) và `detail` (English)."
    ),
    docs_url=None,
    urls_namespace="api",
    renderer=ReadableJSONRenderer(),
)
install_error_handlers(api)
api.add_router("/resolutions", resolutions.router)
api.add_router("/targets", targets.router)
api.add_router("/", writes.router)
