"""The core: a program as a circuit of nodes (graph.py) and gates (ops/), its forward and
backward passes (engine.py), the steps the animation plays (trace.py), its groups, its budget,
and the one number rule (format.py). It imports nothing of drawing, teaching or HTTP at module
level: `Graph.to_svg` reaches the renderer only when called."""
