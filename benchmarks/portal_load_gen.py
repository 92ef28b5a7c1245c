"""A small HTTP load generator, used by portal_load.sh when `wrk` is not available.

Keeps N keep-alive connections busy for D seconds against one URL and prints one line:
"<requests per second> <p99 latency in ms> <errors>".

    python benchmarks/portal_load_gen.py http://127.0.0.1:8000/ --connections 16 --seconds 10
"""

from __future__ import annotations

import argparse
import http.client
import threading
import time
from urllib.parse import urlsplit


def _worker(
    url: str, headers: dict[str, str], stop_at: float, latencies: list[float], errors: list[int]
) -> None:
    parts = urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    while time.perf_counter() < stop_at:
        started = time.perf_counter()
        try:
            connection.request("GET", target, headers=headers)
            response = connection.getresponse()
            response.read()
            if response.status >= 400:
                errors.append(response.status)
        except (OSError, http.client.HTTPException):
            errors.append(0)
            connection.close()
            connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
            continue
        latencies.append(time.perf_counter() - started)
    connection.close()


def measure(
    url: str, connections: int, seconds: float, headers: dict[str, str]
) -> tuple[float, float, int]:
    latencies: list[float] = []
    errors: list[int] = []
    stop_at = time.perf_counter() + seconds
    threads = [
        threading.Thread(target=_worker, args=(url, headers, stop_at, latencies, errors))
        for _ in range(connections)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] if latencies else 0.0
    return len(latencies) / elapsed, p99 * 1000, len(errors)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("url")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--header", action="append", default=[], help="Name: value")
    args = parser.parse_args()
    headers = dict(h.split(": ", 1) for h in args.header)
    rate, p99, errors = measure(args.url, args.connections, args.seconds, headers)
    print(f"{rate:.1f} {p99:.1f} {errors}")


if __name__ == "__main__":
    main()
