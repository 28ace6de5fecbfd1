"""Program text → Python's own syntax tree, with every position mapped back to the text typed.

Four small rewrites come before `ast.parse` (docs/language.md: everything the first version accepted
stays valid), each recorded so that positions in the tree can be read in the user's text:

- pasted code is dedented (the common leading whitespace of its lines); a line indented
  where Python expects no block (the first version ignored indentation) loses its indent;
- an interactive session pasted from a README or the PyTorch docs (its first line that is not
  a comment starts with `>>>`) loses its `>>> `/`... ` prompts, and the lines without a
  prompt, the printed outputs, are left out (as the `doctest` module reads such text);
- `^` is power: the token becomes `**` (found with `tokenize`, so a `^` in a comment or a
  string is left alone);
- empty statements (`;;`, a line starting with `;`) are dropped.

`ast` counts columns in UTF-8 bytes of the rewritten line; `Positions` turns them into the
1-based line and column of the original text, and into offsets for a gate's source text.
Python's parser and its tree builder are C code that recurse: absurd nesting (201 brackets,
a 100,000-term sum past the recursion allowance) becomes a `limit` error, never a crash.
"""

from __future__ import annotations

import ast
import io
import re
import sys
import tokenize
from bisect import bisect_right
from dataclasses import dataclass, field
from types import FrameType

from ..errors import CircuitError

_EMPTY_STATEMENT = re.compile(r"(^|;)[ \t]*;", re.MULTILINE)
_STATEMENT_STARTS = (tokenize.NEWLINE, tokenize.NL, tokenize.INDENT, tokenize.DEDENT)
_MAX_REINDENTS = 200  # lines whose stray indent is dropped, one parse each


@dataclass(slots=True)
class _Line:
    start: int  # offset of the line in the original text
    text: str  # the rewritten line
    indent: int  # characters of indentation removed
    # (rewritten column, shift): from that column on, original = rewritten + indent + shift
    marks: list[tuple[int, int]] = field(default_factory=list)
    ascii: bool = True


class Positions:
    """Maps (line, column) of the rewritten text to the original one."""

    def __init__(self, source: str, lines: list[_Line]) -> None:
        self.source = source
        self.lines = lines
        # Per line, the offset of its rewritten column 0 in the original text when every column
        # maps by that one shift (ASCII, nothing rewritten: nearly every line), else None. A
        # gate asks for three or four positions, so this skips most of `original`'s work.
        self._shift: list[int | None] = [
            None if line.marks or not line.ascii else line.start + line.indent
            for line in lines]

    def offset(self, lineno: int, byte_col: int) -> int:
        """Offset in the original text of a rewritten (line, byte column)."""
        shift = self._shift[lineno - 1] if 0 < lineno <= len(self._shift) else None
        if shift is not None:
            return shift + byte_col
        return self.original(lineno, self.char_column(lineno, byte_col))[2]

    def char_column(self, lineno: int, byte_col: int) -> int:
        line = self.lines[lineno - 1] if 0 < lineno <= len(self.lines) else None
        if line is None or line.ascii:
            return byte_col
        return len(line.text.encode("utf-8")[:byte_col].decode("utf-8", errors="ignore"))

    def original(self, lineno: int, char_col: int) -> tuple[int, int, int]:
        """(line, column, offset) in the original text of a 0-based rewritten column."""
        if not 0 < lineno <= len(self.lines):
            return max(1, min(lineno, len(self.lines))), 1, len(self.source)
        line = self.lines[lineno - 1]
        shift = 0
        if line.marks:
            i = bisect_right(line.marks, (char_col, sys.maxsize))
            shift = line.marks[i - 1][1] if i else 0
        col = char_col + line.indent + shift
        return lineno, col + 1, line.start + col

    def at(self, lineno: int, byte_col: int) -> tuple[int, int]:
        shift = self._shift[lineno - 1] if 0 < lineno <= len(self._shift) else None
        if shift is not None:
            return lineno, shift - self.lines[lineno - 1].start + byte_col + 1
        line, col, _ = self.original(lineno, self.char_column(lineno, byte_col))
        return line, col

    def start(self, node: ast.AST) -> tuple[int, int]:
        return self.at(node.lineno, node.col_offset)  # type: ignore[attr-defined]

    def span(self, node: ast.AST) -> tuple[int, int]:
        """Offsets of the node's text in the original source."""
        lineno, end = node.lineno, node.end_lineno  # type: ignore[attr-defined]
        if lineno == end and 0 < lineno <= len(self._shift):  # one line: one shift
            shift = self._shift[lineno - 1]
            if shift is not None:
                lo = shift + node.col_offset  # type: ignore[attr-defined]
                return lo, max(lo, shift + node.end_col_offset)  # type: ignore[attr-defined]
        lo = self.offset(lineno, node.col_offset)  # type: ignore[attr-defined]
        hi = self.offset(end, node.end_col_offset)  # type: ignore[attr-defined]
        return lo, max(lo, hi)

    def after(self, node: ast.AST, skip: str = " \t\r\\)") -> tuple[int, int]:
        """The first character after `node` that is not space, `)` or a comment: the
        operator of a binary expression, the `[` of an index."""
        lineno = node.end_lineno  # type: ignore[attr-defined]
        col = self.char_column(lineno, node.end_col_offset)  # type: ignore[attr-defined]
        while 0 < lineno <= len(self.lines):
            text = self.lines[lineno - 1].text
            while col < len(text) and text[col] in skip:
                col += 1
            if col < len(text) and text[col] != "#":
                line, column, _ = self.original(lineno, col)
                return line, column
            lineno, col = lineno + 1, 0
        return self.start(node)


@dataclass(slots=True)
class Parsed:
    module: ast.Module
    positions: Positions


def read(source: str) -> Parsed:
    """Parse a program, or raise a `syntax`/`limit` `CircuitError` at its position."""
    lines = _dedent(source)
    _drop_prompts(lines)
    _rewrite_tokens(lines)
    for _ in range(_MAX_REINDENTS):
        text = "\n".join(line.text for line in lines)
        try:
            module = _parse(text)
        except IndentationError as e:
            if not _drop_stray_indent(lines, e):
                raise _syntax(e, Positions(source, lines)) from None
            continue
        except SyntaxError as e:
            raise _syntax(e, Positions(source, lines)) from None
        return Parsed(module, Positions(source, lines))
    raise CircuitError("syntax", "error.syntax.indentation", 1, 1)


def _parse(text: str) -> ast.Module:
    """`ast.parse` with room for its C recursion: deep sums and chains build the tree
    recursively, ~3 levels per allowed frame. The allowance is lifted only for this call and
    restored at once; our own walks over expressions use explicit stacks (lower.py names the
    two helpers that recurse, and what bounds them)."""
    old = sys.getrecursionlimit()
    depth = _frames()
    sys.setrecursionlimit(max(old, depth + min(40_000, len(text) // 3 + 200)))
    try:
        return ast.parse(text, "<program>", "exec")
    except (RecursionError, MemoryError):
        raise _TooDeep() from None
    finally:
        sys.setrecursionlimit(old)


class _TooDeep(SyntaxError):
    pass


def _frames() -> int:
    frame: FrameType | None = sys._getframe()
    n = 0
    while frame is not None:
        frame, n = frame.f_back, n + 1
    return n


def _syntax(e: SyntaxError, positions: Positions) -> CircuitError:
    if isinstance(e, _TooDeep):
        line = _longest_line(positions)
        return CircuitError("limit", "error.limit.nesting", line, 1)
    lineno = e.lineno or 1
    offset = max(1, e.offset or 1)
    line, column, _ = positions.original(lineno, offset - 1)
    msg = e.msg or "invalid syntax"
    if msg == "too many nested parentheses":
        return CircuitError("limit", "error.limit.brackets", line, column)
    return CircuitError("syntax", "error.syntax.python", line, column, message=msg)


def _longest_line(positions: Positions) -> int:
    lengths = [len(line.text) for line in positions.lines]
    return 1 + max(range(len(lengths)), key=lengths.__getitem__) if lengths else 1


def _dedent(source: str) -> list[_Line]:
    raw = source.split("\n")
    first = next((t for t in raw if t.strip()), "")
    if first.startswith((" ", "\t")):  # pasted from inside a block: find the common indent
        indents = [len(t) - len(t.lstrip(" \t")) for t in raw if t.strip()]
        common = min(indents) if indents else 0
    else:  # the first line starts the text, as nearly every program's does
        common = 0
    prefix = first[:common]
    lines: list[_Line] = []
    offset = 0
    for t in raw:
        cut = common if t.startswith(prefix) else len(t) - len(t.lstrip(" \t"))
        text = t[cut:]
        lines.append(_Line(offset, text, cut, ascii=text.isascii()))
        offset += len(t) + 1
    return lines


def _drop_prompts(lines: list[_Line]) -> None:
    """`>>> x = 1` / `... ` continuation lines → their code; an output line → an empty line,
    so line numbers stay those of the text typed."""
    first = next((line.text for line in lines
                  if line.text.strip() and not line.text.lstrip().startswith("#")), "")
    if not first.startswith(">>>"):
        return
    for line in lines:
        text = line.text
        prompt = next((p for p in (">>> ", "... ") if text.startswith(p)), None)
        if prompt is None and text in (">>>", "..."):
            prompt = text
        if prompt is None:
            line.text = ""
            continue
        line.text = text[len(prompt):]
        line.indent += len(prompt)
        line.ascii = line.text.isascii()


def _rewrite_tokens(lines: list[_Line]) -> None:
    """`^` → `**` and empty statements dropped, edited per line from the right."""
    text = "\n".join(line.text for line in lines)
    if "^" not in text and (";" not in text or not _EMPTY_STATEMENT.search(text)):
        return
    edits: list[tuple[int, int, int, str]] = []  # (line, start col, end col, replacement)
    at_start = True  # at the start of a statement: a `;` here is an empty statement
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            (row, col), (_, end) = tok.start, tok.end
            if tok.type == tokenize.OP and tok.string in ("^", "^="):
                edits.append((row, col, end, "**" + tok.string[1:]))
            elif tok.type == tokenize.OP and tok.string == ";":
                if at_start:
                    edits.append((row, col, end, ""))
                at_start = True
                continue
            if tok.type != tokenize.COMMENT:
                at_start = tok.type in _STATEMENT_STARTS
    except (tokenize.TokenError, SyntaxError):
        return  # the parser will name the mistake; positions stay exact without edits
    for row, col, end, new in reversed(edits):
        _edit(lines[row - 1], col, end, new)


def _edit(line: _Line, col: int, end: int, new: str) -> None:
    text = line.text
    if new == "":  # a dropped `;` takes the spaces after it
        while end < len(text) and text[end] in " \t":
            end += 1
    line.text = text[:col] + new + text[end:]
    delta = (end - col) - len(new)  # characters the original has more from here on
    # columns of marks to the right move by -delta; their shifts grow by delta
    moved = [(c - delta, s + delta) for c, s in line.marks if c > col]
    kept = [m for m in line.marks if m[0] <= col]
    base = kept[-1][1] if kept else 0
    line.marks = [*kept, (col + len(new), base + delta), *moved]


def _drop_stray_indent(lines: list[_Line], e: IndentationError) -> bool:
    """The first version ignored indentation; Python reads it. An indent where no block
    starts (`unexpected indent`) is dropped, so `x = 1\\n   y = x` still means two lines."""
    if e.msg != "unexpected indent" or not e.lineno or e.lineno > len(lines):
        return False
    line = lines[e.lineno - 1]
    stripped = line.text.lstrip(" \t")
    cut = len(line.text) - len(stripped)
    if cut == 0:
        return False
    line.text = stripped
    line.indent += cut
    line.marks = [(c - cut, s) for c, s in line.marks]
    return True
