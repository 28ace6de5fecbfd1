"""Where the files that are not Python live, in a wheel and in a source checkout.

A wheel carries the top-level `frontend/` folder inside the package as `cgviz/frontend`
(pyproject.toml, hatch `force-include`). An editable install points at backend/cgviz, so there
the folder is found two levels up, at the repository root. Templates always sit in the package.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).parent


def frontend_dir() -> Path:
    """The static frontend folder (index.html, js/, css/)."""
    installed = _PACKAGE / "frontend"
    if installed.is_dir():
        return installed
    checkout = Path(__file__).resolve().parents[2] / "frontend"
    if checkout.is_dir():
        return checkout
    raise RuntimeError(
        f"cgviz cannot find its frontend folder: neither {installed} (a wheel install) nor "
        f"{checkout} (a source checkout) exists. Reinstall cgviz with `pip install .`, or run "
        f"it from a checkout with `pip install -e .`."
    )


def templates_dir() -> Path:
    """The Jinja templates (circuit.svg.j2, the pages)."""
    templates = _PACKAGE / "templates"
    if not templates.is_dir():
        raise RuntimeError(f"cgviz cannot find its templates folder {templates}; reinstall cgviz.")
    return templates
