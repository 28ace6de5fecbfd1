"""Source text → syntax tree, with lark's LALR parser building the tree as it reduces.

The tree is built by an inline Transformer (no parse tree, no recursion: LALR reduces with
an explicit stack), and every lark error becomes a `CircuitError` a student can read.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from importlib.resources import files
from typing import Any, cast

from lark import Lark, Token, Transformer, v_args
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken
from lark.lark import PostLex

from ..errors import CircuitError
from ..i18n import message
from . import ast

_OPEN = {"LPAR": "(", "LSQB": "["}
_CLOSE = {"RPAR", "RSQB"}

# How the parser's terminal names read in a message: a catalog key for words, else the symbol.
_TERMINAL_WORDS = {
    "NAME": "syntax.token.name",
    "NUMBER": "syntax.token.number",
    "_SEP": "syntax.token.statement",
    "$END": "syntax.token.end",
    "OPERATOR": "syntax.token.operator",  # stands for all of + - * / @ ** after an expression
    "PLUS": "'+'",
    "MINUS": "'-'",
    "STAR": "'*'",
    "SLASH": "'/'",
    "AT": "'@'",
    "POW": "'**'",
    "DOT": "'.'",
    "LPAR": "'('",
    "RPAR": "')'",
    "LSQB": "'['",
    "RSQB": "']'",
    "EQUAL": "'='",
    "COMMA": "','",
}


class _Separators(PostLex):
    """Folds newlines and `;` into one _SEP token between statements, Python-style.

    Newlines inside brackets continue the statement (implicit line joining); runs of separators
    become one; separators at the start or end of the program disappear.
    """

    always_accept = ("_NL", "SEMI")

    def process(self, stream: Iterator[Token]) -> Iterator[Token]:
        depth = 0
        pending: Token | None = None  # a separator waiting to see whether a statement follows
        seen_statement = False
        for tok in stream:
            kind = tok.type
            if kind in ("_NL", "SEMI"):
                if kind == "_NL" and depth > 0:
                    continue
                if seen_statement and pending is None:
                    pending = Token.new_borrow_pos("_SEP", tok.value, tok)
                continue
            if pending is not None:
                yield pending
                pending = None
            if kind in _OPEN:
                depth += 1
            elif kind in _CLOSE and depth > 0:
                depth -= 1
            seen_statement = True
            yield tok


def _pos(tok: Token) -> dict[str, int]:
    start = tok.start_pos or 0
    return {"line": tok.line or 1, "column": tok.column or 1, "start": start,
            "end": start + len(tok.value)}


def _span(key: Token | ast.Expr, first: Any, last: Any) -> dict[str, int]:
    """Position of the key token, span from the first to the last child."""
    return {"line": key.line or 1, "column": key.column or 1,
            "start": _start(first), "end": _end(last)}


def _start(x: Any) -> int:
    return (x.start_pos or 0) if isinstance(x, Token) else x.start


def _end(x: Any) -> int:
    return ((x.start_pos or 0) + len(x.value)) if isinstance(x, Token) else x.end


def _binary(op: str):  # type: ignore[no-untyped-def]
    def build(self: Any, left: ast.Expr, tok: Token, right: ast.Expr) -> ast.BinOp:
        return ast.BinOp(op=op, left=left, right=right, **_span(tok, left, right))

    return build


def _unary(op: str):  # type: ignore[no-untyped-def]
    def build(self: Any, tok: Token, operand: ast.Expr) -> ast.UnaryOp:
        return ast.UnaryOp(op=op, operand=operand, **_span(tok, tok, operand))

    return build


def _items(args: Any) -> list[ast.Expr]:
    return [] if args is None else args


@v_args(inline=True)
class _AstBuilder(Transformer):  # type: ignore[type-arg]
    """Named after the grammar's aliases; called by the LALR parser at each reduction."""

    add = _binary("add")
    sub = _binary("sub")
    mul = _binary("mul")
    div = _binary("div")
    matmul = _binary("matmul")
    pow = _binary("pow")
    neg = _unary("neg")
    pos = _unary("pos")

    def number(self, tok: Token) -> ast.Num:
        return ast.Num(value=float(tok.value), **_pos(tok))

    def name(self, tok: Token) -> ast.Name:
        return ast.Name(id=str(tok.value), **_pos(tok))

    def paren(self, lpar: Token, inner: ast.Expr, rpar: Token) -> ast.Expr:
        # the span takes in the brackets, so an enclosing gate's text keeps its closing ')'
        inner.start, inner.end = _start(lpar), _end(rpar)
        return inner

    def attr(self, obj: ast.Expr, dot: Token, name: Token) -> ast.Attr:
        return ast.Attr(obj=obj, name=str(name.value), **_span(name, obj, name))

    def call(self, func: ast.Expr, lpar: Token, args: Any, rpar: Token) -> ast.Call:
        return ast.Call(func=func, args=_items(args), **_span(func, func, rpar))

    def index(self, obj: ast.Expr, lsqb: Token, args: Any, rsqb: Token) -> ast.Index:
        return ast.Index(obj=obj, indices=_items(args), **_span(lsqb, obj, rsqb))

    def array(self, lsqb: Token, args: Any, rsqb: Token) -> ast.Array:
        return ast.Array(items=_items(args), **_span(lsqb, lsqb, rsqb))

    @v_args(inline=False)
    def args(self, children: list[Any]) -> list[ast.Expr]:
        return [c for c in children if isinstance(c, ast.Expr)]

    def assign(self, name: Token, eq: Token, value: ast.Expr) -> ast.Assign:
        return ast.Assign(name=str(name.value), line=name.line or 1, column=name.column or 1,
                          value=value)

    def exprstmt(self, value: ast.Expr) -> ast.ExprStmt:
        return ast.ExprStmt(value=value)

    @v_args(inline=False)
    def start(self, children: list[Any]) -> list[ast.Stmt]:
        return [c for c in children if c is not None]


@lru_cache(maxsize=1)
def _parser() -> Lark:
    """The grammar is compiled once, on first use (no import-time work)."""
    grammar = files("cgviz.language").joinpath("grammar.lark").read_text(encoding="utf-8")
    return Lark(grammar, parser="lalr", lexer="basic", postlex=_Separators(),
                transformer=_AstBuilder(), maybe_placeholders=True)


_CACHED_CHARS = 20_000  # programs a class edits live; sliders re-send the same source


def parse(source: str) -> list[ast.Stmt]:
    """Parse a program into statements, or raise a syntax `CircuitError` with its position.

    The tree is never mutated after parsing, so small programs are parsed once and reused
    (moving a slider re-sends the same source with other values)."""
    if len(source) <= _CACHED_CHARS:
        return _parse_cached(source)
    return _parse(source)


@lru_cache(maxsize=128)
def _parse_cached(source: str) -> list[ast.Stmt]:
    return _parse(source)


def _parse(source: str) -> list[ast.Stmt]:
    try:
        result = _parser().parse(source)
    except UnexpectedInput as e:
        raise _syntax_error(source, e) from None
    return cast(list[ast.Stmt], result)


def _end_position(source: str) -> tuple[int, int]:
    """Just after the last character of code: trailing blank lines and comments do not count
    (the language has no strings, so `#` always starts a comment)."""
    lines = source.split("\n")
    for number in range(len(lines), 0, -1):
        code = lines[number - 1].split("#", 1)[0].rstrip()
        if code:
            return number, len(code) + 1
    return 1, 1


_OPERATORS = {"PLUS", "MINUS", "STAR", "SLASH", "AT", "POW"}


def _expected_words(expected: Any, inside: str | None = None) -> str:
    """Names the expected tokens; after a complete expression, says "an operator" instead of
    listing them, and mentions closing brackets only when one is open (`inside`)."""
    expected = set(expected) - {"SEMI", "_NL"}
    if expected >= _OPERATORS:
        expected -= _OPERATORS | {"DOT", "LPAR", "LSQB"}
        expected.add("OPERATOR")
    if inside is None:
        expected -= {"RPAR", "RSQB", "COMMA"}
    elif inside == "(":
        expected -= {"RSQB", "_SEP", "$END"}
    else:
        expected -= {"RPAR", "_SEP", "$END"}
    expression = {"NAME", "NUMBER"} <= expected  # anything that starts an expression
    if expression:
        expected -= {"NAME", "NUMBER", "LPAR", "LSQB", "MINUS", "PLUS"}
    words = sorted({_word(t) for t in expected})
    if expression:
        words.insert(0, message("syntax.token.expression"))
    if len(words) > 1:
        return message("syntax.either", first=", ".join(words[:-1]), last=words[-1])
    return words[0] if words else message("syntax.token.other")


def _word(terminal: str) -> str:
    word = _TERMINAL_WORDS.get(terminal, terminal)
    return message(word) if word.startswith("syntax.") else word


def _syntax_error(source: str, e: UnexpectedInput) -> CircuitError:
    if isinstance(e, UnexpectedCharacters):
        pos = e.pos_in_stream or 0
        ch = source[pos] if pos < len(source) else "?"
        quote = ch in "'\""  # a student reaching for a string
        key = "error.syntax.unexpected_quote" if quote else "error.syntax.unexpected_character"
        return CircuitError("syntax", key, e.line, e.column, char=repr(ch))
    if isinstance(e, UnexpectedEOF) or (
        isinstance(e, UnexpectedToken) and e.token.type == "$END"
    ):
        line, column = _end_position(source)
        unclosed = _unclosed_bracket(source)
        expected = getattr(e, "expected", None) or []
        if unclosed:
            return CircuitError("syntax", "error.syntax.early_end_unclosed", line, column,
                                bracket=repr(unclosed[0]), line=unclosed[1], column=unclosed[2])
        if expected:
            return CircuitError("syntax", "error.syntax.early_end_expected", line, column,
                                expected=_expected_words(expected, None))
        return CircuitError("syntax", "error.syntax.early_end", line, column)
    assert isinstance(e, UnexpectedToken)
    tok = e.token
    start = tok.start_pos or 0
    open_bracket = _unclosed_bracket(source[:start])
    inside = open_bracket[0] if open_bracket else None
    expected = _expected_words(e.expected, inside)
    if tok.type in ("NAME", "LPAR") and start > 0 and source[start - 1].isdigit():
        expected += message("error.syntax.hint_multiply")
    elif tok.type == "EQUAL":
        expected += message("error.syntax.hint_assign")
    if tok.type == "_SEP" and tok.value != ";":
        return CircuitError("syntax", "error.syntax.unexpected_end_of_line", tok.line or 1,
                            tok.column or 1, expected=expected)
    return CircuitError("syntax", "error.syntax.unexpected_token", tok.line or 1,
                        tok.column or 1, token=repr(str(tok.value)), expected=expected)


def _unclosed_bracket(source: str) -> tuple[str, int, int] | None:
    """The innermost bracket left open at the end, ignoring comments."""
    stack: list[tuple[str, int, int]] = []
    line, col = 1, 0
    in_comment = False
    for ch in source:
        col += 1
        if ch == "\n":
            line, col, in_comment = line + 1, 0, False
        elif in_comment:
            continue
        elif ch == "#":
            in_comment = True
        elif ch in "([":
            stack.append((ch, line, col))
        elif ch in ")]" and stack:
            stack.pop()
    return stack[-1] if stack else None
