"""axe-core's accessibility audit of the page a browser test has open, and a failing message a
developer can act on.

axe.min.js comes from the pinned `axe-playwright-python` wheel (pyproject.toml's dev extra; why
that one: README.md, "Dependencies"), read from the package's files: only its script is used,
run with cgviz's own options and report. axe's default rules run (WCAG 2.x A and AA, and its
best practices) and its experimental ones too: label-content-name-mismatch, WCAG 2.5.3 "Label in
Name", is one. AAA rules (enhanced contrast) stay off: cgviz aims at AA.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

from playwright.sync_api import Frame, Page

FAILING = ("serious", "critical")

# The default rules and the experimental ones; only violations come back (passes are most of a
# result and nobody reads them here).
RUN = """
async () => {
  const rules = Object.fromEntries(axe.getRules(["experimental"])
    .map((r) => [r.ruleId, {enabled: true}]));
  return (await axe.run(document, {rules, resultTypes: ["violations"]})).violations;
}
"""


@cache
def axe_script() -> str:
    return files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")


def audit(where: Page | Frame) -> list[dict[str, Any]]:
    """axe-core's violations on the document as it is now."""
    # evaluate, not a <script> tag: the page's Content-Security-Policy allows only its own
    # scripts, and an audit must not loosen it.
    where.evaluate(axe_script())
    violations: list[dict[str, Any]] = where.evaluate(RUN)
    return violations


def failing(violations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [v for v in violations if v.get("impact") in FAILING]


def report(violations: list[dict[str, Any]], where: str) -> str:
    """Each violation's id, impact, help (and where to read more), then each element it found
    — its CSS target and what axe says to fix."""
    lines = [f"axe-core: {len(violations)} serious or critical violation(s) on {where}"]
    for v in violations:
        lines.append(f"- {v['id']} ({v['impact']}): {v['help']} <{v['helpUrl']}>")
        for node in v["nodes"]:
            target = " ".join(" >> ".join(t) if isinstance(t, list) else t
                              for t in node["target"])
            fix = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {target}: {fix}")
    return "\n".join(lines)
