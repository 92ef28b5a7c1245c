"""Fast, isolated settings for the test suite: the real module, with a temporary data
folder, a quick password hasher, in-memory cache and immediate background tasks."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("TIENDO_DATA_DIR", tempfile.mkdtemp(prefix="tiendo-test-"))

from tiendo.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
CAPTCHA_TEST_MODE = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
ALLOWED_HOSTS = ["*"]
# Each test has its own database: the page cache reads the generation on every request
# and keeps no pages in process memory, so nothing leaks from one test into the next.
TIENDO_PAGE_CACHE_RECHECK_MS = 0
TIENDO_PAGE_CACHE_LOCAL_ENTRIES = 0
