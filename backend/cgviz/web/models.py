"""Request and response models of the HTTP API (docs/api.md) — the OpenAPI schema is made from
these.

The graph itself is serialised by the core (`Graph.to_dict()`) and sent as bytes so that equal
queries give equal bytes (and ETags); `GraphResponse` documents that JSON and the tests check
that every answer validates against it.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class SummaryStats(BaseModel):
    """Over the finite elements; the non-finite ones are counted instead."""

    min: float | str | None = Field(description="Smallest finite element; null if none is.")
    max: float | str | None = Field(description="Largest finite element; null if none is.")
    mean: float | str | None = Field(description="Mean of the finite elements; null if none "
                                     "is. A wire shows the mean of all elements: this one "
                                     "if every element is finite, else NaN or ±∞ as NumPy's.")
    norm: float | str | None = Field(description="2-norm of the finite elements (Frobenius "
                                     'for a matrix); "Infinity" if it overflows.')
    nan: int = Field(description="How many elements are NaN.")
    posinf: int = Field(description="How many elements are +∞.")
    neginf: int = Field(description="How many elements are -∞.")


class TensorSummary(BaseModel):
    """A tensor of more than `max_json_elements` elements (1,000 by default), sent in place of
    its numbers; `GET /api/graph/node` sends them, a window at a time."""

    summary: SummaryStats
    sample: list[float | str] = Field(description="The first elements (8), flattened in C "
                                      'order; non-finite ones as "NaN", "Infinity", '
                                      '"-Infinity".')


# A number for a scalar, nested lists for a tensor; "NaN", "Infinity", "-Infinity" if not
# finite; a TensorSummary for a tensor of more than max_json_elements elements.
Number = float | str | list[Any] | TensorSummary | None


class GraphOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    expand: list[str] = Field(
        default_factory=list,
        description='Built-in composites to draw as their primitive gates inside a box, with '
                    'the same gradients: "sigmoid" (*-1 → exp → +1 → 1/x), "tanh" (2σ(2x) − 1), '
                    '"softmax" (exp → sum → /), "mean" (sum → /n), "log_softmax" '
                    '(x − log Σ exp x), "mse_loss" (sum((a − b)**2) / n), "cross_entropy" '
                    '(log_softmax, each row\'s target, −mean) and "bce_logits" '
                    '(log(1 + exp z) − z·y, mean). The program\'s own functions are '
                    'expanded already.',
        examples=[["sigmoid"]],
    )
    collapse: list[str] = Field(
        default_factory=list,
        description="The program's own functions to draw as one gate with the function's name "
                    "(each call a group; its backward step is upstream × the group's local "
                    "gradient = downstream). They are drawn expanded otherwise; built-in "
                    "composites (sigmoid, tanh, softmax, log_softmax, mean, the losses) are "
                    "collapsed unless `expand` names them.",
        examples=[["neuron"]],
    )
    digits: int = Field(default=2, ge=0, le=6,
                        description="Decimals shown for numbers in the picture.")
    code: bool = Field(
        default=False,
        description='Add "code": {"forward", "backward"}: the circuit as staged NumPy code, one '
                    "line per gate, gradients d-prefixed with += where a value is reused; the "
                    "two together run and print the same numbers, but at a tie in a max/min "
                    "reduction, where the code's gradient goes to every tied element and the "
                    "circuit's to the first. Every step gets a "
                    "`code_line` (1-based, in forward or backward by its phase).",
    )
    lang: Literal["en", "ru"] | None = Field(
        default=None,
        description="Language of error messages, warnings and step captions. Without it: the "
                    "`lang` query parameter, else the `Accept-Language` header, else English.",
        examples=["ru"],
    )
    gradcheck: bool = Field(
        default=False,
        description="Add to every input node `numeric_grad` (central differences, h = 1e-5, "
                    "elementwise), `relative_error` and `gradcheck` (ok | disagree | kink | "
                    "not finite | not checked), with a `gradcheck_note` saying why.",
    )


class GraphRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"source": "x = -2; y = 5; z = -4\nq = x + y\nf = q * z"},
                {"source": "(x+y)*z", "values": {"x": -2, "y": 5, "z": -4}},
            ]
        }
    )

    source: str = Field(description="The program (docs/language.md).")
    values: dict[str, Any] | None = Field(
        default=None,
        description="Input values by name (a number or nested lists); they override literals.",
    )
    options: GraphOptions | None = None


class NodeModel(BaseModel):
    id: str
    kind: Literal["input", "const", "op"]
    op: str | None
    label: str | None
    symbol: str | None
    text: str
    inputs: list[str]
    value: Number
    grad: Number
    shape: list[int]
    x: float
    y: float
    line: int
    column: int
    warning: str | None = Field(default=None,
                                description="Why a value is not finite, if it is not.")
    group: str | None = Field(default=None, description="On each gate an expansion drew, the "
                              "built-in it came from (e.g. `sigmoid`); on a collapsed "
                              "function's gate, the function's name.")
    numeric_grad: Number = Field(default=None, description="options.gradcheck, inputs only: "
                                 "the gradient by central differences, shaped like `grad`.")
    relative_error: float | None = Field(
        default=None, description="options.gradcheck: max over elements of "
        "|grad − numeric_grad| / max(|grad|, |numeric_grad|, 1e-8).")
    gradcheck: Literal["ok", "disagree", "kink", "not finite", "not checked"] | None = Field(
        default=None, description="options.gradcheck: the verdict; `kink` means relu, abs, "
        "max or min switches sides within h, where the two may rightly differ.")
    gradcheck_note: str | None = Field(default=None,
                                       description="options.gradcheck: why, in words.")


class EdgeModel(BaseModel):
    source: str
    target: str
    port: int


class LayoutModel(BaseModel):
    width: float
    height: float
    wire_length: float = Field(description="length of every wire in this picture")
    gate_gap: float = Field(description="from a gate circle's right edge to its output wire")
    gate_radius: float


class CodeModel(BaseModel):
    forward: str = Field(description="Inputs, then one named line per gate; prints the output.")
    backward: str = Field(description="Runs after `forward`: the gates in reverse, d-prefixed "
                          "gradients; prints every input's gradient.")


class GateInputModel(BaseModel):
    """What a gate step passes to one input: upstream × local = contribution."""

    node: str
    port: int
    local: Number = Field(description="The local gradient, for an elementwise gate; null "
                          "where it is not one tensor (a matrix product: see the caption).")
    contribution: Number
    grad: Number = Field(description="The input's running total after this contribution.")


class StepModel(BaseModel):
    """One step of the trace. Forward steps: `value`, `inputs` (ids). Backward steps have an
    `event`: `seed` (`grad`), `gate` (`upstream`, `inputs` as GateInputModel) or `accumulate`
    (`from`, `terms`, `count`, `grad`: the new total of a wire used more than once)."""

    model_config = ConfigDict(populate_by_name=True)

    phase: Literal["forward", "backward"]
    event: Literal["seed", "gate", "accumulate"] | None = None
    node: str
    inputs: list[str] | list[GateInputModel] | None = None
    value: Number = None
    grad: Number = None
    upstream: Number = None
    from_: str | None = Field(default=None, alias="from",
                              description="accumulate: the gate whose contribution is added.")
    terms: list[Number] | None = Field(default=None, description="accumulate: the total "
                                       "before this gate, then what the gate adds.")
    count: int | None = Field(default=None, description="accumulate: contributions so far.")
    caption: str
    code_line: int | None = Field(default=None, description="options.code: the step's line "
                                  "in `forward` (forward steps) or `backward`.")


class BoxModel(BaseModel):
    x: float
    y: float
    width: float
    height: float


class GroupModel(BaseModel):
    """A call of the program's own function, or a built-in composite (docs/language.md, Groups)."""

    id: str = Field(description="`g0`, `g1`, … in the order the calls were made; a group's "
                    "parent comes before it.")
    name: str = Field(description="The function's name: `neuron`, `tanh`, `softmax`, ….")
    nodes: list[str] = Field(description="Its gates (and constants) as drawn: the one gate "
                             "standing for them all when collapsed.")
    inputs: list[str] = Field(description="Wires from outside that its gates read.")
    output: str = Field(description="The wire it returns.")
    collapsed: bool = Field(description="Drawn as one gate with its name (true) or as its "
                            "gates inside a titled box (false).")
    builtin: bool = Field(description="A built-in composite (collapsed unless "
                          "options.expand names it) rather than the program's own function "
                          "(expanded unless options.collapse names it).")
    parent: str | None = Field(description="The group it was called from (nested calls).")
    box: BoxModel | None = Field(default=None, description="Where an expanded group's titled "
                                 "box is drawn (SVG user units); null when collapsed.")


class ErrorDetail(BaseModel):
    kind: Literal["syntax", "name", "type", "shape", "domain", "limit", "unsupported"]
    message: str
    line: int = Field(description="1-based line of the offending token.")
    column: int = Field(description="1-based column of the offending token.")


class CheckModel(BaseModel):
    """One `d<name>` of a backward pass written after the forward one, checked."""

    name: str = Field(description="The hand-written gradient's name: `dx`, `dfdz`.")
    of: str = Field(description="The value it is the gradient of: `x`, `z`.")
    top: str = Field(description="The value differentiated: the output's name, or `f` of "
                     "`dfdz` (∂f/∂z).")
    lines: list[int] = Field(description="The 1-based lines that assign or update it.")
    line: int = Field(description="The line to point at: the one that failed, the `=` that "
                      "dropped earlier contributions (where `+=` was meant), else the last.")
    reads: list[str] = Field(description="The other d-names its lines read: if one of them "
                             "is wrong, this one may be wrong only because of it.")
    ok: bool = Field(description="Same shape as the gradient and a relative error of at "
                     "most 1e-6.")
    got: Number = Field(description="Its value (null if its line failed).")
    want: Number = Field(description="cgviz's gradient (null if `of` has none).")
    max_error: float | str | None = Field(description="max over elements of |got − want| / "
                                          "max(|got|, |want|, 1e-8); null when the shapes "
                                          "differ or the line failed.")
    node: str | None = Field(description="The wire that shows this gradient, if one does.")
    step: int | None = Field(description="The backward step that computes the gradient.")
    message: str = Field(description="Why, in words, in the request's language.")
    error: ErrorDetail | None = Field(description="The mistake in its line, if the line "
                                      "could not be evaluated (the lines after it are not "
                                      "checked).")


class GraphResponse(BaseModel):
    source: str
    output: str
    nodes: list[NodeModel]
    edges: list[EdgeModel]
    steps: list[StepModel] = Field(description="The trace the animation plays.")
    groups: list[GroupModel] = Field(default_factory=list, description="Function calls and "
                                     "built-in composites, each a box or one gate.")
    checks: list[CheckModel] = Field(default_factory=list, description="A backward pass "
                                     "written by hand after the forward one, checked: one "
                                     "entry per d-name (docs/api.md).")
    layout: LayoutModel
    warnings: list[str]
    code: CodeModel | None = Field(default=None, description="Only with options.code.")


class ErrorResponse(BaseModel):
    """A mistake in the user's program (400)."""

    error: ErrorDetail


class InternalErrorDetail(BaseModel):
    kind: Literal["internal"]
    message: str


class InternalErrorResponse(BaseModel):
    """A bug in cgviz, never in the user's program (500); it is logged on the server."""

    error: InternalErrorDetail


class NodeDataResponse(BaseModel):
    """A window of one node's numbers (`GET /api/graph/node`). The tensor is read as a matrix:
    its last axis the columns, all leading axes together the rows (a vector is one row, a
    scalar 1×1); the window is `rows` × `cols` of it from (`row`, `col`), at most
    `max_page_elements` elements (50,000 by default)."""

    id: str
    shape: list[int]
    size: int = Field(description="Elements in the whole tensor.")
    matrix: list[int] = Field(description="[rows, columns] of the tensor read as a matrix.")
    row: int
    col: int
    rows: int = Field(description="Rows sent: fewer than asked if the window would hold more "
                      "than max_page_elements elements; page on from row + rows.")
    cols: int
    complete: bool = Field(description="Whether the window is the whole tensor.")
    value: list[list[float | str]] = Field(description="The window's rows of values.")
    grad: list[list[float | str]] | None = Field(description="The window's rows of "
                                                 "gradients (∂output/∂node).")


class NotFoundDetail(BaseModel):
    kind: Literal["node"]
    message: str


class NotFoundResponse(BaseModel):
    """The circuit has no node of that id (404)."""

    error: NotFoundDetail


class Health(BaseModel):
    status: Literal["ok"]


# ---- gradient descent (POST /api/descent) ---------------------------------------------------


class DescentRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"source": "x = 2; w = 0.5\na = sigmoid(w*x)\nL = (a - 1)**2",
                 "params": ["w"], "lr": 1.0, "steps": 50},
            ]
        }
    )

    source: str = Field(description="The program (docs/language.md); its output is the loss, "
                        "a scalar.")
    values: dict[str, Any] | None = Field(
        default=None, description="Input values by name; the parameters start from these.")
    params: list[str] = Field(min_length=1, description="The inputs to train, by name.")
    lr: float = Field(gt=0, allow_inf_nan=False, description="The learning rate (step size).")
    steps: int = Field(ge=0, description="How many steps; at most the server's "
                       "max_descent_steps (1000 by default), else a 400 limit error.")
    options: GraphOptions | None = Field(default=None,
                                         description="As for /api/graph; used for `graph`.")
    graph: bool = Field(default=False,
                        description="Also return the graph JSON at the final values.")


class DescentResponse(BaseModel):
    loss: list[Number] = Field(description="The loss before the first step, then after each "
                               "step (steps + 1 numbers, fewer if it stopped being finite).")
    values: dict[str, Number] = Field(description="The parameters' final values.")
    warnings: list[str]
    graph: GraphResponse | None = Field(default=None,
                                        description="The circuit at the final values.")
