"""CPU time and queries of an uncached portal page, in process (issue 13).

Serves the home, a resolution and a target page through Django's test client with the
page cache off, and prints for each the best and median CPU milliseconds of a request
and its queries: warm (the process knows the site and the route) and right after an
edit (the memos that an edit empties, emptied before each request).

    TIENDO_DATA_DIR=/path/with/the/demo python benchmarks/uncached_pages.py [N]

The data folder must hold the demo (`tiendo demo --no-serve`). CPU time, not wall time:
other work on the machine changes it less.
"""

from __future__ import annotations

import os
import re
import statistics
import sys
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tiendo.settings")
os.environ["TIENDO_PAGE_CACHE"] = "0"

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from tiendo.pagecache import generation  # noqa: E402
from tiendo.portal import site_memo  # noqa: E402

RESOLUTION = "/nghi-quyet/15-nq-hu-2022/"


def forget_memos() -> None:
    """What an edit does to this process: the generation moves on, the memos empty."""
    generation._forget()
    site_memo._memo = (0, {})


def measure(client: Client, url: str, runs: int, after_edit: bool) -> tuple[list[float], int]:
    cpu = []
    queries = 0
    for _ in range(runs):
        if after_edit:
            forget_memos()
        with CaptureQueriesContext(connection) as captured:
            start = time.thread_time()
            response = client.get(url)
            cpu.append((time.thread_time() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(captured.captured_queries)
    return sorted(cpu), queries


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    client = Client(HTTP_HOST="127.0.0.1")
    page = client.get(RESOLUTION).content.decode()
    target = re.search(re.escape(RESOLUTION) + r"chi-tieu/\d+/", page)
    pages = {"home": "/", "resolution": RESOLUTION, "target": target.group(0) if target else ""}
    print(f"{'page':11s} {'when':11s} {'best ms':>8s} {'median ms':>10s} {'queries':>8s}")
    for name, url in pages.items():
        for _ in range(10):
            client.get(url)
        for when, after_edit in (("warm", False), ("after edit", True)):
            cpu, queries = measure(client, url, runs if not after_edit else runs // 5, after_edit)
            print(
                f"{name:11s} {when:11s} {cpu[0]:8.2f} {statistics.median(cpu):10.2f} {queries:8d}"
            )


if __name__ == "__main__":
    main()
