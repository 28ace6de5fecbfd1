"""A quiz in the embed, framed by a course page on another origin (another port): the answers
and the score reach the page as postMessages it can record (docs/quiz.md), in both languages
and both themes."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from e2e_support import (
    NOTES_FIRST,
    Watch,
    api_graph,
    fmt,
    open_embed,
    origin_of,
    screenshot,
    wait_for_frame,
)
from playwright.sync_api import Page, expect
from quiz_support import answer, questions, scrubber

pytestmark = pytest.mark.e2e

SMALL = "a = 2; b = 3; f = a * b"


def received(page: Page, app: str, kind: str) -> list[dict[str, Any]]:
    found = page.evaluate("(kind) => window.messages.filter((m) => m.data && m.data.type === kind)",
                          kind)
    assert all(m["origin"] == app for m in found), found
    return [m["data"] for m in found]


def wait_message(page: Page, kind: str, **fields: Any) -> None:
    page.wait_for_function(
        """([kind, fields]) => window.messages.some((m) => m.data && m.data.type === kind
             && Object.entries(fields).every(([k, v]) => m.data[k] === v))""",
        arg=[kind, fields], timeout=10_000)


def test_a_full_quiz_in_an_embed_reports_each_answer_and_the_score_to_the_course_page(
        page: Page, live_server: str, second_origin: str) -> None:
    app = origin_of(live_server)
    graph = api_graph(live_server, SMALL)
    asked = questions(graph)  # f = a * b: a gets b = 3, b gets a = 2
    assert [q.expected for q in asked] == [3, 2]
    frame = open_embed(page, live_server, second_origin, f"source={quote(SMALL)}&quiz=1")
    wait_message(page, "cgviz:score", correct=0, total=2, answered=0, done=False)
    expect(frame.locator("#quiz")).to_be_visible()
    assert scrubber(frame) == asked[0].step

    answer(frame, "3")
    wait_message(page, "cgviz:answer", node=asked[0].node, ok=True, given=3, expected=3)
    answer(frame, "5")  # wrong
    wait_message(page, "cgviz:score", correct=1, total=2, answered=2, done=True)
    expect(frame.locator("#quiz-result")).to_contain_text("you typed 5")

    answers = received(page, app, "cgviz:answer")
    assert answers == [
        {"type": "cgviz:answer", "node": asked[0].node, "label": "a", "element": None,
         "ok": True, "given": 3, "expected": 3},
        {"type": "cgviz:answer", "node": asked[1].node, "label": "b", "element": None,
         "ok": False, "given": 5, "expected": 2},
    ]
    scores = [(s["correct"], s["total"], s["answered"], s["done"])
              for s in received(page, app, "cgviz:score")]
    assert scores == [(0, 2, 0, False), (1, 2, 1, False), (1, 2, 2, True)]
    wait_for_frame(frame, graph, scrubber(frame))  # over: every number shows
    screenshot(page, "quiz-embed-done")


@pytest.mark.parametrize(("lang", "theme"), [("ru", "dark"), ("en", "light")])
def test_the_inputs_quiz_in_an_embed_and_reveal_all_send_the_final_score(
        page: Page, live_server: str, second_origin: str, lang: str, theme: str) -> None:
    app = origin_of(live_server)
    graph = api_graph(live_server, NOTES_FIRST)
    asked = questions(graph, "inputs")
    assert [q.label for q in asked] == ["x", "y", "z"]
    page.emulate_media(reduced_motion="reduce")
    frame = open_embed(page, live_server, second_origin,
                       f"source={quote(NOTES_FIRST)}&quiz=inputs&lang={lang}&theme={theme}")
    wait_message(page, "cgviz:score", correct=0, total=3, answered=0, done=False)
    end = len(graph["steps"]) - 1
    assert scrubber(frame) == end, "the inputs' gradients are asked at the end"
    hidden = frame.evaluate("""() => [...document.querySelectorAll('#circuit text.grad')]
      .filter((e) => getComputedStyle(e).visibility === 'hidden').length""")
    assert hidden == len(graph["nodes"]) - 1, "every red number but the output's seed"

    answer(frame, fmt(asked[0].expected))
    wait_message(page, "cgviz:answer", node=asked[0].node, ok=True)
    answer(frame, "7")
    wait_message(page, "cgviz:answer", node=asked[1].node, ok=False, given=7)
    expect(frame.locator("#quiz-result .quiz-why")).to_be_visible()
    screenshot(page, f"quiz-embed-{lang}-{theme}")

    frame.locator('[data-action="quiz-reveal"]').click()
    wait_message(page, "cgviz:score", correct=1, total=3, answered=2, done=True)
    wait_for_frame(frame, graph, end)
    words = {"en": "Quiz over: 1 of 3 right.", "ru": "Тест окончен: верно 1 из 3."}[lang]
    expect(frame.locator("#quiz-result")).to_contain_text(words)
    assert len(received(page, app, "cgviz:answer")) == 2


def test_a_new_program_from_the_course_page_starts_a_new_quiz(
        page: Page, live_server: str, second_origin: str) -> None:
    app = origin_of(live_server)
    frame = open_embed(page, live_server, second_origin, f"source={quote(SMALL)}&quiz=1")
    wait_message(page, "cgviz:score", total=2, answered=0)
    answer(frame, "3")
    wait_message(page, "cgviz:score", correct=1, answered=1)
    page.evaluate("(m) => window.send(m)", {"type": "cgviz:set", "source": NOTES_FIRST})
    wait_message(page, "cgviz:score", correct=0, total=4, answered=0)
    expect(frame.locator("#quiz-score")).to_contain_text("0 of 4")
    # a goto past the open question is held there, as the student's own steps are: the frame
    # is shown (and told) again where it was
    first = questions(api_graph(live_server, NOTES_FIRST))[0].step
    expect(frame.locator("input#scrubber")).to_have_value(str(first))
    steps = len(received(page, app, "cgviz:step"))
    page.evaluate("(m) => window.send(m)", {"type": "cgviz:goto", "index": "end"})
    page.wait_for_function("(n) => window.messages.filter((m) => m.data && m.data.type === "
                           "'cgviz:step').length > n", arg=steps)
    assert received(page, app, "cgviz:step")[-1]["index"] == first
    assert scrubber(frame) == first


@pytest.fixture
def course_page(live_server: str, watch: Watch) -> Iterator[str]:
    """The course page of twenty lines the README gives, as a teacher would paste it, served
    from another origin (a page of its own: one that is not served from this machine may not
    frame one that is). Yields its address."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    intro = readme.index("A course page that hears the answers and prints the score:")
    block = re.search(r"```html\n(.*?)```", readme[intro:], re.DOTALL)
    assert block, "the README's course page"
    body = block.group(1).replace("https://cgviz.example.org", live_server).encode()
    assert len(body.decode().splitlines()) <= 22

    class Course(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            found = self.path == "/course.html"
            self.send_response(200 if found else 204)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body) if found else 0))
            self.end_headers()
            if found:
                self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Course)
    thread = threading.Thread(target=server.serve_forever, name="course-page", daemon=True)
    thread.start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    watch.allowed_origins.add(origin)
    yield f"{origin}/course.html"
    server.shutdown()
    server.server_close()


def test_the_readmes_course_page_prints_the_score_of_a_quiz_taken_in_its_frame(
        page: Page, live_server: str, course_page: str) -> None:
    page.goto(course_page)
    frame = page.locator("iframe#quiz").element_handle().content_frame()
    assert frame is not None
    score = page.locator("#score")
    expect(score).to_have_text("Score: 0 of 4")
    graph = api_graph(live_server, "x = -2; y = 5; z = -4; f = (x+y)*z")
    for i, q in enumerate(questions(graph)):
        while scrubber(frame) < q.step:
            frame.locator('[data-action="quiz-next"]').click()
        answer(frame, "0" if i == 0 else fmt(q.expected))
    expect(score).to_have_text("Score: 3 of 4 — done")
    expect(page.locator("#answers li")).to_have_count(4)
    expect(page.locator("#answers li").first).to_contain_text("✗")
    height = page.locator("iframe#quiz").evaluate("(e) => e.getBoundingClientRect().height")
    assert height > 480, "the page sized the frame to its content"
    screenshot(page, "quiz-readme-course-page")
