"""Writes, with a token: results for the user's unit, and documents with their text."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router, Status

from tiendo.api import services
from tiendo.api.auth import ApiTokenAuth
from tiendo.api.schemas import DocumentIn, DocumentOut, ErrorOut, ResultIn, ResultOut
from tiendo.api.serialize import document_out, result_out

router = Router(auth=ApiTokenAuth(), tags=["Ghi dữ liệu (cần khóa)"])

WRITE_ERRORS = {
    400: ErrorOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    409: ErrorOut,
    422: ErrorOut,
}


@router.post(
    "/results",
    response={201: ResultOut, **WRITE_ERRORS},
    summary="Nhập số liệu cho đơn vị của mình (lưu nháp)",
)
def create_result(request: HttpRequest, payload: ResultIn) -> Status:
    result = services.create_result(request.auth, payload.dict())
    return Status(201, result_out(result))


@router.post(
    "/documents",
    response={201: DocumentOut, **WRITE_ERRORS},
    summary="Gửi một văn bản (kèm toàn văn) để đọc số liệu sau",
)
def create_document(request: HttpRequest, payload: DocumentIn) -> Status:
    document = services.create_document(request.auth, payload.dict())
    return Status(201, document_out(document))
