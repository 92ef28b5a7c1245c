from __future__ import annotations

import subprocess
import sys

import pytest

from tiendo import settings as tiendo_settings


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("1", True), ("true", True), ("Yes", True), ("on", True), ("0", False), ("no", False),
     ("", False), (None, False)],
)  # fmt: skip
def test_boolean_variables_read_the_usual_spellings(monkeypatch, raw, expected):
    if raw is None:
        monkeypatch.delenv("TIENDO_FLAG", raising=False)
    else:
        monkeypatch.setenv("TIENDO_FLAG", raw)
    assert tiendo_settings.env_bool("TIENDO_FLAG") is expected


def test_list_variables_split_on_commas_and_drop_blanks(monkeypatch):
    monkeypatch.setenv("ALLOWED", " a.gov.vn, ,b.gov.vn ")
    assert tiendo_settings.env_list("ALLOWED", []) == ["a.gov.vn", "b.gov.vn"]


@pytest.mark.parametrize(("raw", "expected"), [("2.5", 2.5), ("2,5", 2.5), ("", 2.0)])
def test_decimal_variables_read_a_point_or_a_comma(monkeypatch, raw, expected):
    monkeypatch.setenv("TIENDO_FACTOR", raw)
    assert tiendo_settings.env_float("TIENDO_FACTOR", 2.0) == expected


def _settings_in_fresh_interpreter(tmp_path, code: str, **env: str) -> str:
    script = "import tiendo.settings as s; " + code
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={"PATH": "/usr/bin:/bin", "TIENDO_DATA_DIR": str(tmp_path), **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_the_secret_key_is_generated_once_into_the_data_folder(tmp_path):
    first = _settings_in_fresh_interpreter(tmp_path, "print(s.SECRET_KEY)")
    second = _settings_in_fresh_interpreter(tmp_path, "print(s.SECRET_KEY)")
    assert first == second
    assert len(first) > 40
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_sqlite_in_the_data_folder_is_the_default_and_debug_is_off(tmp_path):
    out = _settings_in_fresh_interpreter(
        tmp_path, "print(s.DATABASES['default']['NAME'], s.DEBUG, s.LANGUAGE_CODE, s.TIME_ZONE)"
    )
    assert out == f"{tmp_path / 'tiendo.sqlite3'} False vi Asia/Ho_Chi_Minh"


def test_database_url_selects_postgresql(tmp_path):
    out = _settings_in_fresh_interpreter(
        tmp_path,
        "print(s.DATABASES['default']['ENGINE'])",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/tiendo",
    )
    assert out == "django.db.backends.postgresql"


def test_redis_url_selects_a_shared_cache(tmp_path):
    out = _settings_in_fresh_interpreter(
        tmp_path, "print(s.CACHES['default']['BACKEND'])", REDIS_URL="redis://127.0.0.1:6379/0"
    )
    assert out == "django.core.cache.backends.redis.RedisCache"


@pytest.mark.django_db
def test_sqlite_runs_in_wal_mode(settings):
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("WAL is a SQLite setting")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        mode = cursor.fetchone()[0]
    # The test database lives in memory, where SQLite reports "memory"; on disk it is WAL.
    assert mode in {"wal", "memory"}
    assert "journal_mode=WAL" in settings.DATABASES["default"]["OPTIONS"]["init_command"]
