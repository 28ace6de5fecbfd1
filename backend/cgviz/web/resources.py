"""Where the files the web app serves live, in a wheel and in a source checkout, and the
Jinja environment that reads the page templates (the app's pages and the one-file export).

A wheel carries the top-level `frontend/` folder beside this module, as `cgviz/web/frontend`
(pyproject.toml, hatch `force-include`). An editable install points at backend/cgviz, so there
the folder is found at the repository root, three levels above web/. The page templates always
sit in the package, in web/templates (the SVG's is render/templates/circuit.svg.j2).
"""

from __future__ import annotations

from pathlib import Path

import jinja2

_HERE = Path(__file__).parent


def frontend_dir() -> Path:
    """The static frontend folder (js/, css/, vendor/)."""
    installed = _HERE / "frontend"
    if installed.is_dir():
        return installed
    checkout = Path(__file__).resolve().parents[3] / "frontend"
    if checkout.is_dir():
        return checkout
    raise RuntimeError(
        f"cgviz cannot find its frontend folder: neither {installed} (a wheel install) nor "
        f"{checkout} (a source checkout) exists. Reinstall cgviz with `pip install .`, or run "
        f"it from a checkout with `pip install -e .`."
    )


def templates_dir() -> Path:
    """The pages' Jinja templates."""
    templates = _HERE / "templates"
    if not templates.is_dir():
        raise RuntimeError(f"cgviz cannot find its templates folder {templates}; reinstall cgviz.")
    return templates


def page_templates() -> jinja2.Environment:
    """The pages' templates: autoescaped (they are `.j2` files, which `select_autoescape()`
    would leave unescaped), strict about undefined names."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir()),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
