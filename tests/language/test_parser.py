"""Source text → syntax tree (SPEC §1): statements, literals, precedence, positions, syntax errors.

Trees are compared as compact S-expressions (`show`), so a test reads like the grammar.
Every syntax error asserts its line and column, not just that something raised (STYLE habit 7).
"""

from __future__ import annotations

import pytest

from cgviz.errors import CircuitError
from cgviz.language import ast
from cgviz.language.parser import parse


def show(e: ast.Expr | ast.Stmt) -> str:
    """A compact S-expression of a tree (iterative, like everything that walks trees here)."""
    out: list[str] = []
    stack: list[object] = [e]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, ast.Assign):
            stack += [")", item.value, f"(= {item.name} "]
        elif isinstance(item, ast.ExprStmt):
            stack.append(item.value)
        elif isinstance(item, ast.Num):
            out.append(f"{item.value:g}")
        elif isinstance(item, ast.Name):
            out.append(item.id)
        elif isinstance(item, ast.BinOp):
            stack += [")", item.right, " ", item.left, f"({item.op} "]
        elif isinstance(item, ast.UnaryOp):
            stack += [")", item.operand, f"({item.op} "]
        elif isinstance(item, ast.Attr):
            stack += [f" .{item.name})", item.obj, "(attr "]
        elif isinstance(item, ast.Call | ast.Index | ast.Array):
            if isinstance(item, ast.Call):
                head, parts = "call", [item.func, *item.args]
            elif isinstance(item, ast.Index):
                head, parts = "index", [item.obj, *item.indices]
            else:
                head, parts = "list", list(item.items)
            stack.append(")")
            for p in reversed(parts):
                stack += [p, " "]
            stack.append(f"({head}")
        else:
            raise AssertionError(item)
    return "".join(out)


def one(source: str) -> str:
    statements = parse(source)
    assert len(statements) == 1, statements
    return show(statements[0])


def syntax_error(source: str) -> CircuitError:
    with pytest.raises(CircuitError) as info:
        parse(source)
    assert info.value.kind == "syntax"
    return info.value


# ---- statements ----------------------------------------------------------------------------


def test_statements_are_separated_by_newlines_and_semicolons() -> None:
    statements = parse("x = -2; y = 5\nz = -4\nq = x + y; f = q * z")
    assert [show(s) for s in statements] == [
        "(= x (neg 2))", "(= y 5)", "(= z (neg 4))", "(= q (add x y))", "(= f (mul q z))"]


def test_comments_blank_lines_and_repeated_separators_are_ignored() -> None:
    source = "# the first circuit\n\n;; x = 1 ;; # an input\n\n\n   y = x * 2;\n# the end\n"
    assert [show(s) for s in parse(source)] == ["(= x 1)", "(= y (mul x 2))"]


def test_a_program_of_only_comments_has_no_statements() -> None:
    assert parse("# nothing here\n\n# still nothing\n") == []
    assert parse("") == []


def test_a_bare_expression_is_an_expression_statement() -> None:
    (st,) = parse("(x + y) * z")
    assert isinstance(st, ast.ExprStmt)
    assert show(st) == "(mul (add x y) z)"


def test_an_assignment_keeps_the_position_of_its_name() -> None:
    _, st = parse("x = 1\n  long_name = x")
    assert isinstance(st, ast.Assign)
    assert (st.name, st.line, st.column) == ("long_name", 2, 3)


@pytest.mark.parametrize("source", ["f = (a\n + b)", "f = max(a,\n b)", "f = [a,\n  b,\n]",
                                    "f = W[1,\n 2]", "f = a + \\\n b"])
def test_newlines_inside_brackets_continue_the_statement(source: str) -> None:
    assert len(parse(source)) == 1


def test_a_newline_after_a_closed_bracket_ends_the_statement() -> None:
    assert [show(s) for s in parse("f = (a + b)\n-c")] == ["(= f (add a b))", "(neg c)"]


# ---- literals and names ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("1", 1.0), ("2.5", 2.5), (".5", 0.5), ("2.", 2.0), ("1e-3", 1e-3), ("3E-1", 0.3),
    ("1e+2", 100.0), ("007", 7.0), ("6.02e23", 6.02e23),
])
def test_number_literals_are_written_as_python_writes_them(text: str, value: float) -> None:
    (st,) = parse(f"x = {text}")
    assert isinstance(st, ast.Assign) and isinstance(st.value, ast.Num)
    assert st.value.value == value


def test_signed_literals_and_array_literals_parse_as_written() -> None:
    assert one("x = -2") == "(= x (neg 2))"
    assert one("x = +2") == "(= x (pos 2))"
    assert one("w = [2, -3, -3]") == "(= w (list 2 (neg 3) (neg 3)))"
    assert one("W = [[1, 2], [3, 4]]") == "(= W (list (list 1 2) (list 3 4)))"


@pytest.mark.parametrize("name", ["θ", "μ", "Δ", "w0", "x_1", "_tmp", "ΔW_1", "пример"])
def test_identifiers_are_unicode_words(name: str) -> None:
    assert one(f"{name} = 1") == f"(= {name} 1)"


def test_a_number_is_not_part_of_a_following_name() -> None:
    assert one("x_1 = w0 * 2") == "(= x_1 (mul w0 2))"


def test_module_prefixes_and_methods_are_attributes() -> None:
    assert one("math.exp(x)") == "(call (attr math .exp) x)"
    assert one("np.dot(W, X)") == "(call (attr np .dot) W X)"
    assert one("math.pi") == "(attr math .pi)"
    assert one("W.dot(X)") == "(call (attr W .dot) X)"
    assert one("x.sum()") == "(call (attr x .sum))"
    assert one("x.T") == "(attr x .T)"


# ---- precedence ---------------------------------------------------------------------------


@pytest.mark.parametrize(("source", "tree"), [
    ("a + b * c", "(add a (mul b c))"),
    ("a * b + c", "(add (mul a b) c)"),
    ("a - b - c", "(sub (sub a b) c)"),
    ("a / b * c", "(mul (div a b) c)"),
    ("a @ b + c", "(add (matmul a b) c)"),
    ("a + b @ c", "(add a (matmul b c))"),
    ("-x**2", "(neg (pow x 2))"),
    ("-x ** 2 * 3", "(mul (neg (pow x 2)) 3)"),
    ("2**-1", "(pow 2 (neg 1))"),
    ("2**3**2", "(pow 2 (pow 3 2))"),
    ("2^3^2", "(pow 2 (pow 3 2))"),
    ("x^2", "(pow x 2)"),
    ("-a * b", "(mul (neg a) b)"),
    ("--x", "(neg (neg x))"),
    ("x.T[0]", "(index (attr x .T) 0)"),
    ("W[1, 2]", "(index W 1 2)"),
    ("w[0]**2", "(pow (index w 0) 2)"),
    ("W.T @ x", "(matmul (attr W .T) x)"),
    ("-W.T", "(neg (attr W .T))"),
    ("(a + b) * c", "(mul (add a b) c)"),
    ("f(x)[1]", "(index (call f x) 1)"),
])
def test_operators_bind_as_in_python(source: str, tree: str) -> None:
    assert one(source) == tree


# ---- positions ----------------------------------------------------------------------------


def test_a_binary_expression_points_at_its_operator_and_spans_its_operands() -> None:
    (st,) = parse("x = 1\n\ny = alpha  *  beta")[1:]
    assert isinstance(st, ast.Assign)
    e = st.value
    assert isinstance(e, ast.BinOp)
    assert (e.line, e.column) == (3, 12)
    assert "x = 1\n\ny = alpha  *  beta"[e.start:e.end] == "alpha  *  beta"


def test_a_call_points_at_the_called_name() -> None:
    (_, st) = parse("a = 1\nb = 2 + np.exp(a)")
    assert isinstance(st, ast.Assign) and isinstance(st.value, ast.BinOp)
    call = st.value.right
    assert isinstance(call, ast.Call)
    assert (call.line, call.column) == (2, 12)  # the `exp` of np.exp


# ---- syntax errors ------------------------------------------------------------------------


def test_an_unexpected_token_is_named_with_what_was_expected() -> None:
    e = syntax_error("x = 1\ny = x * * 2")
    assert (e.line, e.column) == (2, 9)
    assert e.message == "unexpected '*'; expected an expression"


def test_an_unexpected_closing_bracket_says_which_one_was_expected() -> None:
    e = syntax_error("x = 1\ny = (2]")
    assert (e.line, e.column) == (2, 7)
    assert e.message == "unexpected ']'; expected ')'"


def test_a_stray_closing_bracket_is_pointed_at() -> None:
    e = syntax_error("x = 1\ny = 2)")
    assert (e.line, e.column) == (2, 6)
    assert "unexpected ')'" in e.message


def test_an_unclosed_bracket_at_the_end_names_where_it_was_opened() -> None:
    e = syntax_error("x = 1\n\ny = (1 +\n 2")
    assert (e.line, e.column) == (4, 3)  # just after the last character
    assert e.message == ("the program ends too early: '(' at line 3, column 5 is never closed")
    e = syntax_error("x = 1\ny = [\n1, 2")
    assert (e.line, e.column) == (3, 5)
    assert "'[' at line 2, column 5 is never closed" in e.message


def test_a_program_ending_after_an_operator_says_an_expression_was_expected() -> None:
    e = syntax_error("x = 1\ny = x +\n\n")
    assert (e.line, e.column) == (2, 8)
    assert e.message == "the program ends too early; expected an expression"


def test_the_end_of_a_program_is_the_end_of_its_code_not_of_a_trailing_comment() -> None:
    e = syntax_error("x = 1\ny = x +  # and then?\n\n# the end\n")
    assert (e.line, e.column) == (2, 8)


def test_a_number_followed_by_a_name_suggests_the_missing_star() -> None:
    e = syntax_error("x = 1\ny = 2x")
    assert (e.line, e.column) == (2, 6)
    assert e.message.startswith("unexpected 'x'; expected")
    assert "write 2*x for a product" in e.message


def test_assigning_to_something_other_than_a_name_is_a_syntax_error() -> None:
    e = syntax_error("x = 1\ny = x = 2")
    assert (e.line, e.column) == (2, 7)
    assert "only a plain name can be assigned" in e.message
    e = syntax_error("3 = x")
    assert (e.line, e.column) == (1, 3)


def test_an_unknown_character_is_pointed_at() -> None:
    e = syntax_error("x = 1\ny = x $ 2")
    assert (e.line, e.column) == (2, 7)
    assert e.message == "unexpected character '$'"


def test_a_string_is_not_part_of_the_language() -> None:
    e = syntax_error("x = 1\nname = 'w'")
    assert (e.line, e.column) == (2, 8)
    assert "strings are not part of the language" in e.message


def test_two_names_in_a_row_need_an_operator() -> None:
    e = syntax_error("a = 1\nb = 2\na b")
    assert (e.line, e.column) == (3, 3)
    assert "an operator" in e.message


def test_an_empty_argument_is_a_syntax_error() -> None:
    e = syntax_error("x = 1\ny = max(,)")
    assert (e.line, e.column) == (2, 9)
    assert e.message == "unexpected ','; expected an expression or ')'"
