import time
from pathlib import Path
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

def test_measure(superuser, client, reporter_client, commune_targets, approver_client):
    from tiendo.core.demo import load_demo
    demo = load_demo()
    client.force_login(superuser)
    text = next(Path("/work/shared/seeds").glob("002_*.txt")).read_text()
    t = time.perf_counter()
    with CaptureQueriesContext(connection) as q:
        r = client.post(reverse("workspace:import"), {"kind": "news", "mode": "tu-dong", "text": text, "unit": demo.district.pk})
    print("\nseed preview", round(time.perf_counter() - t, 3), "s", len(q), "queries", r.status_code)
    for name, c, params in [("entry", reporter_client, {"nam": 2022, "ky": "Q1"}), ("review", approver_client, {}), ("deadlines", approver_client, {"nam": 2022, "ky": "Q1"})]:
        c.get(reverse(f"workspace:{name}"), params)
        with CaptureQueriesContext(connection) as q:
            t = time.perf_counter()
            c.get(reverse(f"workspace:{name}"), params)
        print(name, len(q), "queries", round(time.perf_counter() - t, 3), "s")
    client.get(reverse("audit_entries:index"))
    with CaptureQueriesContext(connection) as q:
        client.get(reverse("audit_entries:index"))
    print("audit index", len(q), "queries")
