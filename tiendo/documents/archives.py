"""Zip-based documents (.docx, .xlsx, .odt) checked before any reader opens them.

A 1 MB upload can hold a gigabyte (a "zip bomb"), and the libraries that read
Office files inflate a whole part into memory at once. So before a reader runs,
`check_archive` reads only the archive's directory, then inflates each member in
small chunks without keeping it, and refuses the file when:

- the directory lists more members than a document has (`max_members`), read
  from the end record before the directory itself is parsed;
- a member uses a method other than stored or deflate (bzip2 and lzma inflate a
  whole block at once and no Office writer uses them), or is encrypted;
- the members add up to more than `max_total_bytes`, as declared or as inflated;
- the archive, or one large member, expands more than `max_ratio` times;
- a member inflates to more than it declares, or its stream does not end there
  (a lying directory that zipfile would otherwise inflate in one piece).

>>> import io, zipfile
>>> buffer = io.BytesIO()
>>> with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
...     archive.writestr("word/document.xml", b"0" * 50_000_000)
>>> try:
...     check_archive(buffer.getvalue(), "bom.docx")
... except DocumentError as error:
...     print(error.reason)
the archive expands 1028 times (more than 100); refused as a possible zip bomb
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass

from tiendo.documents.model import DocumentError
from tiendo.vietnamese import format_number

_END_RECORD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_END_RECORD = b"PK\x06\x06"
_LOCAL_HEADER = b"PK\x03\x04"
# The end record is 22 bytes plus a comment of at most 65.535 bytes.
_END_SEARCH = 22 + 0xFFFF
_CHUNK = 1 << 20
_ENCRYPTED = 0x1


@dataclass(frozen=True)
class ArchiveLimits:
    """What a real report or spreadsheet needs, with room to spare.

    A 300-page Word report with photos inflates to some 30 MB; its XML parts
    compress 5 to 20 times. Below `ratio_floor` bytes the ratio is not judged,
    since tiny repetitive parts (styles, an empty sheet) compress very well.
    """

    max_total_bytes: int = 64 * 1024 * 1024
    max_members: int = 2_000
    max_ratio: int = 100
    ratio_floor: int = 1024 * 1024


LIMITS = ArchiveLimits()


def check_archive(data: bytes, filename: str, limits: ArchiveLimits = LIMITS) -> None:
    """Raise DocumentError, in English and Vietnamese, unless `data` is a safe zip to read.

    A file zipfile cannot open at all (no directory) passes: no reader can
    inflate it either, and the reader explains the damage in its own words.
    """
    if _end_record(data) < 0:
        return
    _check_member_count(data, filename, limits)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return
    members = archive.infolist()
    declared = 0
    for member in members:
        _check_member_header(member, filename)
        declared += member.file_size
        if declared > limits.max_total_bytes:
            raise _too_large(filename, declared, limits)
        if member.file_size > limits.ratio_floor:
            _check_ratio(filename, member.file_size, max(member.compress_size, 1), limits)
    if declared > limits.ratio_floor:
        _check_ratio(filename, declared, len(data), limits)
    # Each member inflates to exactly what it declares, so the checks above hold for real.
    for member in members:
        _check_inflated_size(data, member, filename)


def _check_member_count(data: bytes, filename: str, limits: ArchiveLimits) -> None:
    """The count from the end record, so that a directory of a million entries is never parsed."""
    position = _end_record(data)
    (count,) = struct.unpack_from("<H", data, position + 10)
    locator = position - 20
    if count == 0xFFFF and locator >= 0 and data[locator : locator + 4] == _ZIP64_LOCATOR:
        (record,) = struct.unpack_from("<Q", data, locator + 8)
        if record + 40 > len(data) or data[record : record + 4] != _ZIP64_END_RECORD:
            raise _damaged(filename, "bad zip64 end record")
        (count,) = struct.unpack_from("<Q", data, record + 32)
    if count > limits.max_members:
        raise DocumentError(
            filename,
            f"the archive holds {count} files (more than {limits.max_members}); "
            "refused as a possible zip bomb",
            f"tệp nén chứa {format_number(count)} tệp con, quá giới hạn "
            f"{format_number(limits.max_members)}; hệ thống từ chối để bảo vệ máy chủ",
        )


def _end_record(data: bytes) -> int:
    """Where the end record starts, or -1, searched as zipfile searches it."""
    position = data.rfind(_END_RECORD, max(0, len(data) - _END_SEARCH))
    return position if 0 <= position <= len(data) - 22 else -1


def _check_member_header(member: zipfile.ZipInfo, filename: str) -> None:
    if member.flag_bits & _ENCRYPTED:
        raise DocumentError(
            filename,
            f"the archive member {member.filename!r} is encrypted",
            "tệp được đặt mật khẩu; hãy gỡ mật khẩu rồi tải lên lại",
        )
    if member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise DocumentError(
            filename,
            f"the archive member {member.filename!r} uses compression method "
            f"{member.compress_type}, which documents do not use",
            "tệp nén theo cách mà văn bản Office không dùng; hãy lưu lại tệp bằng Word, "
            "Excel hoặc LibreOffice",
        )


def _check_ratio(filename: str, size: int, packed: int, limits: ArchiveLimits) -> None:
    ratio = size // max(packed, 1)
    if ratio > limits.max_ratio:
        raise DocumentError(
            filename,
            f"the archive expands {ratio} times (more than {limits.max_ratio}); "
            "refused as a possible zip bomb",
            f"tệp nén giãn ra {format_number(ratio)} lần khi giải nén, quá giới hạn "
            f"{format_number(limits.max_ratio)} lần; hệ thống từ chối để bảo vệ máy chủ",
        )


def _check_inflated_size(data: bytes, member: zipfile.ZipInfo, filename: str) -> None:
    """Inflate one member chunk by chunk, keeping nothing; check it against its directory entry."""
    start = _data_offset(data, member, filename)
    packed = memoryview(data)[start : start + member.compress_size]
    if len(packed) < member.compress_size:
        raise _damaged(filename, f"member {member.filename!r} is cut short")
    if member.compress_type == zipfile.ZIP_STORED:
        if member.compress_size != member.file_size:
            raise _mismatch(filename, member)
        return
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    allowed = member.file_size
    size = 0
    try:
        for offset in range(0, len(packed), _CHUNK):
            pending: bytes = bytes(packed[offset : offset + _CHUNK])
            while pending and not inflater.eof:
                size += len(inflater.decompress(pending, _CHUNK))
                if size > allowed:
                    break
                pending = inflater.unconsumed_tail
            if size > allowed or inflater.eof:
                break
    except zlib.error as error:
        raise _damaged(filename, f"member {member.filename!r}: {error}") from error
    if size != member.file_size or not inflater.eof:
        raise _mismatch(filename, member)


def _mismatch(filename: str, member: zipfile.ZipInfo) -> DocumentError:
    return DocumentError(
        filename,
        f"the archive member {member.filename!r} does not match its declared size; "
        "refused as damaged or crafted",
        "tệp nén bị hỏng hoặc bị làm giả kích thước; hệ thống từ chối để bảo vệ máy chủ",
    )


def _data_offset(data: bytes, member: zipfile.ZipInfo, filename: str) -> int:
    header = member.header_offset
    if data[header : header + 4] != _LOCAL_HEADER or header + 30 > len(data):
        raise _damaged(filename, f"member {member.filename!r} has no local header")
    name_length, extra_length = struct.unpack_from("<HH", data, header + 26)
    return int(header + 30 + name_length + extra_length)


def _too_large(filename: str, size: int, limits: ArchiveLimits) -> DocumentError:
    megabytes = limits.max_total_bytes // (1024 * 1024)
    return DocumentError(
        filename,
        f"the archive expands to more than {megabytes} MB; refused as a possible zip bomb",
        f"tệp giải nén ra hơn {megabytes} MB, quá giới hạn; hệ thống từ chối để bảo vệ máy chủ",
    )


def _damaged(filename: str, reason: object) -> DocumentError:
    return DocumentError(
        filename,
        f"not a readable zip archive, it may be damaged or incomplete ({reason})",
        "tệp bị hỏng hoặc tải lên chưa hết, không đọc được",
    )
