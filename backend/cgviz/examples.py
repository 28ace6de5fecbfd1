"""The examples menu: every worked example of the course notes (shared/notes/README.md).

One place for these programs: the app's examples menu lists them (in this order), and
tests/test_notes_examples.py checks the numbers the notes print against them. Each program is
written the way the notes write it, so a student recognises it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Example:
    id: str  # stable: it is the <option> value and may appear in links
    title: str  # what the menu says
    source: str
    values: dict[str, Any] = field(default_factory=dict)  # sent as the request's `values`
    look: str = ""  # one line: what to look at in the picture
    options: dict[str, Any] = field(default_factory=dict)  # sent as the request's `options`

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "source": self.source,
                "values": self.values, "options": self.options, "look": self.look}


FIRST = "x = -2; y = 5; z = -4; q = x + y; f = q * z"
NEURON_INPUTS = "w0 = 2; x0 = -1; w1 = -3; x1 = -2; w2 = -3\n"
NEURON = NEURON_INPUTS + "f = 1/(1 + math.exp(-(w0*x0 + w1*x1 + w2)))"
NEURON_SIGMOID = NEURON_INPUTS + "f = sigmoid(w0*x0 + w1*x1 + w2)"
NEURON_VECTOR = ("w = [2,-3,-3]; x = [-1,-2]\n"
                 "dot = w[0]*x[0] + w[1]*x[1] + w[2]\n"
                 "f = 1.0 / (1 + math.exp(-dot))")
STAGED = """\
x = 3 # example values
y = -4

# forward pass
sigy = 1.0 / (1 + math.exp(-y)) # sigmoid in numerator   #(1)
num = x + sigy # numerator                               #(2)
sigx = 1.0 / (1 + math.exp(-x)) # sigmoid in denominator #(3)
xpy = x + y                                              #(4)
xpysqr = xpy**2                                          #(5)
den = sigx + xpysqr # denominator                        #(6)
invden = 1.0 / den                                       #(7)
f = num * invden # done!                                 #(8)
"""
ROUTING = "x = 3; y = -4; z = 2; w = -1; f = 2 * (x*y + max(z, w))"
MATMUL = "W = randn(3, 4)\nX = randn(4, 2)\nD = W @ X"
LOSS = "x = 2; w = 0.5\na = sigmoid(w*x)\nL = (a - 1)**2"
REGRESSION = "μ = X @ θ\nΔ = μ - Y\nL = sum(Δ**2)"
REGRESSION_VALUES: dict[str, Any] = {
    "X": [[1.0, 0.5], [1.0, 2.0], [1.0, -1.0], [1.0, 3.0]],
    "Y": [1.0, 2.5, -0.5, 4.0],
    "θ": [0.2, 0.7],
}
NETWORK = """\
W1 = [[0.15, 0.20], [0.25, 0.30]]
b1 = [0.35, 0.35]
W2 = [[0.40, 0.45]]
b2 = [0.60]
x = [0.05, 0.10]
t = [0.01]
h = sigmoid(W1 @ x + b1)
y = sigmoid(W2 @ h + b2)
L = 0.5*sum((y - t)**2)
"""
SOFTMAX = "z = [1.0, 2.0, 0.5]\nt = [0, 1, 0]\np = softmax(z)\nL = -sum(t * log(p))"

EXAMPLES: tuple[Example, ...] = (
    Example("first", "1. (x + y) * z", FIRST,
            look="Add hands its upstream gradient −4 to both x and y; mul swaps: ∂f/∂z = q = 3."),
    Example("first-values", "1. (x + y) * z, one expression", "(x + y) * z",
            {"x": -2, "y": 5, "z": -4},
            look="The same numbers with the inputs given as values: drag a slider."),
    Example("neuron", "2. Sigmoid neuron, gate by gate", NEURON,
            look="Step backward: 1/x, +1, exp and *-1 each multiply in their local gradient."),
    Example("neuron-sigmoid", "2. Sigmoid neuron, one σ gate", NEURON_SIGMOID,
            look="One σ gate with local gradient σ(1−σ) = 0.20 gives the same input gradients."),
    Example("neuron-expanded", "2. Sigmoid neuron, σ expanded", NEURON_SIGMOID,
            options={"expand": ["sigmoid"]},
            look="options.expand draws σ as *-1 → exp → +1 → 1/x, with the same gradients."),
    Example("neuron-vector", "2. Sigmoid neuron, vector form", NEURON_VECTOR,
            look="Indexing w[0] sends each element's gradient back into the vector w."),
    Example("staged", "3. Staged program (x + σ(y)) / (σ(x) + (x+y)²)", STAGED,
            look="x and y are used several times: watch their gradients add up (+=)."),
    Example("routing", "4. Gradient routing: add, max, mul", ROUTING,
            look="add spreads the gradient, max routes it to the winner, mul swaps the inputs."),
    Example("matmul", "5. Matrix multiply D = W @ X", MATMUL,
            look="Click a tensor wire: dW = dD @ X.T and dX = W.T @ dD."),
    Example("loss", "6. One neuron with a loss", LOSS,
            look="dL/dw ≈ −0.2115: a descent step w ← w − lr·dL/dw lowers the loss."),
    Example("regression", "7. Linear regression μ = X @ θ", REGRESSION, REGRESSION_VALUES,
            look="The residual Δ flows back as 2Δ; θ's gradient is 2·Xᵀ·Δ."),
    Example("network", "8. Two-layer sigmoid network with MSE", NETWORK,
            look="Step backward through both layers: the deltas of the output and hidden layer."),
    Example("softmax", "8. Softmax + cross-entropy", SOFTMAX,
            look="The gradient reaching z is p − t: softmax and the log cancel out."),
)

BY_ID: dict[str, Example] = {e.id: e for e in EXAMPLES}


def example(id: str) -> Example:  # noqa: A002 (the examples' own word)
    return BY_ID[id]
