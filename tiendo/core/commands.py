"""Sub-commands that need the database: demo, serve, worker, progress, manage."""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from pathlib import Path


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tiendo.settings")
    import django

    django.setup()


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser("demo", help="set up the Bảo Thắng demo and serve it")
    demo.add_argument("--no-serve", action="store_true", help="set everything up, do not serve")
    demo.add_argument("--port", type=int, default=8000)
    demo.set_defaults(handler=run_demo)

    serve = subparsers.add_parser("serve", help="serve an existing data folder with gunicorn")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--host", default=os.environ.get("TIENDO_HOST", "127.0.0.1"))
    serve.add_argument(
        "--workers", type=int, help="worker processes (default: WEB_CONCURRENCY, else one a core)"
    )
    serve.add_argument(
        "--no-prepare",
        action="store_true",
        help="skip migrate and collectstatic (done once before starting several servers)",
    )
    serve.set_defaults(handler=run_serve)

    worker = subparsers.add_parser(
        "worker", help="run background tasks (reading scans by OCR) from the database queue"
    )
    worker.add_argument("--batch", action="store_true", help="run what is queued, then stop")
    worker.set_defaults(handler=run_worker)

    progress = subparsers.add_parser(
        "progress",
        help="status, ratios, forecasts and narrative of a resolution's targets;"
        " `tiendo progress rebuild` computes the stored progress again",
    )
    progress.add_argument(
        "action", nargs="?", choices=["rebuild"], help="rebuild: compute all stored progress again"
    )
    progress.add_argument(
        "--resolution", help="number as written: 15-NQ/HU (rebuild: only this resolution)"
    )
    progress.add_argument("--period", help="2022, 2022-Q1, 2022-H1, 2022-9M or 2022-M10")
    progress.add_argument("--unit", help="org unit code or slug (default: the whole area)")
    progress.add_argument("--format", choices=["text", "json"], default="text")
    progress.set_defaults(handler=run_progress)

    manage = subparsers.add_parser("manage", help="run a Django management command", add_help=False)
    manage.add_argument("rest", nargs=argparse.REMAINDER)
    manage.set_defaults(handler=run_manage)


def prepare() -> None:
    """Migrate and collect static files: what both demo and serve need first."""
    setup_django()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def ensure_demo_admin(org_unit=None) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """The demo's admin account; its password is made once and kept in the data folder,
    so running the demo again prints the same credentials. With `org_unit` (the demo's
    district) the admin works for a unit, so data entry opens on it without a warning."""
    from django.conf import settings
    from django.contrib.auth import get_user_model

    password_file = Path(settings.DATA_DIR) / "demo-admin-password"
    if not password_file.exists():
        password_file.write_text(secrets.token_urlsafe(12), encoding="ascii")
        password_file.chmod(0o600)
    password = password_file.read_text(encoding="ascii").strip()
    user_model = get_user_model()
    user, _ = user_model.objects.get_or_create(
        username="admin", defaults={"email": "admin@example.invalid"}
    )
    user.is_staff = user.is_superuser = user.is_active = True
    user.first_name, user.last_name = "Quản trị", "viên"
    from tiendo.accounts.services import assign_staff_role, keep_password

    keep_password(user, password)
    user.save()

    assign_staff_role(user, "admin", org_unit=org_unit)
    return user.username, password


def run_demo(args: argparse.Namespace) -> int:
    prepare()
    from tiendo.core.demo import load_demo
    from tiendo.core.demo.accounts import demo_accounts, staff_password
    from tiendo.sites import demo as sites_demo

    demo = load_demo()
    made = sites_demo.load(demo)
    username, password = ensure_demo_admin(demo.district)
    print(f"Demo ready: {demo.district.name}, Nghị quyết {demo.resolution.number}.")
    print(f"Cổng các đơn vị minh họa ({made.province.name} và các xã), cùng máy chủ:")
    for site in [made.province_site, *made.sites.values()]:
        print(f"  {site.site_name}: http://{site.hostname}:{args.port}/")
    print(f"Admin account: user name {username!r}, password {password!r}")
    print("Tài khoản trình diễn theo vai trò:")
    for account in demo_accounts((username, password)):
        print(account.line())
    print("Tài khoản của từng xã minh họa (chỉ làm việc trên cổng của xã mình):")
    for line in sites_demo.add_accounts(made, staff_password()):
        print(f"  {line}")
    print(f"Staff login: http://127.0.0.1:{args.port}/dang-nhap/")
    if args.no_serve:
        return 0
    return serve(host="127.0.0.1", port=args.port, workers=None)


def run_serve(args: argparse.Namespace) -> int:
    if args.no_prepare:
        setup_django()
    else:
        prepare()
    return serve(host=args.host, port=args.port, workers=args.workers)


def run_worker(args: argparse.Namespace) -> int:
    setup_django()
    from django.core.management import call_command

    options = ["--batch"] if args.batch else []
    call_command("db_worker", "--queue-name", "*", "--no-startup-delay", *options)
    return 0


def start_worker() -> None:
    """With the embedded default, background tasks wait in the database: a worker runs
    beside the web server so that an uploaded scan is read with no extra step. It is
    told to stop when the server (the process it was started from) ends. Set
    TIENDO_START_WORKER=0 where workers are run on their own (`tiendo worker`)."""
    import subprocess

    from django.conf import settings

    backend = settings.TASKS.get("default", {}).get("BACKEND", "")
    wanted = os.environ.get("TIENDO_START_WORKER", "1").lower() not in ("0", "false", "no")
    if backend != "django_tasks_db.DatabaseBackend" or not wanted:
        return
    subprocess.Popen([sys.executable, "-m", "tiendo.cli", "worker"], preexec_fn=_end_with_parent)
    print("Background worker started (tiendo worker).", flush=True)


def _end_with_parent() -> None:
    """Linux: the worker gets SIGTERM when its parent, the server, exits."""
    import contextlib
    import ctypes
    import signal

    with contextlib.suppress(OSError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def gunicorn_argv(*, host: str, port: int, workers: int | None = None) -> list[str]:
    """The command that serves tiendo with gunicorn and tiendo's gunicorn settings
    (tiendo/gunicorn_conf.py: workers and threads from the cores, the access log)."""
    argv = [
        sys.executable,
        "-m",
        "gunicorn",
        "--config",
        "python:tiendo.gunicorn_conf",
        "tiendo.wsgi:application",
        "--bind",
        f"{host}:{port}",
    ]
    return [*argv, "--workers", str(workers)] if workers else argv


def serve(*, host: str, port: int, workers: int | None) -> int:
    """Replace this process with gunicorn: a production server, not runserver."""
    start_worker()
    print(f"Serving on http://{host}:{port}/ (Ctrl+C to stop)", flush=True)
    os.execv(sys.executable, gunicorn_argv(host=host, port=port, workers=workers))
    return 0  # not reached


def run_progress(args: argparse.Namespace) -> int:
    import json

    from tiendo.periods import Period

    try:
        period = Period.parse(args.period) if args.period else None
    except ValueError as error:
        print(f"tiendo progress: {error}", file=sys.stderr)
        return 2
    if args.action == "rebuild":
        return run_progress_rebuild(args)
    if not args.resolution:
        print("tiendo progress: --resolution is required", file=sys.stderr)
        return 2
    setup_django()
    from tiendo.core.models import OrgUnit, Resolution
    from tiendo.core.progress import find_unit, resolution_progress

    resolution = Resolution.objects.filter(number__iexact=args.resolution.strip()).first()
    if resolution is None:
        print(f"tiendo progress: no resolution numbered {args.resolution!r}", file=sys.stderr)
        return 2
    try:
        unit = find_unit(args.unit) if args.unit else None
    except OrgUnit.DoesNotExist:
        print(f"tiendo progress: no org unit with code or slug {args.unit!r}", file=sys.stderr)
        return 2
    progress = resolution_progress(resolution, period, unit)
    if args.format == "json":
        data = {"resolution": resolution.number, **progress.as_dict()}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(f"Nghị quyết {resolution.number}: {resolution.title}")
        print(progress.summary)
        print()
        print(progress.narrative)
    return 0


def run_progress_rebuild(args: argparse.Namespace) -> int:
    setup_django()
    from tiendo.core.models import Resolution
    from tiendo.core.progress.rebuild import rebuild

    resolutions = Resolution.objects.all()
    if args.resolution:
        resolutions = resolutions.filter(number__iexact=args.resolution.strip())
        if not resolutions.exists():
            print(f"tiendo progress: no resolution numbered {args.resolution!r}", file=sys.stderr)
            return 2
    stored = rebuild(resolutions)
    print(f"Stored progress computed again: {stored} snapshots.")
    return 0


def run_manage(args: argparse.Namespace) -> int:
    setup_django()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["tiendo manage", *args.rest])
    return 0
