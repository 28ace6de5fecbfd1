"""The test tree mirrors the package, and pytest imports its modules by basename (rootdir
mode, no `__init__.py`): two test files of one name anywhere in tests/ stop the whole suite at
collection, although each folder alone runs."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

TESTS = Path(__file__).parent


def test_every_test_module_has_a_name_of_its_own() -> None:
    names = Counter(p.name for p in TESTS.rglob("*.py") if p.name != "conftest.py"
                    and not {"__pycache__", "corpus"} & set(p.parts))  # corpus: programs
    assert [name for name, n in names.items() if n > 1] == []
