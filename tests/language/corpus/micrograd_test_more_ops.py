# origin: github.com/karpathy/micrograd test/test_engine.py at commit 2e696df76e2df6e31cace75bebcac9d7aacdd904 (read with the search tool's read_file), lines 30-43 (test_more_ops, its micrograd half), verbatim

    a = Value(-4.0)
    b = Value(2.0)
    c = a + b
    d = a * b + b**3
    c += c + 1
    c += 1 + c + (-a)
    d += d * 2 + (b + a).relu()
    d += 3 * d + (b - a).relu()
    e = c - d
    f = e**2
    g = f / 2.0
    g += 10.0 / f
    g.backward()
    amg, bmg, gmg = a, b, g
