"""A hand-written backward pass, checked (checks.py): the notes' own programs come out right,
each one-line mistake turns exactly the gradients it affects wrong, the "backprop ninja"
chain checks on small tensors, and no mistake in it is anything but a check or a 400."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cgviz
from cgviz import CircuitError, Settings

CORPUS = Path(__file__).parents[1] / "language" / "corpus"
BACKWARD = CORPUS / "backward"
STAGED = (BACKWARD / "cs231n_staged.py").read_text(encoding="utf-8")
NINJA = ((CORPUS / "ninja_forward.py").read_text(encoding="utf-8") + "\n"
         + (BACKWARD / "ninja_backward.py").read_text(encoding="utf-8"))
NINJA_VALUES = json.loads((CORPUS / "ninja_forward.json").read_text(encoding="utf-8"))


def checks(source: str, **kw: Any) -> dict[str, dict[str, Any]]:
    return {c["name"]: c for c in cgviz.build(source, **kw).to_dict()["checks"]}


def wrong(source: str, **kw: Any) -> set[str]:
    return {name for name, c in checks(source, **kw).items() if not c["ok"]}


def backward_lines(source: str) -> list[ast.Assign | ast.AugAssign]:
    """The d-assignments of a program's backward part, in order."""
    tree = ast.parse(source)
    return [s for s in tree.body if isinstance(s, ast.Assign | ast.AugAssign)
            and (s.targets[0] if isinstance(s, ast.Assign) else s.target).id.startswith("d")
            and s.lineno > 14]


def affected(source: str, changed: ast.Assign | ast.AugAssign) -> set[str]:
    """The name a line assigns and every d-name computed from it afterwards."""
    target = (changed.targets[0] if isinstance(changed, ast.Assign) else changed.target).id
    bad = {target}
    for s in backward_lines(source):
        if s.lineno <= changed.lineno:
            continue
        name = (s.targets[0] if isinstance(s, ast.Assign) else s.target).id
        if {n.id for n in ast.walk(s.value) if isinstance(n, ast.Name)} & bad:
            bad.add(name)
    return bad


# ---- the notes' own programs ---------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(p.stem for p in BACKWARD.glob("cs231n_*.py")))
def test_the_notes_backward_passes_as_printed_are_all_right(name: str) -> None:
    found = checks((BACKWARD / f"{name}.py").read_text(encoding="utf-8"))
    assert found and all(c["ok"] for c in found.values()), found


def test_the_staged_example_checks_every_gradient_on_its_lines_and_wires() -> None:
    g = cgviz.build(STAGED)
    found = {c["name"]: c for c in g.to_dict()["checks"]}
    assert list(found) == ["dnum", "dinvden", "dden", "dsigx", "dxpysqr", "dxpy", "dx", "dy",
                           "dsigy"]
    assert found["dx"]["lines"] == [27, 30, 32] and found["dy"]["lines"] == [28, 35]
    labels = {n.id: n.label for n in g.nodes}
    assert {c["of"]: labels[c["node"]] for c in found.values()} == {
        c["of"]: c["of"] for c in found.values()}
    assert g.nodes[g.output].label == "f"  # the forward part is drawn, not the backward one
    assert len(g.nodes) == 16


def test_dropping_the_notes_plus_equals_turns_only_that_gradient_wrong_and_says_why() -> None:
    line = "dx += (1) * dnum"
    assert STAGED.count(line) == 1
    found = checks(STAGED.replace(line, "dx = (1) * dnum"))
    assert {n for n, c in found.items() if not c["ok"]} == {"dx"}
    dx = found["dx"]
    assert dx["line"] == 32 and "+=" in dx["message"] and "32" in dx["message"]
    assert dx["got"] == pytest.approx(dx["want"] - 1.5469, abs=1e-3)  # only the dnum path


@pytest.mark.parametrize("index", range(12))
def test_each_single_line_mistake_turns_exactly_the_gradients_it_affects_wrong(
        index: int) -> None:
    line = backward_lines(STAGED)[index]
    lines = STAGED.splitlines(keepends=True)
    text = lines[line.lineno - 1]
    value = line.value
    mutated = (text[:value.col_offset] + "1.5 * (" + text[value.col_offset:value.end_col_offset]
               + ")" + text[value.end_col_offset:])
    source = "".join(lines[:line.lineno - 1] + [mutated] + lines[line.lineno:])
    assert wrong(source) == affected(STAGED, line)


@pytest.mark.parametrize("index", [i for i, s in enumerate(backward_lines(STAGED))
                                   if isinstance(s, ast.AugAssign)])
def test_each_plus_equals_of_the_notes_written_as_equals_is_caught_on_its_line(
        index: int) -> None:
    line = backward_lines(STAGED)[index]
    lines = STAGED.splitlines(keepends=True)
    lines[line.lineno - 1] = lines[line.lineno - 1].replace("+=", "=", 1)
    found = checks("".join(lines))
    name = line.target.id  # type: ignore[union-attr]
    assert {n for n, c in found.items() if not c["ok"]} == {name}
    assert found[name]["line"] == line.lineno and "+=" in found[name]["message"]


def test_plus_equals_before_any_value_is_a_wrong_line_with_its_position() -> None:
    source = STAGED.replace("dnum = invden", "dnum += invden")
    found = checks(source)
    assert not found["dnum"]["ok"]
    assert found["dnum"]["error"] == {"kind": "name", "message": found["dnum"]["message"],
                                      "line": 17, "column": 1}
    assert "dnum = …" in found["dnum"]["message"]


def test_the_notes_first_example_checks_d_f_d_z_and_d_q_d_x_as_partial_derivatives() -> None:
    source = (BACKWARD / "cs231n_first.py").read_text(encoding="utf-8")
    found = checks(source)
    assert {n: (c["top"], c["of"]) for n, c in found.items()} == {
        "dfdz": ("f", "z"), "dfdq": ("f", "q"), "dqdx": ("q", "x"), "dqdy": ("q", "y"),
        "dfdx": ("f", "x"), "dfdy": ("f", "y")}
    assert found["dqdx"]["node"] is None  # the wire shows ∂f/∂x, not ∂q/∂x
    assert wrong(source.replace("dqdx = 1.0", "dqdx = -1.0")) == {"dqdx", "dfdx"}


def test_clicking_a_check_shows_the_step_that_computes_its_gradient() -> None:
    g = cgviz.build(STAGED).to_dict()
    found = {c["name"]: c for c in g["checks"]}
    dx = g["steps"][found["dx"]["step"]]  # x is used three times: its last += is the answer
    assert (dx["event"], dx["node"], dx["count"]) == ("accumulate", found["dx"]["node"], 3)
    dden = g["steps"][found["dden"]["step"]]  # den feeds one gate: the gate's step
    assert dden["event"] == "gate" and found["dden"]["node"] in [
        i["node"] for i in dden["inputs"]]
    first = {c["name"]: c for c in cgviz.build(
        (BACKWARD / "cs231n_first.py").read_text(encoding="utf-8")).to_dict()["checks"]}
    q_gate = cgviz.build("x = -2; y = 5; z = -4\nq = x + y\nf = q * z").to_dict()
    assert q_gate["steps"][first["dqdx"]["step"]]["node"] == "n3"  # the gate q = x + y


# ---- the backprop ninja chain --------------------------------------------------------------


def test_the_backprop_ninja_chain_checks_on_small_tensors() -> None:
    found = checks(NINJA, values=NINJA_VALUES)
    assert list(found)[:8] == ["dlogprobs", "dprobs", "dcounts_sum_inv", "dcounts",
                               "dcounts_sum", "dnorm_logits", "dlogits", "dlogit_maxes"]
    assert {"dh", "dW2", "db2", "dhpreact", "dbngain", "dbnraw", "dbnbias", "dbndiff",
            "dbnvar_inv", "dbnvar", "dbndiff2", "dhprebn", "dbnmeani", "dembcat", "dW1",
            "db1", "demb", "dC"} <= set(found)
    assert [n for n, c in found.items() if not c["ok"]] == []
    assert np.shape(found["dC"]["got"]) == (5, 2)


def test_a_gradient_of_the_wrong_shape_is_wrong_and_names_both_shapes() -> None:
    source = NINJA.replace("dbnmeani = (-dbndiff).sum(0, keepdim=True)",
                           "dbnmeani = (-dbndiff).sum(0)")
    found = checks(source, values=NINJA_VALUES)
    assert {n for n, c in found.items() if not c["ok"]} == {"dbnmeani"}  # it broadcasts on
    message = found["dbnmeani"]["message"]
    assert "shape 4," in message and "1×4" in message and found["dbnmeani"]["error"] is None
    assert "keepdim=True" in message  # the numbers are right, only the shape is not


def test_a_line_that_cannot_be_evaluated_is_wrong_with_its_error_and_the_rest_waits() -> None:
    source = NINJA.replace("dcounts_sum_inv = (counts * dprobs).sum(1, keepdim=True)",
                           "dcounts_sum_inv = (counts * dprobs).sum(1)")
    g = cgviz.build(source, values=NINJA_VALUES)  # still a circuit
    found = {c["name"]: c for c in g.to_dict()["checks"]}
    assert not found["dcounts_sum_inv"]["ok"] and "4×1" in found["dcounts_sum_inv"]["message"]
    assert not found["dcounts_sum"]["ok"] and "4×4" in found["dcounts_sum"]["message"]
    dcounts = found["dcounts"]  # dcounts += ones_like(counts) * dcounts_sum: 4×5 and 4×4
    line = source.splitlines().index("dcounts += torch.ones_like(counts) * dcounts_sum") + 1
    assert dcounts["error"]["kind"] == "shape" and dcounts["line"] == line
    assert dcounts["error"]["line"] == line and dcounts["error"]["column"] > 1
    assert "dlogits" not in found  # after the failing line: checked once it is fixed
    assert found["dlogprobs"]["ok"] and found["dprobs"]["ok"]


def test_the_matmul_example_seeds_the_circuit_with_the_gradient_from_above() -> None:
    source = (BACKWARD / "cs231n_matmul.py").read_text(encoding="utf-8")
    g = cgviz.build(source)
    found = {c["name"]: c for c in g.to_dict()["checks"]}
    assert all(c["ok"] for c in found.values())
    dD = np.asarray(found["dD"]["got"])
    W = next(n for n in g.nodes if n.label == "W")
    X = next(n for n in g.nodes if n.label == "X")
    np.testing.assert_allclose(W.grad, dD @ X.value.T)  # the picture shows that upstream
    assert g.steps[-1]["event"] != "seed" and any(
        s.get("event") == "seed" and np.allclose(s["grad"], dD) for s in g.to_dict()["steps"])


def test_a_scalar_outputs_own_gradient_is_one_whatever_is_written() -> None:
    assert wrong("x = 2; y = 3\nf = x*y\ndf = 2.0\ndx = y * df") == {"df", "dx"}
    assert wrong("x = 2; y = 3\nf = x*y\ndf = 1.0\ndx = y * df") == set()


# ---- what a backward pass writes that a forward pass does not -------------------------------


@pytest.mark.parametrize("backward", [
    "dx = (x > 0) * 1.0",
    "dx = np.ones_like(x)\ndx[x <= 0] = 0",
    "dx = np.ones(3)\ndx[1] = 0.0",
    "dx = x.copy() * 0 + 1\ndx[np.array([1])] -= 1",
    "dx = np.zeros(*x.shape)\ndx += x > 0",
])
def test_masks_copies_and_item_updates_have_numpys_meaning(backward: str) -> None:
    found = checks(f"x = [1., -2., 3.]\nf = sum(relu(x))\n{backward}")
    assert found["dx"]["ok"], found["dx"]["message"]


@pytest.mark.parametrize(("backward", "kind", "column"), [
    ("dx = dxx", "name", 6),
    ("dx = np.ones(3)\ndx[5] = 1", "shape", 3),
    ("dx = np.ones(3)\ndx[x <= 0] = [1, 2]", "shape", 3),
    ("dx = W @ x", "name", 6),
    ("dx = np.ones(2) @ np.ones(3)", "shape", 17),
    ("dx = exp2(x)", "name", 6),
    ("dx = lambda: 1", "unsupported", 6),
])
def test_a_mistake_in_a_backward_line_is_a_wrong_check_with_its_position(
        backward: str, kind: str, column: int) -> None:
    g = cgviz.build(f"x = [1., -2., 3.]\nf = sum(relu(x))\n{backward}")
    dx = g.to_dict()["checks"][0]
    assert not dx["ok"] and dx["error"]["kind"] == kind
    assert (dx["error"]["line"], dx["error"]["column"]) == (2 + backward.count("\n") + 1,
                                                            column)
    assert g.nodes[g.output].label == "f"


@pytest.mark.parametrize(("source", "kind", "line", "column"), [
    ("x = 2\nf = x * x\ndx = 2 +* x", "syntax", 3, 9),
    ("x = 2\nf = x * x\ndx = zeros(2000, 1000)", "limit", 3, 6),
])
def test_what_stops_the_whole_program_is_a_400_with_its_position(
        source: str, kind: str, line: int, column: int) -> None:
    with pytest.raises(CircuitError) as info:
        cgviz.build(source)
    assert (info.value.kind, info.value.line, info.value.column) == (kind, line, column)


def test_the_backward_part_spends_the_builds_element_budget() -> None:
    source = "x = [1., 2.]\nf = sum(x)\nfor i in range(100):\n  dx = np.ones(10_000) * i\n"
    cgviz.build(source)  # 2 million elements: within the default budget
    with pytest.raises(CircuitError) as info:
        cgviz.build(source, settings=Settings(max_total_elements=500_000))
    assert info.value.kind == "limit" and info.value.line == 4


def test_the_backward_part_spends_the_builds_time_budget() -> None:
    source = ("x = [1., 2.]\nf = sum(x)\nfor i in range(20_000):\n  for j in range(20_000):\n"
              "    dx = x * j\n")
    with pytest.raises(CircuitError) as info:
        cgviz.build(source, settings=Settings(max_eval_seconds=0.3))
    assert info.value.kind == "limit"


def test_the_backward_part_is_read_never_run() -> None:
    import os

    marker = Path("/tmp/cgviz-never-run")
    source = ("x = 2\nf = x * x\n"
              f"dx = __import__('os').system('touch {marker}')\n"
              "dx = eval('2 * x')\n")
    found = checks(source)
    assert not found["dx"]["ok"] and found["dx"]["error"]["kind"] in ("name", "unsupported")
    assert not marker.exists() and os.path.exists("/tmp")


def test_collapsed_and_expanded_drawings_check_the_same_gradients() -> None:
    source = ("def neuron(w, x):\n  z = w * x\n  return sigmoid(z)\n"
              "w = 0.5; x = 2.0\na = neuron(w, x)\nL = (a - 1)**2\n"
              "da = 2 * (a - 1)\ndz = a * (1 - a) * da\ndw = x * dz\ndx = w * dz\n")
    plain = checks(source)  # dz: the z inside neuron, the one wire drawn with that name
    assert list(plain) == ["da", "dz", "dw", "dx"] and all(c["ok"] for c in plain.values())
    for options in ({"collapse": ["neuron"]}, {"expand": ["sigmoid"]}):
        found = checks(source, options=options)
        assert {n: c["ok"] for n, c in found.items()} == {n: True for n in plain}
        assert found["dw"]["want"] == pytest.approx(plain["dw"]["want"])
    assert checks(source, options={"collapse": ["neuron"]})["dz"]["node"] is None  # inside


def test_a_program_without_a_backward_part_has_no_checks() -> None:
    assert cgviz.build("x = 2\ndx = x * 3\nf = dx + 1").to_dict()["checks"] == []


def test_messages_speak_the_requests_language() -> None:
    source = STAGED.replace("dx += (1) * dnum", "dx = (1) * dnum")
    ru = checks(source, options={"lang": "ru"})
    assert "строка 32" in ru["dx"]["message"]
    assert ru["dnum"]["message"] == "dnum равно ∂f/∂num"


# ---- nothing typed into it is a 500 ---------------------------------------------------------

TOKENS = ["dx", "dy", "x", "y", "f", "q", "=", "+=", "-=", "*", "+", "@", "(", ")", "[", "]",
          "0", "1", "2.5", ",", ":", ".T", ".sum(0)", "np.ones(2)", "zeros_like(x)", ">", "-",
          "**", "range(2)", "None", "'s'", "print(", "cmp(", "keepdim=True", " ", "\n"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=14))
def test_any_backward_line_gives_a_circuit_or_a_positioned_error(tokens: list[str]) -> None:
    source = "x = [1., 2.]; y = [3., 4.]\nq = x * y\nf = sum(q)\ndx = y\n" + "".join(tokens)
    try:
        g = cgviz.build(source)
    except CircuitError as e:
        assert e.line >= 1 and e.column >= 1
        return
    json.dumps(g.to_dict(), allow_nan=False)
    for c in g.to_dict()["checks"]:
        assert isinstance(c["ok"], bool) and c["lines"]


def test_the_readmes_backward_pass_is_all_right_and_its_comment_tells_the_truth() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    start = readme.index("```python", readme.index("**A backward pass written by hand")) + 9
    program = readme[start:readme.index("```", start)]
    assert wrong(program) == set() and len(checks(program)) == 9
    assert wrong(program.replace("dx += (1) * dnum", "dx = (1) * dnum")) == {"dx"}
