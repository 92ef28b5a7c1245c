"""tiendo's own translations (tiendo/locale): each .po compiled into the .mo Django reads.

The .mo files are committed and ship in the package, so a fresh clone or an installed
wheel shows the admin in Vietnamese with no build step. After editing a .po:

    python -m tiendo.adminui.catalog

rebuilds them (pure Python, no gettext tools needed); a test fails when a committed
.mo no longer matches its .po.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


def catalogue_files(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    return sorted(locale_dir.glob("*/LC_MESSAGES/*.po"))


def compiled(po_path: Path) -> bytes:
    """The .mo of a .po, byte for byte the same each time it is built."""
    with po_path.open("rb") as handle:
        catalog = read_po(handle, locale=po_path.parent.parent.name)
    output = io.BytesIO()
    write_mo(output, catalog, use_fuzzy=False)
    return output.getvalue()


def compile_all(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    written = []
    for po_path in catalogue_files(locale_dir):
        mo_path = po_path.with_suffix(".mo")
        content = compiled(po_path)
        if not mo_path.exists() or mo_path.read_bytes() != content:
            mo_path.write_bytes(content)
            written.append(mo_path)
    return written


if __name__ == "__main__":
    for path in compile_all():
        print(f"compiled {path}")
    sys.exit(0)
