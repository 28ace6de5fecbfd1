/**
 * The JSON the server hands the browser, as docs/api.md describes it (and
 * backend/cgviz/web/models.py, against which the API's tests check every answer): types only,
 * for TypeScript's checker (jsconfig.json, docs/frontend.md "Types"). The browser never loads
 * this file — it holds no code, and sits apart from the app's modules, which the pages
 * preload — so a module names these types in a comment, a JSDoc `@import` tag, as format.js
 * does (`@import { Graph, GraphNode } from "./types/graph.js"`).
 *
 * A type the browser makes itself lives with the module that makes it (a frame: frames.js;
 * the placed circuit: circuit-geometry.js; the URL state: state.js).
 *
 * @module types/graph
 */

export {};

// ---- numbers and tensors ---------------------------------------------------------------------

/**
 * A number as the graph JSON writes it: a JSON number, or for one that is not finite the
 * string "NaN", "Infinity" or "-Infinity" (format.js `toNumber` reads both).
 * @typedef {number | string} JsonNumber
 */

/**
 * A tensor's elements as nested lists, of NumPy shape `shape` (a vector is one list).
 * @typedef {Array<JsonNumber | NestedList>} NestedList
 */

/**
 * Over a summarised tensor's finite elements (each null when none is); the non-finite ones
 * are counted instead.
 * @typedef {object} SummaryStats
 * @property {JsonNumber | null} min
 * @property {JsonNumber | null} max
 * @property {JsonNumber | null} mean  of the finite elements (a wire shows the mean of all:
 *   format.js `summaryMean`)
 * @property {JsonNumber | null} norm  the 2-norm (Frobenius for a matrix)
 * @property {number} nan  how many elements are NaN
 * @property {number} posinf  … +∞
 * @property {number} neginf  … -∞
 */

/**
 * A tensor of more than `max_json_elements` elements, sent in place of its numbers
 * (docs/api.md, "Large tensors"): its summary and its first 8 elements in C order.
 * @typedef {object} TensorSummary
 * @property {SummaryStats} summary
 * @property {JsonNumber[]} sample
 */

/**
 * A value or gradient: a number for a scalar, nested lists for a tensor, a summary for a large
 * one. Where the JSON may hold null (a node without a gradient), the field says `| null`.
 * @typedef {JsonNumber | NestedList | TensorSummary} TensorJson
 */

// ---- the graph JSON (POST /api/graph, GET /api/graph, script#cgviz-graph) -----------------

/**
 * A node: an input, a constant or a gate with the wire it drives (docs/api.md, "Nodes").
 * @typedef {object} GraphNode
 * @property {string} id  "n0", "n1", … in topological order
 * @property {"input" | "const" | "op"} kind
 * @property {string | null} op  the op's name ("add", "mul", …, "group" for a collapsed
 *   function); null for inputs and constants
 * @property {string | null} label  the name drawn beside the wire; null for an unnamed
 *   intermediate
 * @property {string | null} symbol  what the gate's circle shows ("+", "*-1", "σ")
 * @property {string} text  the source text it comes from (cut at 80 characters)
 * @property {string[]} inputs  the ids the gate reads, in argument order
 * @property {TensorJson | null} value
 * @property {TensorJson | null} grad  ∂output/∂node; null for a constant
 * @property {number[]} shape  NumPy's; [] for a scalar
 * @property {number} x  the left end of its wire (SVG user units)
 * @property {number} y
 * @property {number} line  1-based, in the program
 * @property {number} column
 * @property {string | null} [warning]  why its value is not finite
 * @property {string | null} [group]  the built-in an expanded gate came from, or a collapsed
 *   function's name
 * @property {TensorJson | null} [numeric_grad]  options.gradcheck, inputs only
 * @property {number | null} [relative_error]  options.gradcheck
 * @property {"ok" | "disagree" | "kink" | "not finite" | "not checked" | null} [gradcheck]
 * @property {string | null} [gradcheck_note]  options.gradcheck: why, in words
 */

/**
 * One per input of a gate: `source` the input, `target` the gate, `port` the argument's
 * position.
 * @typedef {{source: string, target: string, port: number}} Edge
 */

/**
 * A forward step: a gate computes its value.
 * @typedef {object} ForwardStep
 * @property {"forward"} phase
 * @property {null} [event]
 * @property {string} node  the gate
 * @property {string[]} inputs  the ids it reads
 * @property {TensorJson} value
 * @property {string} caption  the step in numbers, in the request's language
 * @property {number | null} [code_line]  options.code: its line in `code.forward`
 */

/**
 * What a backward gate step passes to one input: upstream × local = contribution.
 * @typedef {object} GateInput
 * @property {string} node
 * @property {number} port
 * @property {TensorJson | null} local  null where the local gradient is not one tensor (a
 *   matrix product: the caption says what it is)
 * @property {TensorJson} contribution
 * @property {TensorJson} grad  the input's running total after this contribution
 */

/**
 * The output's gradient starts the backward pass.
 * @typedef {object} SeedStep
 * @property {"backward"} phase
 * @property {"seed"} event
 * @property {string} node
 * @property {TensorJson} grad  ones of the output's shape, or the program's own upstream
 * @property {string} caption
 * @property {number | null} [code_line]
 */

/**
 * One gate of the backward pass, in reverse topological order.
 * @typedef {object} GateStep
 * @property {"backward"} phase
 * @property {"gate"} event
 * @property {string} node  the gate
 * @property {TensorJson} upstream
 * @property {GateInput[]} inputs
 * @property {string} caption
 * @property {number | null} [code_line]
 */

/**
 * A wire used more than once receives another contribution (`+=`).
 * @typedef {object} AccumulateStep
 * @property {"backward"} phase
 * @property {"accumulate"} event
 * @property {string} node  the wire
 * @property {string} from  the gate whose contribution is added
 * @property {TensorJson[]} terms  the total before, and what is added
 * @property {number} count  contributions so far
 * @property {TensorJson} grad  the new total
 * @property {string} caption
 * @property {number | null} [code_line]
 */

/**
 * A step of the trace the animation plays: forward, then backward (docs/api.md, "Steps").
 * @typedef {ForwardStep | SeedStep | GateStep | AccumulateStep} Step
 */

/** @typedef {{x: number, y: number, width: number, height: number}} Box */

/**
 * A call of the program's own function, or a built-in composite (docs/api.md, "Groups").
 * @typedef {object} Group
 * @property {string} id  "g0", "g1", …; a parent comes before its children
 * @property {string} name  the function's name
 * @property {string[]} nodes  its gates (and constants) as drawn
 * @property {string[]} inputs  the wires from outside that it reads
 * @property {string} output
 * @property {boolean} collapsed  drawn as one gate (true) or as a titled box (false)
 * @property {boolean} builtin
 * @property {string | null} parent
 * @property {Box | null} box  an expanded group's box
 */

/**
 * Where a program is wrong: a 400's `error` (docs/api.md, "Errors"), or what api.js makes of
 * a failed request (`network`, `request`: no position).
 * @typedef {object} ErrorDetail
 * @property {string} kind  "syntax", "name", "type", "shape", "domain", "limit",
 *   "unsupported"; api.js's own "network", "request"
 * @property {string} message
 * @property {number} [line]  1-based
 * @property {number} [column]  1-based
 */

/**
 * One `d<name>` of a backward pass written by hand, checked (docs/api.md, `checks`).
 * @typedef {object} Check
 * @property {string} name  "dx", "dfdz"
 * @property {string} of  the value it is the gradient of
 * @property {string} top  the value differentiated
 * @property {number[]} lines  the 1-based lines that assign or update it
 * @property {number} line  the line to point at
 * @property {string[]} reads  the other d-names its lines read
 * @property {boolean} ok
 * @property {TensorJson | null} got
 * @property {TensorJson | null} want
 * @property {JsonNumber | null} max_error
 * @property {string | null} node  the wire that shows this gradient, if one does
 * @property {number | null} step  the backward step that computes it
 * @property {string} message
 * @property {ErrorDetail | null} error
 */

/**
 * The picture's size and geometry constants.
 * @typedef {object} Layout
 * @property {number} width
 * @property {number} height
 * @property {number} wire_length
 * @property {number} gate_gap
 * @property {number} gate_radius
 */

/**
 * The graph JSON (docs/api.md, "The graph JSON").
 * @typedef {object} Graph
 * @property {string} source
 * @property {string} output  the output node's id
 * @property {GraphNode[]} nodes  in topological order
 * @property {Edge[]} edges
 * @property {Step[]} steps
 * @property {Group[]} groups
 * @property {Check[]} checks
 * @property {Layout} layout
 * @property {string[]} warnings
 * @property {{forward: string, backward: string} | null} [code]  options.code
 */

// ---- what the browser sends ------------------------------------------------------------------

/**
 * An input's value as `values` carries it: a number or nested lists.
 * @typedef {number | NestedList} InputValue
 */

/**
 * `options` (docs/api.md, "Options"); the app's state keeps the same object.
 * @typedef {object} GraphOptions
 * @property {string[]} [expand]
 * @property {string[]} [collapse]
 * @property {number} [digits]
 * @property {boolean} [code]
 * @property {boolean} [gradcheck]
 * @property {string} [lang]
 */

/**
 * What draws a graph: the body of POST /api/graph.
 * @typedef {object} GraphRequest
 * @property {string} source
 * @property {Record<string, InputValue>} [values]
 * @property {GraphOptions} [options]
 */

// ---- other answers -----------------------------------------------------------------------

/**
 * GET /api/graph/node: a window of one node's numbers, the tensor read as a matrix
 * (docs/api.md, "GET /api/graph/node").
 * @typedef {object} NodeData
 * @property {string} id
 * @property {number[]} shape
 * @property {number} size
 * @property {number[]} matrix  [rows, columns] of the tensor read as a matrix
 * @property {number} row
 * @property {number} col
 * @property {number} rows
 * @property {number} cols
 * @property {boolean} complete
 * @property {JsonNumber[][]} value
 * @property {JsonNumber[][] | null} grad
 */

/**
 * POST /api/descent (README, "Teaching options").
 * @typedef {object} DescentAnswer
 * @property {TensorJson[]} loss  before the first step, then after each
 * @property {Record<string, TensorJson>} values  the parameters' final values
 * @property {string[]} warnings
 * @property {Graph | null} [graph]
 */

/**
 * One entry of the examples menu (backend/cgviz/teach/examples.py).
 * @typedef {object} Example
 * @property {string} id
 * @property {string} title
 * @property {string} source
 * @property {Record<string, InputValue>} values
 * @property {GraphOptions} options
 * @property {string} look
 */

/**
 * script#cgviz-page: what the app starts from besides the graph (docs/frontend.md, "Pages").
 * @typedef {object} PageData
 * @property {string} source
 * @property {Record<string, InputValue>} values
 * @property {GraphOptions} options
 * @property {ErrorDetail | null} error
 * @property {string | null} bug
 * @property {Example[]} examples
 * @property {boolean} [offline]  a one-file export: no server behind it (start.js)
 * @property {string} [view]  its view, as /embed parameters (`step=0&quiz=1`)
 */
