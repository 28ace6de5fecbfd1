"""window.py: the block of a tensor GET /api/graph/node sends, inside the matrix and bounded."""

from __future__ import annotations

import pytest

import cgviz
from cgviz.web.window import UnknownNode, Window, fit, matrix_shape, node_window


def test_a_tensor_reads_as_a_matrix_of_its_last_axis() -> None:
    assert matrix_shape((3, 4, 5)) == (12, 5)
    assert matrix_shape((7,)) == (1, 7)
    assert matrix_shape(()) == (1, 1)
    assert matrix_shape((2, 0)) == (2, 0)


def test_the_whole_matrix_is_sent_when_it_fits() -> None:
    assert fit(Window(), 30, 40, 1200) == (0, 0, 30, 40)


def test_whole_rows_are_kept_and_cut_to_as_many_as_fit() -> None:
    assert fit(Window(), 1000, 1000, 50_000) == (0, 0, 50, 1000)
    assert fit(Window(row=990), 1000, 1000, 50_000) == (990, 0, 10, 1000)


def test_a_row_wider_than_the_bound_is_cut_to_the_bound() -> None:
    assert fit(Window(), 1, 1_000_000, 50_000) == (0, 0, 1, 50_000)
    assert fit(Window(col=999_990), 1, 1_000_000, 50_000) == (0, 999_990, 1, 10)


def test_an_asked_window_is_kept_inside_the_matrix() -> None:
    assert fit(Window(row=2, col=3, rows=5, cols=100), 4, 10, 1000) == (2, 3, 2, 7)


def test_a_window_past_the_end_or_of_no_size_is_empty() -> None:
    assert fit(Window(row=30), 30, 40, 1000) == (30, 0, 0, 0)
    assert fit(Window(col=40), 30, 40, 1000) == (0, 40, 0, 0)
    assert fit(Window(rows=0), 30, 40, 1000) == (0, 0, 0, 0)
    assert fit(Window(), 1, 0, 1000) == (0, 0, 0, 0)


def test_a_3d_tensors_window_stacks_its_leading_axes() -> None:
    g = cgviz.build("t = randn(2, 3, 4)\nf = sum(t)")
    data = node_window(g, "n0", Window(row=2, rows=2), 1000)
    assert data["matrix"] == [6, 4]
    assert data["value"] == g.nodes[0].value.reshape(6, 4)[2:4].tolist()  # type: ignore


def test_an_unknown_node_raises_unknown_node_with_the_range_of_ids() -> None:
    g = cgviz.build("x = 2; f = x * 3")
    with pytest.raises(UnknownNode) as err:
        node_window(g, "n7", Window(), 10)
    assert "n7" in err.value.message and "n0 to n1" in err.value.message
