from __future__ import annotations

import subprocess
import sys


def test_progress_package_imports_without_django() -> None:
    code = (
        "import sys, tiendo.progress, tiendo.progress.evaluate; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('django', 'wagtail')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
