# mypy: disable-error-code="misc"
# (the mixins annotate `self` as the `Lowering` they are part of)
"""Random inputs (docs/language.md): `randn`, `rand`, `normal`, `uniform`, `randint`, seeded so that
the same program always draws the same numbers, and the sizes every array maker takes."""

from __future__ import annotations

import ast
import math
import zlib
from typing import TYPE_CHECKING

import numpy as np

from ..errors import CircuitError
from .values import Const, Seq, Value

if TYPE_CHECKING:
    from .lower import Lowering


class RandomInputs:
    seed: int | None
    random_calls: int

    def random(self: Lowering, fn: str, args: list[Value], kw: dict[str, Value],
               e: ast.Call) -> Const:
        """Random inputs, seeded: by `torch.manual_seed(n)`/`np.random.seed(n)` and the call's
        order, else by the call's text and place, so a program always draws the same numbers
        (they are cgviz's own, not NumPy's or PyTorch's: `values` can replace them)."""
        if fn == "randint":
            return self._randint(args, kw, e)
        if fn in ("normal", "uniform"):
            lo = self.static_value(args[0] if args else kw.pop("loc", kw.pop("low", Const(
                np.float64(0.0 if fn == "normal" else 0.0)))), e)
            hi = self.static_value(args[1] if len(args) > 1 else kw.pop(
                "scale", kw.pop("high", Const(np.float64(1.0)))), e)
            size = args[2] if len(args) > 2 else kw.pop("size", Seq([], is_tuple=True))
            dims = self.sizes([size], e, fn)
        else:
            dims = self.sizes(args, e, fn)
        rng = self._rng(e)
        if fn == "rand":
            return Const(rng.random(dims))
        if fn == "uniform":
            return Const(lo + (hi - lo) * rng.random(dims))
        if fn == "normal":
            return Const(lo + hi * rng.standard_normal(dims))
        return Const(rng.standard_normal(dims))

    def _rng(self: Lowering, e: ast.Call) -> np.random.Generator:
        self.random_calls += 1
        if self.seed is not None:
            return np.random.default_rng([self.seed, self.random_calls])
        start, end = self.positions.span(e)
        return np.random.default_rng(zlib.crc32(f"{start}:{self.source[start:end]}".encode()))

    def _randint(self: Lowering, args: list[Value], kw: dict[str, Value], e: ast.Call) -> Const:
        """`torch.randint([low,] high, size)` and `np.random.randint(low, high=None,
        size=None)`: whole numbers in [low, high), seeded like the other random inputs."""
        torch_style = len(args) >= 2 and isinstance(args[-1], Seq)
        size: Value = args[-1] if torch_style else kw.pop("size", args[2] if len(args) > 2
                                                          else Seq([], is_tuple=True))
        bounds = args[:-1] if torch_style else args[:2]
        if "high" in kw:
            bounds = [*bounds, kw.pop("high")]
        if "low" in kw:
            bounds = [kw.pop("low"), *bounds]
        numbers = [self.integer(b, e) for b in bounds]
        low, high = ([0, *numbers] if len(numbers) == 1 else [*numbers, 0, 0])[:2]
        if len(numbers) not in (1, 2) or high <= low:
            raise self.error("type", "error.type.randint", e)
        dims = self.sizes([size], e, "randint")
        return Const(self._rng(e).integers(low, high, dims).astype(np.float64))

    def sizes(self: Lowering, args: list[Value], e: ast.Call, name: str) -> tuple[int, ...]:
        if len(args) == 1 and isinstance(args[0], Seq):
            args = list(args[0].items)
        dims: list[int] = []
        for a in args:
            value = self.static_value(a, e)
            if value.ndim != 0 or not float(value).is_integer() or float(value) < 0:
                raise self.error("domain", "error.domain.sizes", e, name=name)
            dims.append(int(value))
        line, column = self.pos(e)
        self.check_dims(len(dims), line, column)
        self.check_size(math.prod(dims), line, column)
        # An empty tensor has no elements, but NumPy still refuses sizes whose product overflows
        # (`zeros(0, 2**62)`, `zeros(10**20, 0)`), so the other sizes must fit the limit too.
        others = math.prod(d for d in dims if d)
        if others > self.settings.max_tensor_elements:
            raise CircuitError("limit", "error.limit.tensor_empty", line, column, name=name,
                               sizes=", ".join(f"{d:.3g}" if d >= 10**18 else str(d)
                                               for d in dims), size=others,
                               max=self.settings.max_tensor_elements)
        return tuple(dims)
