# origin: github.com/karpathy/micrograd test/test_engine.py lines 6-12 (test_sanity_check, its micrograd half), verbatim

    x = Value(-4.0)
    z = 2 * x + 2 + x
    q = z.relu() + z * x
    h = (z * z).relu()
    y = h + q + q * x
    y.backward()
    xmg, ymg = x, y
