"""Tiles: every layer of the picture split by where its nodes sit, so a page lays out only
what is in view.

A browser styles and lays out every element of an SVG in the document, seen or not (in
Chromium even under `display: none`); for a big circuit that was most of the time to its first
picture (a 1,000-node tree is 35,000 px tall and the app shows it at 0.6: a fiftieth of it is
in view; docs/benchmarks.md, "Browser"). So within each layer the elements are grouped by the
TILE × TILE square their node's wire starts in, `<g class="tile" data-tile="col:row">`, in the
order the tiles first occur, and the app keeps in the document only the elements of the tiles
that meet the view (frontend/js/circuit-geometry.js `tileOf`, the same rule, and circuit.js
`cull`). A standalone SVG has every tile's elements in place.

The app's page (svg.render_page_svg) draws the server's picture at the app's first scale
(app.css, "the server's first paint") with the `far` tiles' groups left empty: those whose
every element lies beyond NEAR_X or NEAR_Y, which no screen shows at that scale (at least 0.6,
in a circuit box at most 820 px tall, on a screen at most 2,560 px wide). The app draws them
from the graph JSON, which the page carries anyway, when the view reaches them: sending their
markup too made the 1,000-node page 40 % bigger and its parse ~60 ms longer.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

TILE = 1024.0
NEAR_X = 4300.0  # 2,560 px / 0.6, and a little
NEAR_Y = 1400.0  # 820 px / 0.6, and a little
Row = tuple[Any, ...]  # a row of svg._layers: the node id first


def tile_of(x: float, y: float) -> str:
    """The key of the tile a wire starting at (x, y) belongs to."""
    return f"{math.floor(x / TILE)}:{math.floor(y / TILE)}"


@dataclass(slots=True)
class Tile:
    key: str
    far: bool
    rows: list[Row] = field(default_factory=list)
    outs: list[Row] = field(default_factory=list)  # the edges layer's gate outputs


class Tiler:
    """Collects where each node's tile is and how near the top-left corner its elements reach."""

    def __init__(self) -> None:
        self.key: dict[str, str] = {}  # node id → tile key
        self.corner: dict[str, tuple[float, float]] = {}  # tile key → least x, least y

    def add(self, nid: str, x: float, y: float, left: float, top: float) -> None:
        """Node `nid`'s wire starts at (x, y); its elements reach left to `left`, up to `top`."""
        key = self.key[nid] = tile_of(x, y)
        corner = self.corner.get(key)
        self.corner[key] = (left, top) if corner is None else (min(corner[0], left),
                                                                min(corner[1], top))

    def reach(self, nid: str, left: float, top: float) -> None:
        """Node `nid` also draws something (an arrow from an input) reaching (left, top)."""
        key = self.key[nid]
        x, y = self.corner[key]
        self.corner[key] = (min(x, left), min(y, top))

    def far(self, key: str) -> bool:
        x, y = self.corner[key]
        return x > NEAR_X or y > NEAR_Y

    def group(self, rows: Iterable[Row], outs: Iterable[Row] = ()) -> list[Tile]:
        """The rows of one layer (and, for the edges, the gates' outputs after the arrows) by
        tile, tiles in the order they first occur, rows in their order within each."""
        tiles: dict[str, Tile] = {}
        key_of = self.key
        for is_out, source in ((False, rows), (True, outs)):
            last: Tile | None = None  # neighbouring rows are mostly in one tile
            for row in source:
                key = key_of[row[0]]
                tile = last if last is not None and last.key == key else tiles.get(key)
                if tile is None:
                    tile = tiles[key] = Tile(key, self.far(key))
                (tile.outs if is_out else tile.rows).append(row)
                last = tile
        return list(tiles.values())
