"""The browser app's pages as the server sends them: the DOM contract of docs/frontend.md, the
state the JavaScript starts from (no request needed), and the examples menu."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from cgviz.teach.examples import EXAMPLES

NOTES_FIRST = "x = -2; y = 5; z = -4; q = x + y; f = q * z"


def script_json(page: str, id: str) -> Any:  # noqa: A002
    match = re.search(rf'<script type="application/json" id="{id}">(.*?)</script>', page,
                      re.DOTALL)
    assert match, f"the page carries #{id}"
    return json.loads(match.group(1))


@pytest.mark.parametrize("selector", [
    '<textarea id="source"', 'id="error"', 'role="alert"', 'id="circuit"', 'id="inputs"',
    '<select id="examples"', 'data-action="share"', 'data-action="embed"',
    'data-action="export-svg"', 'data-action="export-png"', 'data-action="table"',
    '<dialog id="embed-dialog"', 'id="controls"', 'id="table-view"',
])
def test_the_app_page_has_every_element_of_the_dom_contract(client: TestClient,
                                                            selector: str) -> None:
    assert selector in client.get("/").text


def test_the_app_page_loads_the_app_module_which_is_served(client: TestClient) -> None:
    page = client.get("/").text
    scripts = re.findall(r'<script type="module" src="([^"]+)"', page)
    assert len(scripts) == 1 and re.fullmatch(r"/static/v-[0-9a-f]{12}/dist/app\.js", scripts[0])
    assert client.get(scripts[0]).status_code == 200
    for href in re.findall(r'<link rel="stylesheet" href="([^"]+)"', page):
        assert client.get(href).status_code == 200, href


def test_the_page_carries_the_same_graph_json_as_the_api(client: TestClient) -> None:
    values = '{"x": 1}'
    page = client.get("/", params={"source": NOTES_FIRST, "values": values}).text
    api = client.get("/api/graph", params={"source": NOTES_FIRST, "values": values}).json()
    assert script_json(page, "cgviz-graph") == api
    start = script_json(page, "cgviz-page")
    assert start["source"] == NOTES_FIRST and start["values"] == {"x": 1}
    assert start["error"] is None


def test_the_page_carries_the_programs_error_with_its_position_and_no_graph(
        client: TestClient) -> None:
    page = client.get("/", params={"source": "x = 1\nf = x * (2 +"}).text
    assert script_json(page, "cgviz-graph") is None
    error = script_json(page, "cgviz-page")["error"]
    assert error["kind"] == "syntax" and error["line"] == 2 and error["column"] >= 1


def test_a_program_cannot_close_the_script_that_carries_it(client: TestClient) -> None:
    source = 'f = x # </script><script>alert(1)</script> <!-- & "'
    page = client.get("/", params={"source": source}).text
    assert "<script>alert(1)" not in page
    assert script_json(page, "cgviz-page")["source"] == source
    assert script_json(page, "cgviz-graph")["source"] == source


def test_the_examples_menu_lists_every_example_in_order(client: TestClient) -> None:
    page = client.get("/").text
    options = re.findall(r'<option value="([^"]*)"', page)
    assert options == ["", *[e.id for e in EXAMPLES]]
    assert [e["id"] for e in script_json(page, "cgviz-page")["examples"]] == options[1:]


def test_invalid_values_and_options_are_not_handed_to_the_app(client: TestClient) -> None:
    page = client.get("/", params={"source": NOTES_FIRST, "values": "{oops",
                                   "options": '{"digits": 99}'}).text
    start = script_json(page, "cgviz-page")
    assert start["values"] == {} and start["options"] == {}


@pytest.mark.parametrize(("lang", "expected"), [("ru", "ru"), ("en", "en"), ("xx", "en")])
def test_the_pages_say_their_language(client: TestClient, lang: str, expected: str) -> None:
    for url in ("/", "/embed"):
        page = client.get(url, params={"lang": lang}).text
        assert f'<html lang="{expected}"' in page, url


def test_the_embed_loads_its_module_and_carries_the_graph(client: TestClient) -> None:
    page = client.get("/embed", params={"source": NOTES_FIRST}).text
    scripts = re.findall(r'<script type="module" src="([^"]+)"', page)
    assert len(scripts) == 1 and re.fullmatch(r"/static/v-[0-9a-f]{12}/dist/embed\.js",
                                                 scripts[0])
    assert client.get(scripts[0]).status_code == 200
    assert script_json(page, "cgviz-graph")["source"] == NOTES_FIRST
    assert 'id="circuit"' in page and 'id="controls"' in page


def test_the_embed_folds_the_program_away_and_hide_editor_removes_it(client: TestClient) -> None:
    shown = client.get("/embed", params={"source": NOTES_FIRST}).text
    assert '<details class="embed-edit">' in shown and 'id="source"' in shown
    hidden = client.get("/embed", params={"source": NOTES_FIRST, "hide": "editor"}).text
    assert 'id="source"' not in hidden
