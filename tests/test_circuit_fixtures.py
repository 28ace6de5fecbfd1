"""The circuits that frontend/js/circuit-geometry.test.js draws without a browser are what the
server draws today: a layout or SVG change must regenerate them, so the two stay one picture."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_browser_geometry_fixture_matches_what_the_server_draws_now() -> None:
    spec = importlib.util.spec_from_file_location("make_circuits", FIXTURES / "make_circuits.py")
    assert spec and spec.loader
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    stored = json.loads((FIXTURES / "circuits.json").read_text("utf-8"))
    fresh = json.loads(make.text(make.build()))
    assert stored == fresh, ("tests/fixtures/circuits.json is stale: run "
                             ".venv/bin/python tests/fixtures/make_circuits.py")
