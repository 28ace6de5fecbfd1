"""Errors in the user's program, carrying a position from the parser to the editor.

Every mistake a user can make becomes a `CircuitError`; the web layer turns it into the
400 body of SPEC §2 and the CLI prints it. Nothing else may escape to the user.
"""

from __future__ import annotations

from typing import Literal

ErrorKind = Literal["syntax", "name", "type", "shape", "domain", "limit"]


class CircuitError(Exception):
    """A mistake in a program, with the 1-based line/column of the offending token."""

    def __init__(self, kind: ErrorKind, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.kind: ErrorKind = kind
        self.message = message
        self.line = line
        self.column = column

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
        return f"{self.kind} error at line {self.line}, column {self.column}: {self.message}"
