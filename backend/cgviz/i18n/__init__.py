"""cgviz speaks English and Russian: message catalogs (en.json, ru.json) and their lookup.

    from cgviz.i18n import message, speaking
    with speaking("ru"):
        message("error.name.unknown_function", name="exp2", suggestion="")

Error messages, warnings, step captions, gradient-check notes, the staged code's comments, the
browser app's labels and the examples menu are keys in both catalogs, with the same named
placeholders (tests/test_i18n.py checks it). A few strings are English only: the picture's
`<title>` and, outside a quiz, its `<desc>` (render/svg.py, frontend/js/circuit-geometry.js),
the 431 and 414 refusals (web/limits.py) and FastAPI's 422 details.
"""

from __future__ import annotations

from typing import Any

from .catalog import (
    DEFAULT,
    LANGUAGES,
    browser_catalogs_json,
    browser_messages,
    catalog,
    placeholders,
    render,
    template,
)
from .locale import choose, current, from_accept_language, known, negotiate, speaking


def message(key: str, /, **params: Any) -> str:
    """The message `key` in the active language (see `speaking`), placeholders filled."""
    return render(key, current(), params)


def message_template(key: str, /) -> str:
    """The template of `key` in the active language: `.format_map(params)` fills it as
    `message(key, **params)` would, without looking it up again (the trace's captions)."""
    return template(key, current())


__all__ = ["DEFAULT", "LANGUAGES", "browser_catalogs_json", "browser_messages", "catalog",
           "choose", "current", "from_accept_language", "known", "message", "message_template",
           "negotiate", "placeholders", "render", "speaking", "template"]
