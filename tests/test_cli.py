"""The `cgviz` command (docs/api.md): `render` to SVG, JSON or stdout, errors with a caret,
`serve`."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cgviz import __version__
from cgviz.cli import cpu_count, main
from cgviz.i18n import catalog

STAGED = "x = -2; y = 5; z = -4; q = x + y; f = q * z"


def nodes_by_label(graph: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {n["label"]: n for n in graph["nodes"] if n["label"]}


def output_node(graph: dict[str, Any]) -> dict[str, Any]:
    return next(n for n in graph["nodes"] if n["id"] == graph["output"])


def render_json(tmp_path: Path, *args: str) -> dict[str, Any]:
    out = tmp_path / "circuit.json"
    assert main(["render", *args, "-o", str(out)]) == 0
    graph: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return graph


# --- render --------------------------------------------------------------------------------


def test_render_writes_the_staged_circuit_as_an_svg_file(tmp_path: Path) -> None:
    out = tmp_path / "circuit.svg"
    assert main(["render", STAGED, "-o", str(out)]) == 0
    svg = out.read_text(encoding="utf-8")
    assert "<svg" in svg and svg.rstrip().endswith("</svg>")
    assert "-12.00" in svg  # the output's value, two decimals by default


def test_render_writes_the_graph_json_with_values_and_gradients(tmp_path: Path) -> None:
    out = tmp_path / "circuit.json"
    assert main(["render", STAGED, "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("{\n  "), "the JSON is indented for people to read"
    graph = json.loads(text)
    assert graph["source"] == STAGED
    assert output_node(graph)["value"] == -12.0
    wires = nodes_by_label(graph)
    assert wires["x"]["grad"] == -4.0
    assert wires["y"]["grad"] == -4.0
    assert wires["z"]["grad"] == 3.0


def test_render_without_output_prints_the_svg_to_stdout(capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    assert main(["render", STAGED]) == 0
    out, err = capsys.readouterr()
    assert "<svg" in out and "-12.00" in out
    assert err == ""


def test_values_override_the_literals_in_the_source(tmp_path: Path) -> None:
    graph = render_json(tmp_path, STAGED, "--values", '{"x": 3}')
    assert output_node(graph)["value"] == -32.0  # (3 + 5) * -4
    wires = nodes_by_label(graph)
    assert wires["x"]["value"] == 3.0
    assert wires["z"]["grad"] == 8.0


def test_values_give_unassigned_inputs_their_values_without_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    graph = render_json(tmp_path, "(x+y)*z", "--values", '{"x": -2, "y": 5, "z": -4}')
    assert output_node(graph)["value"] == -12.0
    assert graph["warnings"] == []
    assert capsys.readouterr().err == ""


def test_unassigned_inputs_are_reported_as_warnings_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    graph = render_json(tmp_path, "f = q * zz")
    err = capsys.readouterr().err
    assert graph["warnings"], "an input without a value is a warning"
    assert all(f"warning: {w}" in err for w in graph["warnings"])


def test_options_expand_draws_sigmoid_as_its_primitive_gates_with_the_same_gradient(
    tmp_path: Path,
) -> None:
    plain = render_json(tmp_path, "x = 1; f = sigmoid(x)")
    expanded = render_json(tmp_path, "x = 1; f = sigmoid(x)",
                           "--options", '{"expand": ["sigmoid"]}')
    assert len(expanded["nodes"]) > len(plain["nodes"])
    slope = nodes_by_label(plain)["x"]["grad"]
    assert nodes_by_label(expanded)["x"]["grad"] == pytest.approx(slope)


def test_digits_and_theme_reach_the_picture(tmp_path: Path) -> None:
    out = tmp_path / "circuit.svg"
    assert main(["render", STAGED, "--digits", "3", "--theme", "dark", "-o", str(out)]) == 0
    svg = out.read_text(encoding="utf-8")
    assert "-12.000" in svg
    assert "dark" in svg


def test_options_lang_names_and_describes_the_picture_in_that_language(tmp_path: Path) -> None:
    out = tmp_path / "circuit.svg"
    assert main(["render", STAGED, "--options", '{"lang": "ru"}', "-o", str(out)]) == 0
    svg = out.read_text(encoding="utf-8")
    ru = catalog("ru")
    assert f"<title>{ru['ui.circuit_title'].format(program=STAGED)}</title>" in svg
    words = ru["ui.circuit_desc"].format(wires=5, gates=2)
    assert f"<desc>{words} " in svg


def test_source_is_read_from_a_file_with_an_at_sign(tmp_path: Path) -> None:
    program = tmp_path / "staged.txt"
    program.write_text("x = -2; y = 5; z = -4\nq = x + y\nf = q * z\n", encoding="utf-8")
    graph = render_json(tmp_path, f"@{program}")
    assert output_node(graph)["value"] == -12.0


def test_source_is_read_from_stdin_with_a_dash(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(STAGED + "\n"))
    graph = render_json(tmp_path, "-")
    assert output_node(graph)["value"] == -12.0


# --- mistakes --------------------------------------------------------------------------------


def test_a_mistake_exits_2_and_points_a_caret_at_its_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "circuit.svg"
    source = "x = -2\ny = 5 +* 3\nf = x * y"
    assert main(["render", source, "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert not out.exists(), "nothing is written for a broken program"
    head, quoted, caret = captured.err.splitlines()[:3]
    match = re.fullmatch(r"error \(syntax\) at line 2, column (\d+): .+", head)
    assert match, head
    column = int(match.group(1))
    assert column == 8, "the column of the unexpected '*'"
    assert quoted == "  y = 5 +* 3"
    assert caret == "  " + " " * (column - 1) + "^"


def test_the_caret_keeps_the_lines_tabs_so_it_lines_up(capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    assert main(["render", "x = 1\n\tf = foo(x)"]) == 2
    head, quoted, caret = capsys.readouterr().err.splitlines()[:3]
    assert head.startswith("error (name) at line 2, column 6: ")
    assert quoted == "  \tf = foo(x)"
    assert caret == "  \t    ^"


def test_bad_json_in_values_exits_2_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", STAGED, "--values", "{x: 1}"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --values is not valid JSON")


def test_values_that_are_not_a_json_object_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", STAGED, "--values", "[1, 2]"]) == 2
    assert "--values must be a JSON object" in capsys.readouterr().err


def test_an_output_of_an_unknown_kind_exits_2_naming_the_kinds_that_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["render", STAGED, "-o", str(tmp_path / "circuit.gif")]) == 2
    err = capsys.readouterr().err
    assert err == (f"error: cannot tell what to write to {tmp_path / 'circuit.gif'}: "
                   "name it *.svg, *.png, *.pdf, *.html or *.json\n")
    assert not (tmp_path / "circuit.gif").exists()


def test_a_missing_program_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                        ) -> None:
    assert main(["render", f"@{tmp_path / 'missing.txt'}"]) == 2
    assert "cannot read the program" in capsys.readouterr().err


def test_a_python_file_is_read_by_its_name(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    program = tmp_path / "prog.py"
    program.write_text(STAGED, encoding="utf-8")
    assert main(["render", str(program), "-o", str(tmp_path / "c.json")]) == 0
    assert json.loads((tmp_path / "c.json").read_text())["source"] == STAGED
    assert main(["render", str(tmp_path / "missing.py")]) == 2
    assert "cannot read the program from" in capsys.readouterr().err


def test_digits_out_of_range_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", STAGED, "--digits", "9"]) == 2
    assert "--digits" in capsys.readouterr().err


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "render" in capsys.readouterr().err


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"cgviz {__version__}"


# --- serve -----------------------------------------------------------------------------------


@pytest.fixture
def uvicorn_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, dict[str, Any]]]:
    import uvicorn

    calls: list[tuple[Any, dict[str, Any]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    monkeypatch.delenv("HOST", raising=False)
    monkeypatch.delenv("PORT", raising=False)
    monkeypatch.delenv("WORKERS", raising=False)
    return calls


def test_serve_runs_the_asgi_app_on_localhost_8000_by_default(
    uvicorn_calls: list[tuple[Any, dict[str, Any]]],
) -> None:
    assert main(["serve"]) == 0
    [(app, kw)] = uvicorn_calls
    assert app == "cgviz.server:app"
    assert (kw["host"], kw["port"], kw["reload"]) == ("127.0.0.1", 8000, False)


def test_serve_takes_host_and_port_from_the_environment_and_flags_win(
    uvicorn_calls: list[tuple[Any, dict[str, Any]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOST", "0.0.0.0")
    monkeypatch.setenv("PORT", "9123")
    assert main(["serve"]) == 0
    assert main(["serve", "--port", "9000", "--host", "::1"]) == 0
    assert [(kw["host"], kw["port"]) for _, kw in uvicorn_calls] == [("0.0.0.0", 9123),
                                                                     ("::1", 9000)]


def test_serve_runs_one_process_per_cpu_unless_told(
    uvicorn_calls: list[tuple[Any, dict[str, Any]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["serve"]) == 0
    assert main(["serve", "--workers", "3"]) == 0
    monkeypatch.setenv("WORKERS", "1")
    assert main(["serve"]) == 0
    assert main(["serve", "--reload"]) == 0  # a reloading server is one process
    assert [kw["workers"] for _, kw in uvicorn_calls] == [cpu_count(), 3, 1, None]
    assert cpu_count() <= len(os.sched_getaffinity(0))


def test_serve_refuses_a_workers_count_out_of_range(
    uvicorn_calls: list[tuple[Any, dict[str, Any]]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve", "--workers", "0"]) == 2
    assert "number of workers out of range" in capsys.readouterr().err
    assert uvicorn_calls == []


def test_serve_refuses_a_port_that_is_not_a_number(
    uvicorn_calls: list[tuple[Any, dict[str, Any]]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve", "--port", "http"]) == 2
    assert "not a port number" in capsys.readouterr().err
    assert uvicorn_calls == []


# --- the installed console script -----------------------------------------------------------


def test_the_console_script_renders_a_program_file_from_another_directory(tmp_path: Path
                                                                          ) -> None:
    script = Path(sys.executable).parent / ("cgviz.exe" if os.name == "nt" else "cgviz")
    assert script.exists(), f"no console script at {script}: run `pip install -e .` first"
    (tmp_path / "staged.txt").write_text(STAGED, encoding="utf-8")
    done = subprocess.run([str(script), "render", "@staged.txt", "-o", "out.json"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    graph = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert output_node(graph)["value"] == -12.0
    assert nodes_by_label(graph)["x"]["grad"] == -4.0
