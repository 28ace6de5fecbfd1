"""Gradient descent in the app: short trained values, ticks and the rate kept in the address."""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from e2e_support import (
    NEURON,
    open_app,
)
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e


def test_descent_ticks_the_weights_writes_six_digits_and_keeps_ticks_and_rate_in_the_address(
        page: Page, live_server: str) -> None:
    open_app(page, live_server, NEURON)
    page.locator('.toolbar button[data-action="descent"]').click()
    box = lambda name: page.locator(f'#descent input[type=checkbox][data-name="{name}"]')  # noqa: E731
    for name in ("w0", "w1", "w2"):
        expect(box(name)).to_be_checked()
    for name in ("x0", "x1"):
        expect(box(name)).not_to_be_checked()

    page.locator('#descent button[data-action="descent-step"]').click()
    page.wait_for_function("() => new URLSearchParams(location.search).has('values')")
    values = json.loads(parse_qs(urlsplit(page.url).query)["values"][0])
    assert set(values) == {"w0", "w1", "w2"}
    for value in values.values():
        digits = re.sub(r"[^0-9]", "", f"{value!r}".split("e")[0]).lstrip("0")
        assert len(digits) <= 6, value
    field = page.locator('#inputs input[type=number][data-name="w0"]')
    expect(field).to_have_value(str(values["w0"]))

    box("w2").uncheck()
    box("x0").check()
    page.locator("#learning-rate").fill("0.1")
    page.locator("#learning-rate").press("Tab")
    page.wait_for_function("() => new URLSearchParams(location.search).get('lr') === '0.1'")
    query = parse_qs(urlsplit(page.url).query)
    assert query["train"] == ["w0,x0,w1"]  # in the program's order

    page.reload()
    page.locator('.toolbar button[data-action="descent"]').click()
    expect(box("x0")).to_be_checked()
    expect(box("w2")).not_to_be_checked()
    expect(page.locator("#learning-rate")).to_have_value("0.1")
