"""A graph in a notebook (cgviz/notebook.py): run in a real kernel by nbclient, a graph shows
itself as the widget, with its SVG and its short text beside it, and the notebook keeps the
widget's state (the one-file page, the step, the module); without anywidget, the SVG alone."""

from __future__ import annotations

import sys
from typing import Any

import pytest

import cgviz
from cgviz.web.resources import frontend_dir

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


def output_of(nb: Any, cell: int) -> dict[str, Any]:
    [out] = [o for o in nb.cells[cell].outputs if o["output_type"] == "execute_result"]
    return dict(out["data"])


def widget_state(nb: Any, model_id: str) -> dict[str, Any]:
    return dict(nb.metadata["widgets"][WIDGET_STATE]["state"][model_id]["state"])


def test_a_graph_in_a_notebook_is_the_widget_with_its_svg_and_text_beside_it(
        executed_notebook: Any) -> None:
    data = output_of(executed_notebook, 0)
    assert set(data) == {WIDGET_VIEW, "image/svg+xml", "text/plain"}
    assert data["text/plain"] == "<cgviz graph: 3 nodes, output f = 6.00>"  # Graph.__repr__
    assert data["image/svg+xml"].lstrip().startswith(("<?xml", "<svg"))
    state = widget_state(executed_notebook, data[WIDGET_VIEW]["model_id"])
    assert state["_esm"] == (frontend_dir() / "js" / "widget.js").read_text(encoding="utf-8")
    assert state["step"] == len(cgviz.build("a = 2; b = 3; f = a * b").steps) - 1
    assert state["html"].startswith("<!doctype html>") and 'id="cgviz-graph-ru"' in state["html"]
    # the cell is the editor: no note that editing needs a server
    assert "hide=editor" in state["html"] and 'class="embed-offline"' not in state["html"]


def test_a_widget_with_the_embeds_options_saves_them_in_its_page(
        executed_notebook: Any) -> None:
    data = output_of(executed_notebook, 1)
    state = widget_state(executed_notebook, data[WIDGET_VIEW]["model_id"])
    assert state["step"] == 0
    assert "step=0\\u0026quiz=1\\u0026hide=editor" in state["html"]  # /embed parameters
    assert state["score"] is None  # until the page's quiz starts


def test_the_widgets_module_stands_alone() -> None:
    text = (frontend_dir() / "js" / "widget.js").read_text(encoding="utf-8")
    assert "import " not in text.replace("@import", "") and "export default" in text


def test_without_anywidget_a_graph_is_its_svg_and_its_text(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    monkeypatch.setitem(sys.modules, "anywidget", None)  # `import anywidget` fails
    monkeypatch.delitem(sys.modules, "cgviz.notebook", raising=False)
    g = cgviz.build("x = 3; f = x * x")
    data, metadata = g._repr_mimebundle_()
    assert set(data) == {"image/svg+xml", "text/plain"} and metadata == {}
    assert data["text/plain"] == repr(g)
    with pytest.raises(ImportError):
        g.widget()
