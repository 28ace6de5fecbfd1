"""Statements of pasted Python (docs/language.md): def inlined, for and comprehensions unrolled, if
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
    # the READMEs of JAX and HIPS/autograd: grad(tanh) transforms the function
    ("def tanh(x):\n    return x\ngrad_tanh = grad(tanh)", 3, 13, "call the function itself"),
    ("def f(x):\n    return x\ny = jax.jit(f)(2.0)", 3, 9, "call the function itself"),
    ("@torch.no_grad()\ndef f(x):\n    return x", 1, 8, "remove it"),
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


def test_backward_with_a_gradient_seeds_the_output_with_it() -> None:
    source = ("import torch\na = torch.tensor([2., 3.], requires_grad=True)\nQ = 3*a**2\n"
              "g = torch.tensor([0.5, 2.])\nQ.backward(gradient=g)")
    built = cgviz.build(source, options={"gradcheck": True, "code": True})
    a = next(n for n in built.nodes if n.label == "a")
    assert a.grad.tolist() == [6.0, 36.0]  # type: ignore[union-attr]  # 6a ⊙ g
    assert a.extra["gradcheck"] == "ok"
    assert next(n for n in built.nodes if n.label == "g").kind == "const"  # data, not an input
    assert built.steps[[s["phase"] for s in built.steps].index("backward")]["grad"] == [0.5, 2.0]
    assert "np.array([0.5, 2.0])" in built.code["backward"]


def test_a_gradient_of_ones_or_given_positionally_changes_nothing() -> None:
    ones = "x = torch.tensor([1., 2.])\ny = x * x\ny.backward(torch.ones(len(y)))"
    assert grads_of(ones, "x") == [2.0, 4.0]


def test_a_gradient_of_the_wrong_shape_is_a_shape_error_at_it() -> None:
    with pytest.raises(CircuitError) as info:
        cgviz.build("x = torch.tensor([1., 2.])\ny = x * x\ny.backward(torch.ones(3))")
    e = info.value
    assert (e.kind, e.line, e.column) == ("shape", 3, 18)  # a call is pointed at by its name
    assert "[2]" in e.message and "[3]" in e.message


def test_notebook_lines_that_show_or_check_gradients_and_draw_dot_are_ignored() -> None:
    source = ("x = torch.arange(4.0)\nx.requires_grad_(True)\ny = 2 * torch.dot(x, x)\n"
              "y.backward()\nx.grad == 4 * x\nx.grad.zero_()\ndraw_dot(y)")
    assert grads_of(source, "x") == [0.0, 4.0, 8.0, 12.0]


def test_detach_makes_a_new_leaf_with_the_same_numbers() -> None:
    # d2l.ai's "Detaching Computation": z = u * x with u = (x * x).detach(), so dz/dx = u
    source = "x = torch.arange(4.0)\ny = x * x\nu = y.detach()\nz = u * x\nz.sum().backward()"
    assert grads_of(source, "x") == [0.0, 1.0, 4.0, 9.0]
    assert grads_of(source, "u") == [0.0, 1.0, 2.0, 3.0]


def test_a_program_ending_with_a_def_draws_it_called_on_its_parameters() -> None:
    source = "def layer(x, w, b=1.0):\n    out = w * x + b\n    cache = (x, w)\n" \
             "    return out, cache"
    g = cgviz.build(source, values={"x": 3.0, "w": 2.0})
    assert float(g.nodes[g.output].value) == 7.0  # type: ignore[arg-type]  # out, not cache
    assert {n.label for n in g.nodes if n.kind == "input"} == {"x", "w"}


def test_a_mistake_inside_a_def_drawn_on_its_parameters_points_into_its_body() -> None:
    with pytest.raises(CircuitError) as info:
        cgviz.build("def f(x):\n    return x.frobnicate()")
    assert (info.value.kind, info.value.line, info.value.column) == ("name", 2, 14)


def grads_of(source: str, name: str) -> list[float]:
    g = cgviz.build(source)
    return next(n for n in g.nodes if n.label == name).grad.tolist()  # type: ignore[union-attr]


def test_state_updated_before_it_is_assigned_comes_from_values() -> None:
    # the notes' Adam: `m = beta1*m + (1-beta1)*dx` continues from an m the snippet did not make
    source = "m = beta1*m + (1-beta1)*dx\nx = 1.0\nx += -0.1 * m"
    g = cgviz.build(source, values={"m": 0.5, "beta1": 0.9, "dx": 2.0})
    labels = [n.label for n in g.nodes if n.kind == "input"]
    assert "m" in labels and "m′" in [n.label for n in g.nodes]  # the update is a new version
    assert float(g.nodes[g.output].value) == pytest.approx(1.0 - 0.1 * 0.65)  # type: ignore[arg-type]
    with pytest.raises(CircuitError) as info:
        cgviz.build(source, values={"beta1": 0.9, "dx": 2.0})
    assert (info.value.kind, info.value.line, info.value.column) == ("name", 1, 11)


def test_an_if_on_data_such_as_a_class_index_chooses_a_branch() -> None:
    # CS231n's L_i skips the true class: `if j == y: continue`, y an index into the scores
    source = ("scores = [1.0, 2.0, 3.0]\ny = 1\ncorrect = scores[y]\nloss = 0.0\n"
              "for j in range(3):\n    if j == y:\n        continue\n"
              "    loss += max(0, scores[j] - correct + 1.0)")
    assert value(source) == 2.0
