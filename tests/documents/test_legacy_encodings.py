from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiendo.documents.legacy_encodings import (
    decode_tcvn3,
    decode_vni,
    encode_tcvn3,
    encode_vni,
    tcvn3_to_unicode,
    vni_to_unicode,
)

# Byte strings as old files hold them, written from the encodings' layouts.
TCVN3_SAMPLES = [
    (
        b"C\xe9ng ho\xb5 x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam",
        "Cộng hoà xã hội chủ nghĩa Việt Nam",
    ),
    (b"\xa7\xe9c l\xcbp - T\xf9 do - H\xb9nh ph\xf3c", "Độc lập - Tự do - Hạnh phúc"),
    (b"Tr\xad\xeang h\xe4c \xae\xb8p \xf8ng", "Trường học đáp ứng"),
    (b"C\xe9NG HO\xb5 X\xb7 H\xe9I", "CỘNG HOÀ XÃ HỘI"),
]
VNI_SAMPLES = [
    (
        b"Co\xe4ng ho\xf8a xa\xf5 ho\xe4i chu\xfb ngh\xf3a Vie\xe4t Nam",
        "Cộng hòa xã hội chủ nghĩa Việt Nam",
    ),
    (b"\xd1o\xe4c la\xe4p - T\xf6\xef do - Ha\xefnh phu\xf9c", "Độc lập - Tự do - Hạnh phúc"),
    (b"Tr\xf6\xf4\xf8ng, n\xe6, \xee, ca\xe9t", "Trường, nỉ, ỵ, cắt"),
    (b"NGH\xd2 QUYE\xc1T \xd1A\xd9NG", "NGHỊ QUYẾT ĐÁNG"),
]

VIETNAMESE_TEXT = st.text(
    alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợ"
    "ùủũúụừửữứựỳỷỹýỵ 0123456789.,-",
    max_size=80,
)


@pytest.mark.parametrize(("data", "expected"), TCVN3_SAMPLES)
def test_tcvn3_bytes_decode_to_unicode(data: bytes, expected: str) -> None:
    assert decode_tcvn3(data) == expected


@pytest.mark.parametrize(("data", "expected"), VNI_SAMPLES)
def test_vni_bytes_decode_to_unicode(data: bytes, expected: str) -> None:
    assert decode_vni(data) == expected


@given(VIETNAMESE_TEXT)
def test_lower_case_text_survives_a_round_trip_through_tcvn3(text: str) -> None:
    assert decode_tcvn3(encode_tcvn3(text)) == text


@given(VIETNAMESE_TEXT)
def test_lower_case_text_survives_a_round_trip_through_vni(text: str) -> None:
    assert decode_vni(encode_vni(text)) == text


def test_capitals_survive_a_round_trip_through_vni() -> None:
    text = "ĐẢNG BỘ HUYỆN BẢO THẮNG"
    assert decode_vni(encode_vni(text)) == text


def test_legacy_text_seen_as_latin_characters_is_converted() -> None:
    assert vni_to_unicode("Vieät Nam") == "Việt Nam"
    assert tcvn3_to_unicode("ViÖt Nam") == "Việt Nam"
