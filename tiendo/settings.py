"""The one settings module. Everything that differs between machines comes from
environment variables, read through the typed helpers below; the defaults are safe
for a single machine (SQLite in a data folder, DEBUG off).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url

PACKAGE_DIR = Path(__file__).resolve().parent


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    return int(raw) if raw else default


def env_float(name: str, default: float) -> float:
    """A decimal number written either way: "2.5" or "2,5"."""
    raw = os.environ.get(name, "").strip().replace(",", ".")
    return float(raw) if raw else default


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


DATA_DIR = Path(env_str("TIENDO_DATA_DIR", "tiendo-data")).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)


def _secret_key() -> str:
    """SECRET_KEY from the environment, else one generated once into the data folder."""
    from_env = env_str("SECRET_KEY")
    if from_env:
        return from_env
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50), encoding="ascii")
        key_file.chmod(0o600)
    return key_file.read_text(encoding="ascii").strip()


SECRET_KEY = _secret_key()
DEBUG = env_bool("DEBUG", False)
# ".localhost" is localhost and its subdomains (xa-a.localhost, ...), which every
# resolver sends to this machine (RFC 6761): the demo's commune portals, never a name
# someone else controls. A production install lists its own host names.
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", ".localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "tiendo.core",
    "tiendo.portal",
    "tiendo.feedback",
    "tiendo.accounts",
    "tiendo.workspace",
    "tiendo.province",
    "tiendo.reports",
    "tiendo.api",
    "tiendo.audit",
    "tiendo.counters",
    "tiendo.mail",
    "tiendo.sites",
    # Before Wagtail's apps: its templates override the admin's (branding, dashboard).
    "tiendo.adminui",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "captcha",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A cached anonymous page is answered here, before sessions, messages and the
    # Wagtail site lookup; pages rendered below are stored here on their way out.
    "tiendo.pagecache.middleware.PageCacheMiddleware",
    # On a miss: the Wagtail site, its root paths and the portal settings from memory.
    "tiendo.portal.site_memo.SiteMemoMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "tiendo.audit.middleware.AuditUserMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "tiendo.accounts.middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Before any view or process_view reads the body (CSRF reads POST there), and after
    # the middleware that adds security headers, so the 413 page carries them too.
    "tiendo.body_limit.BodyLimitMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "tiendo.urls"
WSGI_APPLICATION = "tiendo.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite in the data folder unless DATABASE_URL names another database.
DATABASE_URL = env_str("DATABASE_URL")
SQLITE_SYNCHRONOUS = (
    "NORMAL" if env_str("TIENDO_SQLITE_SYNCHRONOUS").upper() == "NORMAL" else "FULL"
)
# Connections are kept open between requests (opening one cost ~3 ms a page), and
# checked before reuse, so a restarted database costs one failed check, not an error.
DB_CONN_MAX_AGE = env_int("TIENDO_DB_CONN_MAX_AGE", 600)
DB_CONN_HEALTH_CHECKS = env_bool("TIENDO_DB_CONN_HEALTH_CHECKS", True)
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL,
            conn_max_age=DB_CONN_MAX_AGE,
            conn_health_checks=DB_CONN_HEALTH_CHECKS,
        )
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "tiendo.sqlite3",
            "OPTIONS": {
                # WAL lets the portal read while a clerk saves; IMMEDIATE avoids
                # "database is locked" when two writers meet. synchronous=FULL syncs
                # every commit to disk: a citizen told "đã gửi" keeps their feedback
                # even if the machine loses power. NORMAL is faster but an OS crash or
                # power cut may lose the last commits (TIENDO_SQLITE_SYNCHRONOUS).
                "init_command": (
                    "PRAGMA journal_mode=WAL; "
                    f"PRAGMA synchronous={SQLITE_SYNCHRONOUS}; PRAGMA busy_timeout=5000;"
                ),
                "transaction_mode": "IMMEDIATE",
            },
            "CONN_MAX_AGE": DB_CONN_MAX_AGE,
            "CONN_HEALTH_CHECKS": DB_CONN_HEALTH_CHECKS,
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
else:
    # A file cache, shared by the server's worker processes, holds the page cache; it
    # culls entries when full, so rate limits and the page cache's generation are kept
    # in a database table instead (tiendo/counters).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(DATA_DIR / "cache"),
        }
    }

# The page cache (tiendo/pagecache): anonymous GET pages, whole. Its shared tier is
# TIENDO_PAGE_CACHE_URL (a Redis instance of its own, maxmemory-policy allkeys-lru) or a
# file cache in the data folder, never REDIS_URL's instance: that one must not evict
# (rate limits), so a flood of pages there would end in write errors. Each process also
# keeps the pages it served last in memory.
PAGE_CACHE_URL = env_str("TIENDO_PAGE_CACHE_URL")
CACHES["pages"] = (
    {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": PAGE_CACHE_URL}
    if PAGE_CACHE_URL
    else {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(DATA_DIR / "page-cache"),
        "OPTIONS": {"MAX_ENTRIES": env_int("TIENDO_PAGE_CACHE_ENTRIES", 3000)},
    }
)
TIENDO_PAGE_CACHE = env_bool("TIENDO_PAGE_CACHE", True)
TIENDO_PAGE_CACHE_LOCAL_ENTRIES = env_int("TIENDO_PAGE_CACHE_LOCAL_ENTRIES", 256)
# How long a process trusts the generation it last read before reading it again: an
# edit reaches every server's readers within this many milliseconds (the process that
# made the edit at once). 0 reads it on every request.
TIENDO_PAGE_CACHE_RECHECK_MS = env_int("TIENDO_PAGE_CACHE_RECHECK_MS", 1000)
# How long nginx's micro-cache may keep a page (X-Accel-Expires); it revalidates with
# the ETag after that.
TIENDO_MICROCACHE_SECONDS = env_int("TIENDO_MICROCACHE_SECONDS", 1)

# Where rate-limit windows are counted: Redis when there is one, else a table.
TIENDO_COUNTERS_BACKEND = env_str("TIENDO_COUNTERS_BACKEND", "cache" if REDIS_URL else "database")

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "/dang-nhap/"
LOGIN_REDIRECT_URL = "/quan-tri/"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
WAGTAILADMIN_LOGIN_URL = LOGIN_URL

# Lock out after repeated failures: per user name and address, per address across user
# names, per user name across addresses (spraying); see tiendo/accounts/throttle.py.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
TIENDO_LOGIN_FAILURES_PER_ADDRESS = env_int("TIENDO_LOGIN_FAILURES_PER_ADDRESS", 10)
TIENDO_LOGIN_FAILURES_PER_USERNAME = env_int("TIENDO_LOGIN_FAILURES_PER_USERNAME", 10)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_HOURS", 1)
AXES_RESET_ON_SUCCESS = True
AXES_HANDLER = "tiendo.accounts.throttle.LoginThrottle"
AXES_LOCKOUT_PARAMETERS = "tiendo.accounts.throttle.lockout_parameters"
AXES_CLIENT_IP_CALLABLE = "tiendo.client_address.client_address"
AXES_LOCKOUT_CALLABLE = "tiendo.accounts.lockout.lockout_response"

# Roles (keys of tiendo/accounts/roles.py) that must sign in with a second factor,
# enrolled at their first login; superusers count as "admin". "none": nobody is obliged.
TIENDO_TWO_FACTOR_ROLES = env_list("TIENDO_TWO_FACTOR_ROLES", ["admin", "approver"])

SESSION_COOKIE_AGE = env_int("SESSION_TIMEOUT_SECONDS", 30 * 60)
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True

LANGUAGE_CODE = "vi"
# Named in Vietnamese first, so that a clerk who reads only Vietnamese knows the choice.
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "Tiếng Anh (English)")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = [("vi", "Tiếng Việt")]

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("TIENDO_STATIC_ROOT", str(DATA_DIR / "static")))
MEDIA_URL = "/media/"
MEDIA_ROOT = DATA_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# Uploads: limited in size here, and by type where each form accepts them.
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
TIENDO_MAX_UPLOAD_BYTES = env_int("TIENDO_MAX_UPLOAD_MB", 20) * 1024 * 1024
# OCR of scans (Tesseract): at most this many scanned pages a file, seconds a page.
TIENDO_OCR_MAX_PAGES = env_int("TIENDO_OCR_MAX_PAGES", 200)
TIENDO_OCR_PAGE_SECONDS = env_int("TIENDO_OCR_PAGE_SECONDS", 120)
# Plausibility: a value more than this many times above (or below) the same unit's
# previous period, the same period last year or the plan's pace asks for a
# confirmation ("Xác nhận số liệu bất thường") at entry, at import and through the API.
TIENDO_PLAUSIBILITY_FACTOR = max(1.1, env_float("TIENDO_PLAUSIBILITY_FACTOR", 2.0))
# A request may carry one such file plus the form's other fields; larger bodies get 413
# before being read (tiendo/body_limit.py). nginx: client_max_body_size 21m.
TIENDO_FORM_OVERHEAD_BYTES = 1024 * 1024

WAGTAIL_SITE_NAME = env_str("TIENDO_SITE_NAME", "tiendo")
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
WAGTAILADMIN_BASE_URL = env_str("TIENDO_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx", "html", "htm", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = TIENDO_MAX_UPLOAD_BYTES
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False  # a closed network: never call home
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAIL_USAGE_COUNT_ENABLED = False
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"

TASKS = {"default": {"BACKEND": env_str("TIENDO_TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}
# Stored progress is computed again this long after the first change of a burst of
# edits (docs/progress.md); 0 computes it after each change.
TIENDO_PROGRESS_DELAY_SECONDS = env_int("TIENDO_PROGRESS_DELAY_SECONDS", 10)

# Captcha: drawn on this server, never a third-party service.
# Large enough to read on a phone, letters barely tilted: at 140×48 with ±35° a
# tilted 2 read as Z (the alphabet in tiendo/feedback/challenges.py has no look-alikes).
CAPTCHA_IMAGE_SIZE = (220, 72)
CAPTCHA_LENGTH = 5
CAPTCHA_FONT_SIZE = 44
CAPTCHA_LETTER_ROTATION = (-15, 15)
CAPTCHA_TIMEOUT = 10
CAPTCHA_TEST_MODE = env_bool("CAPTCHA_TEST_MODE", False)
# The written alternative's questions: a site's own, unpublished list (see
# tiendo/feedback/questions.py); unset, the built-in ones.
TIENDO_CAPTCHA_QUESTIONS_FILE = env_str("TIENDO_CAPTCHA_QUESTIONS_FILE")
# Whom /.well-known/security.txt names for security reports; the portal's e-mail if unset.
TIENDO_SECURITY_CONTACT = env_str("TIENDO_SECURITY_CONTACT")

# How many reverse proxies stand in front: the client address is then read from
# X-Forwarded-For, so rate limits see citizens, not the proxy.
TIENDO_TRUSTED_PROXIES = env_int("TIENDO_TRUSTED_PROXIES", 0)
TIENDO_FEEDBACK_MAX_SUBMISSIONS = env_int("TIENDO_FEEDBACK_MAX_SUBMISSIONS", 5)
TIENDO_FEEDBACK_WINDOW_SECONDS = env_int("TIENDO_FEEDBACK_WINDOW_SECONDS", 600)
# Look-ups of a feedback's reference code per address in the same window.
TIENDO_FEEDBACK_MAX_LOOKUPS = env_int("TIENDO_FEEDBACK_MAX_LOOKUPS", 20)

# Security headers. HSTS and secure cookies only behind HTTPS, which the reverse
# proxy announces with X-Forwarded-Proto.
HTTPS = env_bool("TIENDO_HTTPS", False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = 31_536_000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        # Wagtail's admin sets style attributes from its scripts.
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "media-src": ["'self'", "blob:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "frame-src": ["'self'"],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

# E-mail: through the office's own relay (a closed network has one); printed to the
# console until EMAIL_HOST is set.
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "tiendo@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# How many days before a deadline reporters are reminded; how often a send is tried.
TIENDO_MAIL_REMINDER_DAYS = env_int("TIENDO_MAIL_REMINDER_DAYS", 3)
TIENDO_MAIL_MAX_ATTEMPTS = env_int("TIENDO_MAIL_MAX_ATTEMPTS", 5)
# A row claimed longer ago than this was left "sending" by a worker that died: the next
# `tiendo mail send` (deploy/systemd/tiendo-mail.timer) puts it back in the queue. Longer
# than any one send can take (EMAIL_TIMEOUT per step of the SMTP conversation).
TIENDO_MAIL_STALLED_SECONDS = env_int("TIENDO_MAIL_STALLED_SECONDS", 15 * 60)
