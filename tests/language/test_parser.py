"""Source text → Python's syntax tree (docs/language.md): the `^` rewrite, dedent, empty statements,
positions mapped back to the text typed, and Python's own syntax errors at their position.

The first version's lark grammar and its hand-written messages are gone: a syntax error now
keeps Python's message (docs/language.md, Errors), so these tests assert Python's words and
exact positions.
"""

from __future__ import annotations

import ast

import pytest

from cgviz.errors import CircuitError
from cgviz.language.parser import parse


def show(source: str) -> list[str]:
    return [ast.unparse(st) for st in parse(source).module.body]


def syntax_error(source: str, kind: str = "syntax") -> CircuitError:
    with pytest.raises(CircuitError) as info:
        parse(source)
    assert info.value.kind == kind
    return info.value


def test_statements_are_separated_by_newlines_and_semicolons() -> None:
    assert show("x = -2; y = 5\nz = -4\nq = x + y; f = q * z") == [
        "x = -2", "y = 5", "z = -4", "q = x + y", "f = q * z"]


def test_empty_statements_and_a_stray_indent_are_still_accepted() -> None:
    source = "# the first circuit\n\n;; x = 1 ;; # an input\n\n\n   y = x * 2;\n# the end\n"
    assert show(source) == ["x = 1", "y = x * 2"]


def test_pasted_code_is_dedented_first() -> None:
    assert show("    x = 1\n    for i in range(3):\n        x += i\n") == [
        "x = 1", "for i in range(3):\n    x += i"]


@pytest.mark.parametrize(("source", "tree"), [
    ("x^2", "x ** 2"), ("2^3^2", "2 ** 3 ** 2"), ("-x^2", "-x ** 2"), ("a ^= 2", "a **= 2"),
])
def test_caret_is_power_and_right_associative(source: str, tree: str) -> None:
    assert show(source) == [tree]


def test_a_caret_in_a_comment_or_a_string_is_left_alone() -> None:
    assert show("x = Value(2.0, label='a^b')  # x^2") == ["x = Value(2.0, label='a^b')"]


@pytest.mark.parametrize("name", ["θ", "μ", "Δ", "ŷ", "w0", "x_1", "ΔW_1", "пример"])
def test_identifiers_are_unicode_words(name: str) -> None:
    assert show(f"{name} = 1") == [f"{name} = 1"]


def test_a_syntax_error_keeps_pythons_message_and_position() -> None:
    e = syntax_error("x = 1\ny = x * * 2")
    assert (e.line, e.column) == (2, 9)
    assert e.message == "invalid syntax"


def test_positions_after_a_caret_rewrite_point_into_the_text_typed() -> None:
    e = syntax_error("y = x^2 + ^ 3")
    assert (e.line, e.column) == (1, 11)


def test_positions_after_unicode_names_count_characters() -> None:
    e = syntax_error("θθθ = μ^2 $ 1")
    assert (e.line, e.column) == (1, 11)


def test_positions_after_a_dedent_point_into_the_text_typed() -> None:
    e = syntax_error("    x = 1\n    y = (x +")
    assert (e.line, e.column) == (2, 9)
    assert "'(' was never closed" in e.message


def test_more_than_200_nested_brackets_is_a_limit_error_with_a_position() -> None:
    e = syntax_error("x = 1\ny = " + "(" * 5000 + "x" + ")" * 5000, "limit")
    assert e.line == 2 and e.column > 200


def test_a_60000_term_sum_parses_although_pythons_tree_builder_recurses() -> None:
    (_, st) = parse("x = 1\nf = x" + " + x" * 60_000).module.body
    assert isinstance(st, ast.Assign)


def test_a_program_of_only_comments_has_no_statements() -> None:
    assert show("# nothing here\n\n# still nothing\n") == []
    assert show("") == []


def test_a_pasted_interactive_session_loses_its_prompts_and_printed_outputs() -> None:
    # HIPS/autograd's README prints its example as a `>>>` session, as the PyTorch docs do
    source = (">>> import autograd.numpy as np\n>>>\n>>> def tanh(x):\n"
              "...     return (1.0 - np.exp((-2 * x))) / (1.0 + np.exp(-(2 * x)))\n...\n"
              ">>> tanh(1.0)\nnp.float64(0.7615941559557649)\n")
    assert show(source) == ["import autograd.numpy as np",
                            "def tanh(x):\n    return (1.0 - np.exp(-2 * x)) / "
                            "(1.0 + np.exp(-(2 * x)))", "tanh(1.0)"]


def test_an_error_in_a_session_points_past_the_prompt_into_the_text_typed() -> None:
    e = syntax_error(">>> x = 1\n>>> y = x +* 2\n1\n")
    assert (e.line, e.column) == (2, 12)


def test_code_that_does_not_start_with_a_prompt_keeps_its_prompts_as_python_reads_them() -> None:
    e = syntax_error("x = 1\n>>> y = 2")
    assert (e.line, e.column) == (2, 1)


def test_comment_lines_before_a_session_do_not_hide_its_prompts() -> None:
    assert show("# from the docs\n\n>>> x = 1\n>>> y = x\n") == ["x = 1", "y = x"]
