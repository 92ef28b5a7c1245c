"""Walk the admin as each demo staff member of the configured database and print, per
screen, the English messages left untranslated:

    TIENDO_DATA_DIR=... python -m tiendo.adminui.crawl [--todo FILE.po] [user name ...]

With --todo, the catalogue entries of the messages found are written to FILE.po, ready
for translating. The demo must be loaded (`tiendo demo --no-serve`). The walk signs in without a
password and marks the session as having passed the second factor.
"""

from __future__ import annotations

import os
import sys


def write_todo(path: str, messages: set[str]) -> None:
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po

    from tiendo.adminui.crawl.english import english_catalogue

    todo = Catalog(locale="vi")
    for message in sorted(messages):
        for context, ids in english_catalogue().origins[message]:
            todo.add(ids if len(ids) > 1 else ids[0], context=context)
    with open(path, "wb") as handle:
        write_po(handle, todo, width=0, omit_header=True)


def main(arguments: list[str]) -> int:
    todo = None
    if arguments[:1] == ["--todo"]:
        todo, arguments = arguments[1], arguments[2:]
    usernames = arguments or ["admin", "bientap", "nhaplieu", "pheduyet", "kiemduyet"]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tiendo.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test.utils import setup_test_environment

    from tiendo.adminui.crawl.session import signed_in_client
    from tiendo.adminui.crawl.walk import walk_admin

    setup_test_environment()
    settings.ALLOWED_HOSTS = ["testserver"]
    total = 0
    messages: set[str] = set()
    for username in usernames:
        user = get_user_model().objects.get(username=username)
        walk = walk_admin(signed_in_client(user))
        total += walk.total
        messages |= walk.messages
        print(walk.report(username))
    if todo:
        write_todo(todo, messages)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
