"""The picture as PNG and PDF (render/export.py, through cairosvg): sizes, pages, fonts, and
what is said when cairosvg is missing."""

from __future__ import annotations

import contextlib
import io
import re
import zlib

import pytest

import cgviz
from cgviz.render.export import ExportUnavailable, export
from cgviz.render.svg import THEMES

pytest.importorskip("cairosvg", reason="PNG and PDF need the export extra: cgviz[export]")
from PIL import Image  # noqa: E402  (cairosvg's own dependency)

FIRST = "x = -2; y = 5; z = -4; q = x + y; f = q * z"  # 470 × 220 px
GROUPS = "def neuron(x, w):\n    return (x * w + 1).tanh()\nx = 0.5; w = -1.5\ny = neuron(x, w)"


def png_image(data: bytes) -> Image.Image:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    image = Image.open(io.BytesIO(data))
    image.load()  # every chunk read and checked
    return image


def pdf_text(data: bytes) -> bytes:
    """The PDF's bytes with every compressed stream inflated after them."""
    parts = [data]
    for stream in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        with contextlib.suppress(zlib.error):  # not every stream is compressed
            parts.append(zlib.decompress(stream.group(1)))
    return b"\n".join(parts)


@pytest.mark.parametrize("scale", [1, 2, 1.5])
def test_a_png_is_scale_times_the_pictures_size(scale: float) -> None:
    image = png_image(cgviz.build(FIRST).to_png(scale=scale))
    assert image.size == (round(470 * scale), round(220 * scale))


def test_a_png_shows_the_circuit_in_its_themes_colours() -> None:
    for theme in ("light", "dark"):
        image = png_image(cgviz.build(FIRST).to_png(theme=theme, scale=1)).convert("RGB")
        colours = {c for _, c in image.getcolors(maxcolors=1 << 16) or []}
        palette = THEMES[theme]
        for want in (palette.background, palette.value, palette.grad):
            rgb = tuple(int(want[k:k + 2], 16) for k in (1, 3, 5))
            assert rgb in colours, f"{theme}: no {want} in the picture"


def test_a_png_of_a_fitted_picture_is_its_width_times_the_scale() -> None:
    g = cgviz.build("x = 1.0\n" + "\n".join(f"x = x * {k}" for k in range(2, 30)))
    image = png_image(g.to_png(width=1600, fit=True, scale=2))
    assert image.size[0] == 3200


def test_box_titles_show_in_a_png() -> None:
    """cairosvg ignores paint-order: the title's halo is drawn as a text of its own, under
    the title, or the halo would cover it."""
    g = cgviz.build(GROUPS)
    [box] = [grp.box for grp in g.groups if grp.box is not None]
    image = png_image(g.to_png(scale=1)).convert("RGB")
    x, y = round(box[0] + 10), round(box[1] + 4)  # the title's baseline starts here
    title = image.crop((x, y - 10, x + 40, y + 1))
    blue = [c for _, c in title.getcolors(maxcolors=1 << 16) or []
            if c[2] > 120 and c[0] < 120]  # the group colour, #2f5f9e
    assert blue, "the title's letters are drawn"


def test_a_pdf_is_one_page_of_the_pictures_size_with_its_font_embedded() -> None:
    data = cgviz.build(FIRST).to_pdf()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    text = pdf_text(data)
    assert len(re.findall(rb"/Type\s*/Page\b", text)) == 1
    box = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", text)
    assert box is not None
    assert (float(box.group(1)), float(box.group(2))) == (470 * 0.75, 220 * 0.75)  # pt
    assert b"DejaVuSans" in text  # the font the layout measures for, as the SVG asks


def test_a_pdf_of_a_folded_picture_is_still_one_page() -> None:
    g = cgviz.build("x = 1.0\n" + "\n".join(f"x = x * {k}" for k in range(2, 30)))
    text = pdf_text(g.to_pdf(width=1000))
    assert len(re.findall(rb"/Type\s*/Page\b", text)) == 1
    box = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+)", text)
    assert box is not None and float(box.group(1)) <= 1000 * 0.75


def test_the_svg_for_cairosvg_names_one_font_and_draws_title_halos_apart() -> None:
    drawn = cgviz.build(GROUPS)
    from cgviz.render.svg import render_svg

    svg = render_svg(drawn, export=True)
    assert "font-family='\"DejaVu Sans\", sans-serif'" in svg
    assert "paint-order" not in svg and 'class="group-halo"' in svg


@pytest.mark.parametrize("scale", [0, 0.05, 11, float("nan")])
def test_a_scale_out_of_range_is_refused(scale: float) -> None:
    with pytest.raises(ValueError, match="scale"):
        cgviz.build(FIRST).to_png(scale=scale)


def test_a_png_larger_than_cairo_makes_is_refused_with_what_to_do_instead() -> None:
    g = cgviz.build("x = 1.0\n" + "\n".join(f"x = x * {k}" for k in range(2, 40)))
    with pytest.raises(ValueError, match="too large.*smaller scale"):
        g.to_png(scale=10)


@pytest.mark.usefixtures("without_cairosvg")
def test_without_cairosvg_export_says_what_to_install() -> None:
    with pytest.raises(ExportUnavailable, match=r"pip install 'cgviz\[export\]'"):
        export(cgviz.build(FIRST), "png")
