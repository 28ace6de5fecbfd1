"""The pages run under their Content-Security-Policy (web/security.py) without a single
violation: only the app's own scripts and stylesheets, and the one `<style>` element of the
program editor (CodeMirror's), named by its hash, while a user steps, exports, opens every
dialog and panel, types a program, and a course page embeds the view.

Every `securitypolicyviolation` event is recorded by a script Playwright injects before the
page's own (an init script, which the policy does not govern); the `page` fixture also fails a
test on the console error Chromium logs for each violation. A control test makes one on purpose,
so an empty list means the watcher works, not that it is blind.
"""

from __future__ import annotations

import base64
import hashlib
import json
from urllib.parse import quote

import pytest
from e2e_support import NEURON, Watch, api_graph, editor_ready, fmt, set_program, wait_for_output
from playwright.sync_api import Browser, Frame, Page, expect

pytestmark = pytest.mark.e2e

RECORD = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(`${e.violatedDirective}: ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
});
"""


def violations(where: Page | Frame) -> list[str]:
    found: list[str] = where.evaluate("() => window.__csp")
    return found


def styles_are_named(where: Page | Frame, policy: str) -> None:
    """Every `<style>` element of the page (CodeMirror's, editor.js) is one the policy names by
    its hash; when CodeMirror or the editor's extensions change, this says the new one."""
    texts: list[str] = where.evaluate("() => [...document.querySelectorAll('style')]"
                                      ".map((s) => s.textContent)")
    assert texts, "the program editor wrote no <style>: is the editor there?"
    for text in texts:
        digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy, (
            f"set EDITOR_STYLE in web/security.py to \"'sha256-{digest}'\"")


def open_app(page: Page, live_server: str, source: str, options: dict[str, object]) -> str:
    page.context.add_init_script(RECORD)
    graph = api_graph(live_server, source)
    response = page.goto(f"{live_server}/?source={quote(source)}"
                         f"&options={quote(json.dumps(options))}")
    assert response is not None
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    output = next(n for n in graph["nodes"] if n["id"] == graph["output"])
    wait_for_output(page, graph["output"], fmt(output["value"]))
    return str(policy)


def test_driving_the_whole_app_breaks_no_rule_of_its_content_security_policy(
        page: Page, live_server: str) -> None:
    policy = open_app(page, live_server, NEURON, {"code": True, "gradcheck": True})
    page.locator("#circuit").click()
    for key in ("Home", "ArrowRight", "ArrowRight", "End", "ArrowLeft"):
        page.keyboard.press(key)
    for action in ("table", "table", "descent"):
        page.locator(f'.toolbar button[data-action="{action}"]').click()
    page.locator('.toolbar button[data-action="embed"]').click()
    expect(page.locator("#embed-dialog")).to_be_visible()
    page.locator('#embed-dialog button[value="close"]').click()
    page.locator('.toolbar button[data-action="share"]').click()
    with page.expect_download():
        page.locator('.toolbar button[data-action="export-svg"]').click()
    with page.expect_download():  # draws the SVG from a data: URL on a canvas
        page.locator('.toolbar button[data-action="export-png"]').click()
    set_program(page, "a = 2; b = -3\nf = sigmoid(a * b)")
    wait_for_output(page, api_graph(live_server, "a = 2; b = -3\nf = sigmoid(a * b)")["output"],
                    fmt(0.0024726231566347743))
    styles_are_named(page, policy)
    assert violations(page) == []


def test_the_embed_in_a_course_page_breaks_no_rule_either(
        page: Page, live_server: str, second_origin: str) -> None:
    page.context.add_init_script(RECORD)
    embed = (f"{live_server}/embed?source={quote(NEURON)}&autoplay=1&speed=4"
             f"&options={quote(json.dumps({'code': True, 'gradcheck': True}))}")
    with page.expect_response(lambda r: r.url.startswith(f"{live_server}/embed")) as answer:
        page.goto(f"{second_origin}/host?src={quote(embed, safe='')}")
    handle = page.locator("iframe#app").element_handle()
    frame = handle.content_frame() if handle else None
    assert frame is not None
    graph = api_graph(live_server, NEURON)
    output = next(n for n in graph["nodes"] if n["id"] == graph["output"])
    wait_for_output(frame, graph["output"], fmt(output["value"]))
    frame.locator("details.embed-edit summary").click()
    editor_ready(frame)  # CodeMirror, made when the reader opens it
    styles_are_named(frame, answer.value.headers["content-security-policy"])
    assert violations(frame) == []


def test_a_violation_would_be_seen(page: Page, live_server: str, watch: Watch) -> None:
    # the control: an inline <style> is exactly what the policy refuses
    watch.expect_console(r"inline style")
    open_app(page, live_server, NEURON, {})
    page.evaluate("""() => {
      const style = document.createElement("style");
      style.textContent = "body { color: red; }";
      document.head.append(style);
    }""")
    page.wait_for_function("() => window.__csp.length > 0")
    assert violations(page)[0].startswith("style-src-elem")


def test_the_page_without_javascript_breaks_no_rule_either(
        browser: Browser, live_server: str) -> None:
    # its <noscript> rules were an inline <style>, which the policy refuses: now a stylesheet
    context = browser.new_context(java_script_enabled=False)
    errors: list[str] = []
    try:
        page = context.new_page()
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(f"{live_server}/?source={quote(NEURON)}")
        expect(page.locator("#circuit svg.cgviz")).to_be_visible()
        assert page.evaluate("getComputedStyle(document.querySelector('#editor-hint')).display")\
            == "none"  # a rule of noscript.css
    finally:
        context.close()
    assert errors == []
