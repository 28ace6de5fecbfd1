"""A window onto one node's numbers (GET /api/graph/node): what the graph JSON summarises.

A tensor is read as a matrix, the way the app's popover shows it: its last axis gives the
columns and all leading axes together the rows (a vector is one row, a scalar is 1×1). A
window is a block of that matrix — from `row`, `col`, at most `rows` × `cols` — and never holds
more than `max_elements` elements, so an answer stays a few MB whatever the program computed
(a million numbers are ~20 MB of JSON). Asked for more, the window is cut (whole columns
first kept, then as many rows as fit) and the answer says which block it sends, so a client
pages on from `row + rows`. A window past the end is empty, as a Python slice is.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..core.format import to_json
from ..core.graph import Graph
from ..errors import RequestError
from ..i18n import message


@dataclass(frozen=True, slots=True)
class Window:
    """The block asked for; `None` for as many rows (columns) as there are, and fit."""

    row: int = 0
    col: int = 0
    rows: int | None = None
    cols: int | None = None


class UnknownNode(RequestError):
    """The graph has no node of that id (the route answers 404)."""

    def __init__(self, node_id: str, count: int) -> None:
        self.message = message("error.node.unknown", id=f"{node_id!r:.40}", last=count - 1)
        super().__init__(self.message)

    def __reduce__(self) -> tuple[Any, ...]:  # rendered already, in the asker's language
        return (_unknown_node, (self.message,))

    def to_dict(self) -> dict[str, object]:
        return {"error": {"kind": "node", "message": self.message}}


def _unknown_node(text: str) -> UnknownNode:
    err = UnknownNode.__new__(UnknownNode)
    RequestError.__init__(err, text)
    err.message = text
    return err


def matrix_shape(shape: tuple[int, ...]) -> tuple[int, int]:
    """(rows, columns) of a tensor read as a matrix: 3×4×5 → (12, 5), 7 → (1, 7), () → (1, 1)."""
    if not shape:
        return 1, 1
    return math.prod(shape[:-1]), shape[-1]


def fit(window: Window, height: int, width: int, max_elements: int) -> tuple[int, int, int, int]:
    """(row, col, rows, cols) of the block actually sent: inside the matrix, ≤ max_elements."""
    row, col = min(window.row, height), min(window.col, width)
    cols = min(width - col, width if window.cols is None else window.cols, max_elements)
    rows = min(height - row, height if window.rows is None else window.rows)
    if cols:
        rows = min(rows, max_elements // cols)
    if rows == 0 or cols == 0:
        return row, col, 0, 0
    return row, col, rows, cols


def node_window(graph: Graph, node_id: str, window: Window, max_elements: int) -> dict[str, Any]:
    """`{"id", "shape", "size", "matrix": [rows, cols], "row", "col", "rows", "cols",
    "complete", "value", "grad"}`: `value` and `grad` (null for a node without one) are the
    window's rows, each a list of numbers as the graph JSON writes them (non-finite as "NaN",
    "Infinity", "-Infinity"); `complete` says whether the window is the whole tensor."""
    node = graph.node(node_id)
    if node is None:
        raise UnknownNode(node_id, len(graph.nodes))
    shape = node.shape
    height, width = matrix_shape(shape)
    row, col, rows, cols = fit(window, height, width, max_elements)

    def block(a: np.ndarray | None) -> Any:
        if a is None:
            return None
        matrix = np.asarray(a, dtype=np.float64).reshape(height, width)
        return to_json(matrix[row:row + rows, col:col + cols], None)

    size = height * width
    return {"id": node.id, "shape": list(shape), "size": size, "matrix": [height, width],
            "row": row, "col": col, "rows": rows, "cols": cols,
            "complete": rows * cols == size,
            "value": block(node.value), "grad": block(node.grad)}
