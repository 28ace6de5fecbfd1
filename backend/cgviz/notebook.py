"""A graph in a notebook: the interactive circuit as a Jupyter widget, computed in the kernel.

    g = cgviz.build("(x+y)*z", values={"x": -2, "y": 5, "z": -4})
    g                              # the widget where the front end has widgets, else the SVG
    w = g.widget(step=0, quiz=True)
    w.step = 3                     # moves the circuit; stepping it in the page moves w.step
    w.score                        # {"correct", "total", "answered", "done"} of the quiz

The widget is an anywidget (`pip install cgviz[notebook]`): its module, frontend/js/widget.js,
puts the one-file HTML of web/offline.py in an `<iframe srcdoc>` and speaks the embed's
postMessage protocol with it. So it needs no server, no network and no extension of its own:
JupyterLab, Notebook 7, VS Code and Colab load anywidget's front end, and anywidget hands them
the module as a string.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import anywidget
import traitlets

from .web.offline import EmbedView, offline_html
from .web.resources import frontend_dir

if TYPE_CHECKING:
    from .core.graph import Graph


class CircuitWidget(anywidget.AnyWidget):  # type: ignore[misc]  # ipywidgets is untyped
    """The circuit, its step controls and caption (and its quiz), in a frame of its own."""

    _esm = frontend_dir() / "js" / "widget.js"
    html = traitlets.Unicode("").tag(sync=True)  # the one-file page (web/offline.py)
    step = traitlets.Int(-1).tag(sync=True)  # the frame shown: an index into the trace
    score = traitlets.Dict(allow_none=True, default_value=None).tag(sync=True)  # quiz=…


def circuit_widget(graph: Graph, view: EmbedView, options: dict[str, Any]) -> CircuitWidget:
    """The widget of `graph` drawn with `options` (the build's, digits included) and `view`."""
    html = offline_html(graph.source, graph.given_values, options, view)
    last = len(graph.steps) - 1
    step = last if view.step == "end" else min(view.step, last)
    return CircuitWidget(html=html, step=step)
