"""`cgviz.server:app`: importing the module builds nothing; the app is built once, on first use."""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from types import ModuleType

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    """A freshly imported `cgviz.server`, whatever earlier tests did to the cached one."""
    monkeypatch.delitem(sys.modules, "cgviz.server", raising=False)
    yield importlib.import_module("cgviz.server")
    sys.modules.pop("cgviz.server", None)


def test_importing_the_server_module_builds_no_app_and_loads_no_web_stack() -> None:
    check = (
        "import sys, cgviz.server as s\n"
        "assert 'app' not in vars(s), 'app built at import'\n"
        "assert 'cgviz.web.app' not in sys.modules, 'web layer imported'\n"
        "assert 'fastapi' not in sys.modules, 'fastapi imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr


def test_the_app_is_built_from_get_settings_once_on_first_access(
    server: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    import cgviz.web.app

    built: list[object] = []

    def fake_create_app(settings: object) -> object:
        built.append(settings)
        return object()

    monkeypatch.setattr(cgviz.web.app, "create_app", fake_create_app)
    assert "app" not in vars(server)
    assert built == []
    first = server.app
    assert server.app is first
    assert len(built) == 1
    from cgviz.settings import get_settings

    assert built[0] is get_settings()


def test_other_missing_names_still_raise_attribute_error(server: ModuleType) -> None:
    with pytest.raises(AttributeError, match="no attribute 'application'"):
        _ = server.application
    assert "app" not in vars(server)


def test_uvicorn_finds_a_working_app_by_its_import_string(server: ModuleType) -> None:
    from uvicorn.importer import import_from_string

    app = import_from_string("cgviz.server:app")
    assert isinstance(app, FastAPI)
    assert app is server.app
    with TestClient(app) as client:
        r = client.get("/healthz")
    assert r.status_code == 200
    assert r.json() == {"status": "ok"}
