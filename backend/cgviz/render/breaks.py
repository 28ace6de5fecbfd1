"""Where a wide circuit is folded into bands (fold.py): after which ranks of gates.

The fewest bands of at most `per` ranks each; among those, the folds that cut the fewest edges
(each cut edge is drawn as a route from one band down into a later one) and group boxes (a
cut box is drawn once in each band); among those, bands as even as may be. A shortest path over
the ranks, O(ranks × per), as a paragraph is broken into lines (Knuth and Plass's
line breaking, with cut edges for badness).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.graph import Group, Node

BOX_CUT = 2  # what cutting a group's box costs, in cut edges


def bands(nodes: Sequence[Node], ranks: Sequence[int], groups: Sequence[Group],
          per: int) -> tuple[list[int], int]:
    """Every node's band, and how many bands: a gate's by its rank, an input's the band of its
    first consumer (its first column, as in the unfolded picture; a leaf no gate reads: band
    0)."""
    first = first_consumers(nodes, ranks)
    starts = breaks(cuts(nodes, ranks, first, groups), per)
    band_of = [0]  # by rank: the inputs' rank 0 is band 0's first column
    for k, (start, end) in enumerate(zip(starts, starts[1:] + [max(ranks) + 1], strict=True)):
        band_of += [k] * (end - start)
    home = [r if n.kind == "op" else max(f, 0) for n, r, f in zip(nodes, ranks, first,
                                                                   strict=True)]
    return [band_of[h] for h in home], len(starts)


def first_consumers(nodes: Sequence[Node], ranks: Sequence[int]) -> list[int]:
    """The lowest rank of a gate that reads each wire; -1 for a wire no gate reads."""
    first = [-1] * len(nodes)
    for i, node in enumerate(nodes):
        for j in node.inputs:
            if first[j] < 0 or ranks[i] < first[j]:
                first[j] = ranks[i]
    return first


def cuts(nodes: Sequence[Node], ranks: Sequence[int], first: Sequence[int],
         groups: Sequence[Group]) -> list[int]:
    """What a fold after each rank costs (index: the rank; 0 and the last are never folds)."""
    deepest = max(ranks)
    change = [0] * (deepest + 2)
    for i, node in enumerate(nodes):
        for j in node.inputs:  # cut by every fold from where j is drawn to before i
            home = ranks[j] if nodes[j].kind == "op" else first[j]
            if home < ranks[i]:
                change[home] += 1
                change[ranks[i]] -= 1
    for g in groups:
        if not g.collapsed and g.nodes:
            spanned = [ranks[i] for i in g.nodes]
            change[min(spanned)] += BOX_CUT
            change[max(spanned)] -= BOX_CUT
    costs, running = [], 0
    for c in change[:deepest + 1]:
        running += c
        costs.append(running)
    return costs


def breaks(costs: Sequence[int], per: int) -> list[int]:
    """The first rank of each band, for ranks 1 … len(costs) - 1 in bands of at most `per`."""
    deepest = len(costs) - 1
    best = [(0, 0, 0)] * (deepest + 1)  # (bands, cost of the folds, unevenness) up to a rank
    back = [0] * (deepest + 1)
    for end in range(1, deepest + 1):
        choice = None
        for start in range(max(0, end - per), end):
            count, cut, uneven = best[start]
            here = (count + 1, cut + (costs[start] if start else 0),
                    uneven + (per - (end - start)) ** 2)
            if choice is None or here < choice:
                choice, back[end] = here, start
        assert choice is not None
        best[end] = choice
    starts, end = [], deepest
    while end > 0:
        end = back[end]
        starts.append(end + 1)
    return starts[::-1]
