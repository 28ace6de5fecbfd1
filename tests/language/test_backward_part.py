"""Where a hand-written backward part starts (language/backward_part.py `split`): the longest
tail of statements that assign or update d-names of forward values, report calls skipped."""

from __future__ import annotations

import ast

import pytest

from cgviz.language.backward_part import meaning_of, split


def parts(source: str) -> tuple[list[str], list[str], dict[str, tuple[str, str | None]]]:
    s = split(ast.parse(source).body)
    return ([ast.unparse(st) for st in s.forward], [ast.unparse(st) for st in s.backward],
            {name: (m.of, m.top) for name, m in s.names.items()})


def test_the_first_d_assignment_of_a_forward_value_starts_the_backward_part() -> None:
    forward, backward, names = parts("x = 2; y = 3\nf = x * y\ndx = y\ndy = x")
    assert forward == ["x = 2", "y = 3", "f = x * y"]
    assert backward == ["dx = y", "dy = x"]
    assert names == {"dx": ("x", None), "dy": ("y", None)}


def test_a_forward_program_that_names_a_value_dx_and_goes_on_is_not_cut_short() -> None:
    forward, backward, _ = parts("x = 2\ndx = x * 3\nf = dx + 1")
    assert backward == [] and len(forward) == 3


def test_a_d_name_of_nothing_in_the_forward_part_is_forward_code() -> None:
    assert parts("x = 2\nf = x * 3\ndelta = f - 1")[1] == []  # `elta` is not a value
    assert parts("x = 2\nf = x * 3\ndz = f")[1] == []  # nor is z


def test_augmented_and_item_assignments_and_report_calls_belong_to_the_tail() -> None:
    source = ("p = softmax(z)\nL = -log(p[1])\ndp = zeros_like(p)\ndp[1] = -1 / p[1]\n"
              "print(dp)\ncmp('p', dp, p)\ndz = p\ndz[1] -= 1\ndz += 0")
    forward, backward, names = parts(source)
    assert forward == ["p = softmax(z)", "L = -log(p[1])"]
    assert len(backward) == 7
    assert names == {"dp": ("p", None), "dz": ("z", None)}


def test_reports_before_the_first_d_line_stay_in_the_forward_part() -> None:
    forward, backward, _ = parts("x = 2\nf = x * x\nprint(f)\ndx = 2 * x")
    assert forward[-1] == "print(f)" and backward == ["dx = 2 * x"]


def test_a_line_that_is_not_a_d_assignment_ends_the_search() -> None:
    forward, backward, _ = parts("x = 2\nf = x * x\ndx = 2 * x\ng = dx + 1\ndg = 1")
    assert backward == ["dg = 1"] and forward[-1] == "g = dx + 1"


def test_d_a_d_b_names_mean_the_derivative_of_a_with_respect_to_b() -> None:
    _, _, names = parts("x = -2; y = 5; z = -4\nq = x + y\nf = q * z\ndfdz = q\ndqdx = 1.0")
    assert names == {"dfdz": ("z", "f"), "dqdx": ("x", "q")}


def test_a_forward_value_named_like_a_d_b_wins_over_the_derivative_reading() -> None:
    assert meaning_of("dadb", {"a", "b", "adb"}).of == "adb"  # type: ignore[union-attr]
    meaning = meaning_of("dadb", {"a", "b"})
    assert meaning is not None and (meaning.top, meaning.of) == ("a", "b")
    assert meaning_of("d", {"d"}) is None and meaning_of("x", {"x"}) is None


def test_a_loop_that_only_updates_d_names_and_its_own_helpers_is_part_of_the_tail() -> None:
    source = ("emb = C[Xb]\nL = sum(emb)\ndemb = ones_like(emb)\ndC = zeros_like(C)\n"
              "for k in range(2):\n  for j in range(3):\n    ix = Xb[k, j]\n"
              "    dC[ix] += demb[k, j]")
    _, backward, names = parts(source)
    assert len(backward) == 3 and set(names) == {"demb", "dC"}


def test_a_loop_that_assigns_a_forward_value_is_forward_code() -> None:
    source = "w = 1.0\nL = w * w\ndw = 2 * w\nfor i in range(3):\n  dw = 2 * w\n  w = w - dw"
    _, backward, _ = parts(source)
    assert backward == []


@pytest.mark.parametrize("line", ["dx.grad = 1", "dx, *rest = 1, 2", "del dx", "dx: float = 1"])
def test_other_statements_about_d_names_are_not_backward_lines(line: str) -> None:
    assert parts(f"x = 2\nf = x * x\n{line}")[1] == []


def test_a_program_of_only_d_lines_has_no_forward_values_and_no_backward_part() -> None:
    assert parts("dx = 1\ndy = 2")[1] == []


def test_a_long_program_without_a_backward_part_is_looked_at_once() -> None:
    body = ast.parse("\n".join(f"x{i} = {i}" for i in range(20_000)) + "\nf = x1 + x2").body
    assert split(body).backward == []


def test_a_d_name_alone_on_a_line_is_shown_not_computed_so_typing_one_keeps_the_part() -> None:
    forward, backward, names = parts("x = 2\nf = x * x\ndx = 2 * x\ndx\ndinv")
    assert forward == ["x = 2", "f = x * x"] and backward == ["dx = 2 * x", "dx", "dinv"]
    assert names == {"dx": ("x", None)}
