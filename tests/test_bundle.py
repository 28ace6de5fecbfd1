"""The committed bundle, frontend/dist, is what bundle.mjs makes of today's sources.

The pages load one module and one stylesheet each, frontend/dist/<page>.js and .css
(docs/frontend.md, "The bundle"). They are committed, so serving needs only Python; this
rebuilds them with the esbuild pinned in package.json into a temporary folder and compares
the bytes. After editing frontend/js or frontend/css, run `make bundle`.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DIST = REPO / "frontend" / "dist"
PAGES = ("app", "embed")  # bundle.mjs PAGES: `/` and `/embed`
# and the one-file export's module: the embed's without the program editor
BUNDLES = sorted([*(f"{page}.{kind}" for page in PAGES for kind in ("js", "css")), "offline.js"])


def pinned() -> str:
    return json.loads((REPO / "package.json").read_text())["devDependencies"]["esbuild"]


def test_esbuild_is_pinned_to_one_version_in_package_json_and_its_lock() -> None:
    version = pinned()
    assert re.fullmatch(r"\d+\.\d+\.\d+", version), version  # no range: the bytes depend on it
    lock = json.loads((REPO / "package-lock.json").read_text())
    assert lock["packages"][""]["devDependencies"]["esbuild"] == version
    assert lock["packages"]["node_modules/esbuild"]["version"] == version


def test_the_libraries_the_bundle_holds_are_pinned_to_one_version_each() -> None:
    # CodeMirror (the program editor) is bundled as it is: its bytes are the bundle's too
    libraries = json.loads((REPO / "package.json").read_text())["dependencies"]
    lock = json.loads((REPO / "package-lock.json").read_text())
    assert libraries and lock["packages"][""]["dependencies"] == libraries
    for name, version in libraries.items():
        assert re.fullmatch(r"\d+\.\d+\.\d+", version), (name, version)
        assert lock["packages"][f"node_modules/{name}"]["version"] == version, name


def test_the_committed_bundle_is_one_module_and_one_stylesheet_per_page() -> None:
    assert sorted(p.name for p in DIST.iterdir()) == BUNDLES


def test_the_export_module_leaves_codemirror_out() -> None:
    embed, offline = ((DIST / f"{name}.js").read_text(encoding="utf-8")
                      for name in ("embed", "offline"))
    assert "cm-editor" in embed and "cm-editor" not in offline
    assert len(offline) < len(embed) / 3


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    node = shutil.which("node")
    installed = REPO / "node_modules" / "esbuild" / "package.json"
    if node is None:
        pytest.skip("Node.js is not installed: the bundle cannot be rebuilt to compare it")
    if not installed.is_file():
        pytest.skip("esbuild is not in node_modules (`npm ci`, which `make test` runs): "
                    "the committed bundle is not compared with its sources")
    version = json.loads(installed.read_text())["version"]
    assert version == pinned(), (f"node_modules holds esbuild {version}, package.json pins "
                                 f"{pinned()}: run `npm ci`")
    out = tmp_path_factory.mktemp("dist")
    # from another working directory: the output may depend on nothing but the sources
    done = subprocess.run([node, str(REPO / "bundle.mjs"), str(out)], cwd=out,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return out


def test_the_committed_bundle_is_what_the_sources_make(rebuilt: Path) -> None:
    assert sorted(p.name for p in rebuilt.iterdir()) == BUNDLES
    stale = [name for name in BUNDLES
             if (rebuilt / name).read_bytes() != (DIST / name).read_bytes()]
    assert not stale, f"frontend/dist/{', '.join(stale)} differ from the sources: `make bundle`"


@pytest.mark.parametrize("name", BUNDLES)
def test_a_bundle_stands_alone_and_can_be_inlined_into_a_page(name: str) -> None:
    # One file that fetches nothing more, so a page asks for it alone and a one-file export
    # can put its bytes in a <script type="module"> or a <style> element as they are.
    text = (DIST / name).read_text(encoding="utf-8")
    if name.endswith(".js"):
        assert not re.search(r"^\s*(import|export)\b.*\bfrom\b|\bimport\s*\(", text, re.M)
        assert "</script" not in text.lower()
    else:
        assert "@import" not in text
        assert not re.search(r"url\((?!\s*[\"']?(#|data:))", text)
        assert "</style" not in text.lower()
