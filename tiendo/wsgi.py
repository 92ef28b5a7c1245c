"""The WSGI application gunicorn serves: Django, behind the page cache's answer for
pages already cached in this process (tiendo/pagecache/front.py)."""

from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tiendo.settings")
_django = get_wsgi_application()

from tiendo.pagecache.front import PageCacheApplication  # noqa: E402  (needs Django set up)

application = PageCacheApplication(_django)
