"""Checks on a drawn circuit read back from its SVG alone: every wire and gate drawn once, every
edge drawn once and joining its source wire to its gate, no two wires' footprints overlapping,
and the size every text is shown at once the picture is scaled (its width over its viewBox).
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections import Counter
from typing import Any

from cgviz.core.graph import Graph
from cgviz.render.layout import ROW

SVG = "{http://www.w3.org/2000/svg}"
ABOVE, BELOW = 22.0, 21.0  # a wire's texts: the value's top and the gradient's bottom
ROOT_FONT = 16.0


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def by_class(root: ET.Element, cls: str) -> list[ET.Element]:
    return [e for e in root.iter() if cls in e.get("class", "").split()]


def scale(root: ET.Element) -> float:
    """How much bigger the picture is shown than it is drawn: width over the viewBox's."""
    view = [float(v) for v in root.attrib["viewBox"].split()]
    return float(root.attrib["width"]) / view[2]


def shown_font_sizes(root: ET.Element) -> list[float]:
    """The size of every text as shown: its font-size (inherited) times the picture's scale."""
    factor = scale(root)
    sizes = []
    stack: list[tuple[ET.Element, float]] = [(root, float(root.get("font-size", ROOT_FONT)))]
    while stack:
        element, size = stack.pop()
        size = float(element.get("font-size", size))
        if element.tag == f"{SVG}text":
            sizes.append(size * factor)
        stack.extend((child, size) for child in element)
    return sizes


def assert_drawn_whole(svg: str, graph: Graph) -> None:
    """Every wire once, every gate once, every edge once (a line or a route), each edge from
    its source wire's right end to its gate's outline, a route in straight runs."""
    root = parse(svg)
    wires = {e.get("data-node"): e for e in by_class(root, "wire")}
    assert sorted(wires, key=lambda n: int(n[1:])) == [n.id for n in graph.nodes]
    gates = Counter(e.get("data-node") for e in by_class(root, "gate"))
    assert gates == Counter(n.id for n in graph.nodes if n.kind == "op")
    circles = {e.get("data-node"): e for e in by_class(root, "gate") if e.tag == f"{SVG}circle"}
    pills = {e.get("data-node"): e for e in by_class(root, "gate") if e.tag == f"{SVG}rect"}
    drawn = Counter((e.get("data-source"), e.get("data-node"), e.get("data-port"))
                    for e in by_class(root, "edge"))
    expected = Counter((f"n{j}", n.id, str(port)) for n in graph.nodes
                       for port, j in enumerate(n.inputs))
    assert drawn == expected
    for edge in by_class(root, "edge"):
        points = _points(edge)
        source = wires[edge.get("data-source")]
        assert points[0] == (float(source.attrib["x2"]), float(source.attrib["y1"]))
        node = edge.get("data-node")
        if node in circles:
            circle = circles[node]
            centre = (float(circle.attrib["cx"]), float(circle.attrib["cy"]))
            assert math.dist(points[-1], centre) == _approx(20.0), (node, points[-1])
        else:  # on the pill's outline: within its box, at its left cap
            pill = pills[node]
            x, y = float(pill.attrib["x"]), float(pill.attrib["y"])
            assert x - 0.05 <= points[-1][0] <= x + 20.05
            assert y - 0.05 <= points[-1][1] <= y + 40.05
        if edge.tag == f"{SVG}polyline":
            for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
                assert x1 == x2 or y1 == y2, f"a route runs straight: {points}"


def assert_no_overlaps(svg: str) -> None:
    """No two wires share a column closer than ROW (the layout's rule), no two wires'
    footprints — from the gate's left (an input's wire's) to the wire's end, from the value's
    top to the gradient's bottom — meet, and no route (fold.py) runs through one."""
    root = parse(svg)
    left: dict[str, float] = {}
    for e in by_class(root, "wire"):
        left[e.attrib["data-node"]] = float(e.attrib["x1"])
    for e in by_class(root, "gate"):
        x = float(e.attrib["cx"]) - 20 if e.tag == f"{SVG}circle" else float(e.attrib["x"])
        left[e.attrib["data-node"]] = x
    boxes = []
    columns: dict[float, list[float]] = {}
    for e in by_class(root, "wire"):
        x1, x2, y = (float(e.attrib[k]) for k in ("x1", "x2", "y1"))
        columns.setdefault(x1, []).append(y)
        boxes.append((e.attrib["data-node"], left[e.attrib["data-node"]], x2, y - ABOVE,
                      y + BELOW))
    for ys in columns.values():
        ys.sort()
        assert all(b - a >= ROW - 1e-6 for a, b in zip(ys, ys[1:], strict=False))
    boxes.sort(key=lambda b: b[3])
    for k, (n, x0, x1, _, y1) in enumerate(boxes):
        for m, u0, u1, v0, _ in boxes[k + 1:]:
            if v0 >= y1:
                break
            assert x1 <= u0 or u1 <= x0, f"{n} and {m} overlap"
    for route in by_class(root, "route"):  # runs between the wires, into its own gate only
        points = _points(route)
        for (px, py), (qx, qy) in zip(points, points[1:], strict=False):
            for n, x0, x1, y0, y1 in boxes:
                if n == route.get("data-node") and (qx, qy) == points[-1]:
                    continue
                inside_x = min(px, qx) < x1 and max(px, qx) > x0
                inside_y = min(py, qy) < y1 and max(py, qy) > y0
                assert not (inside_x and inside_y), f"a route into {route.get('data-node')} " \
                                                    f"crosses {n}"


def _points(edge: ET.Element) -> list[tuple[float, float]]:
    if edge.tag == f"{SVG}line":
        return [(float(edge.attrib["x1"]), float(edge.attrib["y1"])),
                (float(edge.attrib["x2"]), float(edge.attrib["y2"]))]
    pairs = (p.split(",") for p in edge.attrib["points"].split())
    return [(float(x), float(y)) for x, y in pairs]


def _approx(value: float) -> Any:
    import pytest

    return pytest.approx(value, abs=0.05)
