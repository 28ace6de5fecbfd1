"""The server-rendered pages: `/` (works without JavaScript) and `/embed` (docs/embed.md)."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from cgviz.settings import Settings
from cgviz.web import compute
from cgviz.web.app import create_app

STAGED = "x = -2; y = 5; z = -4\nq = x + y\nf = q * z"


def textarea(page: str) -> str:
    match = re.search(r"<textarea[^>]*>\n?(.*?)</textarea>", page, re.DOTALL)
    assert match, "the page has a textarea"
    return html.unescape(match.group(1))


def test_index_shows_the_staged_example_drawn_inline(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert "cgviz — see backpropagation" in r.text
    assert textarea(r.text) == STAGED
    assert "<svg" in r.text and "-12.00" in r.text
    assert "green above: value" in r.text and "red below: gradient" in r.text
    assert 'name="source"' in r.text and "Draw" in r.text


def test_index_draws_the_program_in_the_query(client: TestClient) -> None:
    r = client.get("/", params={"source": "a = 3; b = 4\nf = a * b"})
    assert r.status_code == 200
    assert "12.00" in r.text
    assert textarea(r.text) == "a = 3; b = 4\nf = a * b"


def test_index_lists_the_warnings_of_the_program(client: TestClient) -> None:
    r = client.get("/", params={"source": "f = log(x - 2)"})
    assert r.status_code == 200
    assert 'class="warnings"' in r.text


def test_index_shows_an_error_with_position_and_caret_and_keeps_the_program(
        client: TestClient) -> None:
    source = "x = 1\nf = x * (2 +"
    r = client.get("/", params={"source": source})
    assert r.status_code == 200
    assert 'class="error"' in r.text
    assert "Syntax error" in r.text and "line 2, column" in r.text
    assert "f = x * (2 +" in r.text and "^" in r.text
    assert textarea(r.text) == source
    assert "<svg" not in r.text


def test_index_escapes_the_program_it_echoes(client: TestClient) -> None:
    r = client.get("/", params={"source": "</textarea><script>alert(1)</script>"})
    assert r.status_code == 200
    assert "<script>alert(1)" not in r.text
    assert textarea(r.text) == "</textarea><script>alert(1)</script>"


def test_index_keeps_the_view_options_when_the_form_is_sent_again(client: TestClient) -> None:
    r = client.get("/", params={"source": "f = sigmoid(x)", "options": '{"expand": ["sigmoid"]}',
                                "theme": "dark"})
    assert '<input type="hidden" name="options" value="{&#34;expand&#34;: [&#34;sigmoid&#34;]}">' \
        in r.text
    assert '<input type="hidden" name="theme" value="dark">' in r.text


def test_index_ignores_malformed_values_and_options(client: TestClient) -> None:
    r = client.get("/", params={"source": STAGED, "values": "{oops", "options": "[1]"})
    assert r.status_code == 200
    assert "-12.00" in r.text


def test_the_stylesheet_is_served_from_static(client: TestClient) -> None:
    page = client.get("/").text
    href = re.search(r'<link rel="stylesheet" href="([^"]+)"', page)
    assert href
    css = client.get(href.group(1))
    assert css.status_code == 200
    assert css.headers["content-type"].startswith("text/css")


def test_pages_ask_nothing_of_other_origins(client: TestClient) -> None:
    for url in ("/", "/embed"):
        page = client.get(url).text
        assert not re.search(r'(src|href)="(https?:)?//', page)


def test_embed_shows_the_circuit_and_a_caption(client: TestClient) -> None:
    r = client.get("/embed", params={"source": STAGED})
    assert r.status_code == 200
    assert "<svg" in r.text and "-12.00" in r.text
    assert 'class="caption"' in r.text


def test_embed_shows_the_caption_of_the_requested_step(client: TestClient) -> None:
    first = client.get("/embed", params={"source": STAGED, "step": "0"}).text
    last = client.get("/embed", params={"source": STAGED, "step": "end"}).text
    caption = re.compile(r'<p class="caption"[^>]*>(.*?)</p>', re.DOTALL)
    assert caption.search(first).group(1) != caption.search(last).group(1)  # type: ignore[union-attr]


@pytest.mark.parametrize("params", [
    {"step": "999"}, {"step": "-3"}, {"step": "²"}, {"step": "9" * 5000}, {"theme": "neon"},
    {"controls": "maybe"}, {"autoplay": "yes"}, {"hide": ",,,"}, {"lang": "xx"},
    {"values": "{not json"}, {"values": "[1]"}, {"options": '{"digits": 99}'},
])
def test_embed_falls_back_to_defaults_on_bad_parameters(client: TestClient,
                                                        params: dict[str, str]) -> None:
    r = client.get("/embed", params={"source": STAGED, **params})
    assert r.status_code == 200
    assert "<svg" in r.text


def test_embed_without_a_source_shows_the_example(client: TestClient) -> None:
    r = client.get("/embed")
    assert r.status_code == 200
    assert "-12.00" in r.text


def test_embed_shows_a_program_error_in_the_page(client: TestClient) -> None:
    r = client.get("/embed", params={"source": "f = (1 +"})
    assert r.status_code == 200
    assert "Syntax error" in r.text and "^" in r.text


@pytest.mark.parametrize(("source", "lang", "kind"), [
    ("x = 1\nwhile x:\n    x = x", "en", "Not supported"),  # was a 500: no title for the kind
    ("{}", "ru", "Не поддерживается"),
])
def test_embed_and_app_show_an_unsupported_construct_in_the_page(
        client: TestClient, source: str, lang: str, kind: str) -> None:
    for page in ("/embed", "/"):
        r = client.get(page, params={"source": source, "lang": lang})
        assert r.status_code == 200
        assert kind in r.text


def test_embed_can_hide_the_caption(client: TestClient) -> None:
    r = client.get("/embed", params={"source": STAGED, "hide": "caption"})
    assert 'class="caption"' not in r.text


def test_embed_dark_theme_marks_the_page(client: TestClient) -> None:
    r = client.get("/embed", params={"source": STAGED, "theme": "dark"})
    assert 'class="theme-dark' in r.text


@pytest.mark.parametrize("page", ["/", "/embed"])
@pytest.mark.parametrize("quiz", ["1", "inputs"])
def test_a_quiz_page_is_marked_so_its_first_paint_shows_no_gradient(
        client: TestClient, page: str, quiz: str) -> None:
    r = client.get(page, params={"source": STAGED, "quiz": quiz})
    opening = re.search(r"<html[^>]*>", r.text)
    assert opening and re.search(r'class="[^"]*\bquiz\b', opening.group(0)), opening
    # the rule that hides the red numbers until the app runs, in the page's one stylesheet
    href = re.search(r'<link rel="stylesheet" href="([^"]+/dist/[^"]+)"', r.text)
    assert href
    assert "html.quiz svg.cgviz:not(.cgviz-frame) text.grad" in client.get(href.group(1)).text


@pytest.mark.parametrize("quiz", ["0", "yes", ""])
def test_a_page_without_a_quiz_is_not_marked(client: TestClient, quiz: str) -> None:
    for page in ("/", "/embed"):
        opening = re.search(r"<html[^>]*>", client.get(page, params={"source": STAGED,
                                                                     "quiz": quiz}).text)
        assert opening and "quiz" not in opening.group(0)


def test_a_quiz_embed_states_no_step_before_the_app_runs(client: TestClient) -> None:
    """The embed's first-paint caption is the last step's, which holds the inputs' gradients
    (∂f/∂x = … = -4.00): a quiz leaves it empty."""
    caption = re.compile(r'<p class="caption"[^>]*>(.*?)</p>', re.DOTALL)
    plain = caption.search(client.get("/embed", params={"source": STAGED}).text)
    quiz = caption.search(client.get("/embed", params={"source": STAGED, "quiz": "1"}).text)
    assert plain and "∂f/∂x" in plain.group(1)
    assert quiz and quiz.group(1).strip() == ""


def test_a_bug_in_the_core_shows_a_page_that_says_so_and_is_not_cached(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise KeyError("oops")

    monkeypatch.setattr(compute, "build", broken)
    # in the server's own process, where the patch is (web/sandbox.py)
    client = TestClient(create_app(Settings(build_processes=0)))
    for url in ("/", "/embed"):
        r = client.get(url, params={"source": STAGED})
        assert r.status_code == 500
        assert "bug in cgviz" in r.text
        assert r.headers["cache-control"] == "no-store"


@pytest.mark.parametrize("route", ["/", "/embed"])
def test_a_construct_cgviz_does_not_draw_is_shown_in_the_page_with_its_heading(
        client: TestClient, route: str) -> None:
    r = client.get(route, params={"source": "x = Value(2.0)\nwhile x < 10:\n    x = x * 2"})
    assert r.status_code == 200
    assert "Not supported" in r.text and "while" in r.text
