"""/.well-known/security.txt (RFC 9116): whom to tell about a security problem.

The contact is the agency's e-mail from the portal settings, or the address set in
TIENDO_SECURITY_CONTACT; the page that says who runs the portal is always listed too.

>>> print(security_txt("https://cong.example.vn", "atttt@example.vn", date(2026, 12, 4)))
Contact: mailto:atttt@example.vn
Contact: https://cong.example.vn/gioi-thieu/
Expires: 2027-12-04T00:00:00.000Z
Preferred-Languages: vi, en
Canonical: https://cong.example.vn/.well-known/security.txt
Policy: https://cong.example.vn/chinh-sach-bao-mat/
"""

from __future__ import annotations

from datetime import date, timedelta


def security_txt(base_url: str, email: str, today: date) -> str:
    """The file's text; it expires a year after `today`, as the RFC asks it to be renewed."""
    expires = today + timedelta(days=365)
    lines = [f"Contact: mailto:{email}"] if email else []
    lines += [
        f"Contact: {base_url}/gioi-thieu/",
        f"Expires: {expires.isoformat()}T00:00:00.000Z",
        "Preferred-Languages: vi, en",
        f"Canonical: {base_url}/.well-known/security.txt",
        f"Policy: {base_url}/chinh-sach-bao-mat/",
    ]
    return "\n".join(lines) + "\n"
