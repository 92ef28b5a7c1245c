"""How many examples a property of the extractor's tests draws.

scripts/test runs the extractor's tests twice: on the compiled modules, then on their
sources (`TIENDO_EXTRACT_SOURCES=1`, as an install without a C compiler runs them). The
first run draws every example. The second checks that the same code answers the same in
its other form and draws a fifth of them: the properties are most of that run's time,
and it runs beside the browser tests.
"""

from __future__ import annotations

from tiendo.extract._sources import sources_asked

ON_SOURCES = sources_asked()


def examples(count: int) -> int:
    """`count`, or a fifth of it (at least 20) in the run on the sources."""
    return max(20, count // 5) if ON_SOURCES else count
