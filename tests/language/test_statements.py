"""Statements of pasted Python (SPEC §1.1): def inlined, for and comprehensions unrolled, if
on constants, ignored statements, labels, and `unsupported` errors at their position."""

from __future__ import annotations

import pytest

import cgviz
from cgviz import CircuitError


def value(source: str, **kw: object) -> float:
    g = cgviz.build(source, **kw)  # type: ignore[arg-type]
    return float(g.nodes[g.output].value)  # type: ignore[arg-type]


def grads(source: str) -> dict[str, float]:
    g = cgviz.build(source)
    return {n.label: float(n.grad) for n in g.nodes  # type: ignore[arg-type]
            if n.kind == "input" and n.label and n.shape == ()}


def unsupported(source: str, line: int, column: int) -> str:
    with pytest.raises(CircuitError) as info:
        cgviz.build(source)
    e = info.value
    assert (e.kind, e.line, e.column) == ("unsupported", line, column), e
    return e.message


def test_a_function_is_inlined_at_each_call_with_defaults() -> None:
    assert value("def f(x, w=2.0):\n    return w * x + 1\na = 3.0\ny = f(a) + f(a, 3)") == 17.0


def test_recursion_is_a_limit_error_at_the_call() -> None:
    with pytest.raises(CircuitError) as info:
        cgviz.build("def f(x):\n    return f(x)\ny = f(2.0)")
    assert (info.value.kind, info.value.line, info.value.column) == ("limit", 2, 12)


def test_a_for_loop_with_augmented_assignment_unrolls() -> None:
    source = "w = [2.0, -3.0]\nx = [-1.0, -2.0]\ns = 0.0\nfor i in range(2):\n    s += w[i]*x[i]"
    assert value(source) == 4.0
    assert grads(source)["s"] == 1.0


def test_a_generator_inside_sum_is_a_chain_of_additions_starting_at_b() -> None:
    g = cgviz.build("a = 1.0\nb = 2.0\nw = [a, b]\nout = sum((wi*3 for wi in w), a)")
    assert float(g.nodes[g.output].value) == 10.0  # type: ignore[arg-type]


def test_if_on_a_loop_index_chooses_a_branch() -> None:
    assert value("s = 1.0\nfor i in range(4):\n    if i % 2 == 0:\n        s = s * 2") == 4.0


def test_if_on_an_input_value_is_unsupported_and_says_what_works() -> None:
    message = unsupported("x = 1.0\nif x > 0:\n    y = x", 2, 4)
    assert "max/relu" in message


@pytest.mark.parametrize(("source", "line", "column", "words"), [
    ("x = 1\nwhile x:\n    x = x", 2, 1, "for … in range(n)"),
    ("class A:\n    pass", 1, 1, "def"),
    ("f = lambda x: x", 1, 5, "use def"),
    ("try:\n    x = 1\nexcept E:\n    pass", 1, 1, "try"),
    ("x = 1\nx[0] = 2", 2, 2, "a[i]"),
])
def test_unsupported_constructs_are_named_with_what_works_instead(
        source: str, line: int, column: int, words: str) -> None:
    assert words in unsupported(source, line, column)


def test_imports_print_and_docstrings_are_ignored_and_aliases_remembered() -> None:
    source = ('"""doc"""\nimport numpy as xp\nimport torch.nn.functional as G\n'
              "x = xp.array([1.0, -2.0])\nprint(x)\ny = G.relu(x).sum()")
    assert value(source) == 1.0


def test_backward_marks_the_output_and_seeds_make_random_inputs_repeatable() -> None:
    source = "import torch\ntorch.manual_seed(1)\nw = torch.randn(3)\nL = (w * w).sum()\n" \
             "L.backward()\nz = 5.0"
    g = cgviz.build(source)
    assert g.nodes[g.output].label == "L"
    assert value(source) == value(source)


def test_a_value_like_constructor_typo_helps_the_student() -> None:
    with pytest.raises(CircuitError) as info:
        cgviz.build("a = Valeu(2.0)")
    e = info.value
    assert (e.kind, e.line, e.column) == ("name", 1, 5)
    assert "did you mean Value" in e.message and "torch.tensor" in e.message


def test_did_you_mean_stays_quiet_for_far_names() -> None:
    with pytest.raises(CircuitError) as info:
        cgviz.build("y = frobnicate(2.0)")
    assert "did you mean" not in info.value.message
