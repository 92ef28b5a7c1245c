"""Page images for OCR: load scans and photos, rasterise PDF pages, and put each page
upright, straight and at about 300 dpi in grey, the way Tesseract reads best.

Pillow's decompression-bomb guard stays on: an image of more pixels than
`Image.MAX_IMAGE_PIXELS` is refused rather than decoded.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from typing import Any

from tiendo.documents.model import DocumentError

TARGET_DPI = 300
# A scan without a resolution in its header is taken to be an A4 page in portrait.
_A4_WIDTH_INCHES = 8.27
_A4_HEIGHT_INCHES = 11.69
# Skew search: the widest angle tried, and the steps of the coarse and fine passes.
_MAX_SKEW = 6.0
_COARSE_STEP = 0.5
_FINE_STEP = 0.1

IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".tif", ".tiff")


def is_image(data: bytes) -> bool:
    return data.startswith(IMAGE_SIGNATURES)


def _not_an_image(filename: str, detail: str) -> DocumentError:
    return DocumentError(
        filename,
        f"not a readable image ({detail})",
        "không phải tệp ảnh đọc được (tệp có thể bị hỏng hoặc sai định dạng)",
    )


def _too_big(filename: str) -> DocumentError:
    return DocumentError(
        filename,
        "the image is too large to decode safely",
        "ảnh quá lớn, không giải mã an toàn được",
    )


def open_image_frames(data: bytes, filename: str) -> tuple[int, Iterator[Any]]:
    """(number of frames, an iterator of RGB or grey frames) of a PNG, JPEG or TIFF file.

    A multi-page TIFF gives one frame per page, decoded one at a time.
    """
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            # Past MAX_IMAGE_PIXELS Pillow only warns; past twice that it refuses.
            # A warning is refused too: a real page scan is far below the limit.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            image.size  # noqa: B018 - the header is read, the pixels are not
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise _too_big(filename) from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise _not_an_image(filename, str(error)) from error
    count = int(getattr(image, "n_frames", 1) or 1)

    def frames() -> Iterator[Any]:
        for index in range(count):
            try:
                image.seek(index)
                with warnings.catch_warnings():
                    warnings.simplefilter("error", Image.DecompressionBombWarning)
                    frame = image.copy()
                    frame.load()
            except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
                raise _too_big(filename) from error
            except (OSError, SyntaxError, ValueError) as error:
                raise _not_an_image(filename, str(error)) from error
            dpi = _dpi_of(image.info.get("dpi"), frame.size)
            yield _grey(frame), dpi

    return count, frames()


def _dpi_of(info: Any, size: tuple[int, int]) -> float:
    """The scan's resolution from its header, or guessed from an A4 page's size."""
    try:
        dpi = float(info[0]) if info else 0.0
    except (TypeError, ValueError, IndexError):
        dpi = 0.0
    if 70 <= dpi <= 1200:
        return dpi
    width, height = size
    short, long = sorted((width, height))
    return max(short / _A4_WIDTH_INCHES, long / _A4_HEIGHT_INCHES)


def _grey(image: Any) -> Any:
    """Grey page in which coloured ink fades: a red stamp or a blue signature over the
    text turns light, black print stays black (the brightest channel of each pixel)."""
    from PIL import ImageChops, ImageOps

    if image.mode in ("1", "L", "I;16", "I", "F"):
        return image.convert("L")
    if image.mode in ("P", "LA", "PA", "RGBA", "CMYK", "YCbCr", "LAB", "HSV"):
        if "A" in image.mode or image.mode == "P":
            image = image.convert("RGBA")
            background = image.__class__.new("RGBA", image.size, (255, 255, 255, 255))
            background.alpha_composite(image)
            image = background
        image = image.convert("RGB")
    red, green, blue = image.split()
    brightest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    # Stretch to white paper without clipping any dark end: on a page with one line of
    # text, clipping even 0,5% of the darkest pixels would bolden every glyph.
    return ImageOps.autocontrast(brightest, cutoff=(0, 0.5))


def pdf_page_count(data: bytes, filename: str) -> int:
    document = open_pdf(data, filename)
    try:
        return len(document)
    finally:
        document.close()


def open_pdf(data: bytes, filename: str) -> Any:
    import pypdfium2

    try:
        return pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        if "password" in str(error).lower():
            raise encrypted_pdf(filename) from error
        raise DocumentError(
            filename,
            f"not a readable PDF file, it may be damaged ({error})",
            "không phải tệp PDF đọc được (tệp có thể bị hỏng)",
        ) from error


def encrypted_pdf(filename: str) -> DocumentError:
    return DocumentError(
        filename,
        "the PDF is protected by a password; upload a copy without one",
        "tệp PDF được đặt mật khẩu; hãy tải lên bản không có mật khẩu",
    )


def render_pdf_page(document: Any, index: int, dpi: int = TARGET_DPI) -> Any:
    """One PDF page as a grey image at `dpi`, rendered in colour first so that a red
    stamp or a blue signature fades like on an image scan."""
    page = document[index]
    try:
        bitmap = page.render(scale=dpi / 72)
        return _grey(bitmap.to_pil())
    finally:
        page.close()


def resample(image: Any, dpi: float) -> Any:
    """Scale a page scanned at `dpi` to about 300 dpi (only when it is far from it)."""
    from PIL import Image

    factor = TARGET_DPI / dpi if dpi else 1.0
    if 0.85 <= factor <= 1.15:
        return image
    size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
    return image.resize(size, Image.Resampling.LANCZOS)


def despeckle(image: Any) -> Any:
    """Remove the dust of a scanner glass and the grain of a photo (a 3x3 median):
    Tesseract reads a speck beside a digit as a comma or a stray letter."""
    from PIL import ImageFilter

    return image.filter(ImageFilter.MedianFilter(3))


def ink_mask(image: Any) -> Any:
    """A boolean numpy array, True where the page is dark enough to be ink (Otsu)."""
    import numpy

    pixels = numpy.asarray(image, dtype=numpy.uint8)
    histogram = numpy.bincount(pixels.ravel(), minlength=256).astype(float)
    total = histogram.sum()
    weights = numpy.cumsum(histogram)
    means = numpy.cumsum(histogram * numpy.arange(256))
    with numpy.errstate(divide="ignore", invalid="ignore"):
        between = (means[-1] * weights / total - means) ** 2 / (weights * (total - weights))
    threshold = int(numpy.nanargmax(between[:255])) if total else 128
    mask: Any = pixels <= threshold
    return mask


def skew_angle(image: Any) -> float:
    """The angle (degrees, counter-clockwise) that makes the text lines horizontal.

    Text lines, once level, make the sharpest profile of ink per row: the angle is
    the one of highest variance of that profile, searched coarse then fine on a
    reduced copy of the page.
    """
    import numpy
    from PIL import Image

    mask = Image.fromarray((_small_mask(image) * 255).astype(numpy.uint8))

    def score(angle: float) -> float:
        turned = numpy.asarray(
            mask.rotate(angle, resample=Image.Resampling.NEAREST, expand=False, fillcolor=0)
        )
        profile = turned.sum(axis=1, dtype=numpy.float64)
        return float(numpy.var(numpy.diff(profile)))

    coarse = numpy.arange(-_MAX_SKEW, _MAX_SKEW + 1e-9, _COARSE_STEP)
    best = max(coarse, key=score)
    fine = numpy.arange(best - _COARSE_STEP, best + _COARSE_STEP + 1e-9, _FINE_STEP)
    return round(float(max(fine, key=score)), 2)


def _small_mask(image: Any) -> Any:
    small = image.copy()
    small.thumbnail((1000, 1400))
    return ink_mask(small)


def lines_run_down(image: Any) -> bool:
    """True when the text lines run down the page rather than across it (a page
    scanned on its side): the ink profile is sharper column by column than row by row."""
    import numpy

    mask = _small_mask(image)
    rows = numpy.var(numpy.diff(mask.sum(axis=1, dtype=numpy.float64)))
    columns = numpy.var(numpy.diff(mask.sum(axis=0, dtype=numpy.float64)))
    return bool(columns > rows)


def straighten(image: Any, angle: float) -> Any:
    from PIL import Image

    if abs(angle) < 0.05:
        return image
    return image.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)


def turn_upright(image: Any, degrees: int) -> Any:
    """Turn a page that Tesseract found rotated by `degrees` clockwise back upright."""
    from PIL import Image

    # Pillow's ROTATE_n turns counter-clockwise.
    turns = {
        90: Image.Transpose.ROTATE_270,
        180: Image.Transpose.ROTATE_180,
        270: Image.Transpose.ROTATE_90,
    }
    turn = turns.get(degrees % 360)
    return image.transpose(turn) if turn is not None else image
