"""QR codes drawn on the server as inline SVG: no script, no outside service."""

from __future__ import annotations

import qrcode
import qrcode.image.svg


def qr_svg(data: str) -> str:
    """An <svg> element (no XML declaration) that encodes `data`.

    >>> qr_svg("otpauth://totp/x?secret=AAAA").startswith("<svg")
    True
    """
    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    svg = image.to_string(encoding="unicode")
    start = svg.find("<svg")
    return svg[start:] if start >= 0 else svg
