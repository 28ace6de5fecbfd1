"""Errors in the user's program, carrying a position from the parser to the editor.

Every mistake a user can make becomes a `CircuitError`; the web layer turns it into the
400 body of docs/api.md ("Errors") and the CLI prints it. Nothing else may escape to the user.

An error is a catalog key and its parameters (cgviz.i18n); `message` is that key rendered in
the language active where the error was raised (build() speaks `options.lang`).
"""

from __future__ import annotations

import math
from typing import Any, Literal

from .i18n import message

ErrorKind = Literal["syntax", "name", "type", "shape", "domain", "limit", "unsupported"]


class RequestError(Exception):
    """A mistake in what was asked, not a bug in cgviz: it goes back to the asker as it is (a
    build worker sends it to the server pickled, web/sandbox.py; the web layer answers 4xx)."""


class CircuitError(RequestError):
    """A mistake in a program, with the 1-based line/column of the offending token.

    `CircuitError("name", "error.name.unknown_function", 3, 5, name="exp2", suggestion="")`:
    the kind, the message's catalog key, the position, then the key's placeholders."""

    def __init__(self, kind: ErrorKind, key: str, line: int = 1, column: int = 1, /,
                 **params: Any) -> None:
        params = {name: _clip(value) for name, value in params.items()}
        text = message(key, **params)
        super().__init__(text)
        self.kind: ErrorKind = kind
        self.key = key
        self.params = params
        self.message = text
        self.line = line
        self.column = column
        # rendered now, in the same language as the message
        self._summary = message("error.summary", kind=kind, line=line, column=column,
                                message=text)

    def __reduce__(self) -> tuple[Any, ...]:
        # Sent from a build worker to the server (web/sandbox.py) as it is, already rendered.
        return (_restore, (self.kind, self.key, self.line, self.column, self.params,
                           self.message, self._summary))

    def to_dict(self) -> dict[str, object]:
        return {
            "error": {
                "kind": self.kind,
                "message": self.message,
                "line": self.line,
                "column": self.column,
            }
        }

    def __str__(self) -> str:
        return self._summary

    def excerpt(self, source: str) -> tuple[str, str] | None:
        """The offending line of `source` and a caret under the column (its indent copies the
        line's tabs, so it lines up in any terminal or `<pre>`); None if the line is not there."""
        lines = source.split("\n")
        if not 1 <= self.line <= len(lines):
            return None
        text = lines[self.line - 1].removesuffix("\r")
        before = text[: max(self.column - 1, 0)]
        indent = "".join("\t" if ch == "\t" else " " for ch in before)
        indent += " " * (max(self.column - 1, 0) - len(before))  # a column just past the end
        return text, indent + "^"


def _restore(kind: ErrorKind, key: str, line: int, column: int, params: dict[str, Any],
             text: str, summary: str) -> CircuitError:
    err = CircuitError.__new__(CircuitError)
    Exception.__init__(err, text)
    err.kind, err.key, err.params, err.message = kind, key, params, text
    err.line, err.column, err._summary = line, column, summary
    return err


MAX_PARAM_CHARS = 200


def _clip(value: Any) -> Any:
    """A parameter as a message shows it: a 199,000-character name, or the list of a program's
    20,000 inputs, is cut short, so that no message (nor the page that shows it) grows with
    what the request holds. A huge whole number (the product of sizes such as 1e308) is shown
    as a power of ten: Python refuses to write out one of more than 4,300 digits."""
    if isinstance(value, str) and len(value) > MAX_PARAM_CHARS:
        return value[:MAX_PARAM_CHARS - 1] + "…"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**18:
        bits = abs(value).bit_length()
        return f"{float(value):.3g}" if bits <= 1023 else f"~10^{int(bits * math.log10(2))}"
    return value
