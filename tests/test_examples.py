"""The examples menu (cgviz.examples): every worked example of the notes, each one loadable."""

from __future__ import annotations

import re

import pytest

import cgviz
from cgviz.examples import EXAMPLES, Example


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_every_example_builds_without_warnings(example: Example) -> None:
    g = cgviz.build(example.source, values=example.values or None,
                    options=example.options or None)
    assert g.steps, example.id
    assert g.warnings == [], example.id


def test_examples_have_unique_url_safe_ids_titles_and_a_line_on_what_to_look_at() -> None:
    ids = [e.id for e in EXAMPLES]
    assert len(set(ids)) == len(ids)
    for e in EXAMPLES:
        assert re.fullmatch(r"[a-z0-9-]+", e.id)
        assert e.title and e.look and "\n" not in e.look


def test_the_menu_covers_all_eight_worked_examples_of_the_notes() -> None:
    numbers = {int(e.title.split(".")[0]) for e in EXAMPLES}
    assert numbers == set(range(1, 9))
