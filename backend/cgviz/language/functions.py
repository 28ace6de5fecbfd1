"""The one table of names (docs/language.md): every spelling a program may use, and what it means.

NumPy, PyTorch, JAX, `math` and micrograd spell the same functions differently
(`np.maximum`, `torch.clamp`, `F.relu`, `x.pow(2)`, `keepdim=`/`keepdims=`). Lowering looks a
spelling up here and works with the canonical name only; adding a spelling is one entry.
"""

from __future__ import annotations

import math

# module paths as written (after import aliases are resolved) → the canonical module
MODULES: dict[str, str] = {
    "math": "math", "numpy": "np", "np": "np", "torch": "torch", "jax.numpy": "np",
    "jnp": "np", "jax": "jax", "torch.nn.functional": "F", "F": "F", "numpy.random": "random",
    "np.random": "random", "torch.nn": "nn", "autograd.numpy": "np", "micrograd.engine": "mg",
    "micrograd": "mg", "numpy.linalg": "linalg", "np.linalg": "linalg",
}

# function spelling (any module, or bare) → canonical function
FUNCTIONS: dict[str, str] = {
    # elementwise, one input
    "exp": "exp", "log": "log", "sqrt": "sqrt", "abs": "abs", "absolute": "abs", "fabs": "abs",
    "sin": "sin", "cos": "cos", "tanh": "tanh", "sigmoid": "sigmoid", "expit": "sigmoid",
    "relu": "relu", "square": "square",
    # elementwise, two inputs
    "maximum": "maximum", "minimum": "minimum", "pow": "pow", "power": "pow",
    "clip": "clip", "clamp": "clip", "add": "add", "subtract": "sub", "sub": "sub",
    "multiply": "mul", "mul": "mul", "divide": "div", "div": "div", "true_divide": "div",
    # reductions
    "sum": "sum", "mean": "mean", "max": "max", "min": "min", "amax": "max", "amin": "min",
    # linear algebra and shape
    "dot": "dot", "matmul": "matmul", "mm": "matmul", "mv": "matmul", "outer": "outer",
    "transpose": "transpose", "reshape": "reshape", "view": "reshape",
    # networks
    "softmax": "softmax", "log_softmax": "log_softmax", "cross_entropy": "cross_entropy",
    "mse_loss": "mse_loss",
    "binary_cross_entropy_with_logits": "binary_cross_entropy_with_logits",
    # inputs
    "Value": "input", "array": "input", "asarray": "input", "tensor": "input",
    "Tensor": "input", "float": "input",
    "zeros": "zeros", "ones": "ones", "full": "full", "eye": "eye", "arange": "arange",
    "linspace": "linspace", "randn": "randn", "rand": "rand", "normal": "normal",
    "uniform": "uniform", "zeros_like": "zeros_like", "ones_like": "ones_like",
    "randint": "randint", "Generator": "generator",
    # data, not wires: class indices as one-hot rows (no gradient)
    "one_hot": "one_hot",
    # Python builtins, only unprefixed
    "len": "len", "range": "range", "zip": "zip", "enumerate": "enumerate", "list": "list",
    "tuple": "list", "int": "int", "reversed": "reversed",
}

BUILTINS = frozenset({"len", "range", "zip", "enumerate", "list", "tuple", "int", "reversed",
                      "float"})

# calls that only report or configure, ignored as statements (seeds are remembered)
# (`draw_dot(o)` is the micrograd lecture's own drawing helper: cgviz draws anyway)
IGNORED_CALLS = frozenset({"print", "display", "manual_seed", "seed", "set_printoptions",
                           "draw_dot"})

# function transformations (JAX, HIPS/autograd, functorch): cgviz draws one call of a function,
# so these are `unsupported`, with the call that works instead
TRANSFORMS = frozenset({"grad", "value_and_grad", "elementwise_grad", "egrad", "jit", "vmap",
                        "pmap", "jacfwd", "jacrev", "jacobian", "hessian", "vjp", "jvp"})

# methods of a tensor or Value → canonical function (the object is the first argument)
METHODS: dict[str, str] = {
    "exp": "exp", "log": "log", "sqrt": "sqrt", "abs": "abs", "sin": "sin", "cos": "cos",
    "tanh": "tanh", "sigmoid": "sigmoid", "relu": "relu", "square": "square",
    "pow": "pow", "clip": "clip", "clamp": "clip", "sum": "sum", "mean": "mean", "max": "max",
    "min": "min", "dot": "dot", "matmul": "matmul", "mm": "matmul", "transpose": "transpose",
    "reshape": "reshape", "view": "reshape", "softmax": "softmax",
    "log_softmax": "log_softmax", "double": "same", "float": "same", "clone": "same",
    "copy": "same", "requires_grad_": "same", "retain_grad": "same", "item": "same",
    "detach": "detach", "manual_seed": "manual_seed",
}

# keyword spellings → canonical keyword
KEYWORDS: dict[str, str] = {"axis": "axis", "dim": "axis", "keepdims": "keepdims",
                            "keepdim": "keepdims", "label": "label"}

# keywords that say how to store a tensor, not what it is: accepted and ignored (`reduction`
# only as "mean", what the losses compute: calls.py refuses any other)
STORAGE_KEYWORDS = frozenset({"dtype", "requires_grad", "device", "copy", "retain_graph",
                              "reduction", "inplace", "generator"})

CONSTANTS: dict[str, float] = {"pi": math.pi, "e": math.e, "inf": math.inf, "newaxis": math.nan}
BARE_CONSTANTS = ("pi",)


def known_names() -> list[str]:
    return sorted(name for name in FUNCTIONS if name not in BUILTINS)
