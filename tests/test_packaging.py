"""The wheel carries everything cgviz needs at run time, and finds it wherever it is installed.

The frontend lives at the repository root but ships inside the wheel as `cgviz/web/frontend`
(pyproject.toml); an editable install reads it from the checkout (cgviz/web/resources.py).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import cgviz
from cgviz.web.resources import frontend_dir, templates_dir

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def pip(*args: str, cwd: Path | None = None) -> None:
    done = subprocess.run([sys.executable, "-m", "pip", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, f"pip {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # With hatchling already installed the build needs no network; otherwise pip fetches it.
    isolation = ["--no-build-isolation"] if importlib.util.find_spec("hatchling") else []
    pip("wheel", "--no-deps", "--quiet", "-w", str(out), str(REPO), *isolation)
    [built] = out.glob("cgviz-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    pip("install", "--no-deps", "--quiet", "--target", str(target), str(wheel))
    return target


def test_the_wheel_ships_the_frontend_the_catalogs_and_the_templates(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        entry_points = next(zf.read(n).decode() for n in names
                            if n.endswith(".dist-info/entry_points.txt"))
    assert "cgviz/web/frontend/js/app.js" in names
    for bundle in ("app.js", "app.css", "embed.js", "embed.css"):  # what the pages load
        assert f"cgviz/web/frontend/dist/{bundle}" in names
    assert "cgviz/i18n/ru.json" in names  # (the lark grammar is gone: Python parses programs)
    assert "cgviz/render/templates/circuit.svg.j2" in names
    for folder in ("web/templates", "render/templates"):  # the pages', the SVG's
        shipped = {n.removeprefix(f"cgviz/{folder}/") for n in names
                   if n.startswith(f"cgviz/{folder}/")}
        assert shipped == {p.name for p in (REPO / "backend/cgviz" / folder).iterdir()
                           if p.is_file()}
    assert "cgviz = cgviz.cli:main" in entry_points
    assert not any(n.startswith(("backend/", "frontend/", "tests/")) for n in names)
    assert not any("__pycache__" in n for n in names)


CHECK_INSTALLED = """
import json, cgviz
from cgviz.web.resources import frontend_dir, templates_dir
from fastapi.testclient import TestClient
from cgviz.settings import Settings
from cgviz.web.app import create_app

graph = cgviz.build("x = -2; y = 5; z = -4; q = x + y; f = q * z").to_dict()
client = TestClient(create_app(Settings()))
print(json.dumps({
    "package": cgviz.__file__,
    "frontend": str(frontend_dir()),
    "index": (frontend_dir() / "js" / "app.js").is_file(),
    "templates": str(templates_dir()),
    "output": next(n["value"] for n in graph["nodes"] if n["id"] == graph["output"]),
    "svg": cgviz.build("(x+y)*z").to_svg().lstrip().startswith("<"),
    "page": client.get("/").status_code,
    "static": client.get("/static/js/app.js").status_code,
    "bundle": client.get("/static/dist/app.js").status_code,
}))
"""


def test_the_installed_wheel_finds_its_frontend_and_builds_from_another_directory(
    installed: Path, tmp_path: Path
) -> None:
    done = subprocess.run([sys.executable, "-c", CHECK_INSTALLED], cwd=tmp_path,
                          env={"PYTHONPATH": str(installed), "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert Path(seen["package"]).is_relative_to(installed), "the wheel's copy was imported"
    assert Path(seen["frontend"]) == installed / "cgviz" / "web" / "frontend"
    assert seen["index"]
    assert Path(seen["templates"]) == installed / "cgviz" / "web" / "templates"
    assert seen["output"] == -12.0
    assert seen["svg"]
    assert (seen["page"], seen["static"], seen["bundle"]) == (200, 200, 200)


def test_the_editable_install_serves_the_checkouts_frontend() -> None:
    package = Path(cgviz.__file__).resolve().parent
    if package != REPO / "backend" / "cgviz":
        pytest.skip(f"cgviz is imported from {package}, not from this checkout")
    assert frontend_dir() == REPO / "frontend"
    assert templates_dir() == package / "web" / "templates"
