"""The kill benchmarks' view of running processes (Linux /proc), shared by
feedback_kill.py and multi_server_kill.py, which import it from their own folder."""

from __future__ import annotations

import re
from pathlib import Path


def children(parent: int) -> list[int]:
    """The process ids whose parent is `parent`, lowest first."""
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        if re.search(rf"^PPid:\s+{parent}$", text, re.MULTILINE):
            found.append(int(status.parent.name))
    return sorted(found)
