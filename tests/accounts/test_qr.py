from __future__ import annotations

from tiendo.accounts.qr import qr_svg


def test_qr_code_is_a_bare_svg_element_without_script():
    svg = qr_svg("otpauth://totp/tiendo:canbo?secret=JBSWY3DPEHPK3PXP")
    assert svg.startswith("<svg")
    assert svg.rstrip().endswith("</svg>")
    assert "<?xml" not in svg
    assert "script" not in svg.lower()


def test_different_secrets_draw_different_codes():
    assert qr_svg("otpauth://totp/a?secret=AAAA") != qr_svg("otpauth://totp/a?secret=BBBB")
