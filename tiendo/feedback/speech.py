"""Read a captcha code aloud with espeak-ng, on this server, in Vietnamese.

espeak-ng is optional: when it is not installed the form offers only the written
question, and nothing here is called.
"""

from __future__ import annotations

import shutil
import subprocess

_TIMEOUT_SECONDS = 10


def espeak_path() -> str | None:
    return shutil.which("espeak-ng")


def speech_available() -> bool:
    return espeak_path() is not None


def synthesize_wav(text: str) -> bytes | None:
    """WAV bytes of `text` read slowly in Vietnamese, or None if espeak-ng failed."""
    program = espeak_path()
    if program is None:
        return None
    try:
        finished = subprocess.run(
            # -s words per minute: slow enough to write the code down; -g pause between words.
            [program, "-v", "vi", "-s", "110", "-g", "12", "--stdout", text],
            capture_output=True,
            timeout=_TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if finished.returncode != 0 or not finished.stdout.startswith(b"RIFF"):
        return None
    return finished.stdout
