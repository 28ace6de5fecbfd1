"""Message catalogs: one JSON file per language, the words cgviz shows in one place.

A catalog maps a dotted key ("error.syntax.python", "caption.seed", "ui.step_next")
to a template with named placeholders (`{name}`, `{line}`), filled by `str.format_map`, so a
translation may put the words in any order. `{{` and `}}` stand for literal braces. The browser
reads the same files (`browser_messages`), so a label is translated once for both.
"""

from __future__ import annotations

import json
import string
from functools import lru_cache
from importlib.resources import files
from typing import Any

LANGUAGES = ("en", "ru")
DEFAULT = "en"

# What the browser app needs: its own labels and the examples menu (captions, warnings and
# error messages come translated inside the API's answers).
BROWSER_PREFIXES = ("ui.", "example.")


@lru_cache(maxsize=len(LANGUAGES))
def catalog(lang: str) -> dict[str, str]:
    """The whole catalog of a language, read once on first use (no import-time work)."""
    if lang not in LANGUAGES:
        raise ValueError(f"no catalog for language {lang!r}; known: {', '.join(LANGUAGES)}")
    text = files("cgviz.i18n").joinpath(f"{lang}.json").read_text(encoding="utf-8")
    data: dict[str, str] = json.loads(text)
    return data


def placeholders(template: str) -> set[str]:
    """The names a template fills in: "{name} at line {line}" → {"name", "line"}."""
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def render(key: str, lang: str, params: dict[str, Any]) -> str:
    """The message `key` in `lang` with its placeholders filled.

    A key the language lacks falls back to English (the catalog test keeps them equal, so this
    only guards a half-finished translation); an unknown key is a bug and raises KeyError."""
    return template(key, lang).format_map(params)


def template(key: str, lang: str) -> str:
    """The unfilled template of `key` in `lang` (English if `lang` lacks it): for a caller that
    fills one template many times, `template(key, lang).format_map(params)`."""
    table = catalog(lang if lang in LANGUAGES else DEFAULT)
    found = table.get(key)
    if found is None:
        found = catalog(DEFAULT)[key]
    return found


def browser_messages(lang: str) -> dict[str, str]:
    """The part of a catalog the browser app uses, for the page to embed as JSON."""
    return {k: v for k, v in catalog(lang).items() if k.startswith(BROWSER_PREFIXES)}


def browser_catalogs_json() -> str:
    """`{"en": {...}, "ru": {...}}`: what a page embeds as
    `<script type="application/json" id="cgviz-messages">` for frontend/js/i18n.js. Escaped so
    that no text in it can close the script element."""
    data = {lang: browser_messages(lang) for lang in LANGUAGES}
    from ..core.format import script_json

    return script_json(json.dumps(data, ensure_ascii=False, separators=(",", ":"),
                                  sort_keys=True))

