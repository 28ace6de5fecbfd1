"""The message catalogs (cgviz.i18n) and the core speaking Russian through build()."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import cgviz
from cgviz.descent import descend
from cgviz.errors import CircuitError
from cgviz.i18n import (
    LANGUAGES,
    browser_catalogs_json,
    catalog,
    current,
    from_accept_language,
    message,
    negotiate,
    placeholders,
    speaking,
)
from cgviz.teach.examples import EXAMPLES

PACKAGE = Path(cgviz.__file__).parent
KEY = re.compile(r"^(error|warning|caption|note|gradcheck|check|code|syntax|count|shape|word)"
                 r"\.[a-z0-9_.-]+$")
RU = {"lang": "ru"}
FIRST = "x = -2; y = 5; z = -4\nq = x + y\nf = q * z"


def _keys_in_source() -> set[str]:
    """Every string literal in the package that looks like a catalog key."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and KEY.match(node.value):
                found.add(node.value)
    return found


def _error(source: str, **options: object) -> CircuitError:
    with pytest.raises(CircuitError) as info:
        cgviz.build(source, options=options)
    return info.value


# ---- the catalogs ------------------------------------------------------------------------


def test_both_catalogs_have_the_same_keys() -> None:
    assert set(catalog("ru")) == set(catalog("en"))


def test_every_key_has_the_same_placeholders_in_both_languages() -> None:
    en, ru = catalog("en"), catalog("ru")
    wrong = {k: (placeholders(en[k]), placeholders(ru[k])) for k in en
             if placeholders(en[k]) != placeholders(ru[k])}
    assert wrong == {}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_template_fills_without_stray_braces(lang: str) -> None:
    for template in catalog(lang).values():  # a lone { or } raises ValueError here
        template.format_map({name: "·" for name in placeholders(template)})


def test_every_key_the_code_uses_is_in_the_catalog() -> None:
    assert _keys_in_source() - set(catalog("en")) == set()


def test_every_message_in_the_catalog_is_used_by_the_code() -> None:
    """The browser's keys (ui.*, example.*) are used by frontend/js; the rest by the package."""
    core = {k for k in catalog("en") if KEY.match(k)}
    assert core - _keys_in_source() - {"error.internal"} == set()


def test_russian_messages_are_written_in_russian() -> None:
    en, ru = catalog("en"), catalog("ru")
    words = re.compile(r"[A-Za-z]{3,} [a-z]{3,}")
    cyrillic = re.compile(r"[а-яё]", re.IGNORECASE)
    untranslated = [k for k in en if words.search(en[k].replace("cgviz", ""))
                    and not cyrillic.search(ru[k])]
    assert untranslated == []


def test_the_examples_menu_is_in_the_catalog_in_step_with_examples_py() -> None:
    en = catalog("en")
    for example in EXAMPLES:
        assert en[f"example.{example.id}.title"] == example.title
        assert en[f"example.{example.id}.look"] == example.look


def test_the_page_catalogs_cannot_close_their_script_element() -> None:
    text = browser_catalogs_json()
    assert "<" not in text and ">" not in text and "&" not in text
    assert '"ui.step_next":"Следующий шаг (→)"' in text


# ---- choosing the language ---------------------------------------------------------------


@pytest.mark.parametrize(("header", "lang"), [
    ("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7", "ru"),
    ("en-US,en;q=0.9,ru;q=0.8", "en"),
    ("de-DE, ru;q=0.5", "ru"),
    ("en;q=0.2, ru;q=0.8", "ru"),
    ("ru;q=0, en", "en"),
    ("RU", "ru"),
    ("*", "en"),
    ("ru;q=abc, en;q=0.1", "en"),
])
def test_accept_language_honours_q_values(header: str, lang: str) -> None:
    assert from_accept_language(header) == lang


@pytest.mark.parametrize("header", ["", "de", "fr-FR, zh;q=0.5", None])
def test_a_header_naming_none_of_our_languages_gives_english(header: str | None) -> None:
    assert negotiate(None, header) == "en"


def test_the_lang_parameter_wins_over_the_header() -> None:
    assert negotiate("ru", "en") == "ru"
    assert negotiate("en", "ru") == "en"
    assert negotiate("xx", "ru-RU") == "ru"


def test_speaking_nests_and_restores_the_surrounding_language() -> None:
    assert current() == "en"
    with speaking("ru-RU"):
        assert current() == "ru"
        with speaking(None):
            assert current() == "ru"
        with speaking("en"):
            assert message("word.and") == "and"
        assert message("word.and") == "и"
    assert current() == "en"


# ---- build() in Russian ------------------------------------------------------------------


# A syntax error keeps Python's own message (docs/language.md, Errors); Russian says whose
# message it is.


def test_english_stays_the_default() -> None:
    err = _error("f = (x")
    assert err.message == "'(' was never closed"


def test_a_syntax_error_in_russian_keeps_its_position() -> None:
    err = _error("x = 2\nf = (x + ) * 3", **RU)
    assert (err.kind, err.line, err.column) == ("syntax", 2, 10)
    assert err.message == "синтаксическая ошибка Python: invalid syntax"
    assert err.key == "error.syntax.python"


def test_an_early_end_in_russian_names_the_open_bracket() -> None:
    err = _error("f = (x", **RU)
    assert err.message == "синтаксическая ошибка Python: '(' was never closed"


def test_a_name_error_in_russian_suggests_the_closest_name() -> None:
    err = _error("f = exq(2)", **RU)
    assert (err.kind, err.line, err.column) == ("name", 1, 5)
    assert err.message == "неизвестная функция exq — может быть, имелось в виду exp?"
    assert err.params == {"name": "exq", "suggestion": " — может быть, имелось в виду exp?"}


def test_a_circuit_error_prints_its_summary_in_its_own_language() -> None:
    err = _error("f = 2x", **RU)
    assert str(err).startswith("ошибка (syntax) в строке 1, столбец 5: ")
    assert "синтаксическая ошибка Python: invalid decimal literal" in str(err)


def test_a_shape_error_in_russian() -> None:
    err = _error("a = [1, 2]; b = [1, 2, 3]; f = a + b", **RU)
    assert err.kind == "shape"
    assert err.message.startswith("нельзя совместить формы 2 и 3 в операции +")


def test_captions_of_the_first_circuit_in_russian() -> None:
    steps = cgviz.build(FIRST, options=RU).to_dict()["steps"]
    captions = [s["caption"] for s in steps]
    assert captions[:2] == ["q = x + y = 3.00", "f = q * z = -12.00"]  # no words: unchanged
    assert captions[2] == "∂f/∂f = 1.00: градиент выхода запускает обратный проход"
    assert captions[3] == ("f = q * z: ∂f/∂q = восходящий 1.00 × локальный -4.00 = -4.00; "
                           "∂f/∂z = восходящий 1.00 × локальный 3.00 = 3.00")
    assert captions[4] == ("q = x + y: ∂f/∂x = восходящий -4.00 × локальный 1.00 = -4.00; "
                           "∂f/∂y = восходящий -4.00 × локальный 1.00 = -4.00")


def test_the_same_circuit_has_the_same_numbers_in_both_languages() -> None:
    en = cgviz.build(FIRST).to_dict()
    ru = cgviz.build(FIRST, options=RU).to_dict()
    for key in ("nodes", "edges", "layout"):
        assert en[key] == ru[key]


def test_accumulation_is_explained_in_russian() -> None:
    steps = cgviz.build("x = 3; f = x * x", options=RU).to_dict()["steps"]
    accumulate = [s for s in steps if s.get("event") == "accumulate"]
    assert accumulate[0]["caption"] == ("x: 3.00 + 3.00 = 6.00 (градиенты суммируются в точках "
                                        "разветвления: значение используется не один раз)")


def test_warnings_in_russian() -> None:
    graph = cgviz.build("f = x * 2", values={"y": 1}, options=RU)
    assert graph.warnings == [
        'у x нет значения, поэтому взято 1.0: присвойте его (x = 2) или передайте '
        'values={"x": 2}',
        "values: 'y' — не вход этой программы; значение не использовано",
    ]


def test_a_non_finite_value_is_explained_in_russian() -> None:
    graph = cgviz.build("x = -1; f = log(x)", options=RU)
    assert graph.nodes[-1].warning == ("log дал NaN: логарифм определён только для "
                                       "положительных чисел")


def test_options_lang_wins_over_the_surrounding_language() -> None:
    with speaking("ru"):
        assert _error("f = (x", lang="en").message == "'(' was never closed"
        assert _error("f = (x").message.startswith("синтаксическая ошибка Python")


def test_an_unknown_lang_option_falls_back_to_english() -> None:
    assert _error("f = (x", lang="de").message == "'(' was never closed"


def test_gradient_check_notes_in_russian() -> None:
    graph = cgviz.build("x = 0; f = relu(x)", options={"gradcheck": True, "lang": "ru"})
    note = graph.to_dict()["nodes"][0]["gradcheck_note"]
    assert note.startswith("излом: relu (строка 1, столбец 12)")
    assert note.endswith("считает наклон relu в 0 равным 0")


def test_staged_code_comments_in_russian() -> None:
    code = cgviz.build(FIRST, options={"code": True, "lang": "ru"}).to_dict()["code"]
    assert "# прямой проход: по строке на каждый элемент" in code["forward"]
    assert "# (1) +, строка 2" in code["forward"]
    assert code["backward"].startswith("# обратный проход: d-имена — градиенты f")


def test_gradient_descent_speaks_russian() -> None:
    with pytest.raises(CircuitError) as info:
        descend("w = 1; f = w * 2", None, ["v"], 0.1, 1, {"lang": "ru"})
    assert info.value.message == "params: 'v' — не вход этой программы (входы: w)"


def test_every_kind_of_error_has_a_heading_in_both_languages() -> None:
    from typing import get_args

    from cgviz.errors import ErrorKind
    from cgviz.i18n import catalog

    for lang in ("en", "ru"):
        missing = [k for k in get_args(ErrorKind) if f"ui.error_kind.{k}" not in catalog(lang)]
        assert not missing, (lang, missing)
