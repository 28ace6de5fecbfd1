"""Drawing: where every gate, wire and group box goes (layout.py, boxes.py), and the SVG written
from those coordinates (svg.py, templates/circuit.svg.j2), grouped in tiles (tiles.py)."""
