"""Which language cgviz speaks: the active one for this build or request, and how it is chosen.

The language is ambient, like a locale, because messages are made deep inside the parser, the
lowering and the engine; threading a `lang` argument through every one of them would touch
every signature for one word. `speaking(lang)` sets it for a block (build() uses
`options.lang`; the web layer the request's `lang` or `Accept-Language`); a `ContextVar` keeps
concurrent requests and threads apart, and outside any block the language is English.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .catalog import DEFAULT, LANGUAGES

_CURRENT: ContextVar[str] = ContextVar("cgviz_language", default=DEFAULT)


def current() -> str:
    return _CURRENT.get()


@contextmanager
def speaking(lang: str | None) -> Iterator[str]:
    """Messages made inside the block are in `lang`; None keeps the surrounding language."""
    chosen = current() if lang is None else choose(lang)
    token = _CURRENT.set(chosen)
    try:
        yield chosen
    finally:
        _CURRENT.reset(token)


def known(tag: str | None) -> str | None:
    """The catalog for a language tag, or None: "ru", "ru-RU", "RU_ru" → "ru"; "de" → None."""
    if not tag:
        return None
    primary = tag.strip().replace("_", "-").split("-", 1)[0].lower()
    return primary if primary in LANGUAGES else None


def choose(tag: str | None) -> str:
    """A language tag → a catalog we have, English for anything else."""
    return known(tag) or DEFAULT


# Real headers name a handful of languages in well under 200 bytes. The header is read on the
# event loop for every request, so only its first ranges are looked at: a 12 MB header took
# 1.6 s and 400 MB to split before.
MAX_HEADER_CHARS = 1_024
MAX_RANGES = 32


def from_accept_language(header: str | None) -> str | None:
    """The best language of an `Accept-Language` header we have a catalog for (RFC 9110
    §12.5.4: q-values rank the ranges, q=0 means "not this one", ties keep the header's order),
    or None when it names none of ours. `*` means any language: then English. Only the first
    `MAX_RANGES` ranges within the first `MAX_HEADER_CHARS` characters count."""
    ranked: list[tuple[float, int, str]] = []
    parts = (header or "")[:MAX_HEADER_CHARS].split(",", MAX_RANGES)[:MAX_RANGES]
    for order, part in enumerate(parts):
        tag, _, params = part.partition(";")
        tag = tag.strip()
        if not tag:
            continue
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0  # a malformed weight is no preference at all
        if q > 0:
            ranked.append((-q, order, tag))
    for _, _, tag in sorted(ranked):
        if tag == "*":
            return DEFAULT
        lang = known(tag)
        if lang:
            return lang
    return None


def negotiate(param: str | None, accept_language: str | None) -> str:
    """The language of an HTTP request: the `lang` parameter, else `Accept-Language`, else
    English. (`options.lang` in a request body wins over both; build() applies it.)"""
    return known(param) or from_accept_language(accept_language) or DEFAULT
