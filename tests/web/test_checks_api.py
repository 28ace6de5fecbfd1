"""The graph JSON's `checks` through the HTTP API: built in the sandboxed worker like every
program, described by the OpenAPI schema, and never a 500 whatever the backward lines say."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from cgviz.web.models import GraphResponse

STAGED = (Path(__file__).parents[1] / "language" / "corpus" / "backward"
          / "cs231n_staged.py").read_text(encoding="utf-8")


def test_a_backward_pass_written_after_the_forward_one_is_checked_by_the_api(
        client: TestClient) -> None:
    r = client.post("/api/graph", json={"source": STAGED})
    assert r.status_code == 200
    graph = GraphResponse.model_validate(r.json())
    assert [c.name for c in graph.checks][:3] == ["dnum", "dinvden", "dden"]
    assert all(c.ok for c in graph.checks)
    wrong = client.get("/api/graph", params={
        "source": STAGED.replace("dx += (1) * dnum", "dx = (1) * dnum")}).json()["checks"]
    assert [(c["name"], c["line"]) for c in wrong if not c["ok"]] == [("dx", 32)]


def test_a_program_without_a_backward_part_has_an_empty_checks_list(client: TestClient) -> None:
    assert client.post("/api/graph", json={"source": "(x+y)*z"}).json()["checks"] == []


def test_the_schema_describes_every_field_of_a_check(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()["components"]["schemas"]["CheckModel"]
    assert set(schema["properties"]) == {"name", "of", "top", "lines", "line", "reads", "ok", "got",
                                         "want", "max_error", "node", "step", "message",
                                         "error"}


@pytest.mark.parametrize(("backward", "status"), [
    ("dx = 2 +* x", 400),
    ("dx = zeros(3000, 1000)", 400),
    ("dx = x\ndx[0, 0, 0] = 1", 200),
    ("dx = __import__('os').getcwd()", 200),
    ("dx = [1, 'a']", 200),
    ("dx = np.ones(3)\ndx[None] = dx", 200),
    ("dx = x\ndx += 'a'", 200),
    ("for i in range(10**9):\n  dx = x", 400),
])
def test_any_backward_line_answers_a_circuit_or_a_400_with_position(
        client: TestClient, backward: str, status: int) -> None:
    r = client.post("/api/graph", json={"source": f"x = [1., 2.]\nf = sum(x * x)\n{backward}"})
    assert r.status_code == status, r.text
    if status == 400:
        error = r.json()["error"]
        assert error["line"] >= 3 and error["column"] >= 1
    else:
        (dx,) = r.json()["checks"]
        assert dx["ok"] is False and dx["message"]
