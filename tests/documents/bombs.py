"""Zip bombs shaped like Word files, built in memory for the archive tests.

`word_bomb` is the issue's case: a .docx of about 1 MB whose body inflates to
1 GiB of blank XML. `lying_bomb` declares a 1 KB body in its directory while
its deflate stream goes on for `size` bytes, which zipfile would inflate in one
piece. Both reuse one deflated chunk ended by a full flush, so that building a
gigabyte costs one chunk's compression rather than a gigabyte's.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

GIB = 1024**3
_CHUNK = 1 << 24
_BODY = "word/document.xml"
_BODY_START = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>"
)
_BODY_END = b"</w:t></w:r></w:p></w:body></w:document>"


def word_bomb(base: bytes, size: int = GIB) -> bytes:
    """`base` (a real .docx) with its document.xml swapped for `size` bytes of blank XML."""
    stream, crc, length = _blank_body(size)
    return _with_body(base, stream, declared_size=length, crc=crc)


def lying_bomb(base: bytes, size: int = GIB // 4) -> bytes:
    """A .docx whose directory says document.xml holds 1 KB; its stream inflates to `size`."""
    stream, _crc, _length = _blank_body(size)
    first_kb = (_BODY_START + b" " * 1024)[:1024]
    return _with_body(base, stream, declared_size=1024, crc=zlib.crc32(first_kb))


def _blank_body(size: int) -> tuple[bytes, int, int]:
    """A raw deflate stream of the body, its CRC-32 and its length."""
    head = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    start = head.compress(_BODY_START) + head.flush(zlib.Z_FULL_FLUSH)
    blank = b" " * _CHUNK
    chunk = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    # A full flush leaves no reference to earlier bytes: the piece can be repeated.
    piece = chunk.compress(blank) + chunk.flush(zlib.Z_FULL_FLUSH)
    tail = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    end = tail.compress(_BODY_END) + tail.flush()
    repeats = size // _CHUNK
    crc = zlib.crc32(_BODY_START)
    for _ in range(repeats):
        crc = zlib.crc32(blank, crc)
    crc = zlib.crc32(_BODY_END, crc)
    length = len(_BODY_START) + repeats * _CHUNK + len(_BODY_END)
    return start + piece * repeats + end, crc, length


def _with_body(base: bytes, stream: bytes, *, declared_size: int, crc: int) -> bytes:
    """`base` rewritten with a placeholder body, then the placeholder's bytes and sizes patched."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as source:
        parts = [(info, source.read(info)) for info in source.infolist() if info.filename != _BODY]
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for info, content in parts:
            archive.writestr(info, content)
        archive.writestr(zipfile.ZipInfo(_BODY), b"")  # last, so nothing follows its data
    data = buffer.getvalue()
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(_BODY)
    local = info.header_offset
    start = local + 30 + len(_BODY)
    directory = data[start:]
    header = bytearray(data[:start])
    _patch(header, local, 8, crc, len(stream), declared_size)
    moved = bytearray(directory)
    position = 0
    while moved[position : position + 4] == b"PK\x01\x02":
        name_length, extra, comment = struct.unpack_from("<HHH", moved, position + 28)
        name = bytes(moved[position + 46 : position + 46 + name_length]).decode()
        if name == _BODY:
            _patch(moved, position, 10, crc, len(stream), declared_size)
        position += 46 + name_length + extra + comment
    end = moved.rfind(b"PK\x05\x06")
    struct.pack_into("<I", moved, end + 16, start + len(stream))
    return bytes(header) + stream + bytes(moved)


def _patch(data: bytearray, header: int, method_at: int, crc: int, packed: int, size: int) -> None:
    """Set a header's method to deflate and its CRC and sizes (local and central differ by 2)."""
    struct.pack_into("<H", data, header + method_at, zipfile.ZIP_DEFLATED)
    struct.pack_into("<III", data, header + method_at + 6, crc, packed, size)
