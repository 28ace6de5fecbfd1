"""The syntax tree of a program: plain objects with the position of their key token.

`line`/`column` point at the token an error about this node should underline (the operator
of a binary expression, the name of a called function); `start`/`end` span its source text.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True, eq=False)
class Expr:
    line: int
    column: int
    start: int
    end: int


@dataclass(slots=True, eq=False)
class Num(Expr):
    value: float


@dataclass(slots=True, eq=False)
class Name(Expr):
    id: str


@dataclass(slots=True, eq=False)
class BinOp(Expr):
    op: str  # add sub mul div matmul pow
    left: Expr
    right: Expr


@dataclass(slots=True, eq=False)
class UnaryOp(Expr):
    op: str  # neg pos
    operand: Expr


@dataclass(slots=True, eq=False)
class Attr(Expr):
    obj: Expr
    name: str  # position is the attribute name's


@dataclass(slots=True, eq=False)
class Call(Expr):
    func: Expr  # position is the called name's
    args: list[Expr]


@dataclass(slots=True, eq=False)
class Index(Expr):
    obj: Expr
    indices: list[Expr]  # position is the '['


@dataclass(slots=True, eq=False)
class Array(Expr):
    items: list[Expr]


@dataclass(slots=True, eq=False)
class Assign:
    name: str
    line: int
    column: int
    value: Expr


@dataclass(slots=True, eq=False)
class ExprStmt:
    value: Expr


Stmt = Assign | ExprStmt
