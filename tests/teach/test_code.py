"""options.code: the staged code runs, in a fresh Python, and prints the circuit's own numbers.

Every worked example of the notes (tests/teach/test_notes_examples.py) is built with `code: true`;
its forward and backward code run in a subprocess with a few lines appended that dump every
variable as JSON, and each wire's value and gradient must equal the graph's.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from typing import Any

import numpy as np
import pytest

import cgviz
from cgviz.core.graph import Graph
from cgviz.teach.code import variable_names
from cgviz.teach.examples import LOSS, NETWORK, NEURON_INPUTS, STAGED

NOTES: dict[str, tuple[str, dict[str, Any] | None]] = {
    "first circuit": ("x = -2; y = 5; z = -4; q = x + y; f = q * z", None),
    "first circuit as one expression": ("(x + y) * z", {"x": -2, "y": 5, "z": -4}),
    "neuron as separate gates": (NEURON_INPUTS + "f = 1/(1 + math.exp(-(w0*x0 + w1*x1 + w2)))",
                                 None),
    "neuron with a fused sigmoid": (NEURON_INPUTS + "f = sigmoid(w0*x0 + w1*x1 + w2)", None),
    "neuron in vector form": ("w = [2,-3,-3]; x = [-1,-2]\ndot = w[0]*x[0] + w[1]*x[1] + w[2]\n"
                              "f = 1.0 / (1 + math.exp(-dot))", None),
    "staged program": (STAGED, None),
    "routing": ("x = 3; y = -4; z = 2; w = -1; f = 2 * (x*y + max(z, w))", None),
    "matrix multiply": ("W = randn(3, 4)\nX = randn(4, 2)\nD = W @ X", None),
    "np.dot": ("D = np.dot(W, X)", {"W": [[1.0, -2.0, 0.5], [3.0, 0.0, -1.0]],
                                    "X": [[2.0], [1.0], [-3.0]]}),
    "W.dot": ("D = W.dot(X)", {"W": [[1.0, -2.0, 0.5], [3.0, 0.0, -1.0]],
                               "X": [[2.0], [1.0], [-3.0]]}),
    "neuron loss": (LOSS, None),
    "linear regression": ("μ = X @ θ\nΔ = μ - Y\nL = sum(Δ**2)",
                          {"X": [[1.0, 0.5], [1.0, 2.0], [1.0, -1.0], [1.0, 3.0]],
                           "Y": [1.0, 2.5, -0.5, 4.0], "θ": [0.2, 0.7]}),
    "two-layer network": (NETWORK, None),
    "softmax cross-entropy": ("z = [1.0, 2.0, 0.5]\nt = [0, 1, 0]\np = softmax(z)\n"
                              "L = -sum(t * log(p))", None),
}


def run_code(g: Graph, dump: bool = True) -> tuple[str, dict[str, Any]]:
    """Run forward + backward in a fresh interpreter; return stdout and the dumped variables."""
    assert g.code is not None
    names, grads = variable_names(g.nodes)
    script = g.code["forward"] + g.code["backward"]
    if dump:
        wanted = sorted(set(names) | set(grads))
        script += ("\nimport json\n"
                   f"print('DUMP', json.dumps({{k: np.asarray(v).tolist() for k, v in "
                   f"globals().items() if k in {wanted!r}}}))\n")
    done = subprocess.run([sys.executable, "-I", "-c", script], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    if not dump:
        return out, {}
    head, _, tail = out.rpartition("DUMP ")
    return head, json.loads(tail)


def assert_same_numbers(g: Graph, dumped: dict[str, Any]) -> None:
    names, grads = variable_names(g.nodes)
    for node in g.nodes:
        np.testing.assert_allclose(dumped[names[node.index]], node.value, rtol=1e-12,
                                   atol=1e-15, err_msg=names[node.index])
        if grads[node.index] in dumped:
            np.testing.assert_allclose(dumped[grads[node.index]], node.grad, rtol=1e-9,
                                       atol=1e-12, err_msg=grads[node.index])
        elif node.kind == "input":
            raise AssertionError(f"no gradient variable for input {names[node.index]}")


@pytest.mark.parametrize("example", sorted(NOTES))
def test_the_staged_code_of_every_notes_example_prints_the_circuits_numbers(
        example: str) -> None:
    source, values = NOTES[example]
    g = cgviz.build(source, values=values, options={"code": True})
    printed, dumped = run_code(g)
    assert_same_numbers(g, dumped)
    out = variable_names(g.nodes)[0][g.output]
    assert f"{out} =" in printed
    for node in g.nodes:
        if node.kind == "input":
            assert f"d{node.label} =" in printed


@pytest.mark.parametrize("example", ["neuron with a fused sigmoid", "softmax cross-entropy",
                                     "two-layer network"])
def test_the_staged_code_of_an_expanded_circuit_also_runs(example: str) -> None:
    source, values = NOTES[example]
    g = cgviz.build(source, values=values,
                    options={"code": True, "expand": ["sigmoid", "softmax", "tanh", "mean"]})
    assert_same_numbers(g, run_code(g)[1])


def test_the_code_runs_as_given_and_prints_the_output_and_every_input_gradient() -> None:
    g = cgviz.build("x = -2; y = 5; z = -4; q = x + y; f = q * z", options={"code": True})
    printed, _ = run_code(g, dump=False)
    assert printed.splitlines() == ["f = -12.0", "dx = -4.0", "dy = -4.0", "dz = 3.0"]


def test_the_staged_program_reads_like_the_notes_with_plus_equals_for_x_and_y() -> None:
    g = cgviz.build(STAGED, options={"code": True})
    assert g.code is not None
    forward, backward = g.code["forward"], g.code["backward"]
    assert "xpy = x + y" in forward and "f = num * invden" in forward
    lines = [line.split("#")[0].strip() for line in backward.splitlines()]
    assert "dnum = invden * df" in lines
    assert "dxpy = (2 * xpy) * dxpysqr" in lines
    assert "dden = (-1 / den**2) * dinvden" in lines
    assert [line.split(" ")[:2] for line in lines if line.startswith(("dx ", "dy "))] == [
        ["dx", "="], ["dy", "="], ["dx", "+="], ["dx", "+="], ["dy", "+="]]
    # the backward lines walk the gates in reverse, each naming its forward line (k)
    numbers = [int(line.split("# (")[1].split(")")[0]) for line in backward.splitlines()
               if "# (" in line]
    assert numbers == sorted(numbers, reverse=True) and numbers[0] == 14


def test_every_step_carries_the_line_of_its_gate_in_the_code() -> None:
    g = cgviz.build("x = -2; y = 5; z = -4\nq = x + y\nf = q * z", options={"code": True})
    assert g.code is not None
    forward = g.code["forward"].splitlines()
    backward = g.code["backward"].splitlines()
    by_id = {n.id: n for n in g.nodes}
    for step in g.steps:
        line = step["code_line"]
        if step["phase"] == "forward":
            assert forward[line - 1].startswith(f"{by_id[step['node']].label} = ")
        elif step["event"] == "seed":
            assert backward[line - 1].startswith("df = 1.0")
        else:
            assert backward[line - 1].startswith(("dq =", "dz =", "dx =", "dy ="))
    assert [s["code_line"] for s in g.steps if s["phase"] == "backward"] == [2, 3, 5]


def test_an_accumulate_step_points_at_its_plus_equals_line() -> None:
    g = cgviz.build(STAGED, options={"code": True})
    assert g.code is not None
    backward = g.code["backward"].splitlines()
    accumulate = [s for s in g.steps if s.get("event") == "accumulate"]
    assert accumulate
    for step in accumulate:
        assert " += " in backward[step["code_line"] - 1]


def test_names_that_are_not_python_get_python_names_and_never_collide() -> None:
    source = "c = a + b\nc = c * 2\ndc = c * 3\nlambda_ = dc + 1\nθ = lambda_ * a"
    g = cgviz.build(source, values={"a": 1.5, "b": -2}, options={"code": True})
    names, grads = variable_names(g.nodes)
    assert len(set(names) | set(grads)) == len(names) + len(grads)
    assert "c_2" in names and "θ" in names and "dθ" in grads
    assert_same_numbers(g, run_code(g)[1])


@pytest.mark.parametrize("source, values", [
    ("b = zeros(3, 1)\nW = randn(3, 4)\nL = sum(relu(W @ randn(4, 5) + b))", None),
    ("a = [1.0, -2.0, 3.0]\nB = [[1.0], [2.0]]\nL = sum(a * B) + mean(a.T) + max(a, 0.5)[1]",
     None),
    ("v = [2.0, -1.0]\nM = [[1.0, 2.0], [3.0, 4.0]]\nL = sum(v @ M) + sum(M @ v) + v @ v", None),
    ("x = 0.5\nL = sum([x, x * x, 2 ** x, pow(x, 3), abs(-x), sqrt(x), tanh(x), min(x, 1)])",
     None),
    ("x = 3\ny = 0\nL = max(x, y) + min(-x, 1) + x / (y + 1) + exp(-x) - log(x) + sin(x)*cos(x)",
     None),
])
def test_broadcasting_tensors_and_every_kind_of_gate_run_with_the_same_numbers(
        source: str, values: dict[str, Any] | None) -> None:
    g = cgviz.build(source, values=values, options={"code": True})
    assert_same_numbers(g, run_code(g)[1])


def test_an_input_that_does_not_reach_the_output_gets_a_zero_gradient_line() -> None:
    g = cgviz.build("x = 2; y = 3\nf = x * 4", options={"code": True})
    assert g.code is not None
    assert "dy = np.zeros_like(y)" in g.code["backward"]
    printed, _ = run_code(g, dump=False)
    assert "dy = 0.0" in printed


def test_without_the_option_there_is_no_code_and_no_code_line() -> None:
    d = cgviz.build("f = x * 2").to_dict()
    assert "code" not in d
    assert all("code_line" not in s for s in d["steps"])


# ---- linear in the size of the circuit --------------------------------------------------


def test_twenty_thousand_wires_of_one_name_get_their_names_in_linear_time() -> None:
    # `a = -a` 20,000 times: each name probed a_2, a_3, … afresh, 28 s before (code._Unique)
    g = cgviz.build("a = 1\n" + "a = -a\n" * 19_998, options={"code": True})
    start = time.perf_counter()
    names, grads = variable_names(g.nodes)
    assert time.perf_counter() - start < 1  # ~0.05 s here
    assert names[-1] == "a_19999" and grads[-1] == "da_19999"
    assert len(set(names) | set(grads)) == len(names) + len(grads)


def test_the_staged_code_of_a_list_of_32000_wires_is_written_in_linear_time() -> None:
    # each of the stack's n inputs formatted all n names: ~130 s before, ~1 s now
    start = time.perf_counter()
    g = cgviz.build("a = 1\nf = [" + ",".join(["a"] * 32_000) + "]", options={"code": True})
    assert time.perf_counter() - start < 15
    assert g.code is not None
    assert "da = df[0].copy()" in g.code["backward"]
    assert "da += df[31999].copy()" in g.code["backward"]


def test_the_staged_code_of_a_short_list_runs_with_the_same_numbers() -> None:
    g = cgviz.build("a = 1.5\nb = -2\nv = [a, b, a * b, a, b]\nL = sum(v * v)",
                    options={"code": True})
    assert_same_numbers(g, run_code(g)[1])


@pytest.mark.parametrize("source", [
    "x = [[1., 2.], [3., 4.]]\ny = x.max(1, keepdim=True).values.sum(0)",
    "x = [1., 2.]\ny = np.clip(x, 0, 1.5).sum()",
    "x = [[1., 2.], [3., 1.]]\ny = F.cross_entropy(x, [0, 1])",
    "x = [1., 2.]\ny = x[[0, 0, 1]].sum()",
    "x = [[1., 2.], [3., 1.]]\ny = F.log_softmax(x, dim=1).mean(axis=0).sum()",
    "x = [1., 2.]\ny = sum(x) + sum(x * x)",  # dx = … then dx += …: a writable array
])
def test_the_staged_code_of_pasted_pythons_new_ops_runs_with_the_same_numbers(source: str
                                                                             ) -> None:
    g = cgviz.build(source, options={"code": True})
    assert_same_numbers(g, run_code(g)[1])


def test_a_collapsed_functions_staged_code_defines_it_and_its_backward_and_runs() -> None:
    source = ("def neuron(x, w, b):\n    return (x * w + b).tanh()\n"
              "x = 2.0; w = [-0.5, 1.5]; b = 0.25\ny = neuron(x, w, b).sum() * 3")
    g = cgviz.build(source, options={"code": True, "collapse": ["neuron"]})
    assert g.code is not None
    assert "def neuron(x, w, b):" in g.code["forward"]
    assert "def neuron_backward(x, w, b, " in g.code["forward"]
    assert_same_numbers(g, run_code(g)[1])
