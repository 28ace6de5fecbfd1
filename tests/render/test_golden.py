"""The three canonical circuits, built end to end and compared with their golden SVGs.

Numbers are normalised (svg_normalise.py) so a last-digit change in a coordinate does not
fail; any change of structure, text, colour or order does. To accept an intended change:
`CGVIZ_UPDATE_GOLDEN=1 .venv/bin/pytest tests/render/test_golden.py`, then look at the files.
"""

from __future__ import annotations

import pytest
from svg_normalise import assert_golden

import cgviz

CANONICAL = {
    # the notes' first figure, as a student types it
    "first_figure.svg": ("x = -2; y = 5; z = -4\nq = x + y\nf = q * z", None),
    # the notes' 2-D neuron, one gate per primitive (*, +, *-1, exp, +1, 1/x)
    "neuron.svg": ("w0 = 2; x0 = -1; w1 = -3; x1 = -2; w2 = -3\n"
                   "f = 1 / (1 + exp(-(w0*x0 + w1*x1 + w2)))", None),
    # a tensor circuit: shapes and summaries on the wires
    "matmul.svg": ("W = [[1, 2], [3, 4], [5, 6]]\nX = [[1, 0], [0, 1]]\nD = W @ X\n"
                   "f = sum(D)", None),
}


@pytest.mark.parametrize("name", sorted(CANONICAL))
def test_a_canonical_circuit_matches_its_golden_svg(name: str) -> None:
    source, values = CANONICAL[name]
    assert_golden(name, cgviz.build(source, values=values).to_svg())


def test_jupyter_shows_a_graph_as_its_svg() -> None:
    g = cgviz.build("(x + y) * z", values={"x": -2, "y": 5, "z": -4})
    svg = g._repr_svg_()
    assert svg == g.to_svg()
    assert "<svg" in svg and "-12.00" in svg and "-4.00" in svg
