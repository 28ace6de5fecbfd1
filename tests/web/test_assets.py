"""The frontend's files under a versioned path, kept for good by browsers (web/assets.py)."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from cgviz.web.assets import IMMUTABLE, REVALIDATE, version_of
from cgviz.web.resources import frontend_dir

LINKED = re.compile(r'(?:href|src)="(/static/[^"]+)"')


def test_every_file_a_page_links_is_versioned_and_kept_for_good(client: TestClient) -> None:
    version = version_of(frontend_dir())
    for url, bundle in (("/", "app"), ("/embed", "embed")):
        links = LINKED.findall(client.get(url).text)
        assert {f"/static/{version}/dist/{bundle}.{kind}" for kind in ("js", "css")} <= set(links)
        for link in links:
            assert link.startswith(f"/static/{version}/"), link
            r = client.get(link)
            assert r.status_code == 200 and r.headers["cache-control"] == IMMUTABLE, link


def test_a_module_and_its_relative_imports_share_the_version(client: TestClient) -> None:
    version = version_of(frontend_dir())
    app = client.get(f"/static/{version}/js/app.js").text
    first = re.search(r'from "\./([\w-]+\.js)"', app)
    assert first  # resolved by the browser against the module's own versioned address
    imported = client.get(f"/static/{version}/js/{first.group(1)}")
    assert imported.status_code == 200 and imported.headers["cache-control"] == IMMUTABLE


def test_unversioned_and_other_versions_are_asked_again_each_time(client: TestClient) -> None:
    for url in ("/static/css/app.css", "/static/v-000000000000/css/app.css"):
        r = client.get(url)
        assert r.status_code == 200 and r.headers["cache-control"] == REVALIDATE, url
        again = client.get(url, headers={"if-none-match": r.headers["etag"]})
        assert again.status_code == 304, url


def test_the_version_follows_the_files(tmp_path: Path) -> None:
    (tmp_path / "js").mkdir()
    (tmp_path / "js" / "a.js").write_text("export const a = 1;\n")
    before = version_of(tmp_path)
    assert re.fullmatch(r"v-[0-9a-f]{12}", before)
    assert version_of(tmp_path) == before
    (tmp_path / "js" / "a.js").write_text("export const a = 2;\n")
    assert version_of(tmp_path) != before


def test_no_path_leaves_the_folder(client: TestClient) -> None:
    version = version_of(frontend_dir())
    for url in (f"/static/{version}/../pyproject.toml", f"/static/{version}/",
                f"/static/{version}", "/static/v-000000000000/%2e%2e/README.md"):
        assert client.get(url).status_code == 404, url
