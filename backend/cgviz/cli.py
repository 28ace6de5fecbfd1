"""The `cgviz` command: `cgviz serve` runs the web app, `cgviz render` draws one program.

    cgviz render "x = -2; y = 5; z = -4; q = x + y; f = q * z" -o circuit.svg
    cgviz render @neuron.txt --values '{"x": 1}' -o neuron.json
    cgviz render @network.txt --width 1600 --fit -o network.png
    cgviz render @neuron.txt --step 0 --quiz 1 -o neuron.html    # one offline page
    echo "(x+y)*z" | cgviz render - > circuit.svg

Exit codes: 0 done; 2 a mistake in the program or the arguments (the message says where);
1 the output file could not be written (PNG and PDF: cairosvg missing, the message says what
to install).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .build import build, language_of
from .errors import CircuitError
from .i18n import speaking
from .render.export import MAX_SCALE, MIN_SCALE, ExportUnavailable, cairosvg, export
from .render.slides import MAX_WIDTH, MIN_WIDTH, picture

MAX_DIGITS = 6  # as the web API's `options.digits`
OUTPUTS = (".svg", ".png", ".pdf", ".html", ".json")  # what -o writes, told by the file's name


class UsageError(Exception):
    """A bad argument: printed as `error: ...`, exit 2."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version and argparse's own errors
        return exit_.code if isinstance(exit_.code, int) else 2
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.run(args))
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


# --- arguments -----------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cgviz", description="Draw backpropagation circuits the way the CS231n notes do."
    )
    parser.add_argument("--version", action="version", version=f"cgviz {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    serve = commands.add_parser("serve", help="run the web app")
    # String defaults go through `type`, so a bad $PORT is reported like a bad --port.
    serve.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"),
                       help="interface to listen on (default: $HOST or 127.0.0.1)")
    serve.add_argument("--port", type=_port, default=os.environ.get("PORT", "8000"),
                       help="port to listen on (default: $PORT or 8000)")
    serve.add_argument("--workers", type=_workers, default=os.environ.get("WORKERS"),
                       metavar="N",
                       help="server processes (default: $WORKERS or the CPUs this container "
                            "may use); each runs its builds in worker processes of its own")
    serve.add_argument("--reload", action="store_true",
                       help="restart when the code changes (development)")
    serve.set_defaults(run=_serve)

    render = commands.add_parser(
        "render", help="draw one program as SVG, PNG, PDF or graph JSON",
        description="Draw one program: the same SVG as GET /api/graph.svg, that picture as "
                    "PNG or PDF, or the graph JSON.",
    )
    render.add_argument("source", metavar="SOURCE",
                        help="the program; '-' reads it from stdin, '@FILE' or FILE.py from a "
                             "file")
    render.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help="write FILE.svg, FILE.png or FILE.pdf (the picture), FILE.json "
                             "(the graph JSON) or FILE.html (the embed's page, self-contained "
                             "and offline); without it the SVG goes to stdout")
    render.add_argument("--values", default=None, metavar="JSON",
                        help='input values as a JSON object, e.g. \'{"x": 1, "w": [2, -3]}\'')
    render.add_argument("--options", default=None, metavar="JSON",
                        help='options as a JSON object, e.g. \'{"expand": ["sigmoid"]}\'')
    render.add_argument("--theme", choices=("light", "dark"), default="light")
    render.add_argument("--digits", type=_digits, default=None, metavar="N",
                        help=f"decimals shown in the picture, 0-{MAX_DIGITS} (default 2)")
    render.add_argument("--width", type=_width, default=None, metavar="PX",
                        help="fold a wider circuit into bands stacked top to bottom until "
                             "the picture is at most PX wide, its text at its own size")
    render.add_argument("--fit", action="store_true",
                        help="with --width: make the picture exactly PX wide, folding only "
                             "as far as keeps its text at least 12 px, then scaling")
    render.add_argument("--scale", type=_scale, default=None, metavar="N",
                        help=f"PNG pixels per px of the picture, {MIN_SCALE:g}-{MAX_SCALE:g} "
                             "(default 2)")
    _page_arguments(render)
    render.set_defaults(run=_render)
    return parser


def _page_arguments(render: argparse.ArgumentParser) -> None:
    """The embed's view parameters (docs/embed.md), for an .html output; --theme and
    --digits count too."""
    page = render.add_argument_group("an .html output (the embed's parameters)")
    page.add_argument("--step", type=_step, default="end",
                      help="the step shown first: an index from -1, or 'end' (default)")
    page.add_argument("--quiz", choices=("1", "inputs"), default=None,
                      help="ask for every gradient (1) or the inputs' only")
    page.add_argument("--lang", choices=("en", "ru"), default=None,
                      help="its language (default: the reader's browser; both are inside)")
    page.add_argument("--hide", type=_parts, default=(), metavar="PARTS",
                      help="a comma list of parts to hide: editor, caption, controls, inputs")
    page.add_argument("--no-controls", dest="controls", action="store_false",
                      help="no step controls")


def _whole(what: str, low: int, high: int) -> Callable[[str], int]:
    """An argparse type for a whole number from `low` to `high` (a port, a digit count)."""

    def parse(text: str) -> int:
        try:
            n = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a {what}: {text!r}") from None
        if not low <= n <= high:
            raise argparse.ArgumentTypeError(f"{what} out of range {low}-{high}: {n}")
        return n

    return parse


_port = _whole("port number", 0, 65535)
_digits = _whole("number of digits", 0, MAX_DIGITS)
_workers = _whole("number of workers", 1, 256)
_width = _whole("width in px", MIN_WIDTH, MAX_WIDTH)


def _scale(text: str) -> float:
    try:
        n = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not MIN_SCALE <= n <= MAX_SCALE:  # NaN too
        raise argparse.ArgumentTypeError(f"scale out of range {MIN_SCALE:g}-{MAX_SCALE:g}: "
                                         f"{text}")
    return n


def _step(text: str) -> int | str:
    return "end" if text == "end" else _whole("step index", -1, 10**9)(text)


def _parts(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def cpu_count() -> int:
    """The CPUs this process may use: its affinity, and a container's CPU quota (cgroup v2
    `cpu.max`, e.g. `docker run --cpus 2`), which `os.cpu_count()` does not see."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    try:
        quota, period = Path("/sys/fs/cgroup/cpu.max").read_text().split()[:2]
        if quota != "max":
            cpus = min(cpus or 1, max(1, int(int(quota) / int(period) + 0.5)))
    except (OSError, ValueError):
        pass
    return max(1, cpus or 1)


# --- serve ---------------------------------------------------------------------------------


def _serve(args: argparse.Namespace) -> int:
    import uvicorn  # only `serve` needs the web stack

    reload_dirs = [str(Path(__file__).resolve().parent)] if args.reload else None
    workers = None if args.reload else args.workers or cpu_count()
    uvicorn.run("cgviz.server:app", host=args.host, port=args.port, reload=args.reload,
                reload_dirs=reload_dirs, workers=workers)
    return 0


# --- render --------------------------------------------------------------------------------


def _render(args: argparse.Namespace) -> int:
    source = _read_source(args.source)
    values = _json_object("--values", args.values)
    options = _json_object("--options", args.options)
    if args.digits is not None:
        options["digits"] = args.digits
    digits = options.get("digits", 2)
    if isinstance(digits, bool) or not isinstance(digits, int) or not 0 <= digits <= MAX_DIGITS:
        raise UsageError(f"options.digits must be a whole number from 0 to {MAX_DIGITS}")

    fmt = _output_format(args.output)
    _check_output_options(args, fmt)
    if fmt in ("png", "pdf"):
        try:
            cairosvg()  # before the build: say what to install at once
        except ExportUnavailable as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    try:
        graph = build(source, values, options)
    except CircuitError as err:
        print(format_error(err, source), file=sys.stderr)
        return 2
    for warning in graph.warnings:
        print(f"warning: {warning}", file=sys.stderr)

    data: str | bytes
    notes: tuple[str, ...] = ()
    if fmt == "json":
        data = json.dumps(graph.to_dict(), indent=2, ensure_ascii=False) + "\n"
    elif fmt == "svg":
        with speaking(language_of(options)):  # the picture's title and description, as its
            drawn = picture(graph, args.theme, digits, args.width, args.fit)  # captions
        data, notes = drawn.svg, drawn.notes
    elif fmt == "html":
        try:
            data = graph.to_html(step=args.step, quiz=args.quiz or False, theme=args.theme,
                                 lang=args.lang, controls=args.controls, hide=args.hide,
                                 digits=digits)
        except ValueError as exc:  # a part --hide names that the embed has not
            raise UsageError(str(exc)) from None
    else:
        try:
            with speaking(language_of(options)):
                data, notes = export(graph, fmt, args.theme, digits, args.width, args.fit,
                                     2.0 if args.scale is None else args.scale)
        except ValueError as exc:  # a PNG larger than cairo makes
            raise UsageError(str(exc)) from None
    for note in notes:
        print(f"warning: {note}", file=sys.stderr)
    if args.output is None:
        assert isinstance(data, str)  # only the SVG goes to stdout
        _write_stdout(data)
        return 0
    try:
        if isinstance(data, bytes):
            args.output.write_bytes(data)
        else:
            args.output.write_text(data, encoding="utf-8")
    except OSError as exc:
        print(f"error: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0


def _check_output_options(args: argparse.Namespace, fmt: str) -> None:
    """--width, --fit and --scale shape a picture, the embed's parameters an .html page; each
    says what it needs rather than being ignored."""
    if args.fit and args.width is None:
        raise UsageError("--fit scales the picture to --width: give --width PX too")
    if fmt in ("json", "html") and (args.width is not None or args.fit):
        raise UsageError(f"--width and --fit shape a picture file; the {fmt.upper()} output has "
                         "none (write FILE.svg, FILE.png or FILE.pdf)")
    if args.scale is not None and fmt != "png":
        raise UsageError("--scale sets a PNG's pixels per px: write FILE.png, or leave it out")
    page = [flag for flag, given in (("--step", args.step != "end"), ("--quiz", args.quiz),
                                     ("--lang", args.lang), ("--hide", args.hide),
                                     ("--no-controls", not args.controls)) if given]
    if page and fmt != "html":
        raise UsageError(f"{', '.join(page)}: the embed's parameters shape an .html page; "
                         "write FILE.html, or leave them out")


def _read_source(arg: str) -> str:
    """The program: `-` stdin, `@FILE` or a file named `*.py` (a program cannot end in `.py`:
    that would read an attribute `py`), else the argument itself."""
    if arg == "-":
        return sys.stdin.read()
    if arg.startswith("@") or (arg.endswith(".py") and "\n" not in arg):
        path = Path(arg.removeprefix("@"))
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            raise UsageError(f"cannot read the program from {path}: {reason}") from None
    return arg


def _json_object(flag: str, text: str | None) -> dict[str, Any]:
    if text is None:
        return {}
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(f"{flag} is not valid JSON ({exc}): {text}") from None
    if not isinstance(value, dict):
        raise UsageError(f"{flag} must be a JSON object, like '{{\"x\": 1}}', not: {text}")
    return value


def _output_format(output: Path | None) -> str:
    if output is None:
        return "svg"
    suffix = output.suffix.lower()
    if suffix not in OUTPUTS:
        names = ", ".join(f"*{o}" for o in OUTPUTS[:-1]) + f" or *{OUTPUTS[-1]}"
        raise UsageError(f"cannot tell what to write to {output}: name it {names}")
    return suffix[1:]


def _write_stdout(text: str) -> None:
    # The SVG is UTF-8 whatever the terminal's locale (it has σ and friends in it).
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def format_error(err: CircuitError, source: str) -> str:
    """`error (kind) at line L, column C: message`, then the line and a caret under the column."""
    head = f"error ({err.kind}) at line {err.line}, column {err.column}: {err.message}"
    shown = err.excerpt(source)
    if shown is None:
        return head
    text, caret = shown
    return f"{head}\n  {text}\n  {caret}"


if __name__ == "__main__":  # python -m cgviz.cli
    sys.exit(main())
