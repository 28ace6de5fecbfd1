"""cgviz: draw backpropagation circuits the way the CS231n notes do, from a line of code.

    >>> import cgviz
    >>> g = cgviz.build("(x+y)*z", values={"x": -2, "y": 5, "z": -4})
    >>> g.to_dict()["nodes"][0]["grad"]
    -4.0
"""

from .build import build
from .core.graph import Graph, Node
from .errors import CircuitError
from .settings import Settings, get_settings

__all__ = ["CircuitError", "Graph", "Node", "Settings", "build", "get_settings"]
__version__ = "0.1.0"
