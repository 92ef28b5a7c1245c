"""Scans made for the tests and the OCR benchmark: Vietnamese passages typeset on an A4
page with Debian's DejaVu font, then spoiled the way office scans and phone photos are
(skew, blur, speckle, JPEG, a red stamp over the text, a turned page).

Nothing here is committed as an image: every scan is drawn when a test needs it.
"""

from __future__ import annotations

import io
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT = FONT_DIR / "DejaVuSerif.ttf"
DEV_SET = Path(__file__).resolve().parents[3] / "shared" / "eval" / "figures-dev.jsonl"
A4_INCHES = (8.27, 11.69)


def font_available() -> bool:
    return FONT.exists()


def dev_passages() -> list[dict[str, Any]]:
    """The development set's passages (id, text, figures), or [] without shared/."""
    if not DEV_SET.exists():
        return []
    with DEV_SET.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@dataclass
class Damage:
    skew: float = 0.0  # degrees, counter-clockwise
    blur: float = 0.0  # Gaussian radius in pixels
    speckle: float = 0.0  # share of pixels flipped to dark or light
    jpeg: int = 0  # JPEG quality, 0 for none
    stamp: bool = False  # a red round stamp over the last lines
    turn: int = 0  # the page is scanned turned by this many degrees clockwise
    seed: int = 1


OFFICE = Damage(skew=1.2, blur=0.6, speckle=0.002, jpeg=60, stamp=True)


def _font(size: int) -> Any:
    from PIL import ImageFont

    return ImageFont.truetype(str(FONT), size)


def _wrap(text: str, font: Any, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            trial = f"{line} {word}".strip()
            if line and font.getlength(trial) > width:
                lines.append(line)
                line = word
            else:
                line = trial
        if line:
            lines.append(line)
    return lines


def typeset(
    paragraphs: list[str],
    *,
    dpi: int = 200,
    columns: int = 1,
    table: list[list[str]] | None = None,
    point: float = 13,
) -> Any:
    """A white A4 page with the paragraphs (in one or two columns) and a ruled table."""
    from PIL import Image, ImageDraw

    width, height = round(A4_INCHES[0] * dpi), round(A4_INCHES[1] * dpi)
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    font = _font(round(point / 72 * dpi))
    margin, gap = round(0.9 * dpi), round(0.3 * dpi)
    leading = round(point / 72 * dpi * 1.5)
    column_width = (width - 2 * margin - gap * (columns - 1)) // columns
    lines = [line for p in paragraphs for line in [*_wrap(p, font, column_width), ""]]
    per_column = -(-len(lines) // columns)
    y = margin
    for column in range(columns):
        x = margin + column * (column_width + gap)
        y = margin
        for line in lines[column * per_column : (column + 1) * per_column]:
            draw.text((x, y), line, font=font, fill=0)
            y += leading
    if table:
        _draw_table(draw, table, font, x0=margin, y0=y + leading, width=width - 2 * margin)
    return page


def _draw_table(draw: Any, rows: list[list[str]], font: Any, *, x0: int, y0: int, width: int):
    shares = [3] + [1] * (len(rows[0]) - 1)
    xs = [x0]
    for share in shares:
        xs.append(xs[-1] + round(width * share / sum(shares)))
    row_height = round(font.size * 2.0)
    ys = [y0 + i * row_height for i in range(len(rows) + 1)]
    for y in ys:
        draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
    for x in xs:
        draw.line([(x, ys[0]), (x, ys[-1])], fill=0, width=3)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            draw.text((xs[c] + 12, ys[r] + row_height * 0.25), cell, font=font, fill=0)


def spoil(page: Any, damage: Damage) -> Any:
    """The page as a scanner or a phone gives it back."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(damage.seed)
    image = page.convert("RGB")
    if damage.stamp:
        draw = ImageDraw.Draw(image, "RGBA")
        cx, cy, r = image.width * 0.65, image.height * 0.2, image.width * 0.09
        for thickness in range(0, 10, 2):
            draw.ellipse(
                [cx - r + thickness, cy - r + thickness, cx + r - thickness, cy + r - thickness],
                outline=(220, 30, 40, 200),
                width=2,
            )
        draw.text((cx - r * 0.6, cy - 10), "ỦY BAN NHÂN DÂN", fill=(220, 30, 40, 210))
    if damage.skew:
        image = image.rotate(damage.skew, resample=Image.Resampling.BICUBIC, fillcolor="white")
    if damage.blur:
        image = image.filter(ImageFilter.GaussianBlur(damage.blur))
    if damage.speckle:
        pixels = image.load()
        for _ in range(int(image.width * image.height * damage.speckle)):
            x, y = rng.randrange(image.width), rng.randrange(image.height)
            pixels[x, y] = (40, 40, 40) if rng.random() < 0.5 else (255, 255, 255)
    if damage.turn:
        image = image.rotate(-damage.turn, expand=True)
    if damage.jpeg:
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=damage.jpeg)
        image = Image.open(io.BytesIO(buffer.getvalue()))
        image.load()
    return image


def as_png(image: Any, dpi: int = 200) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(dpi, dpi))
    return buffer.getvalue()


def as_jpeg(image: Any, dpi: int = 200, quality: int = 75) -> bytes:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=quality, dpi=(dpi, dpi))
    return buffer.getvalue()


def as_tiff(images: list[Any], dpi: int = 200) -> bytes:
    buffer = io.BytesIO()
    first, *rest = [image.convert("L") for image in images]
    first.save(buffer, "TIFF", save_all=True, append_images=rest, dpi=(dpi, dpi))
    return buffer.getvalue()


def as_pdf(images: list[Any], dpi: int = 200) -> bytes:
    """An image-only PDF, one page per image, as a scanner's software writes it."""
    buffer = io.BytesIO()
    first, *rest = [image.convert("RGB") for image in images]
    first.save(buffer, "PDF", save_all=True, append_images=rest, resolution=dpi)
    return buffer.getvalue()


def character_error_rate(read: str, truth: str) -> float:
    """Edit distance over the length of the truth, spaces and line breaks folded."""
    a, b = " ".join(read.split()), " ".join(truth.split())
    if not b:
        return 0.0 if not a else 1.0
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        previous = current
    return previous[-1] / len(b)
