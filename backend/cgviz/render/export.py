"""The picture as PNG or PDF (`cgviz render -o f.png`, `Graph.to_png`, `Graph.to_pdf`), drawn
from its SVG by cairosvg, the optional extra `cgviz[export]` (README, "Dependencies").

cairosvg draws with the system's cairo library (Debian: libcairo2) and the fonts fontconfig
finds; it reads only the first font of a list, so the SVG it gets names DejaVu Sans, the font
the layout measures text for (layout.py) and the one a Linux browser draws the SVG with
(svg.py `render_svg(export=True)`). A PNG is `scale` pixels per px of the picture; a PDF is
one page of the picture's size, vector, its text embedded (1 px = 0.75 pt, CSS's 96 px an inch).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from .slides import picture

if TYPE_CHECKING:
    from ..core.graph import Graph

FORMATS = ("png", "pdf")
MIN_SCALE, MAX_SCALE = 0.1, 10.0
MAX_SIDE = 32_767  # pixels: the largest image cairo makes
MAX_PIXELS = 100_000_000  # 400 MB of image in memory


class ExportUnavailable(ImportError):
    """cairosvg, or the cairo library under it, is missing: the message says what to install."""


def export(graph: Graph, fmt: str, theme: str = "light", digits: int = 2,
           width: float | None = None, fit: bool = False,
           scale: float = 2.0) -> tuple[bytes, tuple[str, ...]]:
    """The picture as `fmt` ("png" or "pdf"), and its notes (slides.py). Raises ValueError for
    a bad value (a scale out of range, a PNG larger than cairo makes) and ExportUnavailable."""
    if fmt not in FORMATS:
        raise ValueError(f"cannot export {fmt!r}: one of {', '.join(FORMATS)}")
    if fmt == "png" and not (math.isfinite(scale) and MIN_SCALE <= scale <= MAX_SCALE):
        raise ValueError(f"scale must be from {MIN_SCALE:g} to {MAX_SCALE:g}, not {scale:g}")
    convert = cairosvg()
    drawn = picture(graph, theme, digits, width, fit, export=True)
    data = drawn.svg.encode("utf-8")
    if fmt == "pdf":
        return convert.svg2pdf(bytestring=data), drawn.notes
    wide, high = round(drawn.width * scale), round(drawn.height * scale)
    if max(wide, high) > MAX_SIDE or wide * high > MAX_PIXELS:
        raise ValueError(
            f"a PNG of {wide}×{high} pixels is too large (at most {MAX_SIDE} a side and "
            f"{MAX_PIXELS // 1_000_000} million in all): a smaller scale, a width to fold the "
            f"circuit to, or an SVG or PDF, which have no pixels")
    return convert.svg2png(bytestring=data, scale=scale), drawn.notes


def cairosvg() -> Any:
    """The cairosvg module, or ExportUnavailable saying what to install."""
    try:
        import cairosvg as module
    except ImportError:
        raise ExportUnavailable(
            "PNG and PDF need cairosvg: pip install 'cgviz[export]' (and the cairo library: "
            "apt-get install libcairo2 on Debian or Ubuntu, brew install cairo on macOS)"
        ) from None
    except OSError as exc:  # cairocffi found no libcairo
        raise ExportUnavailable(
            f"cairosvg cannot load the cairo library ({exc}): apt-get install libcairo2 on "
            f"Debian or Ubuntu, brew install cairo on macOS"
        ) from None
    return module
