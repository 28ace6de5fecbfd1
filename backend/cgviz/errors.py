"""Errors in the user's program, carrying a position from the parser to the editor.

Every mistake a user can make becomes a `CircuitError`; the web layer turns it into the
400 body of SPEC §2 and the CLI prints it. Nothing else may escape to the user.

An error is a catalog key and its parameters (cgviz.i18n); `message` is that key rendered in
the language active where the error was raised (build() speaks `options.lang`).
"""

from __future__ import annotations

from typing import Any, Literal

from .i18n import message

ErrorKind = Literal["syntax", "name", "type", "shape", "domain", "limit", "unsupported"]


class CircuitError(Exception):
    """A mistake in a program, with the 1-based line/column of the offending token.

    `CircuitError("name", "error.name.unknown_function", 3, 5, name="exp2", suggestion="")`:
    the kind, the message's catalog key, the position, then the key's placeholders."""

    def __init__(self, kind: ErrorKind, key: str, line: int = 1, column: int = 1, /,
                 **params: Any) -> None:
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


def _restore(kind: ErrorKind, key: str, line: int, column: int, params: dict[str, Any],
             text: str, summary: str) -> CircuitError:
    err = CircuitError.__new__(CircuitError)
    Exception.__init__(err, text)
    err.kind, err.key, err.params, err.message = kind, key, params, text
    err.line, err.column, err._summary = line, column, summary
    return err
