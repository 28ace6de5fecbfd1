"""Quiz mode in the app (docs/quiz.md): the red numbers hidden, each gate's gradients asked as
the backward pass steps on, right and wrong answers, the score, reveal all, the address — by
mouse, by keyboard alone, and in both languages and both themes."""

from __future__ import annotations

import json
import re
from urllib.parse import quote

import pytest
from e2e_support import (
    NEURON,
    NOTES_FIRST,
    REUSED,
    api_graph,
    expected_frame,
    fmt,
    screenshot,
    wait_for_frame,
)
from playwright.sync_api import Page, expect
from quiz_support import answer, questions, scrubber

pytestmark = pytest.mark.e2e

PENDING = re.compile(r"\bpending\b")


def open_quiz(page: Page, base: str, source: str, query: str = "quiz=1") -> None:
    page.goto(f"{base}/?source={quote(source)}&{query}")
    page.wait_for_function("() => performance.getEntriesByName('cgviz:drawn').length > 0")


def grad(page: Page, node: str):  # type: ignore[no-untyped-def]
    return page.locator(f'#circuit text.grad[data-node="{node}"]')


def shown_grads(page: Page) -> int:
    return int(page.evaluate("""() => [...document.querySelectorAll(
      '#circuit text.grad')].filter((e) => !e.classList.contains('pending')
      && getComputedStyle(e).visibility !== 'hidden').length"""))


def test_a_full_quiz_in_the_app_asks_each_gate_and_counts_right_and_wrong(
        page: Page, live_server: str) -> None:
    graph = api_graph(live_server, NOTES_FIRST)
    asked = questions(graph)
    labels = {n["id"]: n["label"] for n in graph["nodes"]}
    open_quiz(page, live_server, NOTES_FIRST)
    expect(page.locator("#quiz")).to_be_visible()
    expect(page.locator("#quiz-score")).to_have_text(f"Score: 0 of {len(asked)} · 0 answered")
    assert shown_grads(page) == 1, "only the output's seed, which is no question"
    result = page.locator("#quiz-result")
    wrong = 1  # the second question is answered wrong on purpose
    for i, q in enumerate(asked):
        assert scrubber(page) == q.step, "the trace waits at the question's step"
        expect(grad(page, q.node)).to_have_class(PENDING)
        expect(page.locator(f'#circuit .quiz-mark.quiz-asked[data-for="{q.node}"]')).to_have_text(
            "?")
        expect(page.locator("#caption")).to_contain_text(f"∂f/∂{labels[q.node]} = ?")
        expect(page.locator("label[for=quiz-answer]")).to_have_text(f"∂f/∂{labels[q.node]} =")
        if i == 0:  # stepping on before answering is held, and says why
            page.locator('button[data-action="next"]').click()
            expect(result).to_contain_text(f"Answer ∂f/∂{labels[q.node]} first")
            assert scrubber(page) == q.step
            expect(page.locator("#quiz-answer")).to_be_focused()
        given = fmt(q.expected + 1) if i == wrong else fmt(q.expected)
        answer(page, given)
        shown = expected_frame(graph, q.step)[1][q.node]
        if i == wrong:
            expect(result).to_contain_text(f"✗ Not quite: ∂f/∂{labels[q.node]} = {shown} "
                                           f"(you typed {given})")
            expect(result).to_contain_text("upstream")  # the step's upstream × local
            expect(page.locator(f'.quiz-mark-wrong[data-for="{q.node}"]')).to_have_text("✗")
        else:
            expect(result).to_contain_text(f"✓ Right: ∂f/∂{labels[q.node]} = {shown}")
            expect(page.locator(f'.quiz-mark-right[data-for="{q.node}"]')).to_have_text("✓")
        expect(grad(page, q.node)).not_to_have_class(PENDING)
        expect(grad(page, q.node)).to_have_text(shown)
        expect(page.locator("#quiz-score")).to_contain_text(f"Score: {i + 1 - (i >= wrong)} of")
        following = asked[i + 1] if i + 1 < len(asked) else None
        if following and following.step != q.step:
            expect(page.locator('[data-action="quiz-next"]')).to_be_focused()
            while scrubber(page) < following.step:
                page.locator('[data-action="quiz-next"]').click()
    expect(result).to_contain_text(f"Quiz over: {len(asked) - 1} of {len(asked)} right.")
    wait_for_frame(page, graph, scrubber(page))  # every number of the frame, nothing held
    page.keyboard.press("End")
    wait_for_frame(page, graph, len(graph["steps"]) - 1)
    expect(page).to_have_url(re.compile(r"[?&]quiz=1(&|$)"))
    screenshot(page, "quiz-app-done")


def test_the_quiz_button_and_menu_keep_the_choice_in_the_address_and_reveal_all_ends_it(
        page: Page, live_server: str) -> None:
    graph = api_graph(live_server, REUSED)
    end = len(graph["steps"]) - 1
    page.goto(f"{live_server}/?source={quote(REUSED)}")
    page.wait_for_function("() => performance.getEntriesByName('cgviz:drawn').length > 0")
    toggle = page.locator('#controls button[data-action="quiz"]')
    expect(toggle).to_have_attribute("aria-pressed", "false")
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "true")
    expect(page).to_have_url(re.compile(r"[?&]quiz=1(&|$)"))
    expect(page.locator("#quiz-answer")).to_be_focused()
    assert scrubber(page) == questions(graph)[0].step

    page.locator("#quiz-mode").select_option("inputs")
    expect(page).to_have_url(re.compile(r"[?&]quiz=inputs(&|$)"))
    asked = questions(graph, "inputs")
    assert [q.label for q in asked] == ["x", "y"]
    expect(page.locator("#quiz-question")).to_contain_text("∂f/∂x")
    expect(page.locator("#quiz-answer")).to_be_focused()
    expect(page.locator("input#scrubber")).to_have_value(str(end))  # the inputs' quiz: the end
    page.locator('button[data-action="first"]').click()  # and the student may step anywhere
    expect(page.locator("input#scrubber")).to_have_value("-1")
    page.locator('button[data-action="last"]').click()
    assert shown_grads(page) == 1, "every red number but the seed waits for the inputs"
    # x is reused: a wrong answer is explained by both gates' terms and the sum
    answer(page, fmt(asked[0].expected + 1))
    expect(page.locator(".quiz-why")).to_contain_text(" + ")
    expect(grad(page, asked[0].node)).to_have_text(fmt(asked[0].expected))
    assert shown_grads(page) == 2

    page.locator('.toolbar button[data-action="embed"]').click()
    expect(page.locator("#embed-iframe")).to_have_value(re.compile(r"quiz=inputs"))
    page.keyboard.press("Escape")

    page.locator('[data-action="quiz-reveal"]').click()
    expect(page.locator("#quiz-result")).to_contain_text("Quiz over: 0 of 2 right.")
    expect(page.locator("#quiz-score")).to_have_text("Score: 0 of 2 · 1 answered")
    wait_for_frame(page, graph, end)
    expect(page.locator('[data-action="quiz-restart"]')).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#quiz-score")).to_have_text("Score: 0 of 2 · 0 answered")
    assert shown_grads(page) == 1

    toggle.click()
    expect(page).not_to_have_url(re.compile(r"quiz="))
    expect(page.locator("#quiz")).to_be_hidden()
    wait_for_frame(page, graph, end)


FOCUS = """() => {
  const el = document.activeElement;
  const s = el ? getComputedStyle(el) : null;
  return {id: el?.id || el?.dataset?.action || el?.tagName,
          ring: Boolean(s) && ((s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0)
                               || s.outlineStyle === "auto" || s.boxShadow !== "none")};
}"""


def focused(page: Page) -> str:
    state = page.evaluate(FOCUS)
    assert state["ring"], f"no visible focus on {state['id']}"
    return str(state["id"])


def test_keyboard_alone_answers_a_quiz_and_hears_each_result(page: Page,
                                                              live_server: str) -> None:
    graph = api_graph(live_server, NOTES_FIRST)
    asked = questions(graph)
    open_quiz(page, live_server, NOTES_FIRST)
    # from the editor (it has the focus): Escape leaves it, then Tab on to the answer box
    page.keyboard.press("Escape")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.id") == "quiz-answer":
            break
    assert focused(page) == "quiz-answer"
    box = page.get_by_role("textbox", name="∂f/∂q =")
    expect(box).to_be_focused()  # a labelled input
    expect(box).to_have_accessible_description(re.compile(r"what is ∂f/∂q\?.*within 1"))
    expect(page.locator("#quiz-result")).to_have_attribute("role", "status")  # read out

    # Enter on a control that steps on, while the question is open: held, focus comes back
    page.keyboard.press("Shift+Tab")
    while page.evaluate("() => document.activeElement.dataset.action") != "last":
        page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    expect(page.locator("#quiz-answer")).to_be_focused()
    expect(page.locator("#quiz-result")).to_contain_text("Answer ∂f/∂q first")

    page.keyboard.type("abc")
    page.keyboard.press("Enter")
    expect(page.locator("#quiz-result")).to_contain_text("is not a number")
    expect(page.locator("#quiz-score")).to_contain_text("0 answered")
    for i, q in enumerate(asked):
        expect(page.locator("#quiz-answer")).to_be_focused()
        page.keyboard.press("ControlOrMeta+a")
        page.keyboard.type(fmt(q.expected).replace("-", "−"))  # a typographic minus is fine
        page.keyboard.press("Enter")
        expect(page.locator("#quiz-result")).to_contain_text("✓ Right")
        following = asked[i + 1] if i + 1 < len(asked) else None
        if following is None:
            expect(page.locator('[data-action="quiz-restart"]')).to_be_focused()
        elif following.step != q.step:
            expect(page.locator('[data-action="quiz-next"]')).to_be_focused()
            assert focused(page) == "quiz-next"
            while scrubber(page) < following.step:
                page.keyboard.press("Enter")  # Next step, until the next question's gate
        if i == 0:
            screenshot(page, "quiz-keyboard-first-answer")
    expect(page.locator("#quiz-result")).to_contain_text(f"Quiz over: {len(asked)} of "
                                                         f"{len(asked)} right.")
    assert focused(page) == "quiz-restart"


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_quiz_mode_reads_well_in_both_languages_and_themes(page: Page, live_server: str,
                                                            lang: str, theme: str) -> None:
    graph = api_graph(live_server, NEURON)
    asked = questions(graph)
    page.emulate_media(reduced_motion="reduce")  # the screenshot shows numbers, not a fade
    open_quiz(page, live_server, NEURON, f"quiz=1&lang={lang}&theme={theme}")
    words = {"en": ("Quiz", "Check", "Not quite"), "ru": ("Тест", "Проверить", "Неверно")}[lang]
    expect(page.locator("#quiz-title")).to_have_text(words[0])
    expect(page.locator('[data-action="quiz-check"]')).to_have_text(words[1])
    screenshot(page, f"quiz-app-{lang}-{theme}-asks")
    # right; a Russian student's decimal comma is read as one
    answer(page, fmt(asked[0].expected).replace(".", "," if lang == "ru" else "."))
    expect(page.locator("#quiz-result .quiz-right")).to_be_visible()
    page.locator('[data-action="quiz-next"]').click()
    answer(page, fmt(asked[1].expected + 1))  # wrong, to show the explanation
    expect(page.locator("#quiz-result .quiz-wrong")).to_contain_text(words[2])
    expect(page.locator("#quiz-result .quiz-why")).to_be_visible()
    # nothing spills out of the panel, the controls or the page at 1280 px
    overflow = page.evaluate("""() => ['#quiz', '.cg-controls', 'body'].map((s) => {
        const e = document.querySelector(s); return e.scrollWidth - e.clientWidth; })""")
    assert overflow == [0, 0, 0], overflow
    screenshot(page, f"quiz-app-{lang}-{theme}")


def test_the_first_paint_of_a_quiz_shows_no_red_number(browser, live_server: str) -> None:  # type: ignore[no-untyped-def]
    """The server's picture arrives with every gradient in it; before the app takes over (here:
    never, scripts are off) a quiz page must not show them."""
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        for path in ("/", "/embed"):
            page.goto(f"{live_server}{path}?source={quote(NOTES_FIRST)}&quiz=1")
            grads = page.locator("#circuit svg.cgviz text.grad")
            assert grads.count() == 5
            assert not any(grads.nth(i).is_visible() for i in range(grads.count())), path
            assert page.locator("#circuit svg.cgviz text.value").first.is_visible()
            page.goto(f"{live_server}{path}?source={quote(NOTES_FIRST)}")
            assert page.locator("#circuit svg.cgviz text.grad").first.is_visible()
    finally:
        context.close()


def test_a_collapsed_function_is_one_gate_that_asks_for_its_inputs_gradients(
        page: Page, live_server: str) -> None:
    source = "def neuron(w, x, b):\n    return tanh(w*x + b)\nw = 2; x = -1; b = 0.5\n" \
             "f = neuron(w, x, b) * 3"
    options = {"collapse": ["neuron"]}
    graph = api_graph(live_server, source, options=options)
    group = next(n for n in graph["nodes"] if n["op"] == "group")
    at_group = [q for q in questions(graph) if graph["steps"][q.step]["node"] == group["id"]]
    assert [q.label for q in at_group] == ["w", "x", "b"]
    page.goto(f"{live_server}/?source={quote(source)}&options={quote(json.dumps(options))}"
              "&quiz=1")
    for q in questions(graph):
        while scrubber(page) < q.step:
            page.locator('[data-action="quiz-next"]').click()
        answer(page, fmt(q.expected))
        expect(page.locator("#quiz-result .quiz-right")).to_be_visible()
        if q in at_group:  # the group's step: upstream × the whole group's local gradient
            expect(page.locator("#caption")).to_contain_text("neuron(w, x, b): ")
            expect(page.locator("#caption")).to_contain_text(f"∂f/∂{q.label} = upstream")
    expect(page.locator("#quiz-result")).to_contain_text("Quiz over: 4 of 4 right.")
    wait_for_frame(page, graph, scrubber(page))
