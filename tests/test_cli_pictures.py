"""`cgviz render` for slides (docs/api.md, "Pictures for slides"): PNG and PDF, --width,
--fit and --scale, and every bad value refused with a message and exit status 2."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest

from cgviz.cli import main

STAGED = "x = -2; y = 5; z = -4; q = x + y; f = q * z"  # 470 × 220 px
CHAIN = "x = 1.0\n" + "\n".join(f"x = x * {k}" for k in range(2, 40))  # 8,980 px wide
needs_cairosvg = pytest.mark.skipif(
    __import__("importlib").util.find_spec("cairosvg") is None,
    reason="PNG and PDF need the export extra: cgviz[export]")


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def svg_size(path: Path) -> tuple[float, float, str]:
    head = path.read_text(encoding="utf-8")[:600]
    match = re.search(r'viewBox="([^"]+)" width="([^"]+)" height="([^"]+)"', head)
    assert match
    return float(match.group(2)), float(match.group(3)), match.group(1)


@needs_cairosvg
def test_render_writes_a_png_at_twice_the_pictures_size_by_default(tmp_path: Path) -> None:
    out = tmp_path / "circuit.png"
    assert main(["render", STAGED, "-o", str(out)]) == 0
    assert png_size(out) == (940, 440)
    assert main(["render", STAGED, "--scale", "1.5", "-o", str(out)]) == 0
    assert png_size(out) == (705, 330)


@needs_cairosvg
def test_render_writes_a_one_page_pdf(tmp_path: Path) -> None:
    out = tmp_path / "circuit.PDF"  # the kind is told case-blind
    assert main(["render", STAGED, "--theme", "dark", "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    assert b"/MediaBox [ 0 0 352.5 165 ]" in data  # 470 × 220 px at 0.75 pt a px


@needs_cairosvg
def test_a_wide_circuit_fitted_to_a_slide_is_a_png_of_scale_times_its_width(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "chain.png"
    assert main(["render", CHAIN, "--width", "1600", "--fit", "-o", str(out)]) == 0
    assert png_size(out)[0] == 3200
    assert capsys.readouterr().err == ""


def test_width_folds_the_svg_and_fit_makes_it_exactly_that_wide(tmp_path: Path) -> None:
    out = tmp_path / "chain.svg"
    assert main(["render", CHAIN, "--width", "1600", "-o", str(out)]) == 0
    width, _, view = svg_size(out)
    assert width <= 1600 and view.split()[2] == str(width).removesuffix(".0")
    assert 'class="edge route"' in out.read_text(encoding="utf-8")
    assert main(["render", CHAIN, "--width", "1600", "--fit", "-o", str(out)]) == 0
    assert svg_size(out)[0] == 1600


def test_a_width_the_circuit_already_fits_changes_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["render", STAGED]) == 0
    plain = capsys.readouterr().out
    assert main(["render", STAGED, "--width", "1600"]) == 0
    assert capsys.readouterr().out == plain


def test_a_width_that_cannot_be_met_is_drawn_as_near_as_may_be_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "chain.svg"
    assert main(["render", CHAIN, "--width", "100", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert re.fullmatch(r"warning: the circuit is \d+ px wide even with one column of gates "
                        r"per band, more than 100 px: fit it to that width to scale it "
                        r"down\n", err)
    assert main(["render", CHAIN, "--width", "100", "--fit", "-o", str(out)]) == 0
    assert "the smallest text is" in capsys.readouterr().err
    assert svg_size(out)[0] == 100


@pytest.mark.parametrize(("args", "message"), [
    (["--fit"], "--fit scales the picture to --width: give --width PX too"),
    (["--width", "1600", "-o", "x.json"], "--width and --fit shape a picture file"),
    (["--fit", "--width", "800", "-o", "x.json"], "the JSON output has none"),
    (["--width", "800", "-o", "x.html"], "the HTML output has none"),
    (["--scale", "2", "-o", "x.svg"], "--scale sets a PNG's pixels per px"),
    (["--scale", "2", "-o", "x.pdf"], "--scale sets a PNG's pixels per px"),
    (["--scale", "2"], "--scale sets a PNG's pixels per px"),
    (["--width", "0"], "argument --width: width in px out of range 100-100000: 0"),
    (["--width", "wide"], "argument --width: not a width in px: 'wide'"),
    (["--width", "16e2"], "argument --width: not a width in px: '16e2'"),
    (["--scale", "0"], "argument --scale: scale out of range 0.1-10: 0"),
    (["--scale", "nan"], "argument --scale: scale out of range 0.1-10: nan"),
    (["--scale", "two"], "argument --scale: not a number: 'two'"),
    (["--quiz", "1", "-o", "x.svg"], "--quiz: the embed's parameters shape an .html page"),
    (["--step", "0", "--no-controls", "-o", "x.png"],
     "--step, --no-controls: the embed's parameters shape an .html page"),
])
def test_bad_picture_options_exit_2_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    args = [str(tmp_path / a) if a.startswith("x.") else a for a in args]
    assert main(["render", STAGED, *args]) == 2
    captured = capsys.readouterr()
    assert message in captured.err
    assert "Traceback" not in captured.err and captured.out == ""
    assert list(tmp_path.iterdir()) == []


@needs_cairosvg
def test_a_png_too_large_to_make_exits_2_saying_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["render", CHAIN, "--scale", "10", "-o", str(tmp_path / "big.png")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: a PNG of 89803×800 pixels is too large")
    assert "a smaller scale" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.usefixtures("without_cairosvg")
def test_without_cairosvg_png_exits_1_saying_what_to_install(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["render", "x = 1 +", "-o", str(tmp_path / "f.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: PNG and PDF need cairosvg: pip install 'cgviz[export]'")
    assert "libcairo2" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []
