"""Golden-file support: make two SVGs comparable across tiny floating-point differences.

`normalise_svg` rounds every decimal number in the text to one decimal (`152.72` → `152.7`,
`-0.04` → `0.0`) and leaves alone what is not a coordinate or a value: integers (`40`, the `3` of
`n3`, the `3×2` of a shape), numbers glued to letters (`#2e7d32`, `n12`) and exponent forms
(`1.23e-5`, already three significant digits by design).

Goldens live in tests/render/golden/*.svg; `assert_golden(name, svg)` compares against one and, when
the environment has CGVIZ_UPDATE_GOLDEN=1, rewrites it instead. A missing golden is written and
the test fails once, so a new golden is always looked at before it is trusted.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

GOLDEN = Path(__file__).parent / "golden"

# A decimal number not glued to a word character or another number on either side.
_DECIMAL = re.compile(r"(?<![\w.])-?\d+\.\d+(?![\w.])")


def _round(match: re.Match[str]) -> str:
    text = f"{round(float(match.group()), 1):.1f}"
    return "0.0" if text == "-0.0" else text


def normalise_svg(text: str) -> str:
    return _DECIMAL.sub(_round, text)


def assert_golden(name: str, svg: str) -> None:
    path = GOLDEN / name
    if os.environ.get("CGVIZ_UPDATE_GOLDEN") == "1":
        path.write_text(svg, encoding="utf-8")
    elif not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(svg, encoding="utf-8")
        raise AssertionError(f"wrote the missing golden {path}; look at it, then rerun")
    expected = path.read_text(encoding="utf-8")
    assert normalise_svg(svg) == normalise_svg(expected), f"{name} differs from its golden"
