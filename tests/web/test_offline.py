"""The one-file export (web/offline.py): the embed's page with its bundle, its graph in every
language and its view inside, asking for nothing (in a browser:
tests/e2e/test_offline_in_browser.py)."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import numpy as np
import pytest

import cgviz
from cgviz.cli import main
from cgviz.errors import CircuitError
from cgviz.web.offline import EmbedView, offline_html
from cgviz.web.resources import frontend_dir

NOTES_FIRST = "x = -2; y = 5; z = -4; q = x + y; f = q * z"


class Page(HTMLParser):
    """Every element's attributes, and the text of each `<script>` and `<style>`."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.texts: list[tuple[str, dict[str, str | None], str]] = []
        self._open: tuple[str, dict[str, str | None]] | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._open = (tag, dict(attrs))

    def handle_data(self, data: str) -> None:
        if self._open:
            self.texts.append((*self._open, data))
            self._open = None

    def blocks(self, tag: str) -> list[tuple[dict[str, str | None], str]]:
        return [(attrs, text) for t, attrs, text in self.texts if t == tag]

    def json_block(self, id_: str) -> Any:
        [text] = [text for attrs, text in self.blocks("script") if attrs.get("id") == id_]
        return json.loads(text)


def sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


@pytest.fixture(scope="module")
def first() -> str:
    return offline_html(NOTES_FIRST, view=EmbedView(step=0, quiz=True))


def test_the_file_links_nothing_every_address_in_it_is_data(first: str) -> None:
    page = Page(first)
    for tag, attrs in page.elements:
        for name in ("src", "href", "srcset", "action", "data", "poster"):
            if attrs.get(name) is not None:
                assert str(attrs[name]).startswith("data:"), (tag, name, attrs[name])
    assert not re.search(r"""url\(\s*(?!['"]?(?:data:|#))""", first)  # no stylesheet URL either
    assert "/static/" not in first


def test_the_file_holds_its_bundle_byte_for_byte_under_a_policy_naming_it(
        first: str) -> None:
    page = Page(first)
    [(_, js)] = page.blocks("script")[:1]
    [(_, css)] = page.blocks("style")
    dist = frontend_dir() / "dist"
    assert js == (dist / "offline.js").read_text(encoding="utf-8")  # the embed's, no editor
    assert css == (dist / "embed.css").read_text(encoding="utf-8")
    [policy] = [a["content"] for t, a in page.elements
                if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert policy is not None
    rules = dict(rule.strip().split(" ", 1) for rule in policy.split(";"))
    assert rules["default-src"] == "'none'"  # so no fetch, font, frame or image of a URL
    assert rules["script-src"] == f"'{sha256(js)}'"
    assert rules["style-src"] == f"'{sha256(css)}'"
    assert rules["img-src"] == "data:"


def test_its_size_is_the_bundle_and_the_graphs(first: str) -> None:
    bundle = sum((frontend_dir() / "dist" / f).stat().st_size for f in ("offline.js", "embed.css"))
    assert bundle < len(first.encode()) < bundle + 120_000  # a small circuit adds ~60 KB


def test_it_carries_the_graph_in_every_language_and_the_view_it_was_exported_with(
        first: str) -> None:
    page = Page(first)
    en, ru = page.json_block("cgviz-graph"), page.json_block("cgviz-graph-ru")
    assert en["steps"][-1]["caption"] != ru["steps"][-1]["caption"]
    assert [s["node"] for s in en["steps"]] == [s["node"] for s in ru["steps"]]
    data = page.json_block("cgviz-page")
    assert data["offline"] is True
    assert parse_qs(data["view"]) == {"step": ["0"], "quiz": ["1"]}
    assert 'lang="en"' in first.split(">", 2)[1]  # drawn in English unless asked otherwise
    assert 'class="embed-offline"' in first and "<textarea" not in first


def test_the_export_is_drawn_in_the_language_asked_and_hides_what_is_asked() -> None:
    html = offline_html(NOTES_FIRST, view=EmbedView(lang="ru", hide=("editor",), theme="dark"))
    page = Page(html)
    assert "восходящий" in page.json_block("cgviz-graph")["steps"][-1]["caption"]
    assert "upstream" in page.json_block("cgviz-graph-en")["steps"][-1]["caption"]
    assert 'lang="ru"' in html.split(">", 2)[1] and "theme-dark" in html.split(">", 2)[1]
    assert 'class="embed-offline"' not in html  # the note goes with the editor it stands for
    assert parse_qs(page.json_block("cgviz-page")["view"]) == \
        {"theme": ["dark"], "lang": ["ru"], "hide": ["editor"]}


def test_a_program_cannot_end_the_files_script_elements() -> None:
    html = offline_html("# </script><script>alert(1)</script> <!--\nx = 2; f = x * 3")
    page = Page(html)
    scripts = page.blocks("script")
    assert len(scripts) == 5  # the bundle, the page, the graph, the catalogs, the Russian graph
    assert html.lower().count("</script") == 5
    assert page.json_block("cgviz-graph")["source"].startswith("# </script>")


def test_numpy_values_and_options_go_in_as_the_api_takes_them() -> None:
    html = offline_html("W = [[1, 2]]; x = [1, 1]; y = sum(W @ x)",
                        values={"W": np.array([[3.0, 4.0]])}, options={"digits": 3})
    data = Page(html).json_block("cgviz-page")
    assert data["values"] == {"W": [[3.0, 4.0]]}
    assert parse_qs(data["view"]) == {"options": ['{"digits":3}']}
    assert "7.000" in html  # drawn with three decimals


@pytest.mark.parametrize("view", [dict(step=-2), dict(step="last"), dict(quiz="all"),
                                  dict(theme="blue"), dict(lang="de"), dict(hide=("table",))])
def test_a_view_parameter_the_embed_does_not_take_is_refused(view: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        EmbedView(**view)


def test_mistakes_raise_as_the_api_answers_them() -> None:
    with pytest.raises(CircuitError):
        offline_html("x = 2 +* 3")
    with pytest.raises(ValueError, match="options"):
        offline_html(NOTES_FIRST, options={"digits": 9})


def test_a_graph_writes_its_own_file_with_the_options_it_was_built_with() -> None:
    g = cgviz.build("x = 3; f = x * x", values={"x": 4}, options={"digits": 1})
    html = g.to_html(step=-1, theme="dark")
    data = Page(html).json_block("cgviz-page")
    assert data["values"] == {"x": 4}
    assert parse_qs(data["view"]) == {"options": ['{"digits":1}'], "step": ["-1"],
                                      "theme": ["dark"]}
    assert "16.0" in html
    assert parse_qs(Page(g.to_html(digits=4)).json_block("cgviz-page")["view"]) == \
        {"options": ['{"digits":4}']}


def test_cgviz_render_writes_an_html_file(tmp_path: Path) -> None:
    out = tmp_path / "circuit.html"
    assert main(["render", NOTES_FIRST, "--step", "0", "--quiz", "inputs", "--lang", "ru",
                 "--no-controls", "--digits", "3", "-o", str(out)]) == 0
    data = Page(out.read_text(encoding="utf-8")).json_block("cgviz-page")
    assert parse_qs(data["view"]) == {"options": ['{"digits":3}'], "step": ["0"],
                                      "quiz": ["inputs"], "lang": ["ru"], "controls": ["0"]}


def test_cgviz_render_refuses_a_part_the_embed_cannot_hide(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "circuit.html"
    assert main(["render", NOTES_FIRST, "--hide", "toolbar", "-o", str(out)]) == 2
    assert "toolbar" in capsys.readouterr().err and not out.exists()


@pytest.mark.parametrize(("lang", "words"), [("en", "invalid syntax"),
                                             ("ru", "синтаксическая ошибка")])
def test_a_mistake_is_told_in_the_language_the_file_is_drawn_in(lang: str, words: str) -> None:
    with pytest.raises(CircuitError) as caught:
        offline_html("f = x +", view=EmbedView(lang=lang))
    assert caught.value.message.startswith(words)
