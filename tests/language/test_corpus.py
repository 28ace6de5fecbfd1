"""Code pasted as printed in the sources people learn backprop from (SPEC §1, issue 10):
micrograd, the micrograd lecture, the PyTorch tutorials, CS231n, d2l.ai, JAX, HIPS/autograd,
a batch-norm post and the "backprop ninja" exercise. Each program in corpus/ names its origin
on its first line.

Every program must build, and its output and every input's gradient must equal PyTorch's in
float64 (tests/fixtures/corpus_oracle.json, written by tests/fixtures/make_corpus_oracle.py
from cgviz's own input values, so seeded random inputs agree too).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

import cgviz

CORPUS = Path(__file__).parent / "corpus"
ORACLE = json.loads((Path(__file__).parents[1] / "fixtures" / "corpus_oracle.json")
                    .read_text(encoding="utf-8"))
PROGRAMS = sorted(p.stem for p in CORPUS.glob("*.py"))


def test_the_corpus_has_at_least_twenty_programs_each_with_its_origin() -> None:
    assert len(PROGRAMS) >= 20
    for name in PROGRAMS:
        first = (CORPUS / f"{name}.py").read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# origin: "), name
    assert set(PROGRAMS) == set(ORACLE), "rerun tests/fixtures/make_corpus_oracle.py"


@pytest.mark.parametrize("name", PROGRAMS)
def test_a_pasted_program_gives_pytorchs_values_and_gradients(name: str) -> None:
    g = cgviz.build((CORPUS / f"{name}.py").read_text(encoding="utf-8"))
    want = ORACLE[name]
    inputs = {n.label: n for n in g.nodes if n.kind == "input"}
    assert set(inputs) == set(want["inputs"])
    for label, value in want["inputs"].items():  # the oracle computed from these very values
        np.testing.assert_array_equal(inputs[label].value, value)
    np.testing.assert_allclose(g.nodes[g.output].value, want["output"], rtol=1e-10,
                               atol=1e-12)
    for label, grad in want["grads"].items():
        np.testing.assert_allclose(inputs[label].grad, grad, rtol=1e-9, atol=1e-12,
                                   err_msg=f"{name}: d output / d {label}")


def test_the_micrograd_readme_prints_what_its_comments_say() -> None:
    g = cgviz.build((CORPUS / "micrograd_readme.py").read_text(encoding="utf-8"))
    inputs = {n.label: n for n in g.nodes if n.kind == "input"}
    assert f"{float(g.nodes[g.output].value):.4f}" == "24.7041"
    assert f"{float(inputs['a'].grad):.4f}" == "138.8338"
    assert f"{float(inputs['b'].grad):.4f}" == "645.5773"


def test_labels_set_with_label_keyword_and_attribute_are_drawn() -> None:
    g = cgviz.build((CORPUS / "micrograd_lecture_neuron.py").read_text(encoding="utf-8"))
    labels = {n.label for n in g.nodes}
    assert {"x1", "w1", "b", "x1*w1", "x1*w1 + x2*w2", "n", "o"} <= labels
    assert g.nodes[g.output].label == "o"
