"""Fixtures shared across the test tree: a notebook run once per session in a kernel of this
environment, for the tests of the notebook widget (tests/test_notebook.py reads its outputs
and saved widget state, tests/e2e/test_widget.py renders that state in a browser), and an
interpreter without cairosvg, for the PNG and PDF exports' message."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest

# Each cell's source; the tests name them by index.
NOTEBOOK_CELLS = [
    'import cgviz\ng = cgviz.build("a = 2; b = 3; f = a * b")\ng',  # the graph's own display
    "g.widget(step=0, quiz=True)",  # a quiz, at its first question
]


@pytest.fixture(scope="session")
def executed_notebook(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The notebook of NOTEBOOK_CELLS as nbclient saved it after running every cell, with
    the widgets' state. Jupyter's and IPython's own folders go to a temporary one, not home;
    the kernel is the `python3` that ipykernel names for this interpreter."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("anywidget")
    home = tmp_path_factory.mktemp("jupyter")
    with pytest.MonkeyPatch.context() as env:
        for name in ("JUPYTER_RUNTIME_DIR", "JUPYTER_DATA_DIR", "JUPYTER_CONFIG_DIR",
                     "IPYTHONDIR"):
            env.setenv(name, str(home / name.lower()))
        env.setenv("JUPYTER_PLATFORM_DIRS", "1")
        env.setenv("PYTHONPATH", ":".join(p for p in sys.path if p))  # this cgviz, not another
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c)
                                             for c in NOTEBOOK_CELLS])
        nbclient.NotebookClient(nb, kernel_name="python3", timeout=120,
                                resources={"metadata": {"path": str(home)}}).execute()
    yield nb


@pytest.fixture
def without_cairosvg(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if `cgviz[export]` were not installed: importing cairosvg fails."""
    import builtins

    real = builtins.__import__

    def no_cairosvg(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "cairosvg":
            raise ImportError("No module named 'cairosvg'")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_cairosvg)
