"""A scan job's files, rewritten by the worker page by page while the import screen polls
them from another process."""

from __future__ import annotations

import json
import threading
import time

from tiendo.workspace import scan_jobs


def test_the_screen_never_finds_the_state_missing_or_half_written_while_the_worker_rewrites_it():
    # A long form makes each write take long enough for the reader to fall into it.
    job = scan_jobs.create(user=1, file="", filename="quet.pdf", form={"ghi-chu": "x" * 400_000})
    stop = threading.Event()

    def worker() -> None:
        done = 0
        while not stop.is_set():
            done += 1
            scan_jobs.update(job, state=scan_jobs.RUNNING, done=done, total=1_000_000)

    writer = threading.Thread(target=worker)
    writer.start()
    seen: list[object] = []
    try:
        deadline = time.monotonic() + 1.5
        while time.monotonic() < deadline:
            try:
                seen.append(scan_jobs.state(job))
            except (json.JSONDecodeError, FileNotFoundError) as error:
                seen.append(error)
    finally:
        stop.set()
        writer.join()

    states = [entry for entry in seen if isinstance(entry, dict)]
    assert len(states) == len(seen), [entry for entry in seen if not isinstance(entry, dict)][:3]
    assert max(state["done"] for state in states) > 3  # the worker did rewrite it meanwhile
    assert scan_jobs.state(job)["form"]["ghi-chu"] == "x" * 400_000


def test_rewriting_the_state_leaves_one_file_in_the_jobs_folder_besides_what_it_saved():
    job = scan_jobs.create(user=1, file="", filename="quet.pdf", form={})
    for done in range(5):
        scan_jobs.update(job, done=done)
    folder = scan_jobs.JOB_DIR + f"/{job}"
    from django.core.files.storage import default_storage

    assert default_storage.listdir(folder) == ([], ["state.json"])
    scan_jobs.discard(job)
    assert scan_jobs.state(job) is None
