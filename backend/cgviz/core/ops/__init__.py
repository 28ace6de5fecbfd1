"""The op registry: every gate cgviz can draw, assembled explicitly (no import side effects)."""

from __future__ import annotations

from . import constant, elementwise, group, network, reduce, tensor
from .registry import MAX_DIMS, Op, ShapeError, broadcast_shape, fill, unbroadcast


def _registry() -> dict[str, Op]:
    ops: dict[str, Op] = {}
    for op in [*elementwise.OPS, *constant.OPS, *reduce.OPS, *tensor.OPS, *network.OPS,
               *group.OPS]:
        assert op.name not in ops, f"op {op.name} registered twice"
        ops[op.name] = op
    return ops


OPS: dict[str, Op] = _registry()

__all__ = ["MAX_DIMS", "OPS", "Op", "ShapeError", "broadcast_shape", "fill", "unbroadcast"]
