"""What a quiz should ask of a graph, read from the live app's own graph JSON (docs/quiz.md):
the browser tests compare the page with this, not with the page's own arithmetic."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from playwright.sync_api import Frame, Page


@dataclass(frozen=True)
class Question:
    step: int  # the trace index where it is asked
    node: str  # the wire whose gradient is asked
    label: str | None
    expected: float


def first_element(value: Any) -> float:
    """A scalar, the first element of nested lists, or of a summary's sample."""
    if isinstance(value, dict):
        return float(value["sample"][0])
    while isinstance(value, list):
        value = value[0]
    return float(value)


def questions(graph: dict[str, Any], mode: str = "1") -> list[Question]:
    """Each backward gate step asks what it sends to each input wire (a wire given twice, the
    sum), in trace order; `inputs` asks each input's final gradient at the end."""
    nodes = {n["id"]: n for n in graph["nodes"]}
    steps = graph["steps"]
    if mode == "inputs":
        return [Question(len(steps) - 1, n["id"], n["label"], first_element(n["grad"]))
                for n in graph["nodes"] if n["kind"] == "input" and n["grad"] is not None]
    asked = []
    for k, step in enumerate(steps):
        if step["phase"] != "backward" or step.get("event") != "gate":
            continue
        sums: dict[str, float] = {}
        for entry in step["inputs"]:
            sums[entry["node"]] = sums.get(entry["node"], 0.0) + first_element(
                entry["contribution"])
        asked += [Question(k, node, nodes[node]["label"], total) for node, total in sums.items()
                  if nodes[node]["kind"] != "const"]
    return asked


def scrubber(where: Page | Frame) -> int:
    return int(float(where.locator("input#scrubber").input_value()))


def answer(where: Page | Frame, text: str) -> None:
    box = where.locator("#quiz-answer")
    box.fill(text)
    box.press("Enter")
