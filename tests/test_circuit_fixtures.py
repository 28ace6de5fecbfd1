"""The circuits that frontend/js/circuit-geometry.test.js draws and frames.test.js steps
without a browser are what the server makes today: a change to the engine, the trace, the
layout or the SVG must regenerate them, so the JavaScript tests never check a stale answer."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

FIXTURES = Path(__file__).parent / "fixtures"


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, FIXTURES / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_browser_geometry_fixture_matches_what_the_server_draws_now() -> None:
    make = _script("make_circuits")
    stored = json.loads((FIXTURES / "circuits.json").read_text("utf-8"))
    fresh = json.loads(make.text(make.build()))
    assert stored == fresh, ("tests/fixtures/circuits.json is stale: run "
                             ".venv/bin/python tests/fixtures/make_circuits.py")


def test_the_players_fixtures_are_the_graph_json_the_server_makes_now() -> None:
    make = _script("make_player_fixtures")
    for name, text in make.texts().items():
        stored = json.loads((make.OUT / name).read_text("utf-8"))
        assert stored == json.loads(text), (
            f"frontend/js/fixtures/{name} is stale: run "
            ".venv/bin/python tests/fixtures/make_player_fixtures.py")
