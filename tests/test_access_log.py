"""gunicorn's access log is written in batches, not once a request."""

from __future__ import annotations

import io
import logging
import logging.config
import time

import pytest

from tiendo.access_log import TimedBufferHandler


@pytest.fixture
def access_log():
    stream = io.StringIO()
    target = logging.StreamHandler(stream)
    handler = TimedBufferHandler(capacity=3, seconds=0.3, target=target)
    logger = logging.getLogger("tests.access_log")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    yield logger, stream
    logger.removeHandler(handler)


def test_lines_are_held_until_the_batch_is_full(access_log):
    logger, stream = access_log
    logger.info("GET / 200")
    logger.info("GET /tin-tuc/ 200")
    assert stream.getvalue() == ""
    logger.info("GET /nghi-quyet/ 200")
    assert stream.getvalue().splitlines() == [
        "GET / 200",
        "GET /tin-tuc/ 200",
        "GET /nghi-quyet/ 200",
    ]


def test_a_lone_line_is_written_after_the_flush_interval(access_log):
    logger, stream = access_log
    logger.info("GET / 200")
    deadline = time.monotonic() + 5
    while not stream.getvalue() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert stream.getvalue() == "GET / 200\n"


def test_djangos_logging_setup_does_not_silence_the_log(access_log):
    logger, stream = access_log
    # dictConfig closes every existing handler, as django.setup() does in each worker.
    logging.config.dictConfig({"version": 1, "disable_existing_loggers": False})
    for n in range(3):
        logger.info("GET /%d 200", n)
    assert len(stream.getvalue().splitlines()) == 3
