"""Code pasted as printed in the sources people learn backprop from (README, "The language"):
micrograd, the micrograd lecture and the "backprop ninja" notebook, the PyTorch tutorials and
docs, CS231n, d2l.ai, JAX, HIPS/autograd, a batch-norm post. Each program in corpus/ names its
origin on its first line (repository, file, lines or cell) and says whether it is verbatim or
what was adapted and why. A snippet that continues earlier cells (the notebook's data, the
state an update rule keeps) has `values` beside it in corpus/<name>.json, as a user would give
them in the inputs panel.

Every program must build, and its output and every input's gradient must equal PyTorch's in
float64 (tests/fixtures/corpus_oracle.json, written by tests/fixtures/make_corpus_oracle.py
from cgviz's own input values, so seeded random inputs agree too).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import cgviz
from cgviz.core.graph import Graph

CORPUS = Path(__file__).parent / "corpus"
ORACLE = json.loads((Path(__file__).parents[1] / "fixtures" / "corpus_oracle.json")
                    .read_text(encoding="utf-8"))
PROGRAMS = sorted(p.stem for p in CORPUS.glob("*.py"))


def build(name: str) -> Graph:
    given = CORPUS / f"{name}.json"
    values: dict[str, Any] | None = json.loads(given.read_text(encoding="utf-8")) \
        if given.exists() else None
    return cgviz.build((CORPUS / f"{name}.py").read_text(encoding="utf-8"), values=values)


def inputs(g: Graph) -> dict[str, Any]:
    return {n.label: n for n in g.nodes if n.kind == "input"}


def test_the_corpus_has_at_least_twenty_five_programs_each_with_its_origin() -> None:
    assert len(PROGRAMS) >= 25
    for name in PROGRAMS:
        first = (CORPUS / f"{name}.py").read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# origin: "), name
        assert first.endswith((", verbatim", " - ADAPTED")), name  # and an adaptation says why
    assert set(PROGRAMS) == set(ORACLE), "rerun tests/fixtures/make_corpus_oracle.py"
    for extra in CORPUS.glob("*.json"):
        assert extra.stem in PROGRAMS, extra


@pytest.mark.parametrize("name", PROGRAMS)
def test_a_pasted_program_gives_pytorchs_values_and_gradients(name: str) -> None:
    g = build(name)
    want = ORACLE[name]
    given = inputs(g)
    assert set(given) == set(want["inputs"])
    for label, value in want["inputs"].items():  # the oracle computed from these very values
        np.testing.assert_array_equal(given[label].value, value)
    np.testing.assert_allclose(g.nodes[g.output].value, want["output"], rtol=1e-10,
                               atol=1e-12)
    for label, grad in want["grads"].items():
        np.testing.assert_allclose(given[label].grad, grad, rtol=1e-9, atol=1e-12,
                                   err_msg=f"{name}: d output / d {label}")


def test_the_micrograd_readme_prints_what_its_comments_say() -> None:
    g = build("micrograd_readme")
    given = inputs(g)
    assert f"{float(g.nodes[g.output].value):.4f}" == "24.7041"
    assert f"{float(given['a'].grad):.4f}" == "138.8338"
    assert f"{float(given['b'].grad):.4f}" == "645.5773"


def test_the_autograd_and_jax_readmes_print_the_gradient_of_tanh_at_one() -> None:
    # HIPS/autograd's README prints 0.41997434161402603, JAX's "prints 0.4199743"
    assert float(inputs(build("hips_autograd_tanh"))["x"].grad) == pytest.approx(
        0.419974341614026, abs=1e-15)
    assert f"{float(inputs(build('jax_readme_tanh'))['x'].grad):.7f}" == "0.4199743"


def test_the_rnn_step_gives_the_assignment_notebooks_expected_next_h() -> None:
    expected_next_h = np.asarray([  # RNN_Captioning.ipynb, the cell the program comes from
        [-0.58172089, -0.50182032, -0.41232771, -0.31410098],
        [0.66854692, 0.79562378, 0.87755553, 0.92795967],
        [0.97934501, 0.99144213, 0.99646691, 0.99854353]])
    g = build("cs231n_rnn_step")
    np.testing.assert_allclose(g.nodes[g.output].value, expected_next_h, rtol=1e-7)


def test_the_lecture_neuron_gives_the_gradients_worked_out_by_hand() -> None:
    # the lecture sets o.grad = 1.0, n.grad = 0.5, … and x2.grad = w2.data * x2w2.grad = 0.5
    for name in ("micrograd_lecture_neuron", "micrograd_lecture_neuron_exp",
                 "micrograd_lecture_neuron_torch"):
        grads = {k: float(np.sum(n.grad)) for k, n in inputs(build(name)).items()}
        assert grads == pytest.approx({"x1": -1.5, "x2": 0.5, "w1": 1.0, "w2": 0.0, "b": 0.5})


def test_labels_set_with_label_keyword_and_attribute_are_drawn() -> None:
    g = build("micrograd_lecture_neuron")
    labels = {n.label for n in g.nodes}
    assert {"x1", "w1", "b", "x1*w1", "x1*w1 + x2*w2", "n", "o"} <= labels
    assert g.nodes[g.output].label == "o"


def test_class_indices_and_the_gentle_intros_gradient_are_data_not_inputs() -> None:
    kinds = {n.label: n.kind for n in build("ninja_forward").nodes if n.label}
    assert (kinds["Xb"], kinds["Yb"], kinds["n"]) == ("const", "const", "const")
    assert {n.label: n.kind for n in build("torch_gentle_intro").nodes
            if n.label}["external_grad"] == "const"
