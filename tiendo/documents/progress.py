"""Page progress of a long read (OCR of a scan), told on a terminal.

`tiendo extract` passes `stderr_progress(path)` to `read_document`, so that a scan of
many pages shows how far it is while stdout stays pure JSON.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO


def stderr_progress(name: str, stream: TextIO | None = None) -> Callable[[int, int], None]:
    """A progress callback writing "NAME: trang 2/5" over itself, then a line break.

    >>> import io
    >>> out = io.StringIO()
    >>> tell = stderr_progress("quet.pdf", out)
    >>> tell(0, 2); tell(1, 2); tell(2, 2)
    >>> out.getvalue()
    '\\rquet.pdf: trang 0/2\\rquet.pdf: trang 1/2\\rquet.pdf: trang 2/2\\n'
    """

    def tell(done: int, total: int) -> None:
        target = stream if stream is not None else sys.stderr
        end = "\n" if done >= total else ""
        print(f"\r{name}: trang {done}/{total}", end=end, file=target, flush=True)

    return tell
