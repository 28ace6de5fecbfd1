"""Syntax tree → circuit (docs/language.md): inputs, constants, names, gates, and every error kind.

Programs go through `cgviz.build`, so each test sees the nodes, values and gradients a user
sees. Errors assert kind, line and column (the editor underlines that token, so the position
matters as much as the kind), mostly on line 2 or later.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

import cgviz
from cgviz import CircuitError, Settings
from cgviz.core.graph import Graph, Node
from cgviz.language.functions import FUNCTIONS


def build(source: str, **kw: object) -> Graph:
    return cgviz.build(source, **kw)  # type: ignore[arg-type]


def by_label(g: Graph) -> dict[str, Node]:
    return {n.label: n for n in g.nodes if n.label}


def gates(g: Graph) -> list[Node]:
    return [n for n in g.nodes if n.kind == "op"]


def out(g: Graph) -> Node:
    return g.nodes[g.output]


def error(source: str, kind: str, line: int, column: int, *, values: dict | None = None,
          options: dict | None = None, settings: Settings | None = None) -> CircuitError:
    with pytest.raises(CircuitError) as info:
        cgviz.build(source, values=values, options=options, settings=settings)
    e = info.value
    assert (e.kind, e.line, e.column) == (kind, line, column), e
    return e


# ---- inputs -------------------------------------------------------------------------------


def test_a_name_assigned_a_signed_number_is_an_input() -> None:
    g = build("x = -2\ny = +5\nf = x * y")
    x, y = by_label(g)["x"], by_label(g)["y"]
    assert (x.kind, float(x.value), x.shape) == ("input", -2.0, ())
    assert (y.kind, float(y.value)) == ("input", 5.0)
    assert (float(x.grad), float(y.grad)) == (5.0, -2.0)


def test_a_name_assigned_an_array_literal_is_a_tensor_input() -> None:
    g = build("w = [2, -3, -3]\nW = [[1, 2], [3, 4]]\nf = sum(W @ [w[0], w[1]]) + sum(w)")
    w, W = by_label(g)["w"], by_label(g)["W"]
    assert (w.kind, w.shape, w.value.tolist()) == ("input", (3,), [2.0, -3.0, -3.0])
    assert (W.kind, W.shape) == ("input", (2, 2))
    # d/dw = the column sums of W, plus 1 from sum(w)
    assert w.grad.tolist() == [1 + 4.0, 1 + 6.0, 1.0]
    assert W.grad.tolist() == [[2.0, -3.0], [2.0, -3.0]]


def test_arithmetic_on_literals_is_folded_into_one_input() -> None:
    g = build("x = 2 * 3 - 1\ny = x + 1")
    x = by_label(g)["x"]
    assert (x.kind, float(x.value)) == ("input", 5.0)
    assert [n.symbol for n in gates(g)] == ["+1"]


@pytest.mark.parametrize(("call", "shape"), [("zeros(3)", (3,)), ("ones(2, 3)", (2, 3)),
                                              ("randn(5, 10)", (5, 10)), ("np.zeros(4)", (4,)),
                                              ("np.random.randn(2)", (2,))])
def test_initializers_make_tensor_inputs(call: str, shape: tuple[int, ...]) -> None:
    g = build(f"x = 1\nW = {call}\nf = sum(W) * x")
    W = by_label(g)["W"]
    assert (W.kind, W.shape) == ("input", shape)
    if "zeros" in call:
        assert not W.value.any()
    elif "ones" in call:
        assert (W.value == 1).all()
    np.testing.assert_array_equal(W.grad, np.ones(shape))


def test_randn_is_deterministic_for_the_same_program_and_differs_between_calls() -> None:
    source = "a = randn(3)\nb = randn(3)\nc = a + b"
    first, second = build(source), build(source)
    np.testing.assert_array_equal(by_label(first)["a"].value, by_label(second)["a"].value)
    np.testing.assert_array_equal(by_label(first)["b"].value, by_label(second)["b"].value)
    assert not np.array_equal(by_label(first)["a"].value, by_label(first)["b"].value)
    assert abs(float(by_label(first)["a"].value.mean())) < 3  # standard normal, not garbage


def test_a_name_used_but_never_assigned_is_an_input_of_one_with_a_warning() -> None:
    g = build("f = x * 3")
    x = by_label(g)["x"]
    assert (x.kind, float(x.value), float(x.grad)) == ("input", 1.0, 3.0)
    assert x.warning is not None and "x has no value, so it is 1.0" in x.warning
    assert g.warnings == [x.warning]
    assert g.to_dict()["warnings"] == [x.warning]


def test_values_give_unassigned_names_their_value_without_a_warning() -> None:
    g = build("(x + y) * z", values={"x": -2, "y": 5.0, "z": -4})
    assert g.warnings == []
    assert float(out(g).value) == -12.0


def test_values_override_the_literals_in_the_source() -> None:
    g = build("x = -2\ny = 5\nf = x * y", values={"x": 3, "y": [1, 2]})
    assert float(by_label(g)["x"].value) == 3.0
    assert by_label(g)["y"].value.tolist() == [1.0, 2.0]
    assert out(g).value.tolist() == [3.0, 6.0]
    assert float(by_label(g)["x"].grad) == 3.0  # summed back over the broadcast


def test_values_for_names_the_program_does_not_have_are_ignored_with_a_warning() -> None:
    g = build("x = 1\nf = x * 2", values={"q": 5, "f": 1})
    assert float(out(g).value) == 2.0
    assert g.warnings == ["values: 'f' is not an input of this program; ignored",
                          "values: 'q' is not an input of this program; ignored"]


# ---- constants and names ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("1", 1.0), ("2.5", 2.5), (".5", 0.5), ("2.", 2.0), ("1e-3", 1e-3), ("3E-1", 0.3),
    ("pi", math.pi), ("math.pi", math.pi), ("math.e", math.e), ("np.pi", math.pi),
    ("numpy.e", math.e),
])
def test_constants_fold_into_the_gate_that_uses_them(text: str, value: float) -> None:
    g = build(f"x = 2\nf = x * {text}")
    (gate,) = gates(g)
    assert (gate.op, gate.params) == ("mulc", {"c": value})
    assert float(out(g).value) == pytest.approx(2 * value)
    assert float(by_label(g)["x"].grad) == pytest.approx(value)


def test_a_bare_e_is_a_name_not_eulers_number() -> None:
    g = build("f = 2 * e")
    assert (by_label(g)["e"].kind, float(by_label(g)["e"].value)) == ("input", 1.0)


def test_unicode_identifiers_name_inputs_and_intermediates() -> None:
    g = build("θ = 2\nμ = θ * 3\nΔ = μ - 1\nw0 = 4\nx_1 = Δ * w0")
    assert [n.label for n in g.nodes] == ["θ", "μ", "Δ", "w0", "x_1"]
    assert float(by_label(g)["θ"].grad) == 12.0


def test_an_assigned_name_shadows_a_function_or_constant() -> None:
    g = build("dot = 3\npi = 2\nexp = 5\nf = dot * pi + exp")
    assert float(out(g).value) == 11.0
    assert [by_label(g)[n].kind for n in ("dot", "pi", "exp")] == ["input"] * 3
    assert float(by_label(g)["pi"].grad) == 3.0


def test_reassignment_gives_a_second_wire_marked_with_a_prime() -> None:
    g = build("a = 1\nb = 2\nc = a + b\nc = c * 2\nc = c + 1")
    assert [n.label for n in gates(g)] == ["c", "c′", "c″"]
    assert out(g).label == "c″"
    assert float(by_label(g)["c"].value) == 3.0
    assert float(by_label(g)["c′"].value) == 6.0
    assert float(by_label(g)["c″"].value) == 7.0
    assert float(by_label(g)["a"].grad) == 2.0


def test_reassignment_past_three_primes_counts_in_superscript() -> None:
    g = build("x = 2" + "\nx = x + 1" * 12)
    assert [n.label for n in g.nodes][:6] == ["x", "x′", "x″", "x‴", "x⁽⁴⁾", "x⁽⁵⁾"]
    assert out(g).label == "x⁽¹²⁾"
    assert float(out(g).value) == 14.0


def test_labels_stay_short_however_often_a_name_is_reassigned() -> None:
    # "′" * n made 16,000 reassignments hold 128 million characters (31 s, 2.4 GB)
    g = build("a = 1" + ";a=a+1" * 5000)
    assert out(g).label == "a⁽⁵⁰⁰⁰⁾"
    assert max(len(n.label or "") for n in g.nodes) == 7
    assert float(out(g).value) == 5001.0


def test_later_statements_see_the_newest_binding() -> None:
    g = build("x = 2\ny = x * 3\nx = 10\nf = x + y")
    assert float(out(g).value) == 16.0
    assert float(by_label(g)["x"].grad) == 3.0
    assert float(by_label(g)["x′"].grad) == 1.0


def test_the_output_is_the_last_statement() -> None:
    g = build("x = 4\ny = x * 2\nx - 1")
    assert (out(g).label, out(g).symbol, float(out(g).value)) == (None, "-1", 3.0)
    g = build("x = 4\ny = x * 2\nz = x")  # `z = x` names the wire x
    assert out(g) is by_label(g)["x"]
    assert float(by_label(g)["x"].grad) == 1.0
    assert float(by_label(g)["y"].grad) == 0.0


def test_a_program_of_constants_has_a_constant_output() -> None:
    g = build("2**3**2")
    assert (out(g).kind, float(out(g).value)) == ("const", 512.0)
    assert float(build("2**-1").nodes[0].value) == 0.5


# ---- operators ----------------------------------------------------------------------------


def test_unary_minus_binds_looser_than_power() -> None:
    g = build("x = 3\nf = -x**2")
    assert [n.symbol for n in gates(g)] == ["**2", "*-1"]
    assert (float(out(g).value), float(by_label(g)["x"].grad)) == (-9.0, -6.0)


@pytest.mark.parametrize("source", ["f = x ** 3 ** 2", "f = x ^ 3 ^ 2", "f = x ** (3 ** 2)"])
def test_power_is_right_associative_and_caret_is_power(source: str) -> None:
    g = build(source, values={"x": 1.5})
    (gate,) = gates(g)
    assert (gate.op, gate.params) == ("powc", {"c": 9.0})
    assert float(out(g).value) == pytest.approx(1.5**9)
    assert float(by_label(g)["x"].grad) == pytest.approx(9 * 1.5**8)


@pytest.mark.parametrize(("expr", "op", "params", "value", "dx"), [
    ("x + 1", "addc", {"c": 1.0}, 3.0, 1.0),
    ("1 + x", "addc", {"c": 1.0}, 3.0, 1.0),
    ("x - 3", "addc", {"c": -3.0}, -1.0, 1.0),
    ("3 - x", "rsubc", {"c": 3.0}, 1.0, -1.0),
    ("x * -1", "mulc", {"c": -1.0}, -2.0, -1.0),
    ("-x", "mulc", {"c": -1.0}, -2.0, -1.0),
    ("x / 4", "divc", {"c": 4.0}, 0.5, 0.25),
    ("1 / x", "rdivc", {"c": 1.0}, 0.5, -0.25),
    ("x ** 2", "powc", {"c": 2.0}, 4.0, 4.0),
    ("x ** -1", "powc", {"c": -1.0}, 0.5, -0.25),
    ("2 ** x", "rpowc", {"c": 2.0}, 4.0, 4 * math.log(2)),
    ("max(x, 0)", "maxc", {"c": 0.0, "first": True}, 2.0, 1.0),
    ("min(0, x)", "minc", {"c": 0.0, "first": False}, 0.0, 0.0),
    ("np.maximum(0, x)", "maxc", {"c": 0.0, "first": False}, 2.0, 1.0),
])
def test_a_scalar_constant_folds_into_a_one_input_gate(expr: str, op: str, params: dict,
                                                        value: float, dx: float) -> None:
    g = build(f"x = 2\nf = {expr}")
    (gate,) = gates(g)
    assert (gate.op, gate.params, gate.inputs) == (op, params, [0])
    assert float(out(g).value) == pytest.approx(value)
    assert float(by_label(g)["x"].grad) == pytest.approx(dx)


def test_a_tensor_constant_becomes_a_constant_wire() -> None:
    g = build("x = [1, 2]\nf = x * [3, 4]")
    (gate,) = gates(g)
    const = g.nodes[gate.inputs[1]]
    assert (gate.op, const.kind, const.value.tolist()) == ("mul", "const", [3.0, 4.0])
    assert by_label(g)["x"].grad.tolist() == [3.0, 4.0]


def test_transpose_and_indexing() -> None:
    g = build("W = [[1, 2, 3], [4, 5, 6]]\nV = W.T\nf = V[2, 1] * W[0][1] + W[-1, 0]")
    assert by_label(g)["V"].value.tolist() == [[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]]
    assert float(out(g).value) == 6 * 2 + 4
    assert by_label(g)["W"].grad.tolist() == [[0.0, 6.0, 0.0], [1.0, 0.0, 2.0]]
    assert [n.symbol for n in gates(g)][:2] == ["T", "[2,1]"]


def test_a_list_of_wires_is_a_stack_gate() -> None:
    g = build("a = 2\nb = 3\nv = [a, b, a]\nf = sum(v * [1, 10, 100])")
    v = by_label(g)["v"]
    assert (v.op, v.value.tolist()) == ("stack", [2.0, 3.0, 2.0])
    assert (float(by_label(g)["a"].grad), float(by_label(g)["b"].grad)) == (101.0, 10.0)


def test_a_plus_a_is_two_edges_into_one_gate_and_the_gradient_accumulates() -> None:
    g = build("a = 3\nf = a + a")
    (gate,) = gates(g)
    assert gate.inputs == [0, 0]
    edges = [e for e in g.to_dict()["edges"] if e["target"] == gate.id]
    assert edges == [{"source": "n0", "target": gate.id, "port": 0},
                     {"source": "n0", "target": gate.id, "port": 1}]
    assert float(by_label(g)["a"].grad) == 2.0
    assert float(by_label(build("a = 3\nf = a * a"))["a"].grad) == 6.0


def test_newlines_inside_brackets_continue_the_statement() -> None:
    g = build("x = -2; y = 5\nf = (x +\n     y\n) * max(\n  -4,\n  -5)")
    assert float(out(g).value) == -12.0
    assert out(g).label == "f"


# ---- functions ----------------------------------------------------------------------------

X = 0.7
UNARY = {  # name: (value at X, derivative at X)
    "exp": (math.exp(X), math.exp(X)),
    "log": (math.log(X), 1 / X),
    "sqrt": (math.sqrt(X), 0.5 / math.sqrt(X)),
    "abs": (X, 1.0),
    "sigmoid": (1 / (1 + math.exp(-X)), math.exp(-X) / (1 + math.exp(-X)) ** 2),
    "tanh": (math.tanh(X), 1 - math.tanh(X) ** 2),
    "relu": (X, 1.0),
    "sin": (math.sin(X), math.cos(X)),
    "cos": (math.cos(X), -math.sin(X)),
}


@pytest.mark.parametrize("prefix", ["", "math.", "np.", "numpy."])
@pytest.mark.parametrize("name", sorted(UNARY))
def test_each_one_input_function_with_every_prefix(name: str, prefix: str) -> None:
    g = build(f"x = {X}\nf = {prefix}{name}(x)")
    (gate,) = gates(g)
    assert gate.op == name
    value, slope = UNARY[name]
    assert float(out(g).value) == pytest.approx(value, rel=1e-12)
    assert float(by_label(g)["x"].grad) == pytest.approx(slope, rel=1e-12)


@pytest.mark.parametrize(("call", "op", "value", "da", "db"), [
    ("max(a, b)", "max", 3.0, 0.0, 1.0),
    ("np.maximum(a, b)", "max", 3.0, 0.0, 1.0),
    ("min(a, b)", "min", 2.0, 1.0, 0.0),
    ("np.minimum(a, b)", "min", 2.0, 1.0, 0.0),
    ("pow(a, b)", "pow", 8.0, 3 * 4.0, 8 * math.log(2)),
    ("np.power(a, b)", "pow", 8.0, 3 * 4.0, 8 * math.log(2)),
])
def test_each_two_input_function(call: str, op: str, value: float, da: float, db: float) -> None:
    g = build(f"a = 2\nb = 3\nf = {call}")
    (gate,) = gates(g)
    assert (gate.op, gate.inputs) == (op, [0, 1])
    assert float(out(g).value) == pytest.approx(value)
    assert float(by_label(g)["a"].grad) == pytest.approx(da)
    assert float(by_label(g)["b"].grad) == pytest.approx(db)


@pytest.mark.parametrize(("call", "op", "value", "dv"), [
    ("sum(v)", "sum", 6.0, [1.0, 1.0, 1.0]),
    ("v.sum()", "sum", 6.0, [1.0, 1.0, 1.0]),
    ("np.sum(v)", "sum", 6.0, [1.0, 1.0, 1.0]),
    ("mean(v)", "mean", 2.0, [1 / 3] * 3),
    ("v.mean()", "mean", 2.0, [1 / 3] * 3),
    ("dot(v, u)", "dot", 1 * 4 + 2 * 5 + 3 * 6, [4.0, 5.0, 6.0]),
    ("v.dot(u)", "dot", 32.0, [4.0, 5.0, 6.0]),
    ("np.dot(v, u)", "dot", 32.0, [4.0, 5.0, 6.0]),
    ("np.matmul(v, u)", "matmul", 32.0, [4.0, 5.0, 6.0]),
    ("v @ u", "matmul", 32.0, [4.0, 5.0, 6.0]),
    ("sum(softmax(v) * u)", "softmax", None, None),
    ("sum(v.T)", "transpose", 6.0, [1.0, 1.0, 1.0]),
    ("sum(np.transpose(v))", "transpose", 6.0, [1.0, 1.0, 1.0]),
    ("sum(v.transpose())", "transpose", 6.0, [1.0, 1.0, 1.0]),
    ("sum(np.absolute(v))", "abs", 6.0, [1.0, 1.0, 1.0]),
])
def test_each_tensor_function_and_method(call: str, op: str, value: float | None,
                                         dv: list[float] | None) -> None:
    g = build(f"v = [1, 2, 3]\nu = [4, 5, 6]\nf = {call}")
    assert gates(g)[0].op == op
    if value is None:  # softmax: against the closed form
        v, u = np.array([1.0, 2.0, 3.0]), np.array([4.0, 5.0, 6.0])
        s = np.exp(v) / np.exp(v).sum()
        value, dv = float(s @ u), (s * (u - s @ u)).tolist()
    assert float(out(g).value) == pytest.approx(value)
    np.testing.assert_allclose(by_label(g)["v"].grad, dv, rtol=1e-12)


def test_softmax_is_over_the_last_axis() -> None:
    g = build("Z = [[1, 2], [3, 5]]\nS = softmax(Z)")
    S = by_label(g)["S"].value
    np.testing.assert_allclose(S.sum(axis=-1), [1.0, 1.0])
    np.testing.assert_allclose(S[0], np.exp([1, 2]) / np.exp([1, 2]).sum())


def test_every_function_name_of_the_first_version_is_still_known() -> None:
    tested = {*UNARY, "max", "min", "pow", "maximum", "minimum", "power", "sum", "mean", "dot",
              "matmul", "softmax", "transpose", "absolute"}
    assert tested <= set(FUNCTIONS)


def test_expand_draws_tanh_with_primitive_gates_and_the_same_gradient() -> None:
    fused = build("x = 0.3\nf = tanh(x)")
    expanded = build("x = 0.3\nf = tanh(x)", options={"expand": ["tanh"]})
    assert [n.symbol for n in gates(expanded)] == ["*2", "*-1", "exp", "+1", "1/x", "*2", "-1"]
    assert float(out(expanded).value) == pytest.approx(math.tanh(0.3), rel=1e-12)
    assert float(by_label(expanded)["x"].grad) == pytest.approx(
        float(by_label(fused)["x"].grad), rel=1e-12)


# ---- name errors --------------------------------------------------------------------------


def test_an_unknown_function_suggests_the_closest_name() -> None:
    e = error("x = 1\ny = exq(x)", "name", 2, 5)
    assert e.message == "unknown function exq — did you mean exp?"
    e = error("x = 1\ny = np.sigmoit(x)", "name", 2, 8)
    assert "did you mean sigmoid" in e.message


def test_a_name_used_before_it_is_assigned_points_at_the_use() -> None:
    e = error("x = 1\ny = x + q\nq = 2", "name", 2, 9)
    assert e.message == "q is used before it is assigned (at line 3, column 1)"


def test_an_unknown_method_or_attribute_or_module_member_is_a_name_error() -> None:
    e = error("a = [1, 2]\nb = a.sums()", "name", 2, 7)
    assert "unknown method .sums()" in e.message and "did you mean sum" in e.message
    e = error("a = 1\nb = a.foo", "name", 2, 7)
    assert e.message.startswith("unknown attribute .foo")
    e = error("a = 1\nb = a * math.pj", "name", 2, 14)
    assert "math.pj is not something cgviz knows" in e.message
    e = error("a = 1\nb = np * a", "name", 2, 5)
    assert "np is a module" in e.message


# ---- type errors --------------------------------------------------------------------------


def test_a_wrong_number_of_arguments_is_a_type_error() -> None:
    e = error("x = 1\ny = exp(x, x)", "type", 2, 5)
    assert e.message == "exp() takes one argument, got 2"
    # Python's max of one tensor reduces it, and x.sum(2) is an axis
    e = error("x = [1]\ny = x.sum(2)", "shape", 2, 7)
    assert "axis 2 is out of range" in e.message


def test_calling_a_variable_is_a_type_error() -> None:
    e = error("x = 1\nexp = 3\ny = exp(x)", "type", 3, 5)
    assert e.message == "exp is a variable here, not a function"
    error("x = 1\ny = x(2)", "type", 2, 5)


def test_a_function_used_as_a_value_is_a_type_error() -> None:
    e = error("x = 1\ny = x * exp", "type", 2, 9)
    assert "exp is a function: call it" in e.message


def test_an_index_must_be_a_whole_number() -> None:
    e = error("x = [1, 2]\ny = x[0.5]", "type", 2, 6)
    assert "an index must be a whole number" in e.message
    # a number used as an index is a constant (`i = 0; x[i]`), so it works
    assert float(build("x = [1, 2]\ni = 1\ny = x[i]").nodes[-1].value) == 2.0


@pytest.mark.parametrize("bad", ["a", True, None, [1, [2]], {"a": 1}, [1, None], 10**400])
def test_a_bad_values_entry_is_a_type_error_at_the_name(bad: object) -> None:
    e = error("y = 1\nx = 2\nz = y + x", "type", 2, 1, values={"x": bad})
    assert e.message.startswith("the value given for x must be a number or a (nested) list")
    error("y = 1\nz = y + x", "type", 2, 9, values={"x": bad})  # an unassigned name: its use


def test_an_unknown_expand_option_is_a_type_error() -> None:
    e = error("x = 1\ny = relu(x)", "type", 1, 1, options={"expand": ["relu"]})
    assert "cannot expand relu" in e.message


# ---- shape errors -------------------------------------------------------------------------


def test_matmul_with_mismatched_shapes_names_both_shapes() -> None:
    e = error("W = ones(3, 2)\nV = ones(3, 2)\nD = W @ V", "shape", 3, 7)
    assert e.message.startswith("shapes 3×2 and 3×2 do not fit for @")
    e = error("a = ones(2)\nb = ones(3)\nc = a.dot(b)", "shape", 3, 7)
    assert "shapes 2 and 3 do not fit for dot" in e.message
    e = error("a = ones(2)\nb = 2\nc = a @ b", "shape", 3, 7)
    assert "use * to multiply by a scalar" in e.message


def test_matmul_of_constants_is_checked_too() -> None:
    e = error("x = 1\nD = ones(3, 2) @ ones(3, 2) * x", "shape", 2, 16)
    assert "3×2" in e.message


def test_elementwise_broadcast_failure_names_both_shapes() -> None:
    e = error("a = ones(3)\nb = ones(2)\nc = a + b", "shape", 3, 7)
    assert e.message.startswith("cannot combine shapes 3 and 2 with +")
    e = error("a = ones(2, 3)\nc = a * ones(2, 2)", "shape", 2, 7)
    assert "2×3 and 2×2" in e.message


def test_an_index_out_of_range_or_too_many_indices_is_a_shape_error() -> None:
    e = error("x = ones(3)\ny = x[3]", "shape", 2, 6)
    assert "index 3 is out of range for axis 0 of length 3" in e.message
    e = error("x = ones(3)\ny = x[0, 1]", "shape", 2, 6)
    assert "too many indices" in e.message


def test_lists_of_different_shapes_are_a_shape_error() -> None:
    e = error("x = 1\ny = [[1, 2], [3]]", "shape", 2, 5)
    assert "different lengths" in e.message
    e = error("x = ones(2)\ny = ones(3)\nz = [x, y]", "shape", 3, 5)
    assert "must all have one shape" in e.message


def test_a_tensor_of_more_than_32_dimensions_is_a_shape_error() -> None:
    # NumPy broadcasts at most 32 dimensions and stores at most 64: past that it would crash
    ones = ", ".join(["1"] * 33)
    e = error(f"x = 1\nW = zeros({ones})", "shape", 2, 5)
    assert e.message == "a tensor of 33 dimensions is more than cgviz's 32"
    error("x = 1\nw = " + "[" * 40 + "1" + "]" * 40, "shape", 2, 12)  # the 33rd bracket in
    e = error("x = 1\ny = x * zeros(" + ", ".join(["1"] * 32) + ")\nz = [y]", "shape", 3, 5)
    assert e.message == "this list would have 33 dimensions; cgviz's tensors have at most 32"
    deep: object = 1.0
    for _ in range(33):
        deep = [deep]
    error("y = 1\nz = y * x", "shape", 2, 9, values={"x": deep})


def test_a_tensor_of_32_dimensions_works() -> None:
    g = build("x = 2\ny = x * ones(" + ", ".join(["1"] * 32) + ")\nf = sum(softmax(y.T) * y)")
    assert by_label(g)["y"].shape == (1,) * 32
    assert float(out(g).value) == 2.0


# ---- domain errors ------------------------------------------------------------------------


@pytest.mark.parametrize("call", ["zeros(-1)", "zeros(2.5)", "ones(2, -3)", "randn(n, -1)"])
def test_initializer_sizes_must_be_whole_numbers(call: str) -> None:
    e = error(f"n = 2\nW = {call}", "domain", 2, 5)
    assert "takes sizes as whole numbers ≥ 0" in e.message


def test_an_initializer_needs_a_size() -> None:
    error("x = 1\nW = zeros()", "type", 2, 5)  # randn() is a number, as in NumPy


# ---- limits -------------------------------------------------------------------------------


def test_the_source_length_limit() -> None:
    e = error("x = 1\ny = x + 1", "limit", 1, 1, settings=Settings(max_source_chars=10))
    assert "max_source_chars" in e.message and "15 characters" in e.message


def test_the_node_limit_points_at_the_gate_that_exceeds_it() -> None:
    e = error("x = 1\ny = x + 1\nz = y * 2\nw = z + y", "limit", 4, 7,
              settings=Settings(max_nodes=3))
    assert "max_nodes" in e.message


@pytest.mark.parametrize(("source", "line", "column"), [
    ("x = 1\nW = zeros(10)", 2, 5),  # an initializer
    ("x = 1\nw = [1, 2, 3, 4, 5, 6]", 2, 5),  # a literal
    ("x = ones(5, 1)\ny = ones(1, 5)\nz = x @ y", 3, 7),  # a gate's output
    ("x = ones(5)\nz = x * ones(5, 1)", 2, 7),  # a broadcast
    ("x = 1\nz = x * (ones(5, 1) + ones(5))", 2, 21),  # folded constants
])
def test_the_tensor_size_limit(source: str, line: int, column: int) -> None:
    e = error(source, "limit", line, column, settings=Settings(max_tensor_elements=5))
    assert "max_tensor_elements" in e.message


def test_the_tensor_size_limit_applies_to_values() -> None:
    e = error("y = 2\nz = y * x", "limit", 2, 9, values={"x": list(range(6))},
              settings=Settings(max_tensor_elements=5))
    assert "6 elements" in e.message


def test_the_evaluation_time_limit_is_checked_at_every_gate() -> None:
    source = "x0 = 1\n" + "\n".join(f"x{i} = x{i - 1} + 1" for i in range(1, 300))
    e = error(source, "limit", 2, 9, settings=Settings(max_eval_seconds=0))
    assert "max_eval_seconds" in e.message


def test_an_empty_program_is_a_syntax_error_at_the_start() -> None:
    e = error("# nothing yet\n", "syntax", 1, 1)
    assert e.message.startswith("the program is empty")


def test_a_gate_over_a_bracketed_expression_keeps_its_closing_bracket() -> None:
    g = cgviz.build("w0 = 1; x0 = 2; w2 = 5\nf = -(w0*x0 + w2) * 2")
    texts = [n.text for n in g.nodes if n.kind == "op"]
    assert texts == ["w0*x0", "(w0*x0 + w2)", "-(w0*x0 + w2)", "-(w0*x0 + w2) * 2"]


@pytest.mark.parametrize(("source", "column"), [("y = math.exp", 10), ("y = exp + 1", 5)])
def test_a_function_used_without_a_call_says_to_call_it(source: str, column: int) -> None:
    e = error(source, "type", 1, column)
    assert "is a function: call it" in e.message


def test_values_that_are_not_finite_are_listed_in_the_warnings_and_on_their_nodes() -> None:
    g = build("x = -1\nf = log(x) * 2")
    assert [n.warning is not None for n in g.nodes] == [False, True, True]  # dx = 2/x is fine
    assert g.warnings == [
        "log(x): log gave a NaN value: log is defined only for positive numbers",
        "f: NaN because its input log(x) is not finite"]
    g = build("x = 0\nf = sqrt(x)")  # the value is fine, the slope at 0 is infinite
    assert g.warnings == ["x: its gradient is not finite"]


# ---- hostile sizes ------------------------------------------------------------------------


@pytest.mark.parametrize(("call", "column"), [
    ("zeros(0, 4611686018427387904)", 5),  # NumPy: "array is too big"
    ("zeros(100000000000000000000, 0)", 5),  # NumPy: "Maximum allowed dimension exceeded"
    ("ones(1e308, 0)", 5),
    ("randn(0, 1000, 1000, 1000)", 5),
    ("ones(" + "1e308, " * 20 + "0)", 5),  # a product of 6,000 digits, more than str() writes
])
def test_an_empty_initializer_whose_other_sizes_are_absurd_is_a_limit_error(
        call: str, column: int) -> None:
    e = error(f"x = 1\nW = {call}", "limit", 2, column)
    assert "max_tensor_elements" in e.message and "empty" in e.message


def test_an_empty_initializer_of_sensible_sizes_is_an_empty_tensor() -> None:
    g = build("W = zeros(0, 1000)\nf = sum(W)")
    assert by_label(g)["W"].shape == (0, 1000)
    assert float(out(g).value) == 0.0


def test_an_index_into_an_empty_axis_says_the_axis_is_empty() -> None:
    e = error("x = zeros(0)\nf = x[0]", "shape", 2, 6)
    assert e.message == ("index 0 is out of range: axis 0 is empty (length 0), so it has no "
                         "elements to index")


def test_a_list_of_n_wires_costs_n_arrows_against_max_edges() -> None:
    source = "a = 1\nf = [" + ", ".join(["a"] * 10) + "]"
    build(source, settings=Settings(max_edges=10))
    e = error(source, "limit", 2, 5, settings=Settings(max_edges=9))
    assert "max_edges" in e.message


def test_the_default_edge_limit_stops_a_list_of_99990_wires() -> None:
    e = error("a = 1\nf = [" + ",".join(["a"] * 99_990) + "]", "limit", 2, 5)
    assert "max_edges" in e.message


def test_max_edges_counts_the_arrows_of_an_expansion_too() -> None:
    source = "x = 1\nf = sigmoid(x)"  # expanded: *-1, exp, +1, 1/x — four arrows
    build(source, options={"expand": ["sigmoid"]}, settings=Settings(max_edges=4))
    e = error(source, "limit", 2, 5, options={"expand": ["sigmoid"]},
              settings=Settings(max_edges=3))
    assert "max_edges" in e.message


def test_a_very_long_unknown_name_is_shown_cut_short() -> None:
    e = error("x = 1\nf = " + "q" * 100_000 + "(x)", "name", 2, 5)
    assert len(e.message) < 300 and e.message.endswith("…")


def test_thousands_of_unused_values_are_named_ten_at_most_and_counted() -> None:
    values: dict[str, object] = {f"k{i:06}": 1 for i in range(200_000)}
    values["k" * 100_000] = 2
    g = build("f = x", values=values)
    assert len(g.warnings) == 12  # x got the default value; ten unused names; the rest
    assert g.warnings[1] == "values: 'k000000' is not an input of this program; ignored"
    assert g.warnings[-1] == ("values: … and 199991 more names that are not inputs of this "
                              "program; ignored")
    assert sum(map(len, g.warnings)) < 2_000


# ---- PyTorch's pairs, data and random numbers as the exercises use them -------------------


def test_max_over_a_dim_gives_its_indices_as_data() -> None:
    g = build("logits = torch.tensor([[1., 3., 2.], [5., 4., 0.]])\n"
              "i = logits.max(1).indices\nj = logits.max(1, keepdim=True)[1]\n"
              "oh = F.one_hot(i, num_classes=logits.shape[1])\nL = (oh * logits).sum() + j.sum()")
    assert float(out(g).value) == 9.0
    assert by_label(g)["logits"].grad.tolist() == [[0.0, 1.0, 0.0], [1.0, 0.0, 0.0]]


def test_a_third_item_of_a_max_pair_is_a_shape_error_at_the_index() -> None:
    error("x = torch.tensor([[1., 3.]])\ny = x.max(1)[2]", "shape", 2, 13)


def test_one_hot_of_a_class_past_num_classes_is_a_shape_error() -> None:
    error("t = torch.tensor([0, 3])\ny = F.one_hot(t, num_classes=3)", "shape", 2, 7)


def test_item_is_the_value_itself() -> None:
    g = build("x = torch.tensor([2.0])\ny = (x * x).item()")
    assert by_label(g)["x"].grad.tolist() == [4.0]


def test_a_generator_seeds_random_inputs_and_randint_draws_data() -> None:
    source = ("g = torch.Generator().manual_seed(2147483647)\n"
              "C = torch.randn((5, 2), generator=g)\nix = torch.randint(0, 5, (4,), generator=g)\n"
              "emb = C[ix]\nL = emb.sum()")
    g1, g2 = build(source), build(source)
    assert by_label(g1)["C"].value.tolist() == by_label(g2)["C"].value.tolist()
    ix = by_label(g1)["ix"]
    assert ix.kind == "const" and set(ix.value.tolist()) <= {0.0, 1.0, 2.0, 3.0, 4.0}


def test_randint_with_an_empty_range_is_a_type_error_at_the_call() -> None:
    error("x = 1.0\nt = np.random.randint(3, 3, size=2)", "type", 2, 15)


def test_storage_keywords_are_not_evaluated_whatever_they_name() -> None:
    g = build("t = torch.tensor([1., 2.], dtype=torch.float64, device='cuda')\ny = t * 2")
    assert out(g).value.tolist() == [2.0, 4.0]


def test_a_loss_takes_reduction_mean_and_refuses_any_other() -> None:
    # the mean is what the losses compute: reduction="sum" was ignored and drew the mean
    pre = "import torch.nn.functional as F\na = [1.0, 2.0]\nb = [0.0, 0.0]\n"
    assert float(out(build(pre + "L = F.mse_loss(a, b, reduction='mean')")).value) == 2.5
    error(pre + "L = F.mse_loss(a, b, reduction='sum')", "unsupported", 4, 32)
    error(pre + "r = 'none'\nL = F.mse_loss(a, b, reduction=r)", "unsupported", 5, 32)


@pytest.mark.parametrize(("call", "gates", "value"), [
    ("np.clip(x, 0, 2)", ["clip"], 5.0),
    ("np.clip(x, a_min=0, a_max=2)", ["clip"], 5.0),  # NumPy before 2.0
    ("torch.clamp(x, min=0, max=2)", ["clip"], 5.0),
    ("x.clamp(min=1.5)", ["max 1.5"], 6.5),
    ("torch.clamp(x, max=2)", ["min 2"], 5.0),
    ("np.clip(x, 0, max=2)", ["clip"], 5.0),
])
def test_clip_and_clamp_take_their_bounds_by_position_or_keyword(call: str, gates: list[str],
                                                                  value: float) -> None:
    g = cgviz.build(f"x = [1., 2., 3.]\ny = {call}.sum()")
    assert [n.symbol for n in g.nodes if n.kind == "op"] == [*gates, "sum"]
    assert float(g.nodes[g.output].value) == value


@pytest.mark.parametrize("call", ["np.clip(x, 0, min=2)", "np.clip(x, 0, lo=2)"])
def test_a_bound_given_twice_or_by_an_unknown_keyword_is_named(call: str) -> None:
    with pytest.raises(CircuitError) as e:
        cgviz.build(f"x = [1., 2., 3.]\ny = {call}")
    assert e.value.kind == "type" and "keyword" in e.value.message


@pytest.mark.parametrize(("source", "column"), [("y = 'hi'", 5), ("x = 1\ny = x + 'a'", 7)])
def test_a_string_where_a_number_belongs_is_unsupported_python_at_its_position(
        source: str, column: int) -> None:
    with pytest.raises(CircuitError) as e:
        cgviz.build(source)
    assert (e.value.kind, e.value.column) == ("unsupported", column)
    assert "label" in e.value.message
