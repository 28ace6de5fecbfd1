"""The examples menu: every worked example of the course notes cgviz is built for.

The CS231n backprop notes ("Backpropagation, intuitions") and the course's lecture notes
print eight worked examples, with their numbers:

1. `(x + y) * z` at x = -2, y = 5, z = -4 (`FIRST`);
2. the 2-D sigmoid neuron `1/(1 + exp(-(w0*x0 + w1*x1 + w2)))` at w = [2, -3, -3],
   x = [-1, -2], drawn as separate gates and with one σ gate (`NEURON`, `NEURON_SIGMOID`,
   and the vector form `NEURON_VECTOR`);
3. the staged program `f = (x + σ(y)) / (σ(x) + (x + y)**2)` at x = 3, y = -4, in eight
   named statements (`STAGED`);
4. the gradient-routing circuit `2 * (x*y + max(z, w))`: add spreads, max routes, mul swaps
   (`ROUTING`);
5. a matrix product `D = W @ X`, with dW = dD @ Xᵀ and dX = Wᵀ @ dD (`MATMUL`);
6. one neuron with a loss, x = 2, w = 0.5, a = σ(w*x), L = (a - 1)**2 (`LOSS`);
7. linear regression as a circuit, μ = X @ θ, Δ = μ - Y, L = sum(Δ**2) (`REGRESSION`);
8. a 2-2-1 sigmoid network with MSE, and softmax with cross-entropy (`NETWORK`, `SOFTMAX`).

One place for these programs: the app's examples menu lists them (in this order), and
tests/teach/test_notes_examples.py and test_examples.py check the numbers the notes print
against them. Each program is written the way the notes write it, with the notes' names (θ, μ,
Δ; z, a, ŷ), so a student recognises it. The menu's words — each title and its one line on
what to look at — live in the message catalogs (`example.<id>.title|look` in
cgviz/i18n/*.json), so the menu speaks the reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..i18n import message


@dataclass(frozen=True)
class Example:
    id: str  # stable: it is the <option> value and may appear in links
    source: str
    values: dict[str, Any] = field(default_factory=dict)  # sent as the request's `values`
    options: dict[str, Any] = field(default_factory=dict)  # sent as the request's `options`

    @property
    def title(self) -> str:
        """What the menu says, in the active language (cgviz.i18n.speaking)."""
        return message(f"example.{self.id}.title")

    @property
    def look(self) -> str:
        """One line: what to look at in the picture, in the active language."""
        return message(f"example.{self.id}.look")

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
# The same program with the notes' backward-pass headings to write under (checks.py marks
# each line written there right or wrong).
BACKWARD = STAGED + """
# backward pass: under each heading write d<name>, the gradient of f on <name>
# (dnum = ..., dinvden = ...), from the last line back; += where a value is reused
# backprop f = num * invden

# backprop invden = 1.0 / den

# backprop den = sigx + xpysqr

# backprop xpysqr = xpy**2

# backprop xpy = x + y

# backprop sigx = 1.0 / (1 + math.exp(-x))

# backprop num = x + sigy

# backprop sigy = 1.0 / (1 + math.exp(-y))

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
# The lecture notes' 2-2-1 sigmoid network with MSE, in the notes' names (z1 and
# z2 are named so that the layers' deltas, dL/dz, sit on wires of their own).
NETWORK = """\
W1 = [[0.15, 0.20], [0.25, 0.30]]
b1 = [0.35, 0.35]
W2 = [[0.40, 0.45]]
b2 = [0.60]
x = [0.05, 0.10]
ŷ = [0.01]
z1 = W1 @ x + b1
h = sigmoid(z1)
z2 = W2 @ h + b2
y = sigmoid(z2)
L = 0.5*sum((y - ŷ)**2)
"""
# The lecture notes' softmax + cross-entropy, where dL/dz = a − ŷ.
SOFTMAX = "z = [1.0, 2.0, 0.5]\nŷ = [0, 1, 0]\na = softmax(z)\nL = -sum(ŷ * log(a))"

EXAMPLES: tuple[Example, ...] = (
    Example("first", FIRST),
    Example("first-values", "(x + y) * z", {"x": -2, "y": 5, "z": -4}),
    Example("neuron", NEURON),
    Example("neuron-sigmoid", NEURON_SIGMOID),
    Example("neuron-expanded", NEURON_SIGMOID, options={"expand": ["sigmoid"]}),
    Example("neuron-vector", NEURON_VECTOR),
    Example("staged", STAGED),
    Example("backward", BACKWARD),
    Example("routing", ROUTING),
    Example("matmul", MATMUL),
    Example("loss", LOSS),
    Example("regression", REGRESSION, REGRESSION_VALUES),
    Example("network", NETWORK),
    Example("softmax", SOFTMAX),
)

BY_ID: dict[str, Example] = {e.id: e for e in EXAMPLES}


def example(id: str) -> Example:  # noqa: A002 (the examples' own word)
    return BY_ID[id]
