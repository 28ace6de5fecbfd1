"""The words of the server-rendered pages: what a template needs to speak the request's
language, and the catalogs the browser app takes over with.

A page is first drawn in the request's language (web/locale.py: `?lang=`, else
`Accept-Language`); the app then follows the `lang` parameter, else navigator.languages
(frontend/js/i18n.js), and rewrites the labels marked `data-i18n…` if that differs. So every
label in a template is written as `{{ t("ui.share") }}` next to `data-i18n="ui.share"`.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from ..i18n import browser_catalogs_json, catalog, current, message

# The keys a hint names, drawn as <kbd>: the same table as KEYCAPS in frontend/js/i18n.js.
# Keycaps read the same in both languages, as the keyboards print them.
KEYCAPS = {"ctrl": "Ctrl", "enter": "Enter", "tab": "Tab", "esc": "Esc", "left": "←",
           "right": "→", "space": "Space", "home": "Home", "end": "End"}


def with_keys(key: str) -> Markup:
    """A catalog text whose `{ctrl}`-style placeholders are keycaps: escaped text, <kbd>s."""
    template = catalog(current()).get(key) or catalog("en")[key]
    caps = {name: Markup("<kbd>{}</kbd>").format(cap) for name, cap in KEYCAPS.items()}
    return Markup(escape(template)).format_map(caps)


def page_words() -> dict[str, Any]:
    """The template context for words: `lang`, `t(key, **params)`, `with_keys(key)` and
    `messages` (both catalogs' browser part, safe inside a <script> element)."""
    return {"lang": current(), "t": message, "with_keys": with_keys,
            "messages": browser_catalogs_json()}
