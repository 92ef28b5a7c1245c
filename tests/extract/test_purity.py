from __future__ import annotations

import subprocess
import sys


def test_extract_and_progress_import_without_django() -> None:
    script = (
        "import tiendo.extract, tiendo.progress, tiendo.progress.evaluate, sys; "
        "web = [m for m in sys.modules if m.split('.')[0] in ('django', 'wagtail')]; "
        "assert not web, web"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_the_extract_command_module_imports_nothing_heavy() -> None:
    script = (
        "import tiendo.extract.commands, sys; "
        "heavy = [m for m in sys.modules if m.split('.')[0] in "
        "('django', 'wagtail', 'docx', 'openpyxl', 'pdfplumber', 'pypdf', 'lxml')]; "
        "assert not heavy, heavy"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
