"""gunicorn's access log without a write per request.

gunicorn's handler writes and flushes one line per request: a system call on every
page, a measurable share of a cached page's cost. This logger keeps the lines in
memory and writes them together: every TIENDO_ACCESS_LOG_BUFFER lines (64), after
TIENDO_ACCESS_LOG_FLUSH_SECONDS (2 s) at the latest, at once for a server error, and
when the worker exits. Behind nginx, whose own access log is buffered too
(deploy/nginx), the gunicorn log can be switched off: TIENDO_ACCESS_LOG=off.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from logging.handlers import MemoryHandler

from gunicorn import glogging


def _env_number(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    return float(raw) if raw else default


class TimedBufferHandler(MemoryHandler):
    """A MemoryHandler that also writes what it holds once the oldest line is
    `seconds` old, from a timer thread started in each worker on its first line."""

    def __init__(self, capacity: int, seconds: float, target: logging.Handler) -> None:
        super().__init__(capacity, flushLevel=logging.ERROR, target=target, flushOnClose=True)
        self.seconds = seconds
        self._first_at: float | None = None
        self._timer_pid: int | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._timer_pid != os.getpid():  # threads do not survive gunicorn's fork
            self._timer_pid = os.getpid()
            threading.Thread(target=self._flush_periodically, daemon=True).start()
        if self._first_at is None:
            self._first_at = time.monotonic()
        super().emit(record)

    def shouldFlush(self, record: logging.LogRecord) -> bool:
        old = self._first_at is not None and time.monotonic() - self._first_at >= self.seconds
        return old or super().shouldFlush(record)

    def flush(self) -> None:
        self.acquire()
        try:
            self._first_at = None
            super().flush()
        finally:
            self.release()

    def close(self) -> None:
        """Write what is held but keep the target: Django's logging set-up (dictConfig)
        closes every handler it finds, and MemoryHandler.close would drop its target,
        silencing the access log for the life of the worker."""
        self.flush()
        logging.Handler.close(self)

    def _flush_periodically(self) -> None:
        while True:
            time.sleep(self.seconds)
            if self.buffer:
                self.flush()


class BufferedLogger(glogging.Logger):
    """gunicorn's logger with its access handler wrapped in a TimedBufferHandler."""

    def setup(self, cfg):  # type: ignore[no-untyped-def]
        super().setup(cfg)
        handler = self._get_gunicorn_handler(self.access_log)
        if handler is None:
            return
        self.access_log.removeHandler(handler)
        buffered = TimedBufferHandler(
            capacity=int(_env_number("TIENDO_ACCESS_LOG_BUFFER", 64)),
            seconds=_env_number("TIENDO_ACCESS_LOG_FLUSH_SECONDS", 2.0),
            target=handler,
        )
        buffered._gunicorn = True  # type: ignore[attr-defined]  # replaced on reload
        self.access_log.addHandler(buffered)

    def reopen_files(self):  # type: ignore[no-untyped-def]
        """USR1 (log rotation): write what is held, then reopen the file behind it."""
        super().reopen_files()
        for handler in self.access_log.handlers:
            target = getattr(handler, "target", None)
            if isinstance(handler, MemoryHandler) and isinstance(target, logging.FileHandler):
                handler.flush()
                target.acquire()
                try:
                    target.close()
                    target.stream = target._open()
                finally:
                    target.release()
