"""`tiendo site`: the portals one installation serves.

    tiendo site add --unit XA-A --host xa-a.tinh.gov.vn [--port 80]
    tiendo site list

--unit is the unit's code (mã đơn vị) or, failing that, its slug.
"""

from __future__ import annotations

import argparse
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    site = subparsers.add_parser("site", help="add and list the portals of units")
    actions = site.add_subparsers(dest="site_action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="create a unit's portal on its own host name")
    add.add_argument("--unit", required=True, help="the unit's code or slug")
    add.add_argument("--host", required=True, help="its host name, such as xa-a.tinh.gov.vn")
    add.add_argument("--port", type=int, default=80)
    add.set_defaults(handler=run_add)
    actions.add_parser("list", help="every site and its unit").set_defaults(handler=run_list)


def run_add(args: argparse.Namespace) -> int:
    from tiendo.core.commands import setup_django

    setup_django()
    from django.conf import settings
    from django.http.request import validate_host

    from tiendo.sites.services import SiteError, add_site, find_unit

    try:
        site = add_site(unit=find_unit(args.unit), hostname=args.host, port=args.port)
    except SiteError as error:
        print(f"Lỗi: {error}", file=sys.stderr)
        return 1
    print(f"{site.site_name}: http://{site.hostname}" + _port(site.port) + "/")
    if not validate_host(site.hostname, settings.ALLOWED_HOSTS):
        print(
            f"Lưu ý: {site.hostname} chưa có trong ALLOWED_HOSTS; thêm vào để cổng trả lời.",
            file=sys.stderr,
        )
    return 0


def run_list(args: argparse.Namespace) -> int:
    from tiendo.core.commands import setup_django

    setup_django()
    from tiendo.sites.services import site_rows

    for hostname, port, name, unit in site_rows():
        print(f"{hostname}{_port(port)}\t{name}\t{unit or 'không gắn đơn vị'}")
    return 0


def _port(port: int) -> str:
    return "" if port in (80, 443) else f":{port}"
