"""Languages and themes in the browser: the app and the embed speak the `lang` parameter's
language, else the browser's; the dark theme; the examples menu with its "what to look at"."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import pytest
from e2e_support import Watch, program_of, screenshot, set_program, watched_page
from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.e2e

SMALL = "a = 2; b = 3; f = a * b"
DARK_BG = "rgb(21, 24, 30)"  # app.css .theme-dark --bg, the server SVG's dark background


WIDE = {"width": 1280, "height": 860}


@pytest.fixture
def russian_browser(browser: Browser, watch: Watch) -> Iterator[Page]:
    yield from watched_page(browser, watch, viewport=WIDE, locale="ru-RU")


@pytest.fixture
def russian_browser_english_header(browser: Browser, watch: Watch) -> Iterator[Page]:
    # navigator.languages says Russian, the request's Accept-Language says English: the server
    # draws English, and the app must re-word the page and fetch Russian captions.
    yield from watched_page(browser, watch, viewport=WIDE, locale="ru-RU",
                            extra_http_headers={"Accept-Language": "en"})


def play_label(page: Page) -> str | None:
    return page.locator('button[data-action="play"]').get_attribute("aria-label")


def test_lang_ru_shows_russian_controls_captions_and_errors(live_server: str,
                                                            page: Page) -> None:
    page.goto(f"{live_server}/?lang=ru&source={quote(SMALL)}")
    page.wait_for_selector("#circuit svg.cgviz")
    assert play_label(page) == "Воспроизвести (пробел)"
    assert page.locator('button[data-action="share"]').inner_text() == "Поделиться"
    assert page.locator("html").get_attribute("lang") == "ru"
    assert "восходящий" in page.locator("#caption").inner_text()
    assert page.locator('#examples option[value="softmax"]').inner_text().startswith("8. Softmax")
    assert "перекрёстная" in page.locator('#examples option[value="softmax"]').inner_text()
    set_program(page, "a = 2\nf = a * * 3")
    page.wait_for_selector("#error:not([hidden])")
    error = page.locator("#error").inner_text()
    # Python's own message, introduced in Russian (docs/language.md, "Errors")
    assert "строка 2" in error and "синтаксическая ошибка Python" in error, error
    screenshot(page, "language-ru-error")


def test_without_lang_the_browser_language_decides(live_server: str,
                                                   russian_browser: Page) -> None:
    page = russian_browser
    page.goto(f"{live_server}/?source={quote(SMALL)}")
    page.wait_for_selector("#circuit svg.cgviz")
    assert play_label(page) == "Воспроизвести (пробел)"
    assert "lang=" not in page.url  # "no lang" stays no lang: the next reader's browser decides
    assert page.locator('.switch a[data-lang="ru"]').get_attribute("aria-current") == "true"


def test_the_app_rewords_a_page_the_server_drew_in_another_language(
        live_server: str, russian_browser_english_header: Page) -> None:
    page = russian_browser_english_header
    page.goto(f"{live_server}/?source={quote(SMALL)}")
    page.wait_for_function("() => document.querySelector('#caption')?.textContent"
                           ".includes('восходящий')")
    assert page.locator("html").get_attribute("lang") == "ru"
    assert page.locator('button[data-action="table"]').inner_text() == "Таблица"
    assert page.locator("#editor-hint kbd").count() >= 8
    assert "по мере ввода" in page.locator("#editor-hint").inner_text()


def test_the_embed_follows_lang_too(live_server: str, page: Page) -> None:
    page.goto(f"{live_server}/embed?lang=ru&source={quote(SMALL)}")
    page.wait_for_selector("#circuit svg.cgviz")
    assert play_label(page) == "Воспроизвести (пробел)"
    assert "восходящий" in page.locator("#caption").inner_text()


@pytest.mark.parametrize("path", ["/", "/embed"])
def test_theme_dark_draws_the_app_and_the_embed_dark(live_server: str, page: Page,
                                                     path: str) -> None:
    page.goto(f"{live_server}{path}?theme=dark&lang=ru&source={quote(SMALL)}")
    page.wait_for_selector("#circuit svg.cgviz")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == DARK_BG
    assert "cgviz-dark" in (page.locator("#circuit svg.cgviz").get_attribute("class") or "")
    page.locator('button[data-action="prev"]').click()
    screenshot(page, f"theme-dark{path.replace('/', '-')}")


def test_the_switches_rewrite_the_address_and_keep_the_program(live_server: str,
                                                               page: Page) -> None:
    page.goto(f"{live_server}/?lang=en&source={quote(SMALL)}")
    page.wait_for_selector("#circuit svg.cgviz")
    page.locator('.switch a[data-theme="dark"]').click()
    page.wait_for_url("**theme=dark**")
    page.wait_for_selector("#circuit svg.cgviz.cgviz-dark")
    page.locator('.switch a[data-lang="ru"]').click()
    page.wait_for_url("**lang=ru**")
    page.wait_for_selector("#circuit svg.cgviz")
    assert play_label(page) == "Воспроизвести (пробел)"
    assert program_of(page) == SMALL
    assert "theme=dark" in page.url


@pytest.mark.parametrize(("lang", "look"), [
    ("en", "dL/dz = a − ŷ = [0.23, −0.37, 0.14]: the gradients"),
    ("ru", "dL/dz = a − ŷ = [0.23, −0.37, 0.14]: градиенты"),
])
def test_an_example_loads_with_its_look_line(live_server: str, page: Page, lang: str,
                                             look: str) -> None:
    page.goto(f"{live_server}/?lang={lang}")
    page.wait_for_selector("#circuit svg.cgviz")
    page.select_option("#examples", "softmax")
    page.wait_for_selector("#look:not([hidden])")
    assert page.locator("#look").inner_text().startswith(look)
    page.wait_for_function("() => [...document.querySelectorAll('#circuit text.label')]"
                           ".some((t) => t.textContent === 'ŷ')")
    assert "source=" in page.url  # the address names the example's program
    screenshot(page, f"example-softmax-{lang}")
